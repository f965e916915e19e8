"""The per-poll costs the fleet model scales by are what the replays say."""

from __future__ import annotations

import pytest
from connectors import CONNECTORS
from exchanges import load_steps
from poll_cost import CHANGED_SINCE, measure


def test_zammad_changed_since_is_one_request_a_page() -> None:
    cost = measure(CONNECTORS["zammad"])
    # the replay: tickets/search page 1 and page 2 of two, nothing before them
    assert (cost.setup, cost.pages, cost.per_poll) == (0, 2, 1.0)
    assert cost.conversation == 1  # ticket_articles/by_ticket/{id}


def test_zendesk_changed_since_is_one_request_a_page() -> None:
    cost = measure(CONNECTORS["zendesk"])
    # the replay: requests pages 1 and 2 of two (the second reaches back before T), nothing
    # before them; the README's figures for Zendesk are Zammad's because these are
    assert (cost.setup, cost.pages, cost.per_poll) == (0, 2, 1.0)
    assert cost.conversation == 1  # requests/{id}/comments, users sideloaded


def test_glpi_opens_its_session_once_then_a_request_a_page() -> None:
    cost = measure(CONNECTORS["glpi"])
    assert (cost.setup, cost.pages, cost.per_poll) == (1, 2, 1.0)  # initSession, 2 × search


def test_freshservice_changed_since_is_one_request_a_page() -> None:
    cost = measure(CONNECTORS["freshservice"])
    # tickets?email=…&updated_since=… page 1, then the Link header's page 2
    assert (cost.setup, cost.pages, cost.per_poll) == (0, 2, 1.0)
    assert cost.conversation == 2  # tickets/{id} (the report itself), then its conversations


def test_jsm_changed_since_is_one_request_a_page() -> None:
    cost = measure(CONNECTORS["jsm"])
    # the replay: two pages of the user's requests, the second reaching back before the cutoff
    assert (cost.setup, cost.pages, cost.per_poll) == (0, 2, 1.0)
    assert cost.conversation == 3  # the request, its public comments, its attachments


@pytest.mark.parametrize("name", sorted(CONNECTORS))
def test_the_pages_counted_are_the_listing_requests_replayed(name: str) -> None:
    cost = measure(CONNECTORS[name])
    steps = [s["request"] for s in load_steps(name, CHANGED_SINCE) if "request" in s]
    created = max(i for i, s in enumerate(steps) if s["method"] == "POST"
                  and not s["path"].endswith("search"))
    after = steps[created + 1:]  # reading back the last ticket, then the changed-since call
    last = [s for s in after if not s["path"].endswith("killSession")][-1]
    listing = [s for s in after if (s["method"], s["path"]) == (last["method"], last["path"])
               and "id = " not in str(s.get("query"))]  # RT reads tickets back by a search
    assert cost.pages == len(listing)
    assert cost.conversation >= 1 and cost.sources[0].endswith(f"{name}/{CHANGED_SINCE}.json")
