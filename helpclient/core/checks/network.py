"""The network checks: a connection with a way out, names that resolve, the helpdesk and the
company services IT lists answering (TCP and TLS, through the app's proxy and trust), proxy
settings that agree, and the VPN that policy requires."""

from __future__ import annotations

import fnmatch
import ipaddress
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import urlsplit

from helpclient.core.checks.model import (
    Check,
    Conclusion,
    Deadline,
    SafeAction,
    attention,
    fine,
    problem,
)
from helpclient.core.checks.probes import NetworkProbe, ProxySetting, Reach, ServerProbe
from helpclient.core.i18n import QT_TRANSLATE_NOOP

_SETTINGS = SafeAction.OPEN_NETWORK_SETTINGS
_T = TypeVar("_T")
_R = TypeVar("_R")


def connection_check(net: NetworkProbe) -> Check:
    """An interface up with an address, and a default gateway."""

    def run(_deadline: Deadline) -> Conclusion:
        up = sorted(i.name for i in net.interfaces() if i.up and not i.loopback and i.addresses)
        facts: dict[str, object] = {"interfaces_up": up}
        if not up:
            return problem(QT_TRANSLATE_NOOP(
                "Checks", "No network connection: no network adapter is connected."),
                action=_SETTINGS, facts=facts)
        names = ", ".join(up[:3])
        try:
            gateway = net.default_gateway()
        except OSError:
            return fine(QT_TRANSLATE_NOOP("Checks", "Connected ({interfaces})."),
                        facts=facts, interfaces=names)
        facts["gateway"] = gateway
        if not gateway:
            return problem(QT_TRANSLATE_NOOP(
                "Checks", "Connected to a network ({interfaces}), but it has no way out (no "
                "default gateway)."), action=_SETTINGS, facts=facts, interfaces=names)
        return fine(QT_TRANSLATE_NOOP("Checks", "Connected ({interfaces}), default gateway "
                                      "{gateway}."), facts=facts, interfaces=names,
                    gateway=gateway)

    return Check("network", QT_TRANSLATE_NOOP("Checks", "Network connection"),
                 QT_TRANSLATE_NOOP("Checks", "Wi-Fi network connection not working"), 1.0, run)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def dns_check(server: ServerProbe, urls: Sequence[str]) -> Check:
    """The names of the first hops to ``urls`` (the servers, or the proxy) resolve."""

    def run(deadline: Deadline) -> Conclusion:
        hosts: list[tuple[str, int]] = []
        for url in urls:
            try:
                hop = server.first_hop(url)
            except ValueError:
                continue  # not an address: the helpdesk and services checks say so
            if not _is_address(hop.host) and (hop.host, hop.port) not in hosts:
                hosts.append((hop.host, hop.port))
        if not hosts:
            return fine(QT_TRANSLATE_NOOP(
                "Checks", "Nothing to look up: the servers are given by their addresses."))
        failed = [hop[0] for hop, ok in _in_parallel(
            hosts, lambda h: _resolves(server, h, deadline), deadline) if not ok]
        facts = {"names": [h for h, _ in hosts], "not_resolved": failed}
        if failed:
            return problem(QT_TRANSLATE_NOOP("Checks", "These names cannot be found (DNS): "
                                             "{names}."),
                           action=_SETTINGS, facts=facts, names=", ".join(failed))
        return fine(QT_TRANSLATE_NOOP("Checks", "Names are found ({names})."), facts=facts,
                    names=", ".join(h for h, _ in hosts))

    return Check("dns", QT_TRANSLATE_NOOP("Checks", "Name lookup (DNS)"),
                 QT_TRANSLATE_NOOP("Checks", "internet does not work Wi-Fi network"), 1.9, run)


def _resolves(server: ServerProbe, hop: tuple[str, int], deadline: Deadline) -> bool:
    try:
        return bool(server.resolve(hop[0], hop[1], deadline.left() - 0.1))
    except OSError:
        return False


