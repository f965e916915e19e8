"""Texts show whole, in English and in the pseudo-locale (as long as German runs): a wrapped
label claims the height its text takes at its width, so Settings' notes (the keyring's, the
policy's) and the home window's explanation are not cut off; and Settings widens for a longer
checkbox instead of cutting it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QVBoxLayout, QWidget
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.i18n.pseudo import pseudo_catalogue
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.wrapped import WrappedLabel
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.shell.tray import Actions, HomeWindow

ROOT = Path(__file__).resolve().parents[3]
LONG = ("No secure keyring was found on this system, so what you sign in with is kept only "
        "until HelpClient quits; you will be asked again at the next start.")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pseudo")
    pseudo_catalogue(ROOT / "translations" / "helpclient_ru.ts", folder / "pseudo.ts")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    assert shutil.which(str(lrelease)), "PySide6's lrelease is needed"
    subprocess.run([str(lrelease), "-silent", str(folder / "pseudo.ts"), "-qm",
                    str(folder / "pseudo.qm")], check=True)
    return folder / "pseudo.qm"


@pytest.fixture(params=["source", "pseudo"])
def interface(request, language, monkeypatch, pseudo_qm):
    """The source text (English), or the pseudo-locale over it."""
    if request.param == "pseudo":
        monkeypatch.setenv("HELPCLIENT_PSEUDO_QM", str(pseudo_qm))
    language("en_US")
    return request.param


def cut_off(window: QWidget) -> list[str]:
    """The visible word-wrapped labels in ``window`` shorter than their text at their width."""
    return [label.text() for label in window.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.text()
            and label.height() < label.heightForWidth(label.width())]


def settings_dialog(qtbot, tmp_path, kind: str) -> SettingsDialog:
    # locked by policy: the note saying so shows too
    settings = Settings(tmp_path / "config.toml", DictPolicy({"server.url": "https://h.example"}))
    settings.set("server.backend", kind)
    connection = Connection(settings, SessionSecretStore(), lambda *_: None, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True),
                            {"rt": "Request Tracker", "redmine": "Redmine"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("kind", ["rt", "redmine"])
def test_the_settings_notes_show_whole(qtbot, tmp_path, interface, kind):
    dialog = settings_dialog(qtbot, tmp_path, kind)
    assert dialog.locked_note.isVisible()
    assert dialog.helpdesk.store_note.text()  # the keyring's note (none secure here)
    qtbot.waitUntil(lambda: cut_off(dialog) == [])


def test_settings_widens_for_its_longest_checkbox(qtbot, tmp_path, interface):
    dialog = settings_dialog(qtbot, tmp_path, "rt")
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        narrow = [button.text() for button in dialog.findChildren(QAbstractButton)
                  if button.isVisible() and button.width() < button.minimumSizeHint().width()]
        assert narrow == [], dialog.tabs.tabText(tab)


def test_the_home_windows_explanation_shows_whole(qtbot, interface):
    window = HomeWindow(Actions(), "HelpClient", QWidget().windowIcon())
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: cut_off(window) == [])


def test_a_narrower_window_makes_room_for_more_lines(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    label = WrappedLabel(LONG)
    layout.addWidget(label)
    layout.addStretch(1)
    qtbot.addWidget(window)
    window.resize(600, 40)
    window.show()
    qtbot.waitExposed(window)
    wide = label.minimumHeight()
    assert wide >= label.fontMetrics().height() * 2
    window.resize(250, window.height())
    qtbot.waitUntil(lambda: label.minimumHeight() > wide)
    qtbot.waitUntil(lambda: cut_off(window) == [])
    label.setText("")  # nothing to show: nothing claimed
    assert label.minimumHeight() == 0
