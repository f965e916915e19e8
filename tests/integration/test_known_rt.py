"""Known problems announced in the real Request Tracker: IT writes an article in the
announcement class (as support staff, through REST2), the end user's HelpClient learns of it,
matches it to what the user types, keeps it out of the knowledge base, and tells the user once
when IT marks it resolved."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from known_fakes import known_problems

from helpclient.backends.rt.announcements import class_id
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.known.service import Source


def _api(rt, session, method, path, **kwargs):
    response = session.request(method, f"{rt.url}/REST/2.0/{path}", timeout=30, **kwargs)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


@pytest.fixture
def announcement(rt, rt_admin_session):
    """An announcement IT wrote a moment ago; removed (disabled) afterwards."""
    created = _api(rt, rt_admin_session, "POST", "article", json={
        "Class": rt.announcement_class, "Name": "E-mail is down in Building B",
        "Summary": "Outlook and webmail cannot reach the mail server.",
        "CustomFields": {"Content": "We are working on it.", "Keywords": ["outlook", "mail"],
                         "Services": ["E-mail"]}})
    article_id = str(created["id"])
    yield article_id
    _api(rt, rt_admin_session, "DELETE", f"article/{article_id}")


@pytest.fixture
def helpdesk(rt):
    with RequestTrackerBackend(rt.url, rt.user_token,
                               announcement_class=rt.announcement_class) as backend:
        yield backend


def test_an_announcement_in_rt_reaches_the_user_and_stays_out_of_the_kb(
        rt, rt_admin_session, helpdesk, announcement, tmp_path):
    (found,) = helpdesk.announcements() or []
    assert found.key == f"rt:{announcement}"
    assert found.localized("en").title == "E-mail is down in Building B"
    assert found.localized("en").text == ("Outlook and webmail cannot reach the mail server."
                                          "\n\nWe are working on it.")
    assert found.keywords == ("outlook", "mail") and found.services == ("E-mail",)
    assert found.since is not None and found.resolved is None
    assert announcement not in {a.id for a in helpdesk.list_articles()}
    assert helpdesk.search_articles("Building B") == []

    service = known_problems(tmp_path, Source("rt", helpdesk.announcements),
                             clock=lambda: datetime.now(UTC))
    assert [a.key for a in service.refresh("en").new] == [f"rt:{announcement}"]
    assert [a.key for a in service.match("Outlook cannot connect", "en")] == [
        f"rt:{announcement}"]
    assert service.match("the printer jams", "en") == []

    time.sleep(1.1)  # RT's LastUpdated has one-second resolution
    _api(rt, rt_admin_session, "PUT", f"article/{announcement}",
         json={"CustomFields": {"Resolved": "yes"}})
    news = service.refresh("en")
    assert [a.key for a in news.resolved] == [f"rt:{announcement}"]
    assert service.active("en") == []
    assert not service.refresh("en")


def test_a_class_is_found_by_its_name_and_a_missing_one_is_none(rt, helpdesk):
    assert class_id(helpdesk._rt, rt.article_class) is not None  # a name with a space
    assert class_id(helpdesk._rt, "No such class") is None
    with RequestTrackerBackend(rt.url, rt.user_token, announcement_class="No such class") as other:
        assert other.announcements() == []
