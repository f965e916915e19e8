"""Switching the interface language while the app runs: a part of the window coordinator
(:class:`helpclient.app.HelpClientApp` mixes it in), kept apart because it touches every window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from helpclient.app_reports import ReportOpener
from helpclient.ui.shell.i18n import InterfaceLanguage
from helpclient.ui.shell.tray import Actions, Presence

_W = TypeVar("_W", bound=QWidget)

if TYPE_CHECKING:  # the windows are imported when first opened
    from helpclient.ui.kb.window import KnowledgeBaseWindow
    from helpclient.ui.outbox.window import OutboxWindow
    from helpclient.ui.requests.window import RequestsWindow

    _Object = QObject
else:
    _Object = object


class LanguageSwitch(_Object):
    """``change_language``; the app provides what is declared below. Texts are translated in
    the "HelpClientApp" context, the class they appear in at run time."""

    language: InterfaceLanguage
    actions: Actions
    presence: Presence
    reports: ReportOpener
    requests: RequestsWindow | None
    kb: KnowledgeBaseWindow | None
    outbox_window: OutboxWindow | None
    open_outbox: Callable[[], OutboxWindow]
    open_kb: Callable[[], None]
    open_requests: Callable[[], RequestsWindow]
    _update_waiting: Callable[[], None]
    _update_badge: Callable[[], None]

    def change_language(self, setting: str) -> None:
        """Speak the language just chosen (the ``ui.language`` setting), at once: the tray menu
        or home window, and every window open now, shown again where it was with what it
        showed. A report being written, or a reply being sent, keeps its window (rebuilding it
        would interrupt the user) until it is closed, and the user is told so."""
        self.language.apply(setting)
        self.actions.retranslate()
        self.presence.retranslate()
        self._update_waiting()
        self._update_badge()
        kept: list[QWidget] = []
        if self.outbox_window is not None:
            self.outbox_window = self._reopened(self.outbox_window, self.open_outbox)
        if self.kb is not None:
            query = self.kb.search.text()
            self.kb = self._reopened(self.kb, lambda: self._kb_with(query))
        if self.requests is not None and self.requests.is_busy():
            kept.append(self.requests)
        elif self.requests is not None:
            view = self.requests.current_ticket_view()
            ticket, draft = (view.ticket_id, view.reply_edit.toPlainText()) if view else ("", "")
            self.requests = self._reopened(self.requests,
                                           lambda: self._requests_at(ticket, draft))
        wizard = self.reports.wizard
        if wizard is not None and wizard.isVisible():
            kept.append(wizard)
        if kept:
            text = QCoreApplication.translate(
                "HelpClientApp", "The language has changed. The window you are working in keeps "
                "its language until you close it; nothing in it is lost.")
            box = QMessageBox(QMessageBox.Icon.Information, "", text,
                              QMessageBox.StandardButton.Ok, kept[0])
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _reopened(self, window: _W, reopen: Callable[[], _W]) -> _W | None:
        """Replace ``window`` by a new one in the current language, where it was if shown."""
        shown, geometry = window.isVisible(), window.geometry()
        window.hide()
        window.deleteLater()
        if not shown:
            return None  # built anew in the new language when next opened
        new = reopen()
        new.setGeometry(geometry)
        return new

    def _kb_with(self, query: str) -> KnowledgeBaseWindow:
        self.kb = None
        self.open_kb()
        assert self.kb is not None
        self.kb.search.setText(query)
        return self.kb

    def _requests_at(self, ticket_id: str, draft: str) -> RequestsWindow:
        self.requests = None
        window = self.open_requests()
        if ticket_id:
            window.continue_in_reply(ticket_id, draft)
        return window

