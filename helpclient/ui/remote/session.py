"""Remote assistance in the running app: ask, start the tool IT configured, note it in the
user's request, and stop it on request.

The tool starts only from the consent dialog's Start button. A program runs as a child process
HelpClient tracks (its output discarded), so "Stop remote assistance" can end it and quitting
HelpClient ends it too; a web page opens in the browser, where the user ends it. The note goes
through ``send_note`` — the outbox's reply path — so it reaches the request also when the
helpdesk is offline now. The log says that a session started and stopped, with the tool's name,
never the filled-in arguments or address (they carry the user's name and e-mail).
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from helpclient.core.channels import SupportChannels
from helpclient.core.i18n import Translate
from helpclient.core.models import Ticket
from helpclient.core.remote import (
    CommandLaunch,
    Facts,
    RemoteAssist,
    RemoteSetup,
    SettingsReader,
    UrlLaunch,
    read_remote_assist,
    ticket_note,
)
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.links import WEB_SCHEMES, open_outside
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.remote import notices

if TYPE_CHECKING:  # the dialog is built on demand: nothing of it loads at start-up
    from helpclient.ui.remote.consent import ConsentDialog

log = logging.getLogger(__name__)

# a program that ends with an error this soon did not give support a session
QUICK_EXIT_S = 10.0
# after "Stop", a program that has not closed by then is killed
KILL_AFTER_MS = 5_000
# a program still up after this long (or one that ended well, a launcher handing over) started:
# only then is the user told how to stop and the request noted — a tool that fails at once
# gets an error message, not a note saying support may connect
SETTLE_MS = 1_500

#: ``send_note(ticket_id, text)``: True when the request has it, False when it waits to be sent
SendNote = Callable[[str, str], bool]


class RemoteActions(Protocol):
    """The menu's actions for remote assistance (the shell's ``Actions``)."""

    remote: SignalInstance  # "Let support connect to my computer…" chosen
    stop_remote: SignalInstance  # "Stop remote assistance" chosen

    def set_remote(self, available: bool) -> None:
        """Offer the action or not."""

    def set_remote_running(self, running: bool) -> None:
        """Offer Stop (instead of the action) while the program runs."""


class RemoteAssistance(QObject):
    """Offers, starts and stops remote assistance. ``send_note`` adds a line to a request
    (blocking, run through ``runner``); ``ticket_translate`` gives the language support reads;
    ``open_tickets`` the user's open requests, newest first; ``login`` the OS user name.

    ``running_changed(bool)``: a program HelpClient started runs (or no longer does)."""

    running_changed = Signal(bool)

    def __init__(self, settings: SettingsReader, runner: TaskRunner, send_note: SendNote, *,
                 ticket_translate: Callable[[], Translate],
                 open_tickets: Callable[[], Sequence[Ticket]], login: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._send_note = send_note
        self._ticket_translate = ticket_translate
        self._open_tickets = open_tickets
        self._login = login
        self.dialog: ConsentDialog | None = None
        self.message: QMessageBox | None = None  # the last notice shown (tests read it)
        self.process: QProcess | None = None
        self._assist: RemoteAssist | None = None
        self._note_ticket: Ticket | None = None
        self._started_at = 0.0
        self._stopping = False
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._kill)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._began)

    def attach(self, actions: RemoteActions, offer: Callable[[], None]) -> None:
        """Wire the menu: its "Let support connect…" calls ``offer``, its Stop stops, and each
        is shown when it applies."""
        actions.remote.connect(offer)
        actions.stop_remote.connect(self.stop)
        self.running_changed.connect(actions.set_remote_running)
        actions.set_remote(self.available())

    def setup(self) -> RemoteSetup:
        """The configuration as the settings give it now."""
        return read_remote_assist(self._settings)

    def available(self) -> bool:
        """Whether IT configured a tool that can start here (else nothing is offered)."""
        return self.setup().assist is not None

    def is_running(self) -> bool:
        """Whether a program HelpClient started is running."""
        return self.process is not None and self._started_at > 0

    # --- asking ---------------------------------------------------------------------------------

    def offer(self, chosen: str = "", parent: QWidget | None = None) -> ConsentDialog | None:
        """Ask for consent (non-blocking); ``chosen`` is the request the user is looking at.
        Returns the dialog, or None when nothing can be offered now (the user is told why)."""
        from helpclient.ui.remote.consent import ConsentDialog  # noqa: PLC0415

        if self.process is not None and self._assist is not None:
            log.info("remote assistance: already running; not asking again")
            self._show(notices.running(self._assist, parent))
            return None
        setup = self.setup()
        if setup.assist is None:  # configured at start, gone since (e.g. the tool removed)
            log.warning("remote assistance not available: %s", "; ".join(setup.problems))
            tool = str(self._settings.get("remote.tool_name")) or QCoreApplication.translate(
                "RemoteNotices", "The remote-assistance tool")
            self._fail(tool, QCoreApplication.translate(
                "RemoteNotices", "The remote-assistance tool is not available on this "
                "computer any more."), parent)
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = ConsentDialog(setup.assist, list(self._open_tickets()), chosen,
                                             parent)
        assist = setup.assist
        dialog.accepted.connect(lambda: self._agreed(dialog, assist))
        dialog.rejected.connect(lambda: log.info("remote assistance: the user declined"))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _dialog_closed(self, dialog: ConsentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _agreed(self, dialog: ConsentDialog, assist: RemoteAssist) -> None:
        ticket = dialog.note_ticket()
        facts = Facts.gather(self._settings, ticket=ticket.id if ticket else "",
                             user=self._login(), computer=socket.gethostname())
        log.info("remote assistance: the user agreed; starting %s", assist.tool)
        self._assist, self._note_ticket = assist, ticket
        if isinstance(assist.launch, UrlLaunch):
            self._open_page(assist, assist.launch, facts)
        else:
            self._start_program(assist.launch, facts)

    # --- starting -------------------------------------------------------------------------------

    def _open_page(self, assist: RemoteAssist, launch: UrlLaunch, facts: Facts) -> None:
        url = launch.url(facts)
        if not open_outside(url, WEB_SCHEMES):
            log.warning("remote assistance: no browser opened the page on %s", launch.host)
            self._fail(assist.tool, arg(QCoreApplication.translate(
                "RemoteNotices", "HelpClient could not open your web browser. Open this "
                "address in it yourself: %1"), url))
            return
        log.info("remote assistance: opened %s's page on %s in the browser", assist.tool,
                 launch.host)
        self._began()

    def _start_program(self, launch: CommandLaunch, facts: Facts) -> None:
        process = self.process = QProcess(self)
        process.setProgram(launch.program)
        process.setArguments(launch.argv(facts))
        # nothing reads its output: a chatty tool must not block on a full pipe
        process.setStandardInputFile(QProcess.nullDevice())
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.started.connect(self._program_started)
        process.errorOccurred.connect(self._program_error)
        process.finished.connect(self._program_finished)
        self._stopping = False
        process.start()

    def _program_started(self) -> None:
        if self.process is None:
            return
        self._started_at = time.monotonic()
        log.info("remote assistance: %s started (pid %s)",
                 self._assist.tool if self._assist else "?", self.process.processId())
        self.running_changed.emit(True)
        self._settle_timer.start(SETTLE_MS)

    def _began(self) -> None:
        """The tool is up: tell the user how to stop it, and note it in the request."""
        assist, ticket = self._assist, self._note_ticket
        if assist is None:
            return
        self._show(notices.started(assist, None))
        if ticket is not None:
            text = ticket_note(assist.tool, opens_browser=assist.opens_browser,
                               when=datetime.now().astimezone()).render(self._ticket_translate())
            send, ticket_id = self._send_note, ticket.id
            self._runner.run_task(lambda: send(ticket_id, text),
                                  lambda sent: log.info(
                                      "remote assistance: note %s request #%s",
                                      "added to" if sent else "queued for", ticket_id),
                                  lambda exc: self._note_failed(ticket_id, assist, exc))

    def _note_failed(self, ticket_id: str, assist: RemoteAssist, exc: BaseException) -> None:
        log.warning("remote assistance: note not added to request #%s: %r", ticket_id, exc)
        self._show(notices.note_failed(ticket_id, describe_error(exc), assist, None))

    # --- ending ---------------------------------------------------------------------------------

    def stop(self) -> None:
        """End the program HelpClient started (asked to close, killed if it will not)."""
        if self.process is None:
            return
        log.info("remote assistance: stopping %s at the user's request",
                 self._assist.tool if self._assist else "?")
        self._stopping = True
        self.process.terminate()
        self._kill_timer.start(KILL_AFTER_MS)

    def _kill(self) -> None:
        if self.process is not None:
            log.warning("remote assistance: the program did not close; killing it")
            self.process.kill()

    def shutdown(self) -> None:
        """HelpClient quits: the program it started ends with it (its Stop goes away)."""
        if self.dialog is not None:
            self.dialog.close()
        self._close_message()
        process = self.process
        if process is None:
            return
        self._stopping = True
        process.terminate()
        if not process.waitForFinished(3_000):
            process.kill()
            process.waitForFinished(2_000)

    def _program_error(self, error: QProcess.ProcessError) -> None:
        process, assist = self.process, self._assist
        if process is None or error is not QProcess.ProcessError.FailedToStart:
            return  # a crash or a kill ends in finished() too
        log.warning("remote assistance: %s failed to start: %s",
                    assist.tool if assist else "?", process.errorString())
        self._forget(process)
        tool = assist.tool if assist else ""
        self._fail(tool, arg(QCoreApplication.translate(
            "RemoteNotices", "%1 could not be started (%2)."), tool, process.errorString()))

    def _program_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process, assist = self.process, self._assist
        if process is None:
            return
        ran = time.monotonic() - self._started_at
        stopping = self._stopping
        settling = self._settle_timer.isActive()
        self._settle_timer.stop()
        self._forget(process)
        tool = assist.tool if assist else "?"
        crashed = status is QProcess.ExitStatus.CrashExit
        if stopping:
            log.info("remote assistance: %s stopped", tool)
        elif (crashed or code != 0) and ran < QUICK_EXIT_S:
            log.warning("remote assistance: %s ended right after starting (exit code %s%s)",
                        tool, code, ", crashed" if crashed else "")
            self._fail(tool, arg(QCoreApplication.translate(
                "RemoteNotices", "%1 stopped right after it started (exit code %2), so "
                "support cannot connect."), tool, code))
        else:
            log.info("remote assistance: %s ended (exit code %s)", tool, code)
            if settling:  # a launcher that handed over to the tool's own process
                self._began()

    def _forget(self, process: QProcess) -> None:
        self._kill_timer.stop()
        was_running = self._started_at > 0
        self.process = None
        self._started_at = 0.0
        self._stopping = False
        process.deleteLater()
        if was_running:
            self.running_changed.emit(False)

    def _fail(self, tool: str, what: str, parent: QWidget | None = None) -> None:
        phone = SupportChannels.from_settings(self._settings).phone
        self._show(notices.failed(tool, what, parent, phone=phone))

    def _show(self, box: QMessageBox) -> None:
        """One notice at a time: a newer one (the error after "starting") replaces it."""
        self._close_message()
        self.message = box
        box.destroyed.connect(lambda: self._message_gone(box))

    def _message_gone(self, box: QMessageBox) -> None:
        if self.message is box:
            self.message = None

    def _close_message(self) -> None:
        if self.message is not None:
            self.message.close()  # deleted on close: _message_gone forgets it
