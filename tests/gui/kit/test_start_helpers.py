"""The helpers of a light start: PySide's import hook not caching sources, waiting for a first
paint, and the network watched only when needed."""

import subprocess
import sys

from PySide6.QtWidgets import QLabel

from helpclient.ui.kit.first_paint import after_first_paint
from helpclient.ui.kit.network_watch import NetworkWatch


def test_after_the_fix_imports_leave_no_source_in_the_line_cache():
    code = """
import linecache, PySide6.QtWidgets
import json  # read by PySide's hook: its source lands in the line cache
cached = any(name.endswith("json/__init__.py") for name in linecache.cache)
from helpclient.ui.kit.import_hook import stop_source_caching
assert stop_source_caching() and not linecache.cache
import email.message, http.client  # imported after the fix
print(cached, sorted(linecache.cache))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split(" ", 1)
    assert out == ["True", "[]\n"]


def test_a_first_paint_calls_back_once_after_the_paint_and_a_timeout_only_without_one(qtbot):
    label = QLabel("Report a problem")
    qtbot.addWidget(label)
    painted = []
    watcher = after_first_paint(label, lambda: painted.append("paint"), timeout_ms=10_000)
    label.show()
    qtbot.waitUntil(lambda: painted == ["paint"])
    label.repaint()
    qtbot.wait(50)
    assert painted == ["paint"] and watcher is not None
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    late = []
    kept = after_first_paint(hidden, lambda: late.append("timeout"), timeout_ms=20)
    qtbot.waitUntil(lambda: late == ["timeout"])
    assert kept is not None


def test_the_network_is_watched_once_asked_and_says_when_it_is_back(qtbot):
    from PySide6.QtNetwork import QNetworkInformation  # noqa: PLC0415

    watch = NetworkWatch()
    assert not watch.watching
    watch.watch()
    watch.watch()  # a second call loads nothing more
    back = []
    watch.online.connect(lambda: back.append(1))
    watch._changed(QNetworkInformation.Reachability.Disconnected)
    watch._changed(QNetworkInformation.Reachability.Online)
    assert back == [1]
