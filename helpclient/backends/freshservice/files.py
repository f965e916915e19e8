"""How a new ticket or a note travels to Freshservice: JSON without files; with files,
``multipart/form-data`` with one ``attachments[]`` part per file (API v2, "Attachments", "Create
Ticket with attachment", "Create a Note With Attachment"), streamed from disk.

At most 15 MB of files go with one request (Freshservice's limit for a ticket's or a note's
files; its reference also caps all the files of a ticket together at 40 MB). The total is
checked before anything is sent, so a report that cannot go is refused with
:class:`~helpclient.core.errors.TooLarge` at once — the user can leave a file out — instead of
after a long upload.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any

from helpclient.backends.multipart import MultipartBody, Progress, open_attachment
from helpclient.core.errors import TooLarge
from helpclient.core.models import NewAttachment

#: The most the files of one request may add up to, in bytes.
MAX_UPLOAD_BYTES = 15 * 1024 * 1024

Send = Callable[..., Any]


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_total(attachments: Sequence[NewAttachment], limit: int = MAX_UPLOAD_BYTES) -> None:
    """TooLarge when the files add up to more than ``limit`` bytes (a file that cannot be
    read is left to the upload, which says so)."""
    sizes = []
    for attachment in attachments:
        try:
            sizes.append(attachment.path.stat().st_size)
        except OSError:
            sizes.append(0)
    total = sum(sizes)
    if total > limit:
        largest = max(zip(sizes, (a.filename for a in attachments), strict=True))
        raise TooLarge(
            f"The attached files come to {_megabytes(total)} MB, but Freshservice accepts at "
            f"most {_megabytes(limit)} MB of files with one request. Remove or compress some "
            f"(the largest is “{largest[1]}”, {_megabytes(largest[0])} MB) and send again.")


def _form_value(value: Any) -> bytes:
    if isinstance(value, bool):
        return b"true" if value else b"false"
    return str(value).encode()


def send(call: Send, request: tuple[str, str], fields: Mapping[str, Any],
         attachments: Sequence[NewAttachment], progress: Progress | None = None, *,
         limit: int = MAX_UPLOAD_BYTES) -> Any:
    """``call(method, path, …)`` for ``request`` (method, path) with ``fields``: as JSON
    without files, else as a multipart form with the files last (``progress(sent, total)``
    follows it and may raise to stop)."""
    check_total(attachments, limit)
    method, path = request
    if not attachments:
        return call(method, path, json_body=dict(fields))
    with contextlib.ExitStack() as stack:
        parts: list[tuple[str, str | None, bytes | IO[bytes], str]] = [
            (name, None, _form_value(value), "text/plain; charset=utf-8")
            for name, value in fields.items()]
        for attachment in attachments:
            handle = open_attachment(stack, attachment)
            if os.fstat(handle.fileno()).st_size > limit:  # grew since it was checked
                check_total([attachment], limit)
            parts.append(("attachments[]", attachment.filename, handle,
                          attachment.content_type))
        body = MultipartBody(parts, progress)
        return call(method, path, data=body, content_type=body.content_type)
