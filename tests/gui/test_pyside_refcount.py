"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method call (e.g.
``QWidget.update()``); a long-running tray app then dies with "none_dealloc". pyproject.toml
keeps PySide6 below 6.12; this test fails if an installed Qt binding does it again."""

import sys

from PySide6.QtWidgets import QLineEdit, QWidget


def test_void_calls_leave_none_and_bools_alone(qtbot):
    widget, line = QWidget(), QLineEdit()
    qtbot.addWidget(widget)
    qtbot.addWidget(line)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(500):
        widget.update()
        line.setText("x")
        widget.isVisible()
        widget.setEnabled(True)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # a few references may come and go with the interpreter's own work; 500 lost ones may not
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
