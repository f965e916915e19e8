"""A wizard page's content in a scroll area, so the wizard fits the screen.

The first step can show a known problem, suggestions and quick-check findings at once: more
than an 800-pixel screen holds. The wizard grows towards what a page shows, but only as far as
the screen allows (:func:`grow_towards`); what is still taller scrolls between the header and
the buttons, which stay put — squeezed instead, wrapped rows would be drawn over one another.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from helpclient.ui.kit.geometry import grow_towards


class PageScroll(QScrollArea):
    """Takes ``page``'s layout (and so its widgets) into a scroll area that fills the page.

    Content added later goes into :attr:`body_layout`. When the content grows (a panel appears,
    rows wrap), the window grows towards its height, within the screen.
    """

    def __init__(self, page: QWidget) -> None:
        layout = page.layout()
        if not isinstance(layout, QBoxLayout):
            raise TypeError("a page to scroll needs a box layout")
        super().__init__(page)
        self.setObjectName("pageScroll")
        self.body_layout: QBoxLayout = layout
        self.body = body = QWidget(self)
        body.setObjectName("pageBody")
        body.setLayout(layout)  # taken from the page, the widgets in it with it
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # the page is never narrower than its content (minimumSizeHint): only height scrolls
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the fields take the focus; Tab must not stop on the area around them
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self)
        body.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As wide as the content needs (with room for the scroll bar), a few lines high."""
        body = self.body
        width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def missing_height(self) -> int:
        """How much taller the view must be to show the whole content at its width."""
        body = self.body
        width = self.viewport().width()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        return max(needed, body.minimumSizeHint().height()) - self.viewport().height()

    def make_room(self) -> None:
        """Grow the window (never shrink it) so the content shows whole, as far as the screen
        allows; the rest scrolls."""
        missing = self.missing_height()
        if self.isVisible() and missing > 0:
            window = self.window()
            grow_towards(window, QSize(window.width(), window.height() + missing))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The content changed: the width it needs may have, and it may want more room."""
        if watched is self.body and event.type() is QEvent.Type.LayoutRequest:
            self.updateGeometry()
            QTimer.singleShot(0, self, self.make_room)  # once the content is laid out
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self, self.make_room)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        # Tab scrolls by itself (QScrollArea.focusNextPrevChild), but a field focused by the
        # program (the first one with an error, a page's starting field) must show too.
        # After a turn of the event loop: messages shown with the focus move the field.
        if now is not None and self.body.isAncestorOf(now):
            QTimer.singleShot(0, self, lambda: self._show(now))

    def _show(self, widget: QWidget) -> None:
        if isValid(widget) and widget.hasFocus() and self.body.isAncestorOf(widget):
            self.ensureWidgetVisible(widget)
