"""Attachment names from the helpdesk are hostile: they must stay inside the downloads folder."""

from __future__ import annotations

import pytest

from helpclient.core.tracking.downloads import safe_filename, save_download

HOSTILE = [
    "../../x", "..\\..\\x", "/etc/passwd", "C:\\Windows\\system32\\evil.dll", "..", ".", "",
    "   ", "CON", "con.txt", "LPT1", "nul.tar.gz", "COM¹", ".bashrc", "a\x00b", "line\nbreak",
    "invoice\u202efdp.exe", "zero\u200bwidth.txt", "trailing.exe.  ", "a:b*c?.txt",
    "é" * 300 + ".pdf", "x" * 1000, "名前" * 200 + ".docx", "\\\\server\\share\\f.txt",
    "~/.ssh/authorized_keys", "%2e%2e%2fx",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_become_plain_files_inside_the_folder(tmp_path, name):
    folder = tmp_path / "Downloads"
    path = save_download(folder, name, [b"data"])
    assert path.parent == folder
    assert path.read_bytes() == b"data"
    clean = path.name
    assert clean not in ("", ".", "..")
    assert not clean.startswith(".")
    assert "/" not in clean and "\\" not in clean
    assert len(clean.encode()) <= 210
    assert clean.split(".")[0].upper() not in ("CON", "NUL", "LPT1", "COM¹")
    assert all(c.isprintable() for c in clean)
    assert "\u202e" not in clean and "\u200b" not in clean
    assert list(tmp_path.iterdir()) == [folder]


def test_examples():
    assert safe_filename("../../x") == "x"
    assert safe_filename("report.pdf") == "report.pdf"
    assert safe_filename("CON.txt") == "_CON.txt"
    assert safe_filename("Отчёт за май.xlsx") == "Отчёт за май.xlsx"
    assert safe_filename("") == "attachment"
    assert safe_filename("x" * 300 + ".pdf").endswith(".pdf")


def test_never_overwrites(tmp_path):
    (tmp_path / "log.txt").write_text("mine")
    first = save_download(tmp_path, "log.txt", [b"1"])
    second = save_download(tmp_path, "../log.txt", [b"2"])
    assert (tmp_path / "log.txt").read_text() == "mine"
    assert first.name == "log (2).txt" and second.name == "log (3).txt"


def test_symlink_in_the_way_is_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    folder = tmp_path / "dl"
    folder.mkdir()
    (folder / "a.txt").symlink_to(outside)
    path = save_download(folder, "a.txt", [b"x"])
    assert not outside.exists()
    assert path.name == "a (2).txt"


def test_failed_download_leaves_nothing(tmp_path):
    def chunks():
        yield b"half"
        raise OSError("connection lost")

    with pytest.raises(OSError):
        save_download(tmp_path, "big.iso", chunks())
    assert list(tmp_path.iterdir()) == []
