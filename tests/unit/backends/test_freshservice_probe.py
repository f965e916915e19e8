"""Is this Freshservice? The probe ``check-config`` and the sign-in dialog ask before signing
in: Freshservice's API version header answers it, on a refusal too."""

from __future__ import annotations

import pytest
import requests
from freshservice_fakes import BASE, EMAIL, KEY, FakeFreshservice
from rt_fakes import Raw

from helpclient.backends import create_probe
from helpclient.backends.freshservice.probe import FreshserviceProbe
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import NotAHelpdesk, Transient

REFUSED = (b'{"code":"invalid_credentials",'
           b'"message":"You have to be logged in to perform this action."}')


def _probe(answer: Raw) -> tuple[FreshserviceProbe, FakeFreshservice]:
    fake = FakeFreshservice()
    fake.answers["tickets"] = answer
    session = requests.Session()
    session.mount("https://", fake)
    return FreshserviceProbe(f"{BASE}/api/v2/", session=session), fake


def test_a_refusal_with_the_api_version_header_is_freshservice() -> None:
    probe, fake = _probe(Raw(REFUSED, status=401))
    found = probe.identify()
    assert (found.product, found.version, found.api_url) == ("Freshservice", "API v2",
                                                             f"{BASE}/api/v2")
    assert found.sign_in == (SignInMethod.API_KEY,)
    assert fake.requests == [("GET", "tickets", {"per_page": "1"}, b"")]
    assert "Authorization" not in fake.headers[0]  # no key was given: none is sent


def test_the_key_is_sent_when_there_is_one() -> None:
    probe, fake = _probe(Raw(b'{"tickets": []}'))
    probe.identify(Credentials.api_key(EMAIL, KEY))
    assert fake.headers[0]["Authorization"].startswith("Basic ")


@pytest.mark.parametrize(("answer", "error"), [
    (Raw(b'{"error": "no valid session"}', status=401, headers={
        "X-Freshservice-Api-Version": ""}), NotAHelpdesk),  # another helpdesk's refusal
    (Raw(b"<html>Sign in</html>", content_type="text/html", headers={
        "X-Freshservice-Api-Version": ""}), NotAHelpdesk),
    (Raw(b"<html>busy</html>", status=503, content_type="text/html", headers={
        "X-Freshservice-Api-Version": ""}), Transient),
])
def test_anything_else_is_not_freshservice_or_a_passing_failure(answer: Raw,
                                                                error: type[Exception]) -> None:
    probe, _ = _probe(answer)
    with pytest.raises(error):
        probe.identify()


def test_check_config_finds_the_probe_by_its_type() -> None:
    assert isinstance(create_probe("freshservice", BASE), FreshserviceProbe)
