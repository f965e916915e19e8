"""The ticket view's follow-up actions added for following requests: saving an attachment on
request, and the satisfaction rating (only where the backend has ``Capability.CSAT``).

A mixin of ``TicketView`` (it uses the view's runner, backend, activity line and action
plumbing), split out to keep the view's file about showing and replying.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from helpclient.core.models import AttachmentInfo, Capability
from helpclient.core.tracking.downloads import save_download
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.rating_dialog import RatingDialog
from helpclient.ui.requests.reply_path import BackendFactory

# For the type checker the mixin is the widget it is mixed into; at run time TicketView's own
# bases provide QWidget (a second QWidget base here would break the MRO).
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class FollowUpActions(_Widget):
    """Download and rating. Texts are translated in the "TicketView" context, the class they
    appear in at run time. ``TicketView`` provides what is declared below."""

    _rating_dialog: RatingDialog | None
    _rated: bool
    _runner: TaskRunner
    _backend: BackendFactory
    _download_dir: Callable[[], Path]
    _ticket_id: str
    _capabilities: Capability
    _action_running: bool
    downloaded: SignalInstance
    _set_activity: Callable[[str], None]
    _update_actions: Callable[[], None]
    is_busy: Callable[[], bool]
    _run_action: Callable[[str, Callable[[], object], Callable[[], None]], None]

    def _show_error(self, exc: BaseException, *, retry: bool) -> None:
        raise NotImplementedError  # TicketView's (a keyword argument: not a Callable type)

    def download(self, attachment: AttachmentInfo) -> None:
        """Save an attachment in the downloads folder (never over an existing file)."""
        backend, folder = self._backend, self._download_dir

        def fetch() -> Path:
            return save_download(folder(), attachment.filename,
                                 backend().download_attachment(attachment.id))

        saving = QCoreApplication.translate("TicketView", "Saving %1…")
        self._set_activity(arg(saving, attachment.filename))
        self._runner.run_task(fetch, self._downloaded,
                              lambda exc: self._show_error(exc, retry=False), context=self)

    def ask_rating(self) -> RatingDialog:
        """Offer the satisfaction rating (non-blocking); a click on Good/Not good sends it."""
        # One dialog per view, kept (not delete-on-close): deleting it while its Python wrapper
        # was still referenced from a lambda crashed PySide's garbage collection.
        if self._rating_dialog is None:
            self._rating_dialog = RatingDialog(self)
            self._rating_dialog.accepted.connect(self._rating_accepted)
        self._rating_dialog.open()
        return self._rating_dialog

    def _rating_accepted(self) -> None:
        if self._rating_dialog is not None:
            self.rate(self._rating_dialog.satisfied(), self._rating_dialog.comment())

    def rate(self, satisfied: bool, comment: str = "") -> None:
        """Send the rating (only where the backend supports it)."""
        if self.is_busy() or not self._capabilities & Capability.CSAT:
            return
        ticket_id, backend = self._ticket_id, self._backend
        self._run_action(QCoreApplication.translate("TicketView", "Sending your rating…"),
                         lambda: backend().rate(ticket_id, satisfied, comment), self._rated_done)

    def _rated_done(self) -> None:
        self._rated = True
        self._action_running = False
        self._set_activity(QCoreApplication.translate("TicketView", "Thank you for your rating."))
        self._update_actions()

    def _downloaded(self, path: Path) -> None:
        saved = QCoreApplication.translate("TicketView", "Saved as %1 in %2")
        self._set_activity(arg(saved, path.name, str(path.parent)))
        self.downloaded.emit(path)
