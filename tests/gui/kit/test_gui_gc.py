"""Cycles are collected on the GUI thread only: a worker (or a test's server thread) that
allocates a lot never runs the collector, so a Qt object in a cycle never dies there."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from helpclient.ui.kit.gui_gc import collect_if_due, give_back, take_over
from helpclient.ui.kit.tasks import TaskRunner


class Cyclic(QObject):
    """A Qt object that refers to itself, as a widget with a lambda on its own signal does."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def churn(kept: list[object]) -> None:
    """Allocate (and keep: CPython counts what is still alive) enough container objects to
    cross the first collection threshold many times."""
    kept.extend([] for _ in range(20_000))


def test_a_worker_that_allocates_does_not_collect_the_gui_threads_cycles():
    take_over()
    gc.collect()
    gone = weakref.ref(Cyclic())
    kept: list[object] = []
    worker = threading.Thread(target=churn, args=(kept,))
    worker.start()
    worker.join()
    assert gone() is not None, "the collector ran on the worker"
    assert gc.get_count()[0] > gc.get_threshold()[0]
    assert collect_if_due() >= 0
    assert gone() is None


def test_only_the_main_thread_collects_and_only_when_due():
    take_over()
    gc.collect()
    assert collect_if_due() == -1  # nothing allocated since
    kept: list[object] = []
    churn(kept)
    answers: list[int] = []
    worker = threading.Thread(target=lambda: answers.append(collect_if_due()))
    worker.start()
    worker.join()
    assert answers == [-1]
    assert collect_if_due() >= 0


def test_when_given_back_cpython_collects_by_itself():
    give_back()
    try:
        churn([])
        assert collect_if_due() == -1 and gc.isenabled()
    finally:
        take_over()


def test_a_delivered_task_collects_what_came_back(qtbot):
    take_over()
    gc.collect()
    runner = TaskRunner()
    gone = weakref.ref(Cyclic())
    delivered: list[int] = []

    kept: list[object] = []

    def work() -> int:
        churn(kept)
        return 1

    runner.run_task(work, delivered.append)
    qtbot.waitUntil(lambda: delivered == [1])
    assert gone() is None
    assert runner.wait_for_done()
