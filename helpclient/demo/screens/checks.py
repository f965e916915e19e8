"""The quick checks as the screens show them: fixed findings (a stuck print queue, a full disk,
an update waiting for a restart, the rest fine) in the checks' own words — the same messages
as ``helpclient.core.checks``, so they are translated, with numbers written as the language
writes them — and safe actions that do nothing."""

from __future__ import annotations

from helpclient.core.checks.model import Check, Conclusion, SafeAction, attention, fine, problem
from helpclient.core.checks.suite import CheckConfig, program_checks
from helpclient.core.i18n import Number
from helpclient.core.kb.service import KnowledgeBase
from helpclient.ui.checks.session import CheckServices


def _check(name: str, title: str, keywords: str, conclusion: Conclusion) -> Check:
    return Check(name, title, keywords, 1.0, lambda _deadline: conclusion)


# (the texts are core's messages, context "Checks": the window translates them)
CHECKS = (
    _check("printing", "Print queue", "printer does not print documents", problem(
        "A print job has been waiting on {queue} for {minutes} min.",
        action=SafeAction.RESTART_PRINT_QUEUE, target="P-114", queue="P-114", minutes=Number(25))),
    _check("disk", "Free disk space", "disk is full free space", problem(
        "The system disk is almost full: {free} GB free of {total} GB ({percent} %).",
        action=SafeAction.OPEN_DISK_CLEANUP, free=Number(0.6, 1), total=Number(250, 1),
        percent=Number(0.2, 1))),
    _check("restart", "Pending restart", "restart to finish installing updates", attention(
        "Updates are waiting for a restart to finish installing.")),
    _check("memory", "Memory", "computer is slow memory", fine(
        "{available} GB of {total} GB memory free.", available=Number(9, 1), total=Number(16, 1))),
    _check("network", "Network connection", "Wi-Fi network connection not working", fine(
        "Connected ({interfaces}), default gateway {gateway}.", interfaces="eth0",
        gateway="192.0.2.1")),
)


class NoActions:
    """Every safe action is offered; none does anything (the screens only show them)."""

    def available(self, action: SafeAction) -> bool:
        """Offered."""
        return True

    def perform(self, action: SafeAction, target: str = "") -> None:
        """Nothing is done."""


def demo_check_services(knowledge: KnowledgeBase) -> CheckServices:
    """The demo's quick checks, with the knowledge base's articles for what they find."""
    config = CheckConfig(current_versions=(("Microsoft Word", "16.0"),))
    return CheckServices(lambda: list(CHECKS),
                         lambda program, version: program_checks(config, program, version),
                         NoActions(), knowledge)
