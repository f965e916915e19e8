"""What the contract scenarios send: fixed texts and file contents, the same on every run, so a
replay can check each request byte for byte (a file's digest included)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from helpclient.core.models import Message, NewAttachment

#: every byte value, NULs included: a binary file must survive the round trip unchanged
BINARY = bytes(range(256)) * 64 + b"\x00end"
LOG_TEXT = "ошибка: диск заполнен\n".encode()
PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg" * 100
#: a name a helpdesk may hand over: a Windows path up and out of the folder, a right-to-left
#: override that shows "exe.pdf" as "fdp.exe", a control character
HOSTILE_NAME = "..\\..\\Startup\\invoice\u202efdp.exe\x07"


def write(folder: Path, name: str, content: bytes) -> Path:
    """``content`` in ``folder/name`` (the folder made if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def report_files(folder: Path) -> tuple[NewAttachment, ...]:
    """A binary dump and a UTF-8 log with a Cyrillic name, as a report attaches them."""
    return (
        NewAttachment(write(folder, "dump.bin", BINARY), "dump.bin"),
        NewAttachment(write(folder, "log.txt", LOG_TEXT), "журнал.txt", "text/plain"),
    )


def text_of(message: Message) -> str:
    """A message's words, stripped: an HTML body (helpdesks whose agents write HTML, like
    Zammad's) with its tags removed and entities read."""
    if not message.is_html:
        return message.body.strip()
    return html.unescape(re.sub(r"<[^>]*>", "", message.body)).strip()
