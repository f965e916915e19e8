"""Helpers of the quick checks' tests."""

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
