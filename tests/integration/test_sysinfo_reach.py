"""The bundle's connection checks go the app's own way to a server — its proxy, its trust with
the company's CA from policy — so what support reads matches what the app meets (a plain
direct connection told them "FAILED" for a server the app reaches, and "OK" past a proxy the app
cannot get through)."""

from __future__ import annotations

import socket

import pytest
from local_servers import html, local_server, make_certificates, tls_context

from helpclient.backends.server_checks import ServerChecks
from helpclient.platform.network import collect_connectivity


@pytest.fixture
def no_proxy_env(monkeypatch):
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy",
                 "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_a_server_signed_by_the_policy_ca_is_reached_as_the_app_reaches_it(tmp_path,
                                                                         no_proxy_env):
    ca, cert, key = make_certificates(tmp_path)
    with local_server(html(200), tls_context(cert, key)) as url:
        plain = collect_connectivity([url])["checks"][0]
        assert plain["ok"] is False and "CERTIFICATE_VERIFY_FAILED" in plain["error"]
        (check,) = collect_connectivity([url], server=ServerChecks(ca))["checks"]
    assert check["ok"] is True
    assert check["via"] == "direct"
    assert check["url"] == url
    assert check["ms"] > 0
    assert "error" not in check


def test_the_proxy_the_app_takes_is_named_and_its_failure_reported(tmp_path, no_proxy_env):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    proxy = f"http://user:secret@127.0.0.1:{closed.getsockname()[1]}"
    closed.close()  # nothing listens there: the proxy is down
    with local_server(html(200)) as url:
        no_proxy_env.setenv("HTTP_PROXY", proxy)
        (check,) = collect_connectivity([url], server=ServerChecks())["checks"]
    assert check["via"] == proxy.replace("user:secret@", "")  # never the proxy's password
    assert check["ok"] is False
    assert check["failed_step"] == "connect"
    assert "secret" not in repr(check)


def test_an_address_that_is_no_web_address_is_reported_not_raised(no_proxy_env):
    (check,) = collect_connectivity(["https://[::1"], server=ServerChecks())["checks"]
    assert check == {"url": "https://[::1", "ok": False, "failed_step": "address",
                     "error": check["error"]}
    assert check["error"]
