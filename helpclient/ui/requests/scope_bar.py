"""The row of tabs above My requests: Open / Waiting for me / Solved / All."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabBar, QWidget

from helpclient.ui.kit.text import arg
from helpclient.ui.requests.model import Scope


class ScopeBar(QTabBar):
    """Tabs choosing the list's scope; "Waiting for me" shows how many wait."""

    scope_changed = Signal(object)  # Scope

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDrawBase(False)
        self.setExpanding(False)
        self.setAccessibleName(self.tr("Show requests"))
        for _ in Scope:
            self.addTab("")
        self.set_waiting_count(0)
        self.setCurrentIndex(Scope.ALL)
        self.currentChanged.connect(lambda index: self.scope_changed.emit(Scope(index)))

    def scope(self) -> Scope:
        """The chosen scope."""
        return Scope(self.currentIndex())

    def set_scope(self, scope: Scope) -> None:
        """Choose ``scope`` (emits ``scope_changed`` when it changes)."""
        self.setCurrentIndex(scope)

    def set_waiting_count(self, count: int) -> None:
        """Update the tab texts; the count tells at a glance that support waits."""
        waiting = (arg(self.tr("Waiting for me (%1)"), count) if count
                   else self.tr("Waiting for me"))
        texts = {Scope.OPEN: self.tr("Open"), Scope.WAITING: waiting,
                 Scope.SOLVED: self.tr("Solved"), Scope.ALL: self.tr("All")}
        for scope, text in texts.items():
            self.setTabText(scope, text)
