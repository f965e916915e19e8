"""Known problems from Request Tracker: the articles of the announcement class (as RT 5.0.3 sent
them, recorded) become announcements; the knowledge base leaves them out; whatever a server
sends instead ends in announcements or a typed error (Hypothesis)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rt_fakes import BASE, FakeRT, Raw, rt_backend
from test_rt_hostile_answers import RT_WORDS

from helpclient.backends.rt.announcements import AnnouncementClass, announcement_from_record
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.errors import BadResponse, HelpdeskError
from helpclient.core.known.model import Announcement

API = f"{BASE}/REST/2.0"


def field(number: int, name: str, *values: Any) -> dict[str, Any]:
    return {"id": str(number), "type": "customfield", "name": name, "values": list(values),
            "_url": f"{API}/customfield/{number}"}


# what RT 5.0.3 answered the seeded end user (tests/integration/test_known_rt.py makes the same)
RECORDED = {
    "LastUpdated": "2026-12-07T11:47:29Z", "id": "33", "type": "article",
    "Name": "E-mail is down in Building B",
    "Summary": "Outlook and webmail cannot reach the mail server.",
    "_url": f"{API}/article/33", "Created": "2026-12-07T11:47:29Z",
    "CustomFields": [field(2, "Since"), field(3, "Until"), field(5, "Keywords", "outlook", "mail"),
                     field(4, "Resolved"), field(1, "Content", "We are working on it."),
                     field(7, "Language"), field(6, "Services", "E-mail")],
}
PAGE = {"count": 1, "page": 1, "per_page": 50, "total": None, "pages": None,
        "items": [RECORDED]}
KB_ITEM = {"id": "8", "Name": "A shared network folder or drive does not open",
           "Summary": "A mapped drive shows a red cross.", "LastUpdated": "2026-12-07T11:47:28Z",
           "Class": {"id": "2", "type": "class", "Name": "Knowledge base"}}
ANNOUNCEMENT_ITEM = {"id": "33", "Name": RECORDED["Name"], "LastUpdated": "2026-12-07T11:47:29Z",
                     "Class": {"id": "3", "type": "class", "Name": "Announcements"}}


def backend(answers: dict[str, Any], announcement_class: str = "Announcements"
            ) -> tuple[RequestTrackerBackend, FakeRT]:
    adapter = FakeRT({**copy.deepcopy(FakeRT().answers), **answers})
    connector = rt_backend(adapter)
    connector._announcements = AnnouncementClass(announcement_class)
    return connector, adapter


def test_a_recorded_announcement_article_becomes_an_announcement():
    announcement = announcement_from_record(RECORDED, BASE)
    assert announcement.key == "rt:33"
    words = announcement.localized("en")
    assert words.title == "E-mail is down in Building B"
    assert words.text == ("Outlook and webmail cannot reach the mail server.\n\n"
                          "We are working on it.")
    assert announcement.since == datetime(2026, 12, 7, 11, 47, 29, tzinfo=UTC)  # Created
    assert (announcement.until, announcement.resolved) == (None, None)
    assert announcement.keywords == ("outlook", "mail")
    assert announcement.services == ("E-mail",)
    assert announcement.languages == ()
    assert announcement.url == f"{BASE}/SelfService/Article/Display.html?id=33"


@pytest.mark.parametrize(("resolved", "expected"), [
    ("2026-12-07T12:30:00Z", datetime(2026, 12, 7, 12, 30, tzinfo=UTC)),
    ("yes", datetime(2026, 12, 7, 11, 47, 29, tzinfo=UTC)),  # when IT changed the article
    ("   ", None)])
def test_the_resolved_field_says_it_is_fixed(resolved, expected):
    record = {**RECORDED, "CustomFields": [field(4, "Resolved", resolved)]}
    assert announcement_from_record(record, BASE).resolved == expected


def test_optional_fields_shape_the_announcement():
    record = {**RECORDED, "CustomFields": [
        field(2, "Since", "2026-12-07T06:40:00Z"), field(3, "Until", "2026-12-08"),
        field(7, "Language", "RU"), field(5, "Keywords", "почта, outlook\nwebmail"),
        field(1, "Content", "<p>Мы <b>работаем</b> над этим.</p><script>alert(1)</script>")]}
    announcement = announcement_from_record(record, BASE)
    assert announcement.since == datetime(2026, 12, 7, 6, 40, tzinfo=UTC)
    assert announcement.until == datetime(2026, 12, 8, tzinfo=UTC)
    assert announcement.languages == ("ru",) and announcement.texts[0][0] == "ru"
    assert announcement.keywords == ("почта", "outlook", "webmail")
    assert announcement.localized("ru").text.endswith("Мы работаем над этим.")
    assert "alert" not in announcement.localized("ru").text


def test_the_connector_reads_the_class_once_and_lists_its_articles():
    connector, adapter = backend({"articles": PAGE})
    assert [a.key for a in connector.announcements() or []] == ["rt:33"]
    connector.announcements()
    assert adapter.requests == [("GET", "class/Announcements"), ("POST", "articles"),
                                ("POST", "articles")]


def test_no_class_configured_is_no_source_and_a_missing_class_no_announcements():
    connector, adapter = backend({}, announcement_class="")
    assert connector.announcements() is None and adapter.requests == []
    connector, adapter = backend({"class": Raw(b'{"message":"Forbidden"}', status=403)})
    assert connector.announcements() == []
    connector.announcements()  # asked again: IT may create the class meanwhile
    assert adapter.requests == [("GET", "class/Announcements")] * 2


def test_the_knowledge_base_leaves_announcements_out():
    listing = {**PAGE, "items": [KB_ITEM, ANNOUNCEMENT_ITEM]}
    connector, _adapter = backend({"articles": listing})
    assert [a.id for a in connector.list_articles()] == ["8"]
    assert [a.id for a in connector.search_articles("drive")] == ["8"]
    everything, _adapter = backend({"articles": listing}, announcement_class="")
    assert [a.id for a in everything.list_articles()] == ["8", "33"]


def test_an_article_without_a_title_is_left_out_of_the_list():
    untitled = {**RECORDED, "id": "34", "Name": ""}
    connector, _adapter = backend({"articles": {**PAGE, "items": [untitled, RECORDED]}})
    assert [a.key for a in connector.announcements() or []] == ["rt:33"]
    with pytest.raises(BadResponse):
        announcement_from_record(untitled, BASE)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(RT_WORDS.near(PAGE), RT_WORDS.near({"id": 3})), st.booleans())
def test_whatever_rt_answers_is_announcements_or_a_typed_error(answer, for_the_class):
    connector, _adapter = backend({"class": answer} if for_the_class else {"articles": answer})
    try:
        found = connector.announcements()
    except HelpdeskError:
        return
    assert isinstance(found, list)
    for announcement in found:
        assert isinstance(announcement, Announcement)
        assert announcement.key.startswith("rt:") and announcement.localized("en").title
