"""What every step page shares: the step it shows, live edits into the flow's report, and the
per-field error labels that show core's validation messages."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import FieldError, ProblemReport, Step
from helpclient.ui.kit.accessible import label_field
from helpclient.ui.kit.style import show_as_error
from helpclient.ui.wizard.page_scroll import PageScroll

# ``edit(**changes)``: replace fields of the flow's report (the wizard owns the flow).
EditReport = Callable[..., None]

class StepPage(QWizardPage):
    """A wizard page showing one :class:`Step` of the report.

    Subclasses build their widgets, call :meth:`add_error_label` for each validated field and
    implement :meth:`load`. Edits go to the report at once through :meth:`change`; the page keeps
    no copy of the data, so Back, Edit and drafts always see the same report.
    """

    def __init__(self, step: Step, flow: ReportFlow, edit: EditReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._flow = flow
        self._edit = edit
        self._loading = False
        self._error_labels: dict[str, QLabel] = {}
        self._focus_for: dict[str, QWidget] = {}
        self._scroll: PageScroll | None = None

    def scroll_content(self) -> PageScroll:
        """The scroll area around what the page shows (made the first time it is asked for:
        the page's first visit, or someone adding a panel): a page taller than the screen
        scrolls instead of growing past it, header and buttons staying put."""
        if self._scroll is None:
            self._scroll = PageScroll(self)
        return self._scroll

    def body_layout(self) -> QBoxLayout:
        """The column of the page's content, where others add their panels."""
        return self.scroll_content().body_layout

    # -- data ---------------------------------------------------------------------------------

    @property
    def report(self) -> ProblemReport:
        """The report as it is now."""
        return self._flow.report

    def load(self, report: ProblemReport) -> None:
        """Show ``report``'s fields in the widgets (signals from the widgets are ignored)."""
        raise NotImplementedError

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        # Qt calls this on every forward visit: show the report as it is now (prefilled, or
        # changed elsewhere), with no stale messages from an earlier visit.
        self.scroll_content()
        self._loading = True
        try:
            self.load(self.report)
        finally:
            self._loading = False
        self.clear_errors()

    def focus_start(self) -> None:
        """Put the focus where the user starts on this page; the wizard calls it once the page
        is on screen (an item editor cannot open in a hidden view)."""

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        # QWizard's default resets registered fields on Back; the data lives in the report, and
        # what the user typed must survive going back, so there is nothing to reset.
        pass

    def change(self, **changes: object) -> None:
        """Store an edit in the report, then retire the messages it fixed."""
        if self._loading:
            return
        self._edit(**changes)
        self.refresh_errors()

    def set_tab_order(self, *widgets: QWidget) -> None:
        """Tab in reading order (wrapping fields in error boxes reparents them, which would
        otherwise send them to the end of the focus chain)."""
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    # -- validation messages ----------------------------------------------------------------

    def add_error_label(self, field: str, focus: QWidget) -> QLabel:
        """A hidden red label for ``field``'s message; ``focus`` gets focus when it is wrong."""
        label = QLabel(self)
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setVisible(False)
        show_as_error(label, self)
        self._error_labels[field] = label
        self._focus_for[field] = focus
        return label

    def drop_error_labels(self, prefix: str) -> None:
        """Forget the error labels of the fields named ``prefix``… (their widgets are gone)."""
        for field in [f for f in self._error_labels if f.startswith(prefix)]:
            del self._error_labels[field]
            del self._focus_for[field]

    def error_label(self, field: str) -> QLabel:
        """The label showing ``field``'s message (tests and subclasses)."""
        return self._error_labels[field]

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show each message under its field and focus the first field to fix."""
        errors = list(errors)
        self._set_messages(errors, only_shown=False)
        if errors:
            widget = self._focus_for.get(errors[0].field)
            if widget is not None:
                widget.setFocus()

    def refresh_errors(self) -> None:
        """While messages are shown, update them from core and hide the fixed ones; new
        messages wait for the next Next, so nobody is scolded in mid-typing."""
        if any(not label.isHidden() for label in self._error_labels.values()):
            self._set_messages(self._flow.errors(self.step), only_shown=True)

    def clear_errors(self) -> None:
        """Hide every message."""
        self._set_messages([], only_shown=False)

    def _set_messages(self, errors: list[FieldError], *, only_shown: bool) -> None:
        messages: dict[str, list[str]] = {}
        for error in errors:
            text = error.message.render(QCoreApplication.translate)
            messages.setdefault(error.field, []).append(text)
        for field, label in self._error_labels.items():
            text = "\n".join(messages.get(field, []))
            if only_shown and label.isHidden():
                continue
            label.setText(text)
            label.setVisible(bool(text))
            # Screen readers announce the problem with the field itself.
            self._focus_for[field].setAccessibleDescription(text)


def field_with_error(field: QWidget, error: QLabel) -> QWidget:
    """``field`` with its error label right under it (a hidden label takes no space)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)  # focusing the box (first bad field) focuses the field
    return box


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label whose &-mnemonic focuses ``buddy`` (the field itself: QLabel ignores a buddy
    that cannot take focus, such as the box around a field and its error) and that names it
    for screen readers (see :func:`label_field`)."""
    label = QLabel(text, parent)
    label_field(label, buddy)
    return label
