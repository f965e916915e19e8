"""Request Tracker 5.0.3 answers HTTP 500 (its own crash) instead of 404 for an attachment that
does not exist; the connector tells that apart from a real server failure with a search by id,
so a missing file is NotFound (explained, not retried for ever) and a failing server stays
Transient."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from rt_fakes import VALID, FakeRT, Raw, _page, rt_backend

from helpclient.core.errors import NotFound, RateLimited, Transient

#: what RT 5.0.3 sent here for GET /REST/2.0/attachment/999999 (measured)
RT_CRASH = Raw(b'{"message":"Internal Server Error"}', status=500)


class Searching(FakeRT):
    """Keeps the search's query, to check it asks for that attachment only."""

    def __init__(self, answers):
        super().__init__(answers)
        self.queries: list[str] = []

    def send(self, request, **kwargs):
        if urlsplit(request.url).path.endswith("/attachments"):
            self.queries.append(parse_qs(urlsplit(request.url).query)["query"][0])
        return super().send(request, **kwargs)


def test_a_missing_attachment_is_not_found():
    adapter = Searching({**VALID, "attachment": RT_CRASH, "attachment_search": _page([])})
    with pytest.raises(NotFound, match="no attachment 42"):
        rt_backend(adapter).download_attachment("42")
    assert adapter.requests == [("GET", "attachment/42"), ("GET", "attachments")]
    assert json.loads(adapter.queries[0]) == [{"field": "id", "operator": "=", "value": 42}]


def test_an_existing_attachment_on_a_failing_server_stays_transient():
    adapter = Searching({**VALID, "attachment": RT_CRASH})  # the search finds it
    with pytest.raises(Transient) as failed:
        rt_backend(adapter).download_attachment("1")
    assert type(failed.value) is Transient and "HTTP 500" in failed.value.message


def test_a_rate_limit_is_not_taken_for_a_missing_file():
    busy = Raw(b'{"message":"slow down"}', status=429, headers={"Retry-After": "5"})
    adapter = Searching({**VALID, "attachment": busy, "attachment_search": _page([])})
    with pytest.raises(RateLimited):
        rt_backend(adapter).download_attachment("1")
    assert adapter.requests == [("GET", "attachment/1")]  # no search: RT did not fail
