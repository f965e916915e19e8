"""Each quick check's keywords, translated into German, French and Spanish, find the article in
that language that the English keywords find in English: the check window links an article in
the user's language."""

import ast
from pathlib import Path

import pytest
from checks_helpers import ts_translator

from helpclient.core.checks.articles import article_for
from helpclient.core.checks.model import CHECKS_CTX, CheckResult, problem

CHECKS = Path(__file__).resolve().parents[3] / "helpclient" / "core" / "checks"


def check_keywords():
    """(name, keywords) of every Check(...) the checks' modules make, read from their source
    (a check added later is covered without naming it here)."""
    found = []
    for path in sorted(CHECKS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Check":
                name, keywords = node.args[0], node.args[2]
                assert isinstance(keywords, ast.Call) and keywords.args[0].value == CHECKS_CTX
                found.append((name.value, keywords.args[1].value))
    return found


KEYWORDS = check_keywords()


def result(name, keywords):
    return CheckResult(name, name, keywords, problem("Something is wrong."), 0.0)


def test_every_check_is_read_from_the_source():
    names = {name for name, _keywords in KEYWORDS}
    assert {"network", "dns", "vpn", "printing", "disk", "clock", "restart", "version"} <= names


@pytest.mark.parametrize("language", ["de", "fr", "es"])
@pytest.mark.parametrize(("name", "keywords"), KEYWORDS)
def test_the_translated_keywords_find_the_article_in_that_language(kb, language, name, keywords):
    english = article_for(kb, result(name, keywords), language="en")
    assert english is not None and english.article.id.startswith("en-"), name
    translate = ts_translator(language)
    assert translate(CHECKS_CTX, keywords) != keywords, f"{name}: not translated"
    hit = article_for(kb, result(name, keywords), translate=translate, language=language)
    assert hit is not None, f"{name}: no article for {translate(CHECKS_CTX, keywords)!r}"
    assert hit.article.id == f"{language}-{english.article.id[3:]}", name
