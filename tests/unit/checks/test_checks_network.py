"""The network checks against a faked OS: psutil's interfaces, the route files, the
environment's and the system's proxy settings, name resolution (``getaddrinfo``) and a server on
loopback — each conclusion with the article it points to."""

import socket
import threading
from collections import namedtuple
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from checks_helpers import article_title, run

from helpclient.backends.server_checks import ServerChecks
from helpclient.core.checks.model import SafeAction
from helpclient.core.checks.network import (
    connection_check,
    dns_check,
    helpdesk_check,
    judge_proxies,
    proxy_check,
    services_check,
    vpn_check,
)
from helpclient.core.checks.probes import ProxySetting
from helpclient.core.report.self_checks import Verdict
from helpclient.platform.check_network import OsNetwork, ipv6_default_route

Stat = namedtuple("Stat", "isup duplex speed mtu flags")
Addr = namedtuple("Addr", "family address netmask broadcast ptp")

ROUTE_HEADER = ("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow"
                "\tIRTT\n")
DEFAULT_VIA_192_0_2_1 = (ROUTE_HEADER
                         + "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n")
LAN_ONLY = ROUTE_HEADER + "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"


def network(tmp_path, interfaces, route=DEFAULT_VIA_192_0_2_1, **os_edge):
    """The real platform probe over faked psutil answers and route files."""
    proc = tmp_path / "proc"
    proc.mkdir(exist_ok=True)
    (proc / "route").write_text(route)
    stats = {name: Stat(up, 2, 1000, 1500, "up,running" if up else "")
             for name, up, _ in interfaces}
    stats["lo"] = Stat(True, 0, 0, 65536, "up,loopback,running")
    addrs = {name: [Addr(socket.AF_INET, ip, None, None, None)] for name, _, ip in interfaces}
    addrs["lo"] = [Addr(socket.AF_INET, "127.0.0.1", None, None, None)]
    os_edge.setdefault("environ", {})
    return OsNetwork(platform="linux", proc=proc, if_stats=lambda: stats,
                     if_addrs=lambda: addrs, **os_edge)


def test_connected_with_a_gateway_is_fine(tmp_path):
    found = run(connection_check(network(tmp_path, [("eth0", True, "192.0.2.10")])))
    assert found.verdict is Verdict.FINE
    assert found.cause.render() == "Connected (eth0), default gateway 192.0.2.1."


def test_no_interface_up_is_a_problem_with_network_settings_and_the_wifi_article(
        tmp_path, kb, russian):
    # down, and up with only a link-local (DHCP failed) address: neither is a connection
    check = connection_check(network(tmp_path, [("wlan0", False, "192.0.2.10"),
                                                ("eth0", True, "169.254.7.1")]))
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == "No network connection: no network adapter is connected."
    assert found.action is SafeAction.OPEN_NETWORK_SETTINGS
    assert article_title(kb, check, found, language="en") == "Wi-Fi is not working"
    assert article_title(kb, check, found, translate=russian, language="ru") == "Не работает Wi-Fi"


def test_no_default_gateway_is_a_problem(tmp_path):
    found = run(connection_check(network(tmp_path, [("eth0", True, "192.0.2.10")],
                                         route=LAN_ONLY)))
    assert found.verdict is Verdict.PROBLEM
    assert "no way out (no default gateway)" in found.cause.render()


def test_an_ipv6_only_default_route_counts():
    line = ("00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
            "fe800000000000000000000000000001 00000400 00000001 00000000 00000003 eth0\n")
    assert ipv6_default_route(line) == "fe80::1"
    assert ipv6_default_route(line.replace(" eth0", " lo")) is None


def test_the_vpn_policy_requires_is_down_a_problem_with_the_vpn_article(tmp_path, kb, russian):
    net = network(tmp_path, [("eth0", True, "192.0.2.10"), ("tun0", False, "10.8.0.2")])
    check = vpn_check(net, ["TUN*", "wg0"])
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == "The company VPN is not connected."
    assert found.action is SafeAction.OPEN_NETWORK_SETTINGS
    assert article_title(kb, check, found, language="en") == "VPN does not connect"
    assert article_title(kb, check, found, translate=russian, language="ru") == \
        "VPN не подключается"
    up = network(tmp_path, [("eth0", True, "192.0.2.10"), ("tun0", True, "10.8.0.2")])
    assert run(vpn_check(up, ["TUN*"])).cause.render() == "The VPN is connected (tun0)."


# -- proxy settings -----------------------------------------------------------------------------

