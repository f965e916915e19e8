"""Every shipped language is complete: each string of the code has a finished translation whose
placeholders, markup and accelerator match the English source, with the plural forms of its
language, and every catalogue is up to date with the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpclient.ui.shell.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
TS_EN = TRANSLATIONS / "helpclient_en.ts"
#: the interface languages besides English, the source language
TRANSLATED = sorted(code for code in LANGUAGES if code != "en")
#: plural forms per language, as Qt counts them (Russian: one, few, many)
PLURAL_FORMS = {"ru": 3, "de": 2, "fr": 2, "es": 2}
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]+\}")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|&[a-z]+;")
ACCELERATOR = re.compile(r"&(?![a-z]+;|&)")


def messages(ts_file: Path):
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def lupdate() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def _problems(context: str, source: str, text: str, plural: bool) -> list[str]:
    where = f"{context}: {source!r} → {text!r}"
    if not text.strip():
        return [f"{context}: empty translation of {source!r}"]
    found = []
    want = set(PLACEHOLDER.findall(source))
    have = set(PLACEHOLDER.findall(text))
    if plural:  # a singular form may spell the number out ("один", "un")
        want, have = want - {"%n"}, have - {"%n"}
    if want != have:
        found.append(f"placeholders differ in {where}")
    if sorted(MARKUP.findall(source)) != sorted(MARKUP.findall(text)):
        found.append(f"markup differs in {where}")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
        found.append(f"accelerator differs in {where}")
    return found


def test_every_shipped_language_has_its_catalogue():
    assert sorted(PLURAL_FORMS) == TRANSLATED
    for code in TRANSLATED:
        assert (TRANSLATIONS / f"helpclient_{code}.ts").is_file(), code


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(code):
    problems = []
    for context, message in messages(TRANSLATIONS / f"helpclient_{code}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: untranslated {source!r}")
            continue
        plural = message.get("numerus") == "yes"
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        if plural and len(forms) != PLURAL_FORMS[code]:
            problems.append(f"{context}: {len(forms)} plural forms for {source!r}")
        for text in forms:
            problems += _problems(context, source, text, plural)
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_ts_file_has_every_string_of_the_code(code, tmp_path):
    tool = lupdate()
    if not tool.exists():
        pytest.fail(f"{tool} is missing: PySide6's tools are needed to check translations")
    ts = TRANSLATIONS / f"helpclient_{code}.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts, fresh)
    subprocess.run([str(tool), "-extensions", "py", "-no-obsolete", "-locations", "none",
                    str(ROOT / "helpclient"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    known = {(c, m.findtext("source")) for c, m in messages(ts)}
    in_code = {(c, m.findtext("source")) for c, m in messages(fresh)}
    assert sorted(in_code - known) == [], "run `make ts` and translate the new strings"
    assert sorted(known - in_code) == [], "run `make ts`: it keeps strings gone from the code"


def test_english_plurals_have_both_forms_for_every_plural_string():
    plural_sources = {(c, m.findtext("source"))
                      for c, m in messages(TRANSLATIONS / "helpclient_ru.ts")
                      if m.get("numerus") == "yes"}
    english = {(c, m.findtext("source")): [n.text or "" for n in m.iter("numerusform")]
               for c, m in messages(TS_EN)}
    assert plural_sources <= set(english), "run `make ts` and fill the English plural forms"
    for key, forms in english.items():
        assert len(forms) == 2 and all("%n" in form and "(s)" not in form for form in forms), key
