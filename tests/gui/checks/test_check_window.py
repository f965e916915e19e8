""""Check my computer": the short list — problems first, each with its cause, its article and
its safe action — driven like a user would, in English and Russian."""

import pytest
from checks_fakes import (
    FULL_DISK,
    MEMORY_FINE,
    NETWORK_FINE,
    PENDING_RESTART,
    STUCK_QUEUE,
    FakeActions,
    services,
)
from PySide6.QtCore import Qt

from helpclient.core.checks.model import Check, SafeAction
from helpclient.core.report.self_checks import Verdict
from helpclient.ui.checks.window import CheckWindow
from helpclient.ui.kit.tasks import TaskRunner


@pytest.fixture
def open_window(qtbot, kb, language):
    language("en_US")  # English plural forms ("1 finding needs")

    def open_(checks, actions=None):
        window = CheckWindow(TaskRunner(synchronous=True), services(kb, checks, actions))
        qtbot.addWidget(window)
        window.show()
        window.run()
        return window
    return open_


def rows(window):
    return list(window.view.list.rows.values())


def test_the_list_shows_problems_first_with_cause_article_and_action(open_window):
    window = open_window([NETWORK_FINE, PENDING_RESTART, FULL_DISK, MEMORY_FINE])
    assert window.heading.text() == "2 findings need your attention."
    shown = [(r.row.verdict, r.title.text(), r.detail.text()) for r in rows(window)]
    assert shown == [
        (Verdict.PROBLEM, "<b>Free disk space</b>",
         "The system disk is almost full: 0.6 GB free of 250.0 GB (0.2 %)."),
        (Verdict.ATTENTION, "<b>Pending restart</b>",
         "Updates are waiting for a restart to finish installing."),
        (Verdict.FINE, "<b>Network connection</b>",
         "Connected (eth0), default gateway 192.0.2.1."),
        (Verdict.FINE, "<b>Memory</b>", "9.0 GB of 16.0 GB memory free.")]
    disk, restart, network, _memory = rows(window)
    assert not disk.article.isHidden() and "The disk is full" in disk.article.text()
    assert "Restart to finish installing updates" in restart.article.text()
    assert network.article.isHidden()  # fine: nothing to read
    assert not disk.action.isHidden() and disk.action.text() == "Open disk clean-up"
    assert restart.action.isHidden()  # no safe action restarts a computer
    assert disk.icon.accessibleName() == "Problem"


def test_all_fine_says_so(open_window):
    window = open_window([NETWORK_FINE, MEMORY_FINE])
    assert window.heading.text() == "Everything checked looks fine."


def test_the_safe_action_runs_and_says_how_it_went(open_window, qtbot):
    actions = FakeActions()
    window = open_window([STUCK_QUEUE], actions)
    [queue] = rows(window)
    assert queue.action.text() == "Restart the print queue"
    qtbot.mouseClick(queue.action, Qt.MouseButton.LeftButton)
    assert actions.done == [(SafeAction.RESTART_PRINT_QUEUE, "Office-Color")]
    assert queue.note.text() == "Done. Check again to see whether it helped."
    actions.fail = "cupsenable: Forbidden"
    qtbot.mouseClick(queue.action, Qt.MouseButton.LeftButton)
    assert queue.note.text() == "That did not work: cupsenable: Forbidden"
    assert queue.action.isEnabled()


def test_an_action_this_computer_lacks_is_not_offered(open_window):
    window = open_window([FULL_DISK], FakeActions(available=frozenset()))
    assert rows(window)[0].action.isHidden()


def test_following_the_article_opens_it(open_window, qtbot):
    window = open_window([FULL_DISK])
    rows(window)[0].article.linkActivated.emit("#")
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog.windowTitle() == "The disk is full"
    window.dialog.solved_button.click()
    assert window.view.session.outcome is not None


def test_check_again_runs_anew_and_report_goes_on(open_window, qtbot):
    state = {"full": True}

    def disk():
        return [FULL_DISK] if state["full"] else [Check("disk", FULL_DISK.title, "", 1.0,
                                                        MEMORY_FINE.run)]
    window = open_window([])
    window.session._services.make_checks = disk  # the disk was cleaned meanwhile
    window.again.click()
    assert window.heading.text() == "1 finding needs your attention."
    state["full"] = False
    window.again.click()
    assert window.heading.text() == "Everything checked looks fine."
    with qtbot.waitSignal(window.report_requested, timeout=1000):
        window.report.click()
    assert not window.isVisible()


def test_in_russian_the_texts_and_the_article_are_russian(open_window, language):
    language("ru_RU")
    window = open_window([FULL_DISK, MEMORY_FINE])
    assert window.windowTitle() == "Проверка компьютера"
    assert window.heading.text() == "1 пункт требует вашего внимания."
    disk = rows(window)[0]
    assert disk.title.text() == "<b>Свободное место на диске</b>"
    assert disk.detail.text() == ("Системный диск почти заполнен: свободно 0.6 ГБ из 250.0 ГБ "
                                  "(0.2 %).")
    assert "Как исправить:" in disk.article.text()
    assert "Заканчивается место на диске" in disk.article.text()
    assert disk.action.text() == "Открыть очистку диска"
