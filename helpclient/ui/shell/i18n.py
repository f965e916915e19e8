"""Installing the interface language (HelpClient's own translation and Qt's), and translating
the text HelpClient writes into tickets, whose language may differ."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from helpclient.core.i18n import Localized, Translate, identity
from helpclient.core.settings import Settings
from helpclient.ui.kit.units import number_in

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parents[2] / "i18n"
#: the interface languages, each by its own name (the chooser in Settings lists them)
LANGUAGES = {"en": "English", "ru": "Русский", "de": "Deutsch", "fr": "Français", "es": "Español"}


def choose_locale(setting: str) -> QLocale:
    """The locale from the ``ui.language`` setting, or the system's when it is empty."""
    return QLocale(setting) if setting else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load ``helpclient_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` for ``locale`` (English needs
    neither), and the pseudo-locale over them when ``HELPCLIENT_PSEUDO_QM`` names one. Returns
    the translators (keep them alive)."""
    QLocale.setDefault(locale)
    installed = _language_translators(app, locale)
    pseudo = os.environ.get("HELPCLIENT_PSEUDO_QM", "")
    if pseudo:  # a development aid (helpclient.i18n.pseudo): installed last, so it wins
        translator = QTranslator(app)
        if translator.load(pseudo):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("HELPCLIENT_PSEUDO_QM=%s could not be loaded", pseudo)
    return installed


def _language_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
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


class InterfaceLanguage:
    """The interface language installed in the application, switchable while it runs: Qt then
    sends every widget a LanguageChange event, and windows opened afterwards speak it."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._default = QLocale()  # the default locale before any apply()

    def apply(self, setting: str) -> None:
        """Install the language of the ``ui.language`` setting ("": the system's) in place of
        the one installed before."""
        self.clear()
        self._installed = install_translators(self._app, choose_locale(setting))

    def clear(self) -> None:
        """Remove what :meth:`apply` installed (the source text, English, shows again) and
        restore the default locale of before."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(self._default)


class TicketLanguage:
    """The language HelpClient writes tickets in: the ``ticket.language`` setting (IT may fix it
    by policy: support reads it), else the interface language. Read when asked, so a changed
    setting applies to the next report; one translator is loaded per language."""

    def __init__(self, settings: Settings, system: Callable[[], QLocale] = QLocale.system) -> None:
        self._settings = settings
        self._system = system
        self._loaded: dict[str, Translate] = {}

    def locale(self) -> QLocale:
        """The locale ticket text is written in now."""
        code = str(self._settings.get("ticket.language")) or str(self._settings.get("ui.language"))
        return QLocale(code) if code else self._system()

    def translate(self) -> Translate:
        """A ``translate(context, text)`` into the ticket language, usable on any thread; it
        writes numbers in the ticket language too (a :class:`Localized`)."""
        locale = self.locale()
        name = locale.name()
        if name not in self._loaded:
            self._loaded[name] = Localized(_translator_for(locale),
                                           partial(number_in, QLocale(locale)))
        return self._loaded[name]


def _translator_for(locale: QLocale) -> Translate:
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return identity  # English is the source language
    translator = QTranslator()
    if not translator.load(locale, "helpclient", "_", str(QM_DIR)):
        log.warning("no HelpClient translation for tickets in %s", locale.name())
        return identity

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text
    return translate
