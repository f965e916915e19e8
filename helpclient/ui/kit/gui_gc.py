"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate when a threshold is
crossed. A Qt object caught in a cycle (a widget and a lambda connected to its own signal is
one; so is a task's relay and its callbacks) is then deleted on that thread — a worker, a
loopback listener — while Qt objects must die on the thread they live on. That crashed the app
(a segfault while a browser sign-in's worker ran; "killTimer from another thread").

So :func:`take_over` switches the automatic collector off and the GUI (main) thread collects
instead, generation by generation as CPython would have, whenever work comes back to it
(:func:`collect_if_due`: after a task's result is delivered, when focus moves). There is no
timer: an idle app allocates next to nothing, and a periodic check would wake it for nothing.
"""

from __future__ import annotations

import gc
import logging
import threading

log = logging.getLogger(__name__)


def take_over() -> None:
    """Collect cycles only in :func:`collect_if_due` on the main thread (Qt's GUI thread), from
    now on."""
    gc.disable()


def give_back() -> None:
    """Let CPython collect automatically again (at shutdown)."""
    gc.enable()


def collect_if_due() -> int:
    """Collect the generations CPython would collect now, when called on the main thread after
    :func:`take_over`; returns the generation collected, or -1 when nothing was due (or this is
    another thread, or CPython collects by itself)."""
    if gc.isenabled() or threading.current_thread() is not threading.main_thread():
        return -1
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return -1
    # the oldest generation whose count passed its threshold, as CPython's own trigger picks
    generation = max(g for g in range(3) if g == 0 or counts[g] > thresholds[g])
    found = gc.collect(generation)
    if found:
        log.debug("collected %d unreachable objects (generation %d)", found, generation)
    return generation
