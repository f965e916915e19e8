"""The contract, failures: each becomes the typed error that tells the app what to do — sign in
again (401), explain (403, 404), wait as told (429 with Retry-After), retry later (5xx), or say
the answer could not be read — never a crash, a wrong class or a silent empty result.

What a live helpdesk gives on demand it gives here (a wrong token, someone else's ticket, a
number that does not exist); the rest are the backend's documented fault answers (for RT:
``exchanges/rt/faults.json``), served to the connector's real request.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from targets import Target

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.errors import (
    AuthError,
    BadResponse,
    HelpdeskError,
    HostNotFound,
    NotAHelpdesk,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerUnreachable,
    Transient,
)
from helpclient.demo.rt_instance import free_port

MISSING = "999999"


def test_wrong_credentials_are_an_auth_error(target: Target) -> None:
    with target.connect(wrong_credentials=True) as wrong:
        with pytest.raises(AuthError):
            wrong.whoami()
        with pytest.raises(AuthError):
            wrong.list_my_tickets()


def test_someone_elses_ticket_is_permission_denied(
    target: Target, helpdesk: HelpdeskBackend
) -> None:
    foreign = target.support.foreign_ticket("The manager's laptop order")
    with pytest.raises(PermissionDenied):
        helpdesk.conversation(foreign)


def test_what_does_not_exist_is_not_found(helpdesk: HelpdeskBackend) -> None:
    with pytest.raises(NotFound):
        helpdesk.get_ticket(MISSING)
    with pytest.raises(NotFound):
        helpdesk.conversation(MISSING)
    with pytest.raises(NotFound):
        b"".join(helpdesk.download_attachment(MISSING))


def _rate_limited(error: HelpdeskError) -> None:
    assert isinstance(error, RateLimited)
    assert error.retry_after == 7  # the fault's Retry-After: 7


def _transient(error: HelpdeskError) -> None:
    assert isinstance(error, Transient)
    assert not isinstance(error, BadResponse)  # the server failed; its answer was not wrong


def _unreadable(error: HelpdeskError) -> None:
    assert isinstance(error, HelpdeskError)


def _wrong_shape(error: HelpdeskError) -> None:
    assert isinstance(error, BadResponse)


def _not_a_helpdesk(error: HelpdeskError) -> None:
    assert isinstance(error, NotAHelpdesk)
    assert "127.0.0.1" in error.message  # names the address to check


#: fault case (a key of the backend's faults) → what the connector must make of it
FAULTS: dict[str, Callable[[HelpdeskError], None]] = {
    "rate_limited": _rate_limited,  # HTTP 429 with Retry-After: 7
    "server_error": _transient,  # HTTP 500, as the helpdesk itself fails
    "bad_gateway": _transient,  # HTTP 502 from the proxy in front
    "unavailable": _transient,  # HTTP 503 (maintenance), with Retry-After: 120
    "truncated": _unreadable,  # 200, JSON cut off
    "wrong_shape": _wrong_shape,  # 200, valid JSON of the wrong shape
    "html_page": _not_a_helpdesk,  # 200, a web page where the API should answer
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_fault_is_a_typed_error(target: Target, fault: str) -> None:
    target.fault_next(fault)
    with target.connect() as helpdesk, pytest.raises(HelpdeskError) as caught:
        helpdesk.list_my_tickets()
    FAULTS[fault](caught.value)


def test_a_server_that_is_not_there_is_unreachable(target: Target) -> None:
    with (target.connect(base_url=f"http://127.0.0.1:{free_port()}") as down,
          pytest.raises(ServerUnreachable) as caught):
        down.whoami()
    assert "127.0.0.1" in caught.value.message


def test_an_unknown_host_is_host_not_found(target: Target) -> None:
    with (target.connect(base_url="http://nonexistent.invalid") as nowhere,
          pytest.raises(HostNotFound) as caught):
        nowhere.whoami()
    assert "nonexistent.invalid" in caught.value.message
