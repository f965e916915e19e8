"""Choosing GLPI by its type id: the factory and probe branches, the App-Token from policy to
every request, and the App-Token never printed by check-config nor put into a bundle."""

from __future__ import annotations

import json

import pytest
import requests
from glpi_fakes import BASE, TOKEN, FakeGLPI
from settings_fakes import DictPolicy

from helpclient.backends import BACKEND_TYPES, create_backend, create_probe
from helpclient.backends import base as connector_base
from helpclient.backends.glpi.probe import GlpiProbe
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.cli import main
from helpclient.core.connection import ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.settings import Settings
from helpclient.core.sysinfo.service import shareable_settings
from helpclient.services import backend_factory

APP = "f7g3csp8mgatg5ebc5elnazakw20i9fyev1qopya7"


def test_glpi_is_a_backend_type():
    assert BACKEND_TYPES["glpi"] == "GLPI"
    assert isinstance(create_probe("glpi", BASE, app_token=APP, timeout=3.0), GlpiProbe)


def test_the_app_token_from_the_settings_reaches_every_request(monkeypatch):
    adapter = FakeGLPI()

    def session(_detail, _ca):
        made = requests.Session()
        made.mount("https://", adapter)
        return made

    monkeypatch.setattr(connector_base, "make_session", session)
    config = ServerConfig("glpi", BASE, queue="General", app_token=APP)
    with backend_factory(config, Credentials.token(TOKEN)) as backend:  # type: ignore[attr-defined]
        assert backend.whoami().login == "alice"
    assert [r.headers["App-Token"] for r in adapter.sent] == [APP, APP]


def test_request_tracker_has_no_app_token():
    backend = create_backend("rt", "https://rt.example.com", Credentials.token("1-27-abc"),
                             queue="General", app_token="")
    assert isinstance(backend, RequestTrackerBackend)


def test_the_app_token_is_never_shown(tmp_path, isolated_home, capsys, monkeypatch):
    settings = Settings(tmp_path / "user.toml", DictPolicy({"server.app_token": APP}))
    assert settings.is_locked("server.app_token")
    assert shareable_settings(settings)["server.app_token"] == {"value": "(set)",
                                                                "source": "policy"}
    user_file = isolated_home / "xdg" / "xdg_config_home" / "helpclient" / "config.toml"
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text(f'[server]\nbackend = "glpi"\nurl = "{BASE}"\napp_token = "{APP}"\n')
    monkeypatch.setenv("HELPCLIENT_TOKEN", TOKEN)
    main(["check-config", "--json", "--offline"])
    out = capsys.readouterr().out
    assert APP not in out
    rows = {row["key"]: row for row in json.loads(out)["settings"]}
    assert rows["server.app_token"]["value"] == "(set, not shown)"


@pytest.mark.parametrize("value", ["", None])
def test_no_app_token_is_no_header(value, monkeypatch):
    adapter = FakeGLPI()
    monkeypatch.setattr(connector_base, "make_session",
                        lambda *_: _mounted(adapter))
    with create_backend("glpi", BASE, Credentials.token(TOKEN), app_token=value) as backend:  # type: ignore[attr-defined]
        backend.whoami()
    assert all("App-Token" not in r.headers for r in adapter.sent)


def _mounted(adapter: FakeGLPI) -> requests.Session:
    made = requests.Session()
    made.mount("https://", adapter)
    return made


def test_login_and_password_instead_of_a_token(monkeypatch):
    adapter = FakeGLPI()
    monkeypatch.setattr(connector_base, "make_session", lambda *_: _mounted(adapter))
    credentials = Credentials.password("alice", "pâss")
    with create_backend("glpi", BASE, credentials) as backend:  # type: ignore[attr-defined]
        backend.whoami()
    assert adapter.sent[0].headers["Authorization"] == "Basic YWxpY2U6cMOic3M="


def test_the_probe_signs_in_with_the_credentials_given():
    adapter = FakeGLPI()
    probe = create_probe("glpi", BASE, app_token=APP, session=_mounted(adapter))
    found = probe.identify(Credentials.password("alice", "pâss"))
    assert found.product == "GLPI"
    assert adapter.sent[0].headers["Authorization"] == "Basic YWxpY2U6cMOic3M="
    assert adapter.sent[0].headers["App-Token"] == APP
