"""``HELPCLIENT_PSEUDO_QM`` puts the pseudo-locale over the interface language (a development
aid for finding clipped text), and a missing file is said in the log, not fatal."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from helpclient.i18n.pseudo import pseudo_catalogue, pseudo_text

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def pseudo_qm(tmp_path):
    ts = tmp_path / "pseudo.ts"
    pseudo_catalogue(ROOT / "translations" / "helpclient_ru.ts", ts)
    qm = tmp_path / "pseudo.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    assert shutil.which(str(lrelease)), "PySide6's lrelease is needed"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_the_pseudo_locale_wins_over_the_language(language, pseudo_qm, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_PSEUDO_QM", str(pseudo_qm))
    language("ru_RU")
    assert QCoreApplication.translate("AboutDialog", "About") == pseudo_text("About")


def test_a_missing_pseudo_file_is_logged_and_the_language_kept(language, tmp_path, monkeypatch,
                                                               caplog):
    monkeypatch.setenv("HELPCLIENT_PSEUDO_QM", str(tmp_path / "none.qm"))
    language("ru_RU")
    assert QCoreApplication.translate("AboutDialog", "About") == "О программе"
    assert "none.qm could not be loaded" in caplog.text
