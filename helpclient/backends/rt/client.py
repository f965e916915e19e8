"""The REST2 transport of the Request Tracker connector: URLs, token auth, JSON, paging, uploads.

Kept apart from :mod:`helpclient.backends.rt.connector` (which speaks HelpClient's protocol)
so that the rules about *talking* to RT live in one place: every answer is JSON, a non-JSON
answer means the address is not RT, collections hide their totals from unprivileged users.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from typing import IO, Any

import requests
from requests.auth import AuthBase

from helpclient.backends.base import site_address
from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.multipart import MultipartBody, Progress, open_attachment
from helpclient.backends.rt import records
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import BadResponse, NotAHelpdesk
from helpclient.core.models import NewAttachment

_MAX_PAGES = 200  # a runaway-paging guard: 200 pages of 100 is far beyond one user's tickets


class TokenAuth(AuthBase):
    """Adds ``Authorization: token …``; its repr never shows the token (it may end up in logs)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"token {self._token}"
        return request

    def __repr__(self) -> str:
        return "<RT token auth>"


def normalize_base_url(base_url: str) -> str:
    """RT's web address without a trailing slash or ``/REST/2.0``; ConfigurationError if it is
    not an http(s) URL."""
    return site_address(base_url, "/REST/2.0", "Request Tracker", "https://rt.example.com")


class RTClient:
    """Authenticated JSON calls to ``<base>/REST/2.0/``; failures become HelpdeskErrors."""

    def __init__(
        self, base_url: str, token: str, session: requests.Session | SessionPool,
        page_size: int
    ) -> None:
        self.base = base_url
        self._api = f"{base_url}/REST/2.0"
        self._auth = TokenAuth(token)
        self._session = session
        self.page_size = max(1, min(page_size, 100))  # RT caps per_page at 100

    def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json_body: Any = None,
        data: Any = None,
        content_type: str | None = None,
    ) -> Any:
        """One REST2 request; the parsed JSON answer, or a typed HelpdeskError."""
        url = f"{self._api}/{path.lstrip('/')}"
        headers = {"Content-Type": content_type} if content_type else None
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                json=json_body,
                data=data,
                headers=headers,
                auth=self._auth,
                stream=True,  # read by read_answer: bounded in size and time
            )
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        with response:
            content = read_answer(response)
            is_json = "json" in response.headers.get("Content-Type", "").lower()
            # RT answers every REST2 call, errors included, in JSON: a web page (or a JSON-less
            # 404) means the address points at something else. 5xx/429/413 pages from proxies
            # are left to the shared mapping: they are about load, not about the address.
            if not is_json and (response.status_code < 400 or response.status_code in (404, 405)):
                raise NotAHelpdesk(
                    f"The server at {self.base} answered, but it is not Request Tracker's "
                    f"REST 2 API (HTTP {response.status_code}). Check the helpdesk address in "
                    "the settings: it should be RT's web address, like https://rt.example.com."
                )
            if response.status_code >= 400:
                raise to_helpdesk_error(response)
            try:
                return json.loads(content) if content else None
            except RecursionError as exc:  # json recurses once per level of nesting
                raise BadResponse(
                    f"The server at {self.base} sent an answer nested too deeply to read."
                ) from exc
            except ValueError as exc:
                raise NotAHelpdesk(
                    f"The server at {self.base} sent an unreadable answer. "
                    "Check the helpdesk address in the settings."
                ) from exc

    def collect(self, path: str, params: Mapping[str, str | int], limit: int = 0) -> list[Any]:
        """All items of a paged collection (or the first ``limit``)."""
        items: list[Any] = []
        per_page = min(limit, self.page_size) if limit else self.page_size
        for page in range(1, _MAX_PAGES + 1):
            data = self.call("GET", path, params={**params, "per_page": per_page, "page": page})
            batch = records.page_items(data, f"a page of {path.rsplit('/', 1)[-1]}")
            items.extend(batch)
            if limit and len(items) >= limit:
                return items[:limit]
            pages = records.page_count(data)
            # Unprivileged users get total/pages = null (and no next_page): a short page is then
            # the only end mark.
            if len(batch) < per_page or (pages is not None and page >= pages):
                break
        return items

    def send_message(
        self, path: str, payload: Mapping[str, Any], attachments: Sequence[NewAttachment],
        progress: Progress | None = None,
    ) -> Any:
        """POST JSON, or multipart/form-data (a ``JSON`` part + one streamed ``Attachments`` part
        per file) when there are files: RT 5 accepts both for tickets and replies, and
        multipart avoids base64-inflating files into one JSON string in memory. ``progress``
        (sent bytes, total) follows the upload and may raise to abort it."""
        if not attachments:
            return self.call("POST", path, json_body=payload)
        with contextlib.ExitStack() as stack:
            fields: list[tuple[str, str | None, bytes | IO[bytes], str]] = [
                ("JSON", None, json.dumps(payload).encode(), "application/json")
            ]
            for attachment in attachments:
                handle = open_attachment(stack, attachment)
                fields.append(
                    ("Attachments", attachment.filename, handle, attachment.content_type))
            body = MultipartBody(fields, progress)
            return self.call("POST", path, data=body, content_type=body.content_type)

