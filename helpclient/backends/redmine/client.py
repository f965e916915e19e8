"""The REST transport of the Redmine connector: URLs, the API key header, JSON, paging, uploads.

Redmine answers API calls in JSON, with these exceptions measured on 5.0.4 that the rules here
follow: a change (PUT) answers 204 with no body; a missing file download, malformed JSON or a
wrong upload type answer an HTML page; a forbidden action answers 403 with an empty body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import requests
from requests.auth import AuthBase

from helpclient.backends.base import site_address
from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import server_message, to_helpdesk_error
from helpclient.backends.multipart import BLOCK, FileBody, Progress
from helpclient.backends.redmine import records
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import (
    BadResponse,
    NotAHelpdesk,
    Rejected,
    TooLarge,
)
from helpclient.core.models import NewAttachment

PRODUCT = "Redmine"
MAX_PAGE = 100  # Redmine's largest ``limit``
_MAX_PAGES = 200  # a runaway-paging guard
# Redmine's "… exceeds the maximum allowed file size (5242880)", in any language: the limit in
# bytes in brackets
_SIZE_LIMIT = re.compile(r"\((\d{4,})\)")


class KeyAuth(AuthBase):
    """Adds ``X-Redmine-API-Key``; its repr never shows the key (it may end up in logs)."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["X-Redmine-API-Key"] = self._key
        return request

    def __repr__(self) -> str:
        return "<Redmine API key auth>"


def normalize_base_url(base_url: str) -> str:
    """Redmine's web address without a trailing slash; ConfigurationError if it is not an
    http(s) URL."""
    return site_address(base_url, "", "Redmine", "https://redmine.example.com")


class RedmineClient:
    """Authenticated JSON calls to a Redmine; failures become HelpdeskErrors."""

    def __init__(self, base_url: str, key: str, session: requests.Session | SessionPool,
                 page_size: int) -> None:
        self.base = base_url
        self._auth = KeyAuth(key)
        self._session = session
        self.page_size = max(1, min(page_size, MAX_PAGE))

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            return self._session.request(method, f"{self.base}/{path.lstrip('/')}",
                                         auth=self._auth, stream=True, **kwargs)
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc

    def call(self, method: str, path: str, *, params: Mapping[str, str | int] | None = None,
             json_body: Any = None) -> Any:
        """One API request; the parsed JSON answer (None for an empty one, as a 204), or a
        typed HelpdeskError."""
        with self._send(method, path, params=params, json=json_body) as response:
            content = read_answer(response)
            return self._parse(response, content)

    def _parse(self, response: requests.Response, content: bytes) -> Any:
        status = response.status_code
        is_json = "json" in response.headers.get("Content-Type", "").lower()
        # a web page (or a JSON-less 404) where the API answers: the address is not Redmine's
        # API. 5xx/429/413 pages of proxies are left to the shared mapping.
        if content.strip() and not is_json and (status < 400 or status in (404, 405)):
            raise NotAHelpdesk(
                f"The server at {self.base} answered, but not as Redmine's REST API does "
                f"(HTTP {status}). Check the helpdesk address in the settings, and that the "
                "REST API is enabled in Redmine (Administration → Settings → API).")
        if status >= 400:
            raise to_helpdesk_error(response)
        if not content.strip():
            return None
        try:
            return json.loads(content)
        except RecursionError as exc:
            raise BadResponse(
                f"The server at {self.base} sent an answer nested too deeply to read.") from exc
        except ValueError as exc:
            raise NotAHelpdesk(f"The server at {self.base} sent an unreadable answer. "
                               "Check the helpdesk address in the settings.") from exc

    def collect(self, path: str, key: str, params: Mapping[str, str | int],
                limit: int = 0) -> list[Any]:
        """All items of an offset-paged collection (``{key: [...], total_count}``), or the
        first ``limit``."""
        items: list[Any] = []
        per_page = min(limit, self.page_size) if limit else self.page_size
        for number in range(_MAX_PAGES):
            answer = self.call("GET", path, params={**params, "offset": number * per_page,
                                                    "limit": per_page})
            batch, total = records.page(answer, key, f"a page of {key}")
            items.extend(batch)
            if limit and len(items) >= limit:
                return items[:limit]
            if len(batch) < per_page or (total is not None and (number + 1) * per_page >= total):
                break
        return items

    def upload(self, attachment: NewAttachment, progress: Progress | None, offset: int,
               total: int) -> str:
        """Send one file to ``/uploads.json``; the token that attaches it to an issue or a
        note. A file over Redmine's limit is TooLarge."""
        try:
            handle = attachment.path.open("rb")
        except OSError as exc:
            raise Rejected(
                f"The file “{attachment.filename}” could not be read ({exc.strerror}). "
                "Remove it from the report or attach it again.") from exc
        with handle:
            body = FileBody(handle, progress, offset, total)
            with self._send("POST", "uploads.json", params={"filename": attachment.filename},
                            data=body,
                            headers={"Content-Type": "application/octet-stream"}) as response:
                content = read_answer(response)
                if response.status_code == 422:
                    raise _upload_refused(response, attachment)
                return records.upload_token(self._parse(response, content))

    def download(self, attachment_id: str) -> Iterator[bytes]:
        """The bytes of ``/attachments/download/N`` in blocks (the request is made first)."""
        response = self._send("GET", f"attachments/download/{attachment_id}")
        if response.status_code >= 400:
            with response:
                read_answer(response, max_bytes=1024 * 1024)
                raise to_helpdesk_error(response)
        return _blocks(response)


def _blocks(response: requests.Response) -> Iterator[bytes]:
    with response:
        try:
            yield from response.iter_content(BLOCK)
        except (requests.RequestException, OSError) as exc:
            raise to_helpdesk_error(exc) from exc


def _upload_refused(response: requests.Response, attachment: NewAttachment) -> Rejected:
    said = server_message(response)
    limit = _SIZE_LIMIT.search(said)
    if limit:
        size = int(limit.group(1))
        shown = f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{max(size // 1024, 1)} KB"
        return TooLarge(f"The file “{attachment.filename}” is larger than Redmine accepts "
                        f"({shown}). Compress it or leave it out.")
    return Rejected(f"Redmine refused the file “{attachment.filename}”: {said or 'HTTP 422'}")
