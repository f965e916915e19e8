"""TaskRunner: blocking work on a worker thread, its result back on the GUI thread, and nothing
delivered to a widget that is gone."""

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from helpclient.ui.kit.tasks import TaskRunner, _Job, _Relay


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait_for_done()


def test_result_arrives_on_the_gui_thread(runner, qtbot):
    ran_on, called_on, results = [], [], []

    def work():
        ran_on.append(threading.current_thread())
        return 42

    def done(result):
        called_on.append(threading.current_thread())
        results.append(result)

    runner.run_task(work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert ran_on[0] is not threading.main_thread()
    assert called_on == [threading.main_thread()]


def test_an_exception_reaches_on_error_on_the_gui_thread(runner, qtbot):
    problem = ValueError("broken")
    errors, called_on, results = [], [], []

    def work():
        raise problem

    def failed(exc):
        called_on.append(threading.current_thread())
        errors.append(exc)

    runner.run_task(work, results.append, failed)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [problem]
    assert called_on == [threading.main_thread()]
    assert results == []


def test_a_failure_without_on_error_is_logged(runner, qtbot, caplog):
    def work():
        raise ValueError("nobody listens")

    runner.run_task(work)
    qtbot.waitUntil(lambda: "background task failed" in caplog.text)


@pytest.mark.parametrize("fails", [False, True])
def test_nothing_is_delivered_once_the_context_is_deleted(runner, qtbot, fails):
    release = threading.Event()
    finished = threading.Event()
    widget = QWidget()
    calls = []

    def work():
        release.wait(10)
        finished.set()
        if fails:
            raise ValueError("too late")
        return "too late"

    runner.run_task(work, calls.append, calls.append, context=widget)
    shiboken6.delete(widget)  # the user closed the view while the task ran
    release.set()
    assert runner.wait_for_done()
    assert finished.is_set()
    qtbot.wait(50)  # let the queued result reach the GUI thread
    assert calls == []


def test_a_live_context_gets_its_results(runner, qtbot):
    widget = QWidget()
    results = []
    runner.run_task(lambda: "fresh", results.append, context=widget)
    qtbot.waitUntil(lambda: results == ["fresh"])
    widget.deleteLater()


@pytest.mark.parametrize("fails", [False, True])
def test_synchronous_runner_honours_the_context_too(qapp, fails):
    runner = TaskRunner(synchronous=True)
    widget = QWidget()
    calls = []

    def work():
        if fails:
            raise ValueError("broken")
        return "done"

    runner.run_task(work, calls.append, calls.append, context=widget)
    assert len(calls) == 1
    shiboken6.delete(widget)
    runner.run_task(work, calls.append, calls.append, context=widget)
    assert len(calls) == 1


def test_settled_is_called_once_after_a_burst_of_work_and_not_while_work_runs(qtbot):
    settled: list[int] = []
    runner = TaskRunner(settled=lambda: settled.append(len(results)), settle_ms=200)
    results: list[int] = []
    gate = threading.Event()
    runner.run_task(lambda: 1, results.append)
    runner.run_task(lambda: gate.wait(5) and 2, results.append)
    qtbot.waitUntil(lambda: results == [1])
    qtbot.wait(400)
    assert settled == [], "settled while a task was still running"
    gate.set()
    qtbot.waitUntil(lambda: settled == [2], timeout=3_000)
    qtbot.wait(400)
    assert settled == [2]
    assert runner.wait_for_done()


@pytest.mark.parametrize("outcome", ["result", "failure"])
def test_a_task_ending_after_the_app_quit_drops_its_outcome_quietly(qtbot, caplog, outcome):
    # the app quit (its relays deleted) while the task still ran on its worker
    def work():
        if outcome == "failure":
            raise OSError("the helpdesk went away")
        return "secret-token-123"

    relay = _Relay()
    shiboken6.delete(relay)

    with caplog.at_level("INFO", logger="helpclient.ui.kit.tasks"):
        _Job(work, relay).run()  # raises nothing

    dropped = [r.getMessage() for r in caplog.records if "after the app had quit" in r.message]
    assert dropped == [f"a task ended after the app had quit; its "
                       f"{'str' if outcome == 'result' else 'OSError'} is dropped"]
    assert "secret-token-123" not in caplog.text  # a result may hold a secret: not logged
