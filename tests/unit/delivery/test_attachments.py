"""Attachments against the helpdesk's size limit: finding, compressing, and the bundle's cap."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from helpclient.core.delivery.attachments import (
    Oversize,
    compress,
    compress_to_fit,
    find_oversized,
    megabytes,
)
from helpclient.core.delivery.sender import oversized
from helpclient.core.settings import Settings
from helpclient.core.sysinfo.service import BUNDLE_HEADROOM, bundle_cap, options_from_settings


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_find_oversized_names_each_file_over_the_limit(tmp_path):
    small = write(tmp_path / "small.txt", b"x" * 100)
    exact = write(tmp_path / "exact.txt", b"x" * 1000)
    big = write(tmp_path / "screen.png", b"x" * 1001)
    missing = tmp_path / "gone.txt"
    assert find_oversized((small, exact, big, missing), 1000) == (Oversize(big, 1001, 1000),)
    assert find_oversized((big,), 1000)[0].name == "screen.png"


@pytest.mark.parametrize("limit", [0, -1])
def test_no_limit_finds_nothing(tmp_path, limit):
    assert find_oversized((write(tmp_path / "a", b"x" * 10),), limit) == ()


def test_sender_message_uses_the_same_check(tmp_path):
    big = write(tmp_path / "log.txt", b"x" * 14_200_000)
    message = oversized((big,), 10_000_000)
    assert "“log.txt” (14.2 MB)" in message
    assert "up to 10 MB" in message
    assert oversized((big,), 0) == ""


def test_compress_writes_a_deflated_zip_of_the_file(tmp_path):
    source = write(tmp_path / "app.log", b"the same line again\n" * 50_000)
    out = tmp_path / "out"
    zipped = compress(source, out)
    assert zipped == out / "app.log.zip"
    assert zipped.stat().st_size < source.stat().st_size // 20
    with zipfile.ZipFile(zipped) as archive:
        (info,) = archive.infolist()
        assert info.filename == "app.log"
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert archive.read("app.log") == source.read_bytes()
    assert [p.name for p in out.iterdir()] == ["app.log.zip"]  # no temporary file left


def test_compress_never_overwrites_another_files_zip(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write(tmp_path / "a" / "app.log", b"first")
    second = write(tmp_path / "b" / "app.log", b"second")
    one, two = compress(first, tmp_path / "out"), compress(second, tmp_path / "out")
    assert one != two
    assert zipfile.ZipFile(one).read("app.log") == b"first"
    assert zipfile.ZipFile(two).read("app.log") == b"second"


def test_compress_failure_leaves_nothing_behind(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(OSError):
        compress(tmp_path / "missing.txt", out)
    assert list(out.iterdir()) == []


def test_compress_to_fit_keeps_a_zip_that_fits(tmp_path):
    source = write(tmp_path / "big.txt", b"0123456789abcdef\n" * 200_000)  # 3.4 MB of text
    result = compress_to_fit(source, tmp_path / "out", 1_000_000)
    assert result.fits
    assert result.path is not None and result.path.exists()
    assert result.size == result.path.stat().st_size <= 1_000_000


def test_compress_to_fit_says_honestly_when_it_is_still_too_large(tmp_path):
    source = write(tmp_path / "photo.png", os.urandom(300_000))  # random bytes do not shrink
    result = compress_to_fit(source, tmp_path / "out", 200_000)
    assert not result.fits
    assert result.path is None
    assert result.size > 200_000
    assert list((tmp_path / "out").iterdir()) == []  # the useless ZIP is not kept


def test_megabytes():
    assert megabytes(14_200_000) == "14.2"
    assert megabytes(10_000_000) == "10.0"


@pytest.mark.parametrize(("size_cap", "limit_mb", "expected"), [
    (2_000_000, 10, 2_000_000),                 # the defaults: the bundle fits easily
    (20_000_000, 10, 10_000_000 - BUNDLE_HEADROOM),  # a cap above the limit is lowered
    (2_000_000, 1, 1_000_000 - BUNDLE_HEADROOM),
    (20_000_000, 0, 20_000_000),                # no limit
    (-5, 10, 0),
])
def test_bundle_cap_keeps_the_bundle_under_the_attachment_limit(size_cap, limit_mb, expected):
    assert bundle_cap(size_cap, limit_mb) == expected


def test_sysinfo_options_follow_the_attachment_limit(tmp_path):
    settings = Settings(tmp_path / "c.toml")
    settings.set("sysinfo.size_cap", 50_000_000)
    settings.set("outbox.max_attachment_mb", 5)
    assert options_from_settings(settings).size_cap == 5_000_000 - BUNDLE_HEADROOM
