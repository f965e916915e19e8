"""Knowledge-base sync against the real Request Tracker: articles added, changed and removed
(disabled) in RT show up, change and disappear in the local index after a sync."""

import time

import pytest

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.sources import SyncStopped


@pytest.fixture
def helpdesk(rt):
    with RequestTrackerBackend(rt.url, rt.user_token) as backend:
        yield backend


def _api(rt, session, method, path, **kwargs):
    response = session.request(method, f"{rt.url}/REST/2.0/{path}", timeout=30, **kwargs)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


def test_sync_adds_changes_and_removes_articles(rt, rt_admin_session, helpdesk, tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    first = kb.sync(helpdesk, rt.url)
    assert first.added >= 20 and first.removed == 0
    assert "Сброс пароля" in [h.article.title for h in kb.search("пароль сбросить", 3)]
    assert kb.sync(helpdesk, rt.url) == type(first)(0, 0, 0)  # nothing changed: nothing fetched

    created = _api(rt, rt_admin_session, "POST", "article", json={
        "Class": rt.article_class, "Name": "Badge reader at the entrance",
        "Summary": "The door does not open with your badge",
        "CustomFields": {"Content": "Hold the badge flat against the reader for two seconds."}})
    article_id = str(created["id"])
    added = kb.sync(helpdesk, rt.url)
    assert (added.added, added.updated, added.removed) == (1, 0, 0)
    hit = kb.search("badge reader", 1)[0]
    assert hit.article.title == "Badge reader at the entrance"
    assert hit.article.source == "Request Tracker"
    assert "flat" in kb.article(hit.key).body

    time.sleep(1.1)  # RT's LastUpdated has one-second resolution
    _api(rt, rt_admin_session, "PUT", f"article/{article_id}", json={
        "Name": "Turnstile badge reader",
        "CustomFields": {"Content": "Present the badge to the turnstile's green light."}})
    changed = kb.sync(helpdesk, rt.url)
    assert (changed.added, changed.updated, changed.removed) == (0, 1, 0)
    assert kb.search("turnstile green", 1)[0].article.title == "Turnstile badge reader"
    assert kb.search("flat", 5) == [] or all(
        h.article.id != article_id for h in kb.search("flat", 5))

    _api(rt, rt_admin_session, "DELETE", f"article/{article_id}")
    removed = kb.sync(helpdesk, rt.url)
    assert (removed.added, removed.updated, removed.removed) == (0, 0, 1)
    assert kb.search("turnstile", 5) == []


def test_list_articles_changed_since_leaves_out_older_ones(helpdesk):
    everything = helpdesk.list_articles()
    assert len(everything) >= 20 and all(a.updated for a in everything)
    newest = max(a.updated for a in everything)
    assert helpdesk.list_articles(changed_since=newest) == []


def test_a_sync_asked_to_stop_writes_nothing_and_the_next_one_starts_over(rt, helpdesk,
                                                                          tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    asked = []

    def quitting():  # the app quits once three articles have been fetched
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(SyncStopped):
        kb.sync(helpdesk, rt.url, stop=quitting)
    assert len(asked) == 4
    assert kb.search("пароль сбросить", 3) == []

    assert kb.sync(helpdesk, rt.url).added >= 20
    assert "Сброс пароля" in [h.article.title for h in kb.search("пароль сбросить", 3)]
