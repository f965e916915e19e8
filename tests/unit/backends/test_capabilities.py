"""A connector honours the capabilities it declares: an action it does not declare is refused
with ``Rejected`` before any request reaches the server (the UI hides such actions, but the
outbox or a script may still call them)."""

from __future__ import annotations

import pytest
import requests
from rt_fakes import BASE, TOKEN, FakeRT

from helpclient.backends.capabilities import require
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.errors import Rejected
from helpclient.core.models import Capability, NewAttachment


def limited(adapter: FakeRT, off: Capability) -> RequestTrackerBackend:
    """The real RT connector declaring everything but ``off``."""

    class Limited(RequestTrackerBackend):
        @property
        def capabilities(self) -> Capability:
            return super().capabilities & ~off

    session = requests.Session()
    session.mount("https://", adapter)
    return Limited(BASE, TOKEN, session=session)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return [NewAttachment(path, "photo.png")]


ACTIONS = {
    "solve": (Capability.SOLVE, lambda b, files: b.solve("1")),
    "reopen": (Capability.REOPEN, lambda b, files: b.reopen("1", "Still broken.")),
    "reply": (Capability.REPLY, lambda b, files: b.reply("1", "Thanks.")),
    "reply with files": (Capability.REPLY_ATTACHMENTS,
                         lambda b, files: b.reply("1", "Here it is.", files)),
    "rate": (Capability.CSAT, lambda b, files: b.rate("1", satisfied=True)),
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_an_undeclared_action_is_refused_without_a_request(action, photo):
    capability, call = ACTIONS[action]
    adapter = FakeRT()
    backend = limited(adapter, capability)
    assert capability not in backend.capabilities
    with pytest.raises(Rejected) as refused:
        call(backend, photo)
    assert adapter.requests == []
    assert "Request Tracker" in refused.value.message


def test_a_reply_without_files_needs_only_the_reply_capability():
    adapter = FakeRT()
    limited(adapter, Capability.REPLY_ATTACHMENTS).reply("1", "Thanks.")
    assert adapter.requests == [("POST", "ticket/1/correspond")]


# (not reopen: the fake ticket stays resolved, so reading it back refuses the change)
@pytest.mark.parametrize("action", ["solve", "reply", "reply with files"])
def test_a_declared_action_goes_to_the_server(action, photo):
    _, call = ACTIONS[action]
    adapter = FakeRT()
    call(limited(adapter, Capability.NONE), photo)
    assert adapter.requests  # reached the (fake) server
    assert adapter.requests[0][0] in ("PUT", "POST")


def test_require_names_the_backend_and_the_action():
    class Tiny:
        name = "Tiny Desk"
        capabilities = Capability.REPLY

    require(Tiny(), Capability.REPLY, "reply to requests")  # type: ignore[arg-type]
    with pytest.raises(Rejected, match="Tiny Desk does not let you reopen requests here"):
        require(Tiny(), Capability.REOPEN, "reopen requests")  # type: ignore[arg-type]
