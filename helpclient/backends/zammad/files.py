"""How the files of a new ticket or reply travel to Zammad (``ticket/articles``, "Article with
attached files"; ``attachments#create``).

Small files go inside the article's JSON as ``attachments: [{filename, data (base64),
mime-type}]``, as documented: one request. A large file would be base64-inflated in memory and in
one JSON string, so it is uploaded first — streamed from disk as ``multipart/form-data`` (``File``
and ``form_id``) into Zammad's upload cache — and the article names that cache by its
``form_id``; Zammad moves the cached files to the article and empties the cache. Progress counts
every byte of every request, so the bar moves through the uploads and the article alike.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any

from helpclient.backends.multipart import MultipartBody, Progress, open_attachment
from helpclient.backends.zammad import records
from helpclient.backends.zammad.client import ZammadClient
from helpclient.core.errors import Rejected
from helpclient.core.models import NewAttachment

#: Files up to this size travel inside the article's JSON; larger ones through the upload cache.
INLINE_LIMIT = 1024 * 1024

_BLOCK = 1024 * 1024

#: (the article's file fields: ``attachments`` and/or ``form_id``) → the request's JSON payload
Payload = Callable[[Mapping[str, Any]], Mapping[str, Any]]


class JsonBody:
    """A JSON request body read in blocks, so its upload reports progress like a file's."""

    def __init__(self, content: bytes, progress: Progress | None) -> None:
        self._content = content
        self._offset = 0
        self._progress = progress

    def __len__(self) -> int:
        return len(self._content)

    def read(self, size: int = -1) -> bytes:
        """The next block (b"" at the end)."""
        limit = _BLOCK if size is None or size < 0 else size
        piece = self._content[self._offset:self._offset + limit]
        self._offset += len(piece)
        if piece and self._progress is not None:
            self._progress(self._offset, len(self._content))
        return piece


def _inline(attachment: NewAttachment, handle: IO[bytes]) -> dict[str, str]:
    try:
        data = handle.read()
    except OSError as exc:
        raise Rejected(f"The file “{attachment.filename}” could not be read "
                       f"({exc.strerror}).") from exc
    return {"filename": attachment.filename, "data": base64.b64encode(data).decode("ascii"),
            "mime-type": attachment.content_type}


def send_with_files(client: ZammadClient, request: tuple[str, str], payload: Payload,
                    attachments: Sequence[NewAttachment], progress: Progress | None = None, *,
                    params: Mapping[str, str | int] | None = None,
                    inline_limit: int = INLINE_LIMIT) -> Any:
    """Send ``request`` (method, path) with the JSON ``payload`` (given the article's file
    fields) and ``attachments``: small
    ones inline, large ones through the upload cache first (see the module docstring).
    ``progress(sent, total)`` follows all of it and may raise to stop it."""
    with contextlib.ExitStack() as stack:
        fields: dict[str, Any] = {}
        inline: list[dict[str, str]] = []
        uploads: list[MultipartBody] = []
        total = [0]
        sent_before = [0]

        def report(sent: int, _length: int) -> None:
            if progress is not None:
                progress(sent_before[0] + sent, total[0])

        form_id = str(uuid.uuid4())
        for attachment in attachments:
            handle = open_attachment(stack, attachment)
            if os.fstat(handle.fileno()).st_size <= inline_limit:
                inline.append(_inline(attachment, handle))
            else:
                uploads.append(MultipartBody(
                    [("form_id", None, form_id.encode(), "text/plain"),
                     ("File", attachment.filename, handle, attachment.content_type)], report))
        if inline:
            fields["attachments"] = inline
        if uploads:
            fields["form_id"] = form_id
        body = JsonBody(json.dumps(payload(fields), ensure_ascii=False).encode(), report)
        total[0] = sum(len(u) for u in uploads) + len(body)
        for upload in uploads:
            records.uploaded_id(client.call("POST", "attachments", data=upload,
                                            content_type=upload.content_type))
            sent_before[0] += len(upload)
        method, path = request
        return client.call(method, path, params=params, data=body,
                           content_type="application/json")
