"""Other ways to get help: only the configured channels, from the tray menu and the wizard's
review step, with working tel:/mailto:/web links."""

from urllib.parse import parse_qs, urlsplit

import pytest
from app_builder import make_test_app
from PySide6.QtCore import QUrl
from PySide6.QtGui import QIcon
from settings_fakes import DictPolicy

from helpclient.core.channels import SupportChannels
from helpclient.core.connection import Connection
from helpclient.core.report.problem import Step, render_body
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.kit import links
from helpclient.ui.shell.channels import ChannelsDialog

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")

ALL = {"support.phone": "+1 (555) 010-0", "support.email": "help@example.com",
       "support.chat_url": "https://chat.example.com/", "support.portal_url":
       "https://portal.example.com/kb", "branding.company_name": "Example Corp"}


@pytest.fixture
def opened(monkeypatch):
    calls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        calls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(links.QDesktopServices, "openUrl", fake_open)
    return calls


@pytest.fixture
def make_app(tmp_path):
    apps = []

    def make(policy):
        settings = Settings(tmp_path / f"config{len(apps)}.toml", DictPolicy(policy))
        connection = Connection(settings, SessionSecretStore(), backend_factory, environ={})
        apps.append(make_test_app(tmp_path, connection, tray_available=True))
        return apps[-1]

    yield make
    for app in apps:
        app.dispose()
        app.cache.close()


def test_every_configured_channel_is_a_link_and_the_number_can_be_read(qtbot, opened):
    dialog = ChannelsDialog(SupportChannels("+1 (555) 010-0", "help@example.com",
                                            "https://chat.example.com/",
                                            "https://portal.example.com/kb", "Example Corp"),
                            QIcon())
    qtbot.addWidget(dialog)
    assert dialog.links == {"phone": "tel:+15550100", "email": "mailto:help@example.com",
                            "chat": "https://chat.example.com/",
                            "portal": "https://portal.example.com/kb"}
    phone = dialog.labels["phone"]
    assert "+1 (555) 010-0" in phone.text()  # written as IT gave it, to dictate
    assert phone.textInteractionFlags() & phone.textInteractionFlags().TextSelectableByMouse
    assert "Example Corp" in dialog.intro.text()
    for name in ("phone", "email", "chat", "portal"):
        dialog.labels[name].linkActivated.emit("ignored: the dialog opens its own address")
    assert opened == ["tel:+15550100", "mailto:help@example.com", "https://chat.example.com/",
                      "https://portal.example.com/kb"]


def test_only_configured_channels_are_listed(qtbot):
    dialog = ChannelsDialog(SupportChannels(email="help@example.com"), QIcon())
    qtbot.addWidget(dialog)
    assert list(dialog.links) == ["email"]
    assert "Example" not in dialog.intro.text()


def test_the_report_prefills_the_e_mail_percent_encoded(qtbot, opened):
    body = "== Problem ==\nPrinter & scanner: 100% broken?\nПринтер не печатает\n"
    dialog = ChannelsDialog(SupportChannels(email="help@example.com"), QIcon(),
                            "Printer & scanner", body)
    qtbot.addWidget(dialog)
    dialog.open_channel("email")
    assert len(opened) == 1
    assert opened[0].startswith("mailto:help@example.com?subject=Printer%20%26%20scanner&body=")
    fields = parse_qs(urlsplit(opened[0]).query)
    assert fields["subject"] == ["Printer & scanner"]
    assert fields["body"] == [body.replace("\n", "\r\n")]


def test_no_channel_no_menu_entry(make_app):
    app = make_app({})
    assert not app.actions.channels_action.isVisible()
    app.open_report()
    review = app.wizard.step_page(Step.REVIEW)
    assert not review.other_ways.isVisibleTo(review)
    app.wizard.hide()


def test_the_tray_offers_the_channels_policy_set_as_they_are(make_app, qtbot):
    app = make_app(ALL)
    action = app.actions.channels_action
    assert action.isVisible() and action in app.tray.menu.actions()
    action.trigger()
    dialog = app.other_ways.dialog
    assert dialog is not None and dialog.isVisible()
    assert "+1 (555) 010-0" in dialog.labels["phone"].text()
    assert dialog.links["email"] == "mailto:help@example.com"  # no report: nothing prefilled
    dialog.close()
    qtbot.waitUntil(lambda: app.other_ways.dialog is None)


def test_the_wizard_s_review_offers_an_e_mail_with_the_report(make_app, qtbot):
    app = make_app({"support.email": "help@example.com"})
    app.open_report()
    wizard = app.wizard
    wizard._edit(summary="VPN drops every hour", error_text="It disconnects at :00.")
    review = wizard.step_page(Step.REVIEW)
    assert review.other_ways.isVisibleTo(review)
    with qtbot.waitSignal(wizard.other_ways) as signal:
        review.other_ways.linkActivated.emit("#")
    assert signal.args == ["VPN drops every hour", render_body(wizard.report)]
    dialog = app.other_ways.dialog
    assert dialog is not None and dialog.parent() is wizard
    fields = parse_qs(urlsplit(dialog.links["email"]).query)
    assert fields["subject"] == ["VPN drops every hour"]
    assert "It disconnects at :00." in fields["body"][0]
    dialog.close()
    wizard.hide()
