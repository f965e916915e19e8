"""What the contract scenarios send: fixed texts and file contents, the same on every run, so a
replay can check each request byte for byte (a file's digest included)."""

from __future__ import annotations

from html.parser import HTMLParser
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


class _Text(HTMLParser):
    """The text of HTML with its line structure: a line break at <br> and after each block."""

    BLOCKS = frozenset({"p", "div", "li", "tr", "blockquote", "pre", "h1", "h2", "h3", "h4",
                        "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def body_text(message: Message) -> str:
    """What a message says, as text: its body, or the text of its HTML body (helpdesks with
    rich text, such as GLPI, send HTML)."""
    if not message.is_html:
        return message.body
    parser = _Text()
    parser.feed(message.body)
    parser.close()
    return "".join(parser.parts)
