"""Quick checks with fixed findings, a recording stand-in for the OS's safe actions, and the
starter knowledge base: what the GUI tests of the checks' windows run."""

from helpclient.core.checks.model import Check, SafeAction, attention, fine, problem
from helpclient.core.checks.suite import CheckConfig, program_checks
from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.core.kb.service import KnowledgeBase
from helpclient.resources_path import resource_file
from helpclient.ui.checks.session import CheckServices

FULL_DISK = Check(
    "disk", QT_TRANSLATE_NOOP("Checks", "Free disk space"),
    QT_TRANSLATE_NOOP("Checks", "disk is full free space"), 1.0,
    lambda d: problem(QT_TRANSLATE_NOOP("Checks", "The system disk is almost full: {free} GB "
                                        "free of {total} GB ({percent} %)."),
                      action=SafeAction.OPEN_DISK_CLEANUP, free="0.6", total="250.0",
                      percent="0.2"))
STUCK_QUEUE = Check(
    "printing", QT_TRANSLATE_NOOP("Checks", "Print queue"),
    QT_TRANSLATE_NOOP("Checks", "printer does not print documents"), 1.0,
    lambda d: problem(QT_TRANSLATE_NOOP("Checks", "A print job has been waiting on {queue} for "
                                        "{minutes} min."),
                      action=SafeAction.RESTART_PRINT_QUEUE, target="Office-Color",
                      queue="Office-Color", minutes="25"))
PENDING_RESTART = Check(
    "restart", QT_TRANSLATE_NOOP("Checks", "Pending restart"),
    QT_TRANSLATE_NOOP("Checks", "restart to finish installing updates"), 1.0,
    lambda d: attention(QT_TRANSLATE_NOOP("Checks", "Updates are waiting for a restart to "
                                          "finish installing.")))
MEMORY_FINE = Check(
    "memory", QT_TRANSLATE_NOOP("Checks", "Memory"),
    QT_TRANSLATE_NOOP("Checks", "computer is slow memory"), 1.0,
    lambda d: fine(QT_TRANSLATE_NOOP("Checks", "{available} GB of {total} GB memory free."),
                   available="9.0", total="16.0"))
NETWORK_FINE = Check(
    "network", QT_TRANSLATE_NOOP("Checks", "Network connection"),
    QT_TRANSLATE_NOOP("Checks", "Wi-Fi network connection not working"), 1.0,
    lambda d: fine(QT_TRANSLATE_NOOP("Checks", "Connected ({interfaces}), default gateway "
                                     "{gateway}."), interfaces="eth0", gateway="192.0.2.1"))


class FakeActions:
    """The OS's safe actions: which exist here, and what was asked (``fail`` makes them
    raise)."""

    def __init__(self, available=frozenset(SafeAction), fail=""):
        self._available = available
        self.fail = fail
        self.done = []

    def available(self, action):
        return action in self._available

    def perform(self, action, target=""):
        if self.fail:
            raise PermissionError(self.fail)
        self.done.append((action, target))


def services(kb, checks, actions=None, versions=(("Firefox", "128.0"),)):
    """CheckServices over fixed checks (and IT listing ``versions`` as current)."""
    config = CheckConfig(current_versions=tuple(versions))
    return CheckServices(lambda: list(checks),
                         lambda program, version: program_checks(config, program, version),
                         actions or FakeActions(), kb)


def starter_kb(folder):
    base = KnowledgeBase(folder / "kb.sqlite", starter_folder=resource_file("kb"),
                         vocabulary_folder=resource_file("vocabulary"))
    base.refresh_folders()
    return base
