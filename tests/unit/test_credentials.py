"""Credentials round-trip through one keyring value; a token stays a bare token (what every
earlier version stored), nothing else can be mistaken for one, and no secret is ever shown."""

import pytest

from helpclient.core.credentials import Credentials, SignInMethod


@pytest.mark.parametrize("credentials", [
    Credentials.token("1-27-c0ffee"),
    Credentials.token("mR0Q3u9TwSJfK3vV_aX-0123456789abcdefGHIJKLmnopq"),
    Credentials.password("nicole.braun@zammad.org", "пароль with spaces "),
    Credentials.password("a\"b", "{\"helpclient-credentials\": 1}"),
])
def test_every_kind_reads_back_from_its_keyring_value(credentials):
    assert Credentials.load(credentials.dump()) == credentials


def test_a_token_is_stored_as_itself_and_a_bare_value_reads_as_a_token():
    assert Credentials.token(" 1-27-abc \n").dump() == "1-27-abc"
    assert Credentials.load("1-27-abc") == Credentials(SignInMethod.TOKEN, "1-27-abc")
    # a token that happens to look like JSON is still a token
    assert Credentials.load('{"a": 1}') == Credentials.token('{"a": 1}')


def test_an_unreadable_stored_object_is_a_token_the_server_will_refuse():
    damaged = '{"helpclient-credentials": 1, "method": "carrier pigeon", "secret": "x"}'
    assert Credentials.load(damaged).method is SignInMethod.TOKEN


def test_the_secret_is_never_in_the_repr_and_completeness_is_per_method():
    password = Credentials.password("nicole", "hunter2")
    assert "hunter2" not in repr(password) and "nicole" in repr(password)
    assert "1-27-abc" not in repr(Credentials.token("1-27-abc"))
    assert password.secrets() == ("hunter2",)
    assert not Credentials.password("", "x").complete
    assert not Credentials.password("nicole", "").complete
    assert not Credentials.token("  ").complete and Credentials.token("t").complete
