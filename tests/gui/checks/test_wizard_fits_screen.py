"""The report wizard on a screen 800 pixels high (the offscreen platform's): with a known
problem and three quick-check findings the first step is taller than the screen, so the wizard
stops at the screen's edge and the step's content scrolls — its rows one under the other, the
focused field scrolled into view, the header and the buttons where they were."""

import itertools

import pytest
from checks_fakes import FULL_DISK, PENDING_RESTART, STUCK_QUEUE, services
from known_fakes import MAIL_OUTAGE, VPN_SLOW, feed
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from helpclient.core.known.feed import parse_feed
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import BASIC_STEPS, Contact, ProblemReport, Step
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.checks_assist import SelfCheckAssist
from helpclient.ui.wizard.known_assist import KnownProblemPanel
from helpclient.ui.wizard.placing import insert_under

SCREEN_HEIGHT = 800


@pytest.fixture
def crowded(qtbot, kb, language):
    """The first step with two known problems and three findings showing."""
    language("en_US")
    runner = TaskRunner(synchronous=True)
    wizard = ReportWizard(ReportFlow(ProblemReport(
        summary="The printer does not print", contact=Contact("Ann Smith", "ann@example.com")),
        BASIC_STEPS), runner, lambda report: None)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    assist = SelfCheckAssist(wizard, runner, services(kb, [STUCK_QUEUE, FULL_DISK,
                                                           PENDING_RESTART]))
    page = wizard.step_page(Step.PROBLEM)
    known = KnownProblemPanel(page)
    insert_under(page, page.summary, known)  # as the known assist does
    known.show_announcements(parse_feed(feed(MAIL_OUTAGE, VPN_SLOW)).announcements)
    wizard.show()
    qtbot.waitExposed(wizard)
    rows = assist.panel.view.list.rows
    qtbot.waitUntil(lambda: len(rows) == 3 and all(r.isVisible() for r in rows.values()))
    qtbot.wait(50)  # the scroll area's room-making turn
    return wizard, page, list(rows.values())


def _visible_in(area: QAbstractScrollArea, widget: QWidget) -> bool:
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    bottom_right = widget.mapTo(viewport, QPoint(widget.width() - 1, widget.height() - 1))
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_the_wizard_stops_at_the_screen_and_the_page_scrolls(crowded):
    wizard, page, _rows = crowded
    room = wizard.screen().availableGeometry()
    assert room.height() == SCREEN_HEIGHT  # what this test is about (tests/conftest.py)
    assert wizard.height() <= room.height() - 60  # the geometry helper's margin for the frame
    area = page.scroll_content()
    assert area.verticalScrollBar().maximum() > 0  # taller than the room: it scrolls
    # the header and the buttons stay: only the page's content is in the scroll area
    assert not area.isAncestorOf(wizard.button(wizard.WizardButton.NextButton))
    assert area.widget().height() >= area.widget().heightForWidth(area.viewport().width())


def test_the_findings_lie_one_under_the_other_whole(crowded):
    _wizard, page, rows = crowded
    body = page.scroll_content().widget()
    for above, below in itertools.pairwise(rows):
        assert below.mapTo(body, QPoint(0, 0)).y() >= above.mapTo(body, QPoint(0, 0)).y() \
            + above.height()
    for row in rows:
        assert row.height() >= row.heightForWidth(row.width())  # no line cut off
        assert row.detail.height() >= row.detail.heightForWidth(row.detail.width())


def test_the_focused_field_scrolls_into_view(crowded, qtbot):
    _wizard, page, rows = crowded
    area = page.scroll_content()
    body = area.widget()
    fields = [w for w in body.findChildren(QWidget)
              if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    last = max(fields, key=lambda w: w.mapTo(body, QPoint(0, w.height())).y())
    assert rows[-1].isAncestorOf(last)  # the last finding's link
    assert not _visible_in(area, last)  # below the fold at first
    last.setFocus()
    qtbot.waitUntil(lambda: _visible_in(area, last))
    page.summary.setFocus()
    qtbot.waitUntil(lambda: _visible_in(area, page.summary))


def test_tab_never_stops_on_the_scroll_area(crowded, qtbot):
    wizard, page, _rows = crowded
    area = page.scroll_content()
    assert area.focusPolicy() is Qt.FocusPolicy.NoFocus
    page.summary.setFocus()
    qtbot.waitUntil(page.summary.hasFocus)
    for _ in range(12):
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        assert wizard.focusWidget() not in (area, area.widget(), area.viewport())
        focused = wizard.focusWidget()
        if area.widget().isAncestorOf(focused):
            qtbot.waitUntil(lambda focused=focused: _visible_in(area, focused))
