"""Where the focus lands when a window or wizard page opens, and that Tab goes through a window
in reading order: the content first, then the window's own buttons (Back, Next, Save, Close…)
as one block — a widget made after the window (a row of results, a screenshot bar) must not
trail behind them."""

from __future__ import annotations

import pytest
from a11y_helpdesk import COMPLETE, AllActions, Helpdesk, check_services, signed_in_app
from key_driver import focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget, QWizard

from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.report.problem import Step
from helpclient.resources_path import resource_file

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def app(qtbot, tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.sqlite", starter_folder=resource_file("kb"))
    kb.refresh_folders()
    helpclient = signed_in_app(tmp_path, Helpdesk(), with_sysinfo=True,
                               check_services=lambda: check_services(kb, AllActions()))
    helpclient.start_polling()
    yield helpclient
    helpclient.dispose()
    helpclient.cache.close()


def tab_ring(qtbot, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits, from the focused one round to it again (a label with links
    keeps the focus while Tab goes from link to link: it is listed once)."""
    start = focused()
    ring = [start]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is ring[-1]:
            continue
        if focused() is start:
            return ring
        ring.append(focused())
    raise AssertionError(f"Tab never came back to {start!r}")


def assert_buttons_last(ring: list[QWidget], buttons: set[QWidget]) -> None:
    """The window's buttons are one block in the ring: after the content, before it again."""
    assert any(w in buttons for w in ring) and not all(w in buttons for w in ring), ring
    starts = [i for i, w in enumerate(ring) if w in buttons and ring[i - 1] not in buttons]
    described = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in ring]
    assert len(starts) == 1, "buttons scattered in the Tab order:\n" + "\n".join(described)


def wizard_buttons(wizard: QWizard) -> set[QWidget]:
    return {b for kind in QWizard.WizardButton if 0 <= kind.value <= 8
            if (b := wizard.button(kind)) is not None}


def test_each_wizard_page_opens_on_its_first_field_and_tabs_in_reading_order(app, qtbot):
    app.open_report(COMPLETE)
    wizard = app.wizard
    qtbot.waitUntil(wizard.isActiveWindow)
    buttons = wizard_buttons(wizard)
    for step in wizard.flow.steps:
        page = wizard.currentPage()
        assert page.isAncestorOf(focused()), f"{step}: the focus is on {focused()!r}"
        ring = tab_ring(qtbot)
        assert_buttons_last(ring, buttons)
        if step is Step.SYSINFO:  # the screenshot bar comes before the consent, as shown
            assert ring.index(page.screenshots.add) == ring.index(page.consent) - 1
            page.consent.setChecked(True)
        if step is not wizard.flow.steps[-1]:
            wizard.next()
    wizard.hide()


def test_the_checks_window_tabs_through_the_findings_before_its_buttons(app, qtbot):
    app.actions.check_action.trigger()
    window = app.checks.window
    qtbot.waitUntil(window.isActiveWindow)
    buttons = set(window.findChild(QDialogButtonBox).findChildren(QAbstractButton))
    assert window.view.isAncestorOf(focused())  # the first finding's fix
    ring = tab_ring(qtbot)
    assert_buttons_last(ring, buttons)
    action = next(w for w in ring if getattr(w, "text", lambda: "")() == "Open disk clean-up")
    assert ring.index(action) < ring.index(window.again)
    window.hide()


def test_settings_tabs_through_each_tab_before_save_and_cancel(app, qtbot):
    app.open_settings()
    dialog = app.settings_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.tabs.tabBar()  # the arrows choose the tab
    buttons = set(dialog.buttons.buttons())
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        dialog.tabs.tabBar().setFocus()
        assert_buttons_last(tab_ring(qtbot), buttons)
    dialog.hide()


def test_my_requests_opens_on_the_list_and_a_request_on_its_conversation(app, qtbot):
    requests = app.open_requests()
    qtbot.waitUntil(requests.isActiveWindow)
    assert focused() is requests.table and requests.table.currentIndex().isValid()
    view = requests.open_ticket("1")
    assert focused() is view.conversation_view
    ring = tab_ring(qtbot)
    assert ring.index(view.reply_edit) == 1  # reading, then answering
    requests.hide()


def test_the_knowledge_base_opens_on_its_search_and_the_outbox_on_its_list(app, qtbot):
    app.open_kb()
    qtbot.waitUntil(app.kb.isActiveWindow)
    assert focused() is app.kb.search
    window = app.open_outbox()
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is window.list
    window.hide()
