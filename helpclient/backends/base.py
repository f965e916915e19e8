"""What every connector does the same way: own (or borrow) its HTTP session, say its name and
capabilities, read the ids HelpClient gave out, and bound the search for a retried report.

Kept to the parts that are truly identical; each connector still speaks its own API.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar, Self
from urllib.parse import urlsplit

import requests

from helpclient.backends.http import make_session
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import ConfigurationError, NotFound
from helpclient.core.models import Capability
from helpclient.core.web_address import web_address_problem

#: The block size a downloaded file is handed on in.
CHUNK = 64 * 1024

HttpSession = requests.Session | SessionPool


class ConnectorBase:
    """The lifecycle part of a HelpdeskBackend: ``close``, ``with``, ``name``, ``capabilities``.

    A subclass sets :attr:`PRODUCT` and :attr:`CAPABILITIES` and gets its session from
    :meth:`_open_session`."""

    #: The product name shown to users.
    PRODUCT: ClassVar[str]
    #: What the helpdesk lets HelpClient do (narrowed per ticket where the helpdesk does).
    CAPABILITIES: ClassVar[Capability]

    _owned: SessionPool | None = None

    def _open_session(self, session: requests.Session | None,
                      extra_ca_file: Path | None) -> HttpSession:
        """``session`` when the caller gives one (it stays theirs to close), else a pool of
        verified sessions (``extra_ca_file`` added to the trusted CAs) that :meth:`close`
        closes."""
        if session is not None:
            return session
        product = self.PRODUCT
        self._owned = SessionPool(lambda: make_session(product, extra_ca_file))
        return self._owned

    def close(self) -> None:
        """Close the HTTP session if this backend created it."""
        if self._owned is not None:
            self._owned.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        """The product name shown to users."""
        return self.PRODUCT

    @property
    def capabilities(self) -> Capability:
        """See :attr:`CAPABILITIES`."""
        return self.CAPABILITIES


def site_address(base_url: str, api_path: str, product: str, example: str) -> str:
    """A helpdesk's web address as the user entered it, without a trailing slash or the API's
    path (``api_path``, which some paste too); ConfigurationError, naming ``example``, when it
    is not an http(s) URL."""
    url = base_url.strip().rstrip("/")
    if api_path and url.endswith(api_path):
        url = url[: -len(api_path)]
    # the shared check first: urlsplit raises on some typos ("https://[help.example.com")
    if web_address_problem(url) or not urlsplit(url).hostname:
        raise ConfigurationError(
            f"“{base_url}” is not a web address. Enter the {product} address, for example "
            f"{example}.")
    return url


def id_number(item_id: str, kind: str, max_digits: int = 19) -> int:
    """The number in an id of ours (tickets, articles, attachments are numbered); NotFound for
    anything else ("²" and "٣" are digits to ``str.isdigit`` but no helpdesk's id)."""
    text = str(item_id).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= max_digits):
        raise NotFound(f"There is no {kind} “{item_id}”.")
    return int(text)


def positive_number(item_id: str, kind: str) -> str:
    """The number in an id of ours, as paths take it, for helpdesks that number from 1
    (Zammad, Zendesk): NotFound for 0 and for anything :func:`id_number` refuses."""
    number = id_number(item_id, kind)
    if number == 0:
        raise NotFound(f"There is no {kind} “{item_id}”.")
    return str(number)


def key_search_bound(since: datetime | None, lookback: timedelta) -> datetime:
    """Where the search for a retried report's ticket starts: a day before ``since`` (when
    the report was queued; this computer's clock may be off), else ``lookback`` ago. Aware."""
    bound = since - timedelta(days=1) if since is not None else datetime.now(UTC) - lookback
    return bound if bound.tzinfo is not None else bound.replace(tzinfo=UTC)


def in_chunks(content: bytes) -> Iterator[bytes]:
    """A file read whole (base64 in JSON, say) handed on in :data:`CHUNK` blocks."""
    return (content[i:i + CHUNK] for i in range(0, len(content), CHUNK))