def test_proxy_variables_that_disagree_need_attention_and_credentials_never_show(tmp_path, kb):
    net = network(tmp_path, [("eth0", True, "192.0.2.10")], environ={
        "https_proxy": "http://alice:s3cret@proxy.example.com:3128",
        "HTTPS_PROXY": "http://old-proxy.example.com:8080", "no_proxy": "localhost"})
    check = proxy_check(net)
    found = run(check)
    assert found.verdict is Verdict.ATTENTION
    assert found.cause.render() == ("The proxy settings https_proxy and HTTPS_PROXY disagree, so "
                                    "programs may connect differently.")
    assert "s3cret" not in repr(found.facts) and "alice" not in repr(found.facts)
    assert article_title(kb, check, found, language="en") == \
        "Web pages do not open: check the proxy settings"


def test_a_proxy_that_is_no_address_is_a_problem_and_agreeing_ones_are_fine():
    bad = judge_proxies([ProxySetting("HTTPS_PROXY", "http://:3128")], None)
    assert bad.verdict is Verdict.PROBLEM
    assert bad.cause.render() == "The proxy setting HTTPS_PROXY is not a valid address."
    same = judge_proxies([ProxySetting("https_proxy", "proxy:3128"),
                          ProxySetting("HTTPS_PROXY", "http://proxy:3128")], None)
    assert same.verdict is Verdict.FINE
    assert same.cause.render() == "The proxy settings agree (http://proxy:3128)."


WIN_INTERNET_SETTINGS = """
HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings
    ProxyEnable    REG_DWORD    0x1
    ProxyServer    REG_SZ    {server}
"""


def test_windows_system_proxy_switched_on_without_a_server_is_a_problem(tmp_path):
    asked = []

    def reg(server):
        def answer(argv, timeout):
            asked.append(tuple(argv))
            return WIN_INTERNET_SETTINGS.format(server=server)
        return answer

    broken = OsNetwork(platform="win32", environ={}, run=reg(""))
    found = run(proxy_check(broken))
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == "The system proxy is switched on, but no proxy server is set."
    assert len(asked) == 1  # one look at the registry gives the proxies and the problem
    split = OsNetwork(platform="win32", environ={},
                      run=reg("http=proxy.corp:8080;https=proxy.corp:8443"))
    assert [(p.source, p.value) for p in split.proxies().settings] == [
        ("system (http)", "proxy.corp:8080"), ("system (https)", "proxy.corp:8443")]


# -- names and servers, through the app's own network path --------------------------------------

@pytest.fixture
def no_dns(monkeypatch):
    """Every name lookup fails, as on a machine whose DNS server is gone."""
    def fail(host, *args, **kwargs):
        if host in ("127.0.0.1", "::1"):
            return real(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", fail)


def test_without_dns_names_and_the_helpdesk_are_problems(no_dns, kb, monkeypatch):
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = ServerChecks()
    urls = ["https://help.example.com", "https://intranet.example.com/status"]
    check = dns_check(server, urls)
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == ("These names cannot be found (DNS): help.example.com, "
                                    "intranet.example.com.")
    assert found.action is SafeAction.OPEN_NETWORK_SETTINGS
    assert article_title(kb, check, found, language="en") == "Wi-Fi is not working"
    helpdesk = run(helpdesk_check(server, urls[0]))
    assert helpdesk.verdict is Verdict.PROBLEM
    assert helpdesk.cause.render() == ("The helpdesk (help.example.com) cannot be found: its "
                                       "name does not resolve.")
    assert helpdesk.facts["failed_step"] == "dns"


def test_a_proxy_hop_is_what_must_resolve(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    hop = ServerChecks().first_hop("https://help.example.com")
    assert (hop.host, hop.port, hop.proxy) == ("proxy.invalid", 3128, "http://proxy.invalid:3128")


class _Quiet(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def loopback_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_service_that_answers_and_one_that_does_not(loopback_server, kb):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()  # nothing listens there now
    server = ServerChecks()
    some = run(services_check(server, [loopback_server, dead]))
    assert some.verdict is Verdict.ATTENTION
    assert some.cause.render() == "Some company services do not answer: 127.0.0.1."
    assert [c["failed_step"] for c in some.facts["checked"]] == ["", "connect"]
    assert run(services_check(server, [loopback_server])).verdict is Verdict.FINE
    check = helpdesk_check(server, dead)
    down = run(check)
    assert down.verdict is Verdict.PROBLEM
    assert down.cause.render() == "The helpdesk (127.0.0.1) does not answer."
    assert article_title(kb, check, down, language="en") == "VPN does not connect"


def test_an_unusable_ca_file_fails_the_tls_step_of_a_server_that_answers(loopback_server, tmp_path):
    # the CA file is the app's trust: a server that answers cannot be "reached" through a trust
    # that cannot be loaded (it was reported fine, mistaken for a socks proxy's handshake)
    https = loopback_server.replace("http://", "https://")
    reach = ServerChecks(tmp_path / "missing.pem").reach(https, 2.0)
    assert not reach.ok
    assert reach.failed_step == "tls"
    assert "missing.pem" in reach.reason
