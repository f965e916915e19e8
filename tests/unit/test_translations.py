"""Russian must be complete: every string in the code has a finished translation whose
placeholders match the English ones."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "helpclient_ru.ts"
TS_EN = ROOT / "translations" / "helpclient_en.ts"
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]+\}")


def messages(ts_file: Path):
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def lupdate() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def test_every_message_is_translated_with_the_same_placeholders():
    problems = []
    for context, message in messages(TS):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: untranslated {source!r}")
            continue
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"{context}: empty translation of {source!r}")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{context}: placeholders differ in {source!r} → {text!r}")
    assert problems == []


def test_the_ts_file_has_every_string_of_the_code(tmp_path):
    tool = lupdate()
    if not tool.exists():
        pytest.fail(f"{tool} is missing: PySide6's tools are needed to check translations")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([str(tool), "-extensions", "py", "-no-obsolete", "-locations", "none",
                    str(ROOT / "helpclient"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    known = {(c, m.findtext("source")) for c, m in messages(TS)}
    in_code = {(c, m.findtext("source")) for c, m in messages(fresh)}
    assert sorted(in_code - known) == [], "run `make ts` and translate the new strings"


def test_english_plurals_have_both_forms_for_every_plural_string(tmp_path):
    plural_sources = {(c, m.findtext("source")) for c, m in messages(TS)
                      if m.get("numerus") == "yes"}
    english = {(c, m.findtext("source")): [n.text or "" for n in m.iter("numerusform")]
               for c, m in messages(TS_EN)}
    assert plural_sources <= set(english), "run `make ts` and fill the English plural forms"
    for key, forms in english.items():
        assert len(forms) == 2 and all("%n" in form and "(s)" not in form for form in forms), key
