"""A streaming ``multipart/form-data`` body: files go from disk to the socket in large blocks.

requests-toolbelt's encoder copies every block through an internal buffer, which keeps a 1 GiB
upload at a fraction of curl's speed. This body is a plain file-like object over a list of
segments (small ``bytes`` for part headers, open files for contents): ``read(n)`` returns the
next piece of the current segment without joining or copying across segments, and its length is
known in advance, so the request carries a ``Content-Length`` (Request Tracker does not accept
chunked request bodies). Memory stays at one block whatever the file size.

``progress(sent, total)`` is called as the body is read by the HTTP layer; it may raise (e.g. an
``UploadCancelled``) to abort the upload. :class:`FileBody` is the same for an API that takes a
file as the whole request body (Redmine's and Zendesk's uploads).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Sequence
from typing import IO

from helpclient.core.errors import Rejected
from helpclient.core.models import NewAttachment

#: the largest piece returned by one read (the HTTP layer asks for its own block size)
BLOCK = 1024 * 1024

Progress = Callable[[int, int], None]


def open_attachment(stack: contextlib.ExitStack, attachment: NewAttachment) -> IO[bytes]:
    """``attachment`` opened for upload (closed with ``stack``); Rejected, naming the file,
    when it cannot be read."""
    try:
        return stack.enter_context(attachment.path.open("rb"))
    except OSError as exc:
        raise Rejected(
            f"The file “{attachment.filename}” could not be read ({exc.strerror}). "
            "Remove it from the report or attach it again.") from exc


def _quote(value: str) -> str:
    # RFC 7578: names in quoted strings; quotes and line breaks percent-encoded like browsers do
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace(
        "\n", "%0A")


class MultipartBody:
    """A file-like multipart body. Fields are ``(name, filename or None, data, content type)``
    where data is ``bytes`` or a binary file opened by the caller (read from its current
    position to its end)."""

    def __init__(self, fields: Sequence[tuple[str, str | None, bytes | IO[bytes], str]],
                 progress: Progress | None = None) -> None:
        self.boundary = uuid.uuid4().hex
        self._segments: list[tuple[bytes | IO[bytes], int]] = []
        for name, filename, data, content_type in fields:
            disposition = f'form-data; name="{_quote(name)}"'
            if filename is not None:
                disposition += f'; filename="{_quote(filename)}"'
            head = (f"--{self.boundary}\r\nContent-Disposition: {disposition}\r\n"
                    f"Content-Type: {content_type}\r\n\r\n").encode()
            self._segments.append((head, len(head)))
            if isinstance(data, bytes):
                self._segments.append((data, len(data)))
            else:
                size = os.fstat(data.fileno()).st_size - data.tell()
                self._segments.append((data, size))
            self._segments.append((b"\r\n", 2))
        tail = f"--{self.boundary}--\r\n".encode()
        self._segments.append((tail, len(tail)))
        self.length = sum(size for _, size in self._segments)
        self._index = 0
        self._offset = 0  # within the current bytes segment, or bytes read of the current file
        self.sent = 0
        self._progress = progress

    @property
    def content_type(self) -> str:
        """The request's Content-Type, with the boundary."""
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return self.length

    def read(self, size: int = -1) -> bytes:
        """The next piece of the body (b"" at the end); at most ``size`` bytes (or BLOCK)."""
        limit = BLOCK if size is None or size < 0 else size
        while self._index < len(self._segments):
            segment, seg_size = self._segments[self._index]
            left = seg_size - self._offset
            if left <= 0:
                self._index += 1
                self._offset = 0
                continue
            if isinstance(segment, bytes):
                piece = segment[self._offset:self._offset + min(limit, left)]
            else:
                piece = segment.read(min(limit, left))
                if not piece:  # the file shrank under us: the length we promised is wrong
                    raise OSError(f"{getattr(segment, 'name', 'file')} changed while uploading")
            self._offset += len(piece)
            self.sent += len(piece)
            if self._progress is not None:
                self._progress(self.sent, self.length)
            return piece
        return b""


class FileBody:
    """A file streamed as a request body with a known length, telling ``progress(sent,
    total)`` about every block; ``offset`` and ``total`` let several files count as one
    upload."""

    def __init__(self, handle: IO[bytes], progress: Progress | None, offset: int,
                 total: int) -> None:
        self._handle = handle
        self.length = os.fstat(handle.fileno()).st_size - handle.tell()
        self._left = self.length
        self._progress = progress
        self._sent = offset
        self._total = total

    def __len__(self) -> int:
        return self.length

    def read(self, size: int = -1) -> bytes:
        """The next block (b"" at the end)."""
        if self._left <= 0:
            return b""
        piece = self._handle.read(min(BLOCK if size is None or size < 0 else size, self._left))
        if not piece:  # the file shrank under us: the length we promised is wrong
            raise OSError(f"{getattr(self._handle, 'name', 'file')} changed while uploading")
        self._left -= len(piece)
        self._sent += len(piece)
        if self._progress is not None:
            self._progress(self._sent, self._total)
        return piece