def _in_parallel(items: Sequence[_T], work: Callable[[_T], _R], deadline: Deadline
                 ) -> list[tuple[_T, _R | None]]:
    """``work(item)`` for every item at once; an item without an answer by the deadline
    pairs with None."""
    answers: list[_R | None] = [None] * len(items)

    def one(index: int) -> None:
        answers[index] = work(items[index])

    threads = [threading.Thread(target=one, args=(i,), daemon=True, name="check-part")
               for i in range(len(items))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(deadline.left())
    return list(zip(items, answers, strict=True))


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def helpdesk_check(server: ServerProbe, url: str) -> Check:
    """The helpdesk answers: connection and TLS handshake, through the app's proxy and with its
    trust (a wrong clock or an unknown certificate authority shows here)."""

    def run(deadline: Deadline) -> Conclusion:
        reach = server.reach(url, deadline.left() - 0.1)
        facts = {"url": url, "failed_step": reach.failed_step, "reason": reach.reason,
                 "seconds": round(reach.seconds, 3)}
        host = _host(url)
        if reach.ok:
            return fine(QT_TRANSLATE_NOOP("Checks", "The helpdesk ({host}) answers."),
                        facts=facts, host=host)
        if reach.failed_step == "address":
            return problem(QT_TRANSLATE_NOOP("Checks", "The helpdesk's address ({url}) is not "
                                             "a valid web address."), facts=facts, url=url)
        if reach.failed_step == "dns":
            return problem(QT_TRANSLATE_NOOP("Checks", "The helpdesk ({host}) cannot be found: "
                                             "its name does not resolve."),
                           action=_SETTINGS, facts=facts, host=host)
        if reach.failed_step == "tls":
            return problem(QT_TRANSLATE_NOOP(
                "Checks", "The helpdesk ({host}) answers, but its secure connection is not "
                "trusted."), facts=facts, host=host)
        return problem(QT_TRANSLATE_NOOP("Checks", "The helpdesk ({host}) does not answer."),
                       action=_SETTINGS, facts=facts, host=host)

    return Check("helpdesk", QT_TRANSLATE_NOOP("Checks", "Helpdesk server"),
                 QT_TRANSLATE_NOOP("Checks", "VPN does not connect company network"), 1.9, run)


def services_check(server: ServerProbe, urls: Sequence[str]) -> Check:
    """The URLs IT lists (``sysinfo.check_urls``) answer, all at once."""

    def run(deadline: Deadline) -> Conclusion:
        answers = _in_parallel(urls, lambda u: server.reach(u, deadline.left() - 0.15),
                               deadline)
        failed = [url for url, reach in answers if reach is None or not reach.ok]
        facts = {"checked": [_reach_facts(url, reach) for url, reach in answers]}
        hosts = ", ".join(_host(u) for u in failed)
        if failed and len(failed) == len(urls):
            return problem(QT_TRANSLATE_NOOP("Checks", "No company service answers ({hosts})."),
                           action=_SETTINGS, facts=facts, hosts=hosts)
        if failed:
            return attention(QT_TRANSLATE_NOOP("Checks", "Some company services do not answer: "
                                               "{hosts}."), facts=facts, hosts=hosts)
        return fine(QT_TRANSLATE_NOOP("Checks", "Company services answer ({hosts})."),
                    facts=facts, hosts=", ".join(_host(u) for u in urls))

    return Check("services", QT_TRANSLATE_NOOP("Checks", "Company services"),
                 QT_TRANSLATE_NOOP("Checks", "VPN does not connect company network"), 1.9, run)


def _reach_facts(url: str, reach: Reach | None) -> dict[str, object]:
    if reach is None:
        return {"url": url, "failed_step": "timeout"}
    return {"url": url, "failed_step": reach.failed_step, "reason": reach.reason,
            "seconds": round(reach.seconds, 3)}


def proxy_shown(value: str) -> str:
    """A proxy setting as it may be shown: scheme, host and port, never credentials."""
    text = value.strip()
    try:
        parts = urlsplit(text if "://" in text else f"http://{text}")
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return "?"
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def _valid_proxy(value: str) -> bool:
    text = value.strip()
    try:
        parts = urlsplit(text if "://" in text else f"http://{text}")
        _ = parts.port  # a bad port raises
    except ValueError:
        return False
    return bool(parts.hostname) and parts.scheme in ("http", "https", "socks4", "socks4a",
                                                     "socks5", "socks5h")


def judge_proxies(settings: Sequence[ProxySetting], system_problem: str | None) -> Conclusion:
    """Proxy settings that can be used and that agree with each other."""
    used = [s for s in settings if s.value.strip() and not s.source.lower().startswith("no_")]
    facts: dict[str, object] = {"proxies": {s.source: proxy_shown(s.value) for s in used}}
    if system_problem:
        facts["system"] = system_problem
        return problem(QT_TRANSLATE_NOOP(
            "Checks", "The system proxy is switched on, but no proxy server is set."),
            action=_SETTINGS, facts=facts)
    for setting in used:
        if not _valid_proxy(setting.value):
            return problem(QT_TRANSLATE_NOOP("Checks", "The proxy setting {name} is not a "
                                             "valid address."),
                           action=_SETTINGS, facts=facts, name=setting.source)
    # the same variable in lower and upper case: programs disagree on which one counts
    by_name: dict[str, ProxySetting] = {}
    for setting in used:
        other = by_name.setdefault(setting.source.lower(), setting)
        if proxy_shown(other.value) != proxy_shown(setting.value):
            return attention(QT_TRANSLATE_NOOP(
                "Checks", "The proxy settings {first} and {second} disagree, so programs may "
                "connect differently."), action=_SETTINGS, facts=facts, first=other.source,
                second=setting.source)
    if not used:
        return fine(QT_TRANSLATE_NOOP("Checks", "No proxy is set: connections go directly."),
                    facts=facts)
    shown = ", ".join(dict.fromkeys(proxy_shown(s.value) for s in used))
    return fine(QT_TRANSLATE_NOOP("Checks", "The proxy settings agree ({proxy})."),
                facts=facts, proxy=shown)


def proxy_check(net: NetworkProbe) -> Check:
    """The proxy settings of the environment and the system agree and can be used."""

    def run(_deadline: Deadline) -> Conclusion:
        found = net.proxies()
        return judge_proxies(found.settings, found.system_problem)

    return Check("proxy", QT_TRANSLATE_NOOP("Checks", "Proxy settings"),
                 QT_TRANSLATE_NOOP("Checks", "proxy settings web pages do not open"), 1.0, run)


def vpn_check(net: NetworkProbe, patterns: Sequence[str]) -> Check:
    """An interface whose name matches one of ``patterns`` (``tun*``, ``wg0``, any case) is up:
    the VPN that policy (``checks.vpn_interfaces``) says this computer needs."""

    def run(_deadline: Deadline) -> Conclusion:
        up = [i.name for i in net.interfaces() if i.up and any(
            fnmatch.fnmatchcase(i.name.casefold(), p.casefold()) for p in patterns)]
        facts = {"patterns": list(patterns), "up": up}
        if up:
            return fine(QT_TRANSLATE_NOOP("Checks", "The VPN is connected ({names})."),
                        facts=facts, names=", ".join(up))
        return problem(QT_TRANSLATE_NOOP("Checks", "The company VPN is not connected."),
                       action=_SETTINGS, facts=facts)

    return Check("vpn", QT_TRANSLATE_NOOP("Checks", "VPN"),
                 QT_TRANSLATE_NOOP("Checks", "VPN does not connect"), 0.5, run)
