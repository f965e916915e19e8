"""The timing probe the footprint benchmark reads: a shown window's first paint is marked, also
when its page's content fills the page (the wizard's pages scroll), which Qt then never paints
on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout, QWizard, QWizardPage

from helpclient.ui.shell.timing_probe import TimingProbe


def events(path) -> list[list[str]]:
    return [line.split() for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_wizard_whose_page_scrolls_is_marked_painted_once_shown(qtbot, tmp_path):
    timing = tmp_path / "timing"
    probe = TimingProbe.from_env({"HELPCLIENT_TIMING": str(timing)})
    assert probe is not None
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = QWizardPage()
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(QLineEdit())
    QVBoxLayout(page).addWidget(area)
    wizard.addPage(page)
    probe.watch_first_paint(wizard, "wizard")
    assert not timing.exists()  # nothing before it is shown
    wizard.show()
    qtbot.waitUntil(lambda: timing.exists() and bool(events(timing)))
    (line,) = events(timing)
    assert line[0] == "window-painted" and line[2] == "wizard" and float(line[1]) > 0


def test_without_the_variable_there_is_no_probe():
    assert TimingProbe.from_env({}) is None
