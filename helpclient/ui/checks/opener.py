"""The tray's "Check my computer…": opens one check window (and raises it again), built the
first time it is asked for — the checks, psutil and the network code load then, not when the
app starts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from helpclient.ui.checks.session import CheckServices
    from helpclient.ui.checks.window import CheckWindow
    from helpclient.ui.kit.tasks import TaskRunner


class CheckWindows(QObject):
    """Shows the check window when ``action`` is triggered (the action is hidden without
    ``services``); its "Report a problem" calls ``open_report``."""

    def __init__(self, action: QAction, runner: TaskRunner,
                 services: Callable[[], CheckServices] | None,
                 open_report: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self._open_report = open_report
        self.window: CheckWindow | None = None
        action.setVisible(services is not None)
        action.triggered.connect(self.open)

    def open(self) -> CheckWindow | None:
        """Show the window (once; again, it comes forward) and check."""
        from helpclient.ui.checks.window import CheckWindow  # noqa: PLC0415 (on first use)

        if self._services is None:
            return None
        if self.window is None:
            self.window = CheckWindow(self._runner, self._services())
            self.window.report_requested.connect(self._open_report)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.run()
        return self.window

    def dispose(self) -> None:
        """Delete the window now, while Qt is still up."""
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
