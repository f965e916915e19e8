"""The last steps: review the exact text before sending, and the confirmation afterwards."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from helpclient.core.delivery.outbox import Entry, State
from helpclient.core.i18n import Translate
from helpclient.core.models import Ticket
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, Step, render_step_sections
from helpclient.ui.kit.errors import describe_failure
from helpclient.ui.kit.links import is_web_address, open_outside
from helpclient.ui.kit.style import error_color
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.wizard.base import EditReport, StepPage
from helpclient.ui.wizard.oversize_box import OversizeBox


class ReviewPage(StepPage):
    """Step "Review and send": the text support will receive, section by section, each with an
    Edit button; also shows the sending indicator and a failed send's message."""

    edit_requested = Signal(object)  # the Step to go back to
    other_ways_requested = Signal()

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None) -> None:
        super().__init__(Step.REVIEW, flow, edit, parent)
        self.setTitle(self.tr("Review and send"))
        self.setSubTitle(self.tr("This is exactly what support will receive. Use Edit to change "
                                 "a part, then press Send."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Send"))
        # renders the text as support will read it (the ticket language)
        self.translate: Translate = QCoreApplication.translate
        self.edit_buttons: dict[Step, QPushButton] = {}
        self.section_texts: list[QLabel] = []

        self.failure = QLabel(self)
        self.failure.setObjectName("send_failure")
        self.failure.setWordWrap(True)
        self.failure.setTextFormat(Qt.TextFormat.PlainText)
        color = error_color(self)
        self.failure.setStyleSheet(f"QLabel#send_failure {{ color: {color}; border: 1px solid "
                                   f"{color}; border-radius: 4px; padding: 8px; }}")
        self.failure.setVisible(False)

        self._document = QWidget()
        self._document.setBackgroundRole(QPalette.ColorRole.Base)
        self._document.setAutoFillBackground(True)
        self._sections = QVBoxLayout(self._document)
        self._sections.setSpacing(4)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._document)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.busy_label = QLabel(self.tr("Sending your request\u2026"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no real progress to show: an "in progress" animation
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(200)
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar)
        busy.addStretch(1)
        # offered when IT configured a phone, e-mail, chat or portal (set_other_ways)
        other_ways = self.tr("Other ways to reach support…")
        self.other_ways = QLabel(f"<a href=\"#\">{escape(other_ways)}</a>", self)
        self.other_ways.setTextFormat(Qt.TextFormat.RichText)
        self.other_ways.setToolTip(self.tr("Also for when sending does not work: the e-mail "
                                           "starts with this report"))
        self.other_ways.linkActivated.connect(lambda _href: self.other_ways_requested.emit())
        self.other_ways.setVisible(False)
        busy.addWidget(self.other_ways)
        self.set_sending(False)

        self.oversize: OversizeBox | None = None
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.failure)
        layout.addWidget(scroll, 1)
        layout.addLayout(busy)

    def watch_attachments(self, runner: TaskRunner, limit: int, out_dir: Path) -> None:
        """Check the attachments against the helpdesk's ``limit`` (bytes; <= 0: none) before
        Send: one too large shows a box offering to compress it (into ``out_dir``) or leave it
        out, and Send stays disabled until every file fits."""
        box = OversizeBox(runner, limit, out_dir, self)
        box.replace.connect(self._replace_attachment)
        box.drop.connect(self._drop_attachment)
        box.blocking_changed.connect(lambda _blocking: self.completeChanged.emit())
        self._layout.insertWidget(1, box)
        self.oversize = box

    def attachments_block(self) -> bool:
        """Check the attachments again (a file may have changed); True if one is too large."""
        if self.oversize is None:
            return False
        self.oversize.check(self.report.attachments)
        return self.oversize.blocking

    def isComplete(self) -> bool:  # noqa: N802 (Qt override: enables Send)
        return super().isComplete() and not (self.oversize is not None
                                             and self.oversize.blocking)

    def _replace_attachment(self, old: Path, new: Path) -> None:
        self.change(attachments=tuple(new if p == old else p for p in self.report.attachments))
        self.load(self.report)

    def _drop_attachment(self, path: Path) -> None:
        self.change(attachments=tuple(p for p in self.report.attachments if p != path))
        self.load(self.report)

    def load(self, report: ProblemReport) -> None:
        while (item := self._sections.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.edit_buttons.clear()
        self.section_texts.clear()
        for step, title, text in render_step_sections(report, self.translate):
            self._sections.addWidget(self._section(step, title, text))
        self._sections.addStretch(1)
        if self.oversize is not None:
            self.oversize.check(report.attachments)

    def focus_start(self) -> None:
        # The text first: arrow keys and Page Up/Down scroll it, Tab reaches the Edit buttons.
        self.scroll_area.setFocus()

    def _section(self, step: Step | None, title: str, text: str) -> QWidget:
        box = QWidget(self._document)
        heading = QLabel(title, box)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addStretch(1)
        if step is not None and step in self._flow.steps:
            button = QPushButton(self.tr("Edit"), box)
            button.setObjectName(f"edit_{step.value}")
            button.setAccessibleName(arg(self.tr("Edit \u201c%1\u201d"), title))
            button.setAutoDefault(False)  # Enter on the page means Send, not Edit
            button.clicked.connect(lambda: self.edit_requested.emit(step))
            self.edit_buttons[step] = button
            header.addWidget(button)
        # Plain text: the report is the user's words and must never be read as HTML.
        body = QLabel(text, box)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setContentsMargins(12, 0, 0, 8)
        self.section_texts.append(body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(body)
        return box

    def text(self) -> str:
        """Everything the page shows of the report, as plain text (tests, accessibility)."""
        return "\n".join(label.text() for label in self.section_texts)

    def set_sending(self, sending: bool) -> None:
        """Show or hide the busy indicator; no editing while the report is on its way."""
        self.busy_label.setVisible(sending)
        self.busy_bar.setVisible(sending)
        if not sending:  # back to the "in progress" animation for the next send
            self.busy_bar.setRange(0, 0)
            self.busy_bar.setTextVisible(False)
        for button in self.edit_buttons.values():
            button.setEnabled(not sending)
        if sending:
            self.failure.setVisible(False)

    def show_upload(self, sent_kib: int, total_kib: int) -> None:
        """Turn the busy indicator into the attachments' upload progress."""
        self.busy_bar.setRange(0, max(total_kib, 1))
        self.busy_bar.setValue(min(sent_kib, total_kib))
        self.busy_bar.setTextVisible(True)
        self.busy_bar.setFormat(arg(self.tr("%1 of %2 MB"), f"{sent_kib / 1024:.1f}",
                                    f"{total_kib / 1024:.1f}"))

    def show_failure(self, message: str) -> None:
        """Say why sending failed, that the report is still here, and how to retry."""
        self.failure.setText(arg(self.tr("Your request was not sent. %1\n\nNothing was lost: "
                                         "your report is still here. Press Send to try again."),
                                 message))
        self.failure.setVisible(True)


class DonePage(QWizardPage):
    """The confirmation after a successful send, with a way to follow the new request."""

    open_ticket = Signal(object)  # the Ticket, to show in My requests
    other_ways_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, other_ways: bool = False) -> None:
        """``other_ways``: IT configured other ways to reach support, offered when the report
        is parked for a reason only support can resolve."""
        super().__init__(parent)
        self.setFinalPage(True)
        self._other_ways_configured = other_ways
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.ticket: Ticket | None = None

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.follow = QCommandLinkButton(self)
        self.follow.setAutoDefault(False)
        self.browser = QPushButton(self.tr("Open in &browser"), self)
        self.browser.setAutoDefault(False)
        browser_row = QHBoxLayout()
        browser_row.addWidget(self.browser)
        browser_row.addStretch(1)
        link_text = self.tr("Other ways to reach support…")
        self.other_ways = QLabel(f"<a href=\"#\">{escape(link_text)}</a>", self)
        self.other_ways.setTextFormat(Qt.TextFormat.RichText)
        self.other_ways.setToolTip(self.tr("The e-mail starts with this report"))
        self.other_ways.linkActivated.connect(lambda _href: self.other_ways_requested.emit())
        self.other_ways.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.other_ways)
        layout.addSpacing(12)
        layout.addWidget(self.follow)
        layout.addLayout(browser_row)
        layout.addStretch(1)

        self.follow.clicked.connect(self._follow)
        self.browser.clicked.connect(self._open_in_browser)

    def show_ticket(self, ticket: Ticket) -> None:
        """Fill the page for the ticket that was just created."""
        self.ticket = ticket
        self.setTitle(arg(self.tr("Request #%1 sent"), ticket.id))
        self.setSubTitle(self.tr("Thank you. Support has received your request."))
        self.message.setText(self.tr("You can follow your request, see support's answers and "
                                     "reply to them in My requests."))
        self.follow.setText(arg(self.tr("&Follow request #%1"), ticket.id))
        self.follow.setDescription(self.tr("Open it in My requests"))
        # Only web addresses: the URL comes from the server and is handed to the OS to open.
        self.browser.setVisible(is_web_address(ticket.url))

    def show_queued(self, entry: Entry) -> None:
        """Fill the page for a report kept in the outbox because it could not go yet."""
        self.ticket = None
        if entry.state is State.QUEUED:
            self.setTitle(self.tr("Your report is saved and will be sent"))
            self.setSubTitle(self.tr("HelpClient could not reach the helpdesk right now."))
            text = self.tr("Nothing is lost: the report waits on this computer and is sent by "
                           "itself when the connection is back, even after a restart. "
                           "The tray menu shows reports waiting to be sent.")
        else:
            self.setTitle(self.tr("Your report is saved but not sent"))
            self.setSubTitle(self.tr("The helpdesk needs something from you first."))
            text = self.tr("The report waits on this computer. Open the reports waiting to be "
                           "sent from HelpClient's menu to send it again, or save it to a file "
                           "for IT.")
        reason = describe_failure(entry.last_failure(), entry.last_error)
        detail = arg(self.tr("Reason: %1"), reason) if reason else ""
        self.message.setText(f"{text}\n\n{detail}".strip())
        self.follow.setVisible(False)
        self.browser.setVisible(False)
        # signing in again or editing will not get it through: support can still be reached
        self.other_ways.setVisible(self._other_ways_configured and entry.user_cannot_fix)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.follow.setFocus()

    def _follow(self) -> None:
        if self.ticket is not None:
            self.open_ticket.emit(self.ticket)

    def _open_in_browser(self) -> None:
        if self.ticket is not None:
            open_outside(self.ticket.url)
