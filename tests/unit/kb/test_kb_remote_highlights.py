"""The helpdesk's live results keep the words its own search marked (Jira Service Management's
``@@@hl@@@…@@@endhl@@@``): the suggestion shows them bold like the local index's matches."""

from __future__ import annotations

from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.models import Article


def test_a_remote_hit_carries_the_helpdesks_highlights_into_its_snippet():
    summary = "Open the portal and choose Forgot password."
    remote = Article("a1", "Reset your password", summary=summary,
                     summary_highlights=((34, 42),))
    [hit] = KnowledgeBase.merge_remote([], [remote], limit=5)
    assert hit.snippet.text == summary
    assert hit.snippet.html() == "Open the portal and choose Forgot <b>password</b>."


def test_a_long_summary_is_cut_at_a_word_and_keeps_the_highlights_before_the_cut():
    summary = "password " + "word " * 60 + "password"
    remote = Article("a2", "Long", summary=summary,
                     summary_highlights=((0, 8), (len(summary) - 8, len(summary))))
    [hit] = KnowledgeBase.merge_remote([], [remote], limit=5)
    assert len(hit.snippet.text) <= 160 and hit.snippet.text.endswith(" …")
    assert hit.snippet.highlights == ((0, 8),)
