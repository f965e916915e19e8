"""The pseudo-locale keeps what the code fills in or Qt interprets (placeholders, markup,
accelerators, addresses), makes the rest visibly foreign and about 40 % longer."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpclient.i18n.pseudo import pseudo_catalogue, pseudo_text

ROOT = Path(__file__).resolve().parents[2]
KEPT = re.compile(r"%L?\d|%n|\{[a-z_]+\}|<[^>]*>|&[a-z]+;")


@pytest.mark.parametrize("source", [
    "Save", "&Send report", "%n report(s) waiting", "Reach {url}: FAILED ({error})",
    "<b>%1</b> answered &amp; closed it", "See https://help.example.com/kb for more",
    "Quit (Ctrl+&&Q)", "Request #%L1 — %2",
])
def test_placeholders_markup_and_accelerators_survive(source):
    text = pseudo_text(source)
    assert sorted(KEPT.findall(text)) == sorted(KEPT.findall(source))
    assert text.count("&") == source.count("&")
    assert len(text) >= 1.3 * len(source)
    assert text.startswith("[") and text.endswith("]")


def test_letters_are_accented_so_untranslated_text_stands_out():
    assert pseudo_text("Report a problem").startswith("[Ŕépöŕţ å pŕöƀļém")
    assert not re.search(r"[a-z]{3}", pseudo_text("Something else").replace("·", ""))


def test_the_catalogue_has_every_message_with_plural_forms(tmp_path):
    source = ROOT / "translations" / "helpclient_ru.ts"
    target = tmp_path / "pseudo.ts"
    count = pseudo_catalogue(source, target)
    messages = list(ET.parse(target).getroot().iter("message"))
    assert count == len(messages) == len(list(ET.parse(source).getroot().iter("message")))
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        if message.get("numerus") == "yes":
            assert len(translation.findall("numerusform")) == 2
        else:
            assert translation.text == pseudo_text(message.findtext("source") or "")
