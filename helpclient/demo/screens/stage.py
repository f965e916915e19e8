"""The app the screens show, built as :func:`helpclient.wiring.build_app` builds it, over the
stand-in helpdesk, a temporary home folder and IT's demo policy — with a synchronous task runner,
so a window is in its final state once a scene has brought it there."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from helpclient.backends import BACKEND_TYPES, SIGN_IN_METHODS
from helpclient.core.backend import ServerIdentity
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.known.feed import parse_feed
from helpclient.core.known.matching import AnnouncementMatcher
from helpclient.core.known.service import KnownProblems, Source
from helpclient.core.paths import AppPaths
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.settings import Settings
from helpclient.demo.screens.checks import demo_check_services
from helpclient.demo.screens.helpdesk import (
    KNOWN_PROBLEMS,
    POLICY,
    TOKEN,
    URL,
    USER,
    DemoHelpdesk,
    FixedPolicy,
)
from helpclient.demo.screens.scenes import settle
from helpclient.resources_path import resource_file
from helpclient.services import Services
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.settings.sign_in import dialog_class
from helpclient.ui.shell.tray import Tray
from helpclient.watchers import attach_watchers
from helpclient.wiring import build_app

#: settings the demo user has (the contact as typed once, the company's look)
USER_SETTINGS = {"server.queue": "General", "contact.name": USER.name,
                 "contact.email": USER.email, "contact.phone": USER.phone,
                 "branding.company_name": "Example Corp", "branding.accent_color": "#0b6e4f",
                 "branding.welcome": "Tell us what went wrong — we answer within the hour.",
                 "support.phone": "+1 555 0199", "support.email": "help@example.com",
                 "sysinfo.enabled": False}


def known_problems(home_dir: Path, knowledge: KnowledgeBase) -> KnownProblems:
    """The known problems service over the demo's announcement feed, matched with the words of
    ``knowledge``."""
    document = json.dumps(KNOWN_PROBLEMS).encode()
    feed = Source("feed", lambda: parse_feed(document).announcements)
    folder = home_dir / "known"
    folder.mkdir(exist_ok=True)
    return KnownProblems(lambda: [feed], folder / "known-problems.json",
                         lambda: AnnouncementMatcher(folder / "known.sqlite",
                                                     lambda: knowledge.vocabulary,
                                                     resource_file("kb")))


class Stage:
    """The running app and what the scenes reach in it."""

    def __init__(self, qapp: QApplication, home_dir: Path, language: str = "", *,
                 plain: bool = False) -> None:
        """``language``: the interface's, as chosen in Settings (tickets are written in it);
        ``plain``: HelpClient's own look (not the company's name, accent and greeting) and the
        wizard without the quick checks, as the README shows one thing at a time."""
        settings = Settings(home_dir / "config.toml", FixedPolicy(POLICY))
        for key, value in {**USER_SETTINGS, "ui.language": language}.items():
            if not (plain and key.startswith("branding.")):
                settings.set(key, value)
        settings.set("checks.in_reports", not plain)
        settings.save()  # the app reads the file again when it changes
        secrets = SessionSecretStore()
        secrets.set(account_for("rt", URL), TOKEN)
        self.helpdesk = DemoHelpdesk()
        self.connection = Connection(settings, secrets, lambda _config, _credentials:
                                     self.helpdesk, environ={})
        self.services = Services.around(AppPaths.under(home_dir), self.connection)
        self.runner = TaskRunner(synchronous=True)
        self.app = build_app(qapp, self.services, self.runner, tray_available=False,
                             check_services=lambda: demo_check_services(self.services.knowledge))
        knowledge = self.services.knowledge
        self.watchers = attach_watchers(self.app, self.services, self.runner,
                                        known=lambda: known_problems(home_dir, knowledge),
                                        crash_source=lambda: None)
        self.app.start()
        self.services.knowledge.refresh_folders()
        # a second poll brings support's latest answers: those requests show unread
        settle(lambda: bool(self.app.cache.tickets()))
        self.app.poller.poke()
        settle(lambda: self.app.cache.unread_count() > 0)
        self._extra: list[QWidget] = []

    @property
    def outbox(self) -> OutboxService:
        """The app's outbox."""
        return self.app.outbox

    def home(self) -> QWidget:
        """The home window the app shows without a tray."""
        window = self.app.home
        assert window is not None
        window.present()
        return window

    def tray_menu(self) -> QMenu:
        """The tray icon's menu, as a desktop with a tray shows it."""
        tray = Tray(self.app.actions, QIcon(), "HelpClient")
        self._extra.append(tray)  # type: ignore[arg-type]
        menu = tray.menu
        menu.adjustSize()
        menu.show()
        return menu

    def sign_in_dialog(self, kind: str) -> QDialog:
        """The sign-in dialog of helpdesk type ``kind``, its server having answered."""
        methods = SIGN_IN_METHODS[kind]
        config = ServerConfig(kind=kind, url=URL)
        product = BACKEND_TYPES[kind]
        dialog = dialog_class(kind)(self.connection, self.runner, config, product,
                                    methods=methods,
                                    probe=lambda: ServerIdentity(product, "5.0.5",
                                                                 f"{URL}/api", methods))
        self._extra.append(dialog)
        dialog.show()
        return dialog

    def close(self) -> None:
        """Close every window and stop the app's work."""
        for widget in self._extra:
            widget.deleteLater()
        self.watchers.dispose()
        self.app.dispose()
        self.app.cache.close()

