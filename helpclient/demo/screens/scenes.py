"""Each screen the tool renders: a window of the running app brought into a realistic state.
A scene's function takes the :class:`Stage` (the app over the stand-in helpdesk) and returns
the top-level widget to render."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from helpclient.core.i18n import identity
from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Step, Urgency
from helpclient.ui.wizard.pages_describe import ProblemPage

if TYPE_CHECKING:
    from helpclient.demo.screens.stage import Stage
    from helpclient.ui.wizard import ReportWizard

#: the report the wizard shows being written
REPORT = ProblemReport(
    summary="The printer does not print", category=Category.PRINTING,
    actions=("Opened the quarterly report in Word", "Chose File → Print, printer P-114",
             "Waited five minutes: nothing came out"),
    error_text="The document failed to print (error 0x00000709)", started=Started.TODAY,
    software="Microsoft Word", software_version="16.0", urgency=Urgency.HIGH,
    contact=Contact("Anna Smith", "anna.smith@example.com", "+1 555 0100"))
#: a report that could not be sent yet (the outbox window shows it waiting)
WAITING_REPORT = ProblemReport(summary="The second monitor stays black",
                               category=Category.HARDWARE, started=Started.YESTERDAY,
                               urgency=Urgency.NORMAL, contact=REPORT.contact,
                               no_error_message=True, not_software_specific=True)
QUEUED_REPLY = "It is printer P-114, next to the kitchen."


def settle(until: Callable[[], bool] = lambda: False, timeout: float = 1.5) -> None:
    """Run the event loop until ``until()`` holds or ``timeout`` seconds have passed (timers
    and queued calls — a page's first paint, a debounced search — get their turn)."""
    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            return
        time.sleep(0.01)


def _wizard_at(stage: Stage, step: Step) -> ReportWizard:
    app = stage.app
    if app.wizard is None or not app.wizard.isVisible():
        app.open_report(REPORT.with_changes())
        settle(lambda: _assist(stage) is not None)
    wizard = app.wizard
    assert wizard is not None
    target = wizard.flow.steps.index(step)
    if wizard.currentId() > target:
        wizard.go_to(step)
    while wizard.currentId() < target:
        wizard.next()
        settle(timeout=0.05)
    settle(timeout=0.1)
    return wizard


def _assist(stage: Stage) -> object | None:
    wizard = stage.app.wizard
    return None if wizard is None else next(
        (c for c in wizard.children() if type(c).__name__ == "KnowledgeAssist"), None)


def _typed_summary(stage: Stage, text: str, category: Category) -> QWidget:
    """The first step with ``text`` typed as the summary: the knowledge base's suggestions
    (and a known problem that fits) show under it."""
    wizard = _wizard_at(stage, Step.PROBLEM)
    page = wizard.step_page(Step.PROBLEM)
    assert isinstance(page, ProblemPage)
    for radio in page.categories.buttons():
        if radio.property("category") == category.value:
            radio.setChecked(True)
    page.summary.setText(text)
    for child in wizard.children():
        if type(child).__name__ == "KnowledgeAssist":
            child.summary_suggestions.search_now()  # type: ignore[attr-defined]
        elif type(child).__name__ == "KnownProblemsAssist":
            child.match_now()  # type: ignore[attr-defined]
    settle(timeout=0.3)
    return wizard


def wizard_suggestions(stage: Stage) -> QWidget:
    """The summary being typed, with the knowledge base's suggestions."""
    return _typed_summary(stage, "Wi-Fi keeps disconnecting", Category.NETWORK)


def wizard_known(stage: Stage) -> QWidget:
    """A summary that fits IT's announcement: "we already know" (and the quick checks)."""
    return _typed_summary(stage, REPORT.summary, Category.PRINTING)


def _step(step: Step) -> Callable[[Stage], QWidget]:
    def scene(stage: Stage) -> QWidget:
        return _wizard_at(stage, step)

    scene.__doc__ = f"The report wizard at its {step.value} step."
    return scene


def requests_list(stage: Stage) -> QWidget:
    """My requests: the list with its status badges and an unread one."""
    window = stage.app.open_requests()
    settle(lambda: window.model.rowCount() > 0)
    window.show_list() if hasattr(window, "show_list") else None
    return window


def request_conversation(stage: Stage) -> QWidget:
    """A request with support's replies, its question waiting for the user."""
    window = stage.app.open_requests()
    settle(lambda: window.model.rowCount() > 0)
    view = window.open_ticket("1042")
    settle(lambda: "P-" in view.conversation_view.toPlainText())
    view.reply_edit.setPlainText("")
    return window


def request_queued_reply(stage: Stage) -> QWidget:
    """A request with the user's reply waiting in the outbox (the helpdesk cannot be
    reached)."""
    window = stage.app.open_requests()
    settle(lambda: window.model.rowCount() > 0)
    view = window.open_ticket("1038")
    settle(lambda: "VPN" in view.conversation_view.toPlainText())
    if not stage.outbox.replies_waiting("1038"):
        view.reply_edit.setPlainText("Yes, it disconnected again at 10:00 and at 11:00.")
        view.send_reply()
        settle(lambda: stage.outbox.replies_waiting("1038") != [])
    settle(timeout=0.2)
    return window


def outbox_window(stage: Stage) -> QWidget:
    """The outbox with a report waiting for the helpdesk."""
    if not any(not entry.is_reply for entry in stage.outbox.waiting()):
        stage.outbox.submit(WAITING_REPORT.with_changes(), identity)
    window = stage.app.open_outbox()
    settle(timeout=0.2)
    return window


def kb_window(stage: Stage) -> QWidget:
    """The knowledge base, searched, the best match open."""
    stage.app.open_kb()
    window = stage.app.kb
    assert window is not None
    window.search.setText("vpn")
    settle(lambda: window.results.count() > 0)
    window.results.setCurrentRow(0)  # the best match, read
    settle(timeout=0.2)
    return window


def settings_locked(stage: Stage) -> QWidget:
    """Settings, the helpdesk's address locked by IT's policy."""
    stage.app.open_settings()
    dialog = stage.app.settings_dialog
    assert dialog is not None
    settle(timeout=0.2)
    return dialog


def _settings_tab(index: int) -> Callable[[Stage], QWidget]:
    def scene(stage: Stage) -> QWidget:
        dialog = settings_locked(stage)
        dialog.tabs.setCurrentIndex(min(index, dialog.tabs.count() - 1))  # type: ignore[attr-defined]
        settle(timeout=0.1)
        return dialog

    scene.__doc__ = f"Settings at its tab {index + 1}."
    return scene


def settings_redmine(stage: Stage) -> QWidget:
    """Settings' helpdesk tab with Redmine chosen (its project and tracker, and its note)."""
    dialog = settings_locked(stage)
    dialog.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    kind = dialog.helpdesk.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(kind.findData("redmine"))
    settle(timeout=0.1)
    return dialog


def sign_in(kind: str) -> Callable[[Stage], QWidget]:
    """The sign-in dialog of helpdesk type ``kind``."""
    def scene(stage: Stage) -> QWidget:
        return stage.sign_in_dialog(kind)

    scene.__doc__ = f"Signing in to a {kind} helpdesk."
    return scene


def about(stage: Stage) -> QWidget:
    """About HelpClient."""
    return stage.app.open_about()


def quick_checks(stage: Stage) -> QWidget:
    """"Check my computer": the quick checks' findings."""
    stage.app.actions.check_action.trigger()
    window = stage.app.checks.window
    assert window is not None
    settle(timeout=0.5)
    return window


def home(stage: Stage) -> QWidget:
    """The home window (a desktop without a tray)."""
    return stage.home()


def tray_menu(stage: Stage) -> QWidget:
    """The tray icon's menu."""
    menu: QMenu = stage.tray_menu()
    return menu


@dataclass(frozen=True)
class Scene:
    """One screen: the file's window and state names, and how it is reached."""

    window: str
    state: str
    show: Callable[[Stage], QWidget]

    @property
    def name(self) -> str:
        """window-state, the start of the file name."""
        return f"{self.window}-{self.state}"


SCENES: tuple[Scene, ...] = (
    Scene("home", "start", home),
    Scene("tray", "menu", tray_menu),
    Scene("wizard", "problem-suggestions", wizard_suggestions),
    Scene("wizard", "problem-known", wizard_known),
    Scene("wizard", "actions", _step(Step.ACTIONS)),
    Scene("wizard", "error", _step(Step.ERROR)),
    Scene("wizard", "software", _step(Step.SOFTWARE)),
    Scene("wizard", "contact", _step(Step.CONTACT)),
    Scene("wizard", "review", _step(Step.REVIEW)),
    Scene("requests", "list", requests_list),
    Scene("requests", "conversation", request_conversation),
    Scene("requests", "queued-reply", request_queued_reply),
    Scene("outbox", "waiting", outbox_window),
    Scene("kb", "search", kb_window),
    Scene("checks", "results", quick_checks),
    Scene("settings", "helpdesk-locked", _settings_tab(0)),
    Scene("settings", "helpdesk-redmine", settings_redmine),
    Scene("settings", "general", _settings_tab(1)),
    Scene("settings", "knowledge", _settings_tab(2)),
    Scene("settings", "sysinfo-locked", _settings_tab(3)),
    Scene("signin", "rt", sign_in("rt")),
    Scene("signin", "redmine", sign_in("redmine")),
    Scene("signin", "zammad", sign_in("zammad")),
    Scene("signin", "glpi", sign_in("glpi")),
    Scene("about", "dialog", about),
)

#: the README's screenshots (resources/screenshots): file name → (screen, language), in the
#: normal palette; crash-offer.png (a tray notification over the desktop) is taken on a
#: desktop by hand, and kb-window.png stays as it was until the English list puts English
#: articles first again
README: dict[str, tuple[str, str]] = {
    "wizard-review.png": ("wizard-review", "en"),
    "kb-suggestions.png": ("wizard-problem-suggestions", "en"),
    "known-problem-wizard.png": ("wizard-problem-known", "en"),
    "kb-article-ru.png": ("kb-search", "ru"),
    "my-requests.png": ("requests-list", "en"),
}
