"""Installing the interface language: HelpClient's own translation and Qt's."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parents[2] / "i18n"
LANGUAGES = {"en": "English", "ru": "Русский"}


def choose_locale(setting: str) -> QLocale:
    """The locale from the ``ui.language`` setting, or the system's when it is empty."""
    return QLocale(setting) if setting else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load ``helpclient_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` for ``locale``; English needs
    neither. Returns the translators (keep them alive)."""
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        # English is the source language; its file holds only the plural forms
        plurals = QTranslator(app)
        if plurals.load(str(QM_DIR / "helpclient_en.qm")):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    if ours.load(locale, "helpclient", "_", str(QM_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no HelpClient translation for %s in %s", locale.name(), QM_DIR)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
