"""Helpers of the quick checks' tests."""

import xml.etree.ElementTree as ET
from pathlib import Path

from helpclient.core.checks.articles import article_for
from helpclient.core.checks.model import CheckResult, Deadline


def run(check, seconds=None):
    """A check's conclusion, run directly with its own time limit."""
    return check.run(Deadline(seconds or check.timeout))


def article_title(kb, check, conclusion, **options):
    """The title of the article a result points to (None: none)."""
    hit = article_for(kb, CheckResult(check.name, check.title, check.keywords, conclusion, 0.0),
                      **options)
    return hit.article.title if hit else None


TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"


def ts_translator(language):
    """``translate(context, text)`` from a language's .ts file, as the Qt translator gives it
    (finished translations only; the source text otherwise)."""
    table = {}
    root = ET.parse(TRANSLATIONS / f"helpclient_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text \
                    and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                table[(name, message.findtext("source"))] = translation.text
    return lambda context, text: table.get((context, text), text)
