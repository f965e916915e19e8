"""open_outside(): only the allowed schemes ever reach the operating system."""

import pytest
from PySide6.QtCore import QUrl

from helpclient.ui.kit import links


@pytest.fixture
def opened(monkeypatch):
    calls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    monkeypatch.setattr(links.QDesktopServices, "openUrl", fake_open)
    return calls


@pytest.mark.parametrize("url", ["https://help.example.com/t/1", "http://intranet/kb"])
def test_web_addresses_open(opened, url):
    assert links.is_web_address(url)
    assert links.open_outside(url) is True
    assert opened == [url]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "", "smb://srv/x",
                                 "mailto:it@example.com"])
def test_other_schemes_are_refused_for_web_links(opened, url):
    assert not links.is_web_address(url)
    assert links.open_outside(url) is False
    assert opened == []


def test_mailto_only_where_allowed(opened):
    assert links.open_outside(QUrl("mailto:it@example.com"), links.SAFE_SCHEMES) is True
    assert links.open_outside("file:///tmp/x", links.SAFE_SCHEMES) is False
    assert opened == ["mailto:it@example.com"]
