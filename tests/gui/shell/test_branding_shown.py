"""Branding from policy on screen: the accent in the palette with readable text, the company in
the tray tooltip, window titles, About and the contact card, the logo and welcome line on the
wizard's first page; and the tray's "Other ways to get help" following a settings change."""

import pytest
from app_builder import make_test_app
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from settings_fakes import DictPolicy

from helpclient.core.branding import contrast
from helpclient.core.channels import SocialLink, SupportChannels
from helpclient.core.connection import Connection
from helpclient.core.report.problem import Step
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.demo.screens.palettes import contrast_palette, dark_palette
from helpclient.services import backend_factory
from helpclient.ui.kit.branding import accented, logo_pixmap
from helpclient.ui.shell.channels import ChannelsDialog
from helpclient.ui.wizard.brand_banner import BrandBanner

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40">'
        '<rect width="160" height="40" fill="#0b5cad"/></svg>')


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.svg"
    path.write_text(LOGO)
    return path


@pytest.fixture
def make_app(tmp_path):
    apps = []

    def make(policy, *, tray=True):
        folder = tmp_path / f"app{len(apps)}"
        settings = Settings(folder / "config.toml", DictPolicy(policy))
        connection = Connection(settings, SessionSecretStore(), backend_factory, environ={})
        apps.append(make_test_app(folder, connection, tray_available=tray))
        return apps[-1]

    make.apps = apps
    yield make
    for app in apps:
        app.dispose()
        app.cache.close()
    QApplication.setApplicationDisplayName("")


def rgb(colour: QColor):
    return colour.red(), colour.green(), colour.blue()


def test_the_accent_colours_selection_and_links_and_keeps_text_readable():
    base = QPalette(QColor("#efefef"))
    base.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette = accented(base, "#ffd400")  # a light brand yellow
    active = QPalette.ColorGroup.Active
    assert palette.color(active, QPalette.ColorRole.Highlight) == QColor("#ffd400")
    assert palette.color(active, QPalette.ColorRole.Accent) == QColor("#ffd400")
    assert palette.color(active, QPalette.ColorRole.HighlightedText) == QColor("#000000")
    link = rgb(palette.color(active, QPalette.ColorRole.Link))
    assert contrast(link, (255, 255, 255)) >= 4.5
    assert accented(base, "") == base


def white_contrast_palette():
    """Black on white, as Windows' "High Contrast White"."""
    palette = contrast_palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    return palette


@pytest.mark.parametrize("make_palette", [contrast_palette, white_contrast_palette])
def test_a_high_contrast_palette_keeps_its_own_selection_and_link_colours(qapp, make_palette):
    palette = make_palette()
    assert accented(palette, "#0b6e4f") == palette  # the brand's green stays off it
    assert accented(dark_palette(), "#0b6e4f") != dark_palette()  # a dark theme takes it


def test_a_logo_is_scaled_to_the_height_keeping_its_shape(qapp, logo, tmp_path):
    pixmap = logo_pixmap(logo, 40)
    assert (pixmap.height(), pixmap.width()) == (40, 160)
    assert logo_pixmap(None, 40).isNull()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    assert logo_pixmap(broken, 40).isNull()


def test_policy_branding_shows_in_the_tray_titles_wizard_and_about(make_app, logo, qapp):
    before = qapp.palette()
    app = make_app({"branding.company_name": "Example Corp", "branding.logo": str(logo),
                    "branding.accent_color": "#0b5cad",
                    "branding.welcome": "Example Corp IT: we answer within one working hour."})
    assert app.tray.icon.toolTip().splitlines()[0] == "HelpClient (Example Corp)"
    assert QApplication.applicationDisplayName() == "HelpClient (Example Corp)"
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == QColor("#0b5cad")
    app.open_report()
    first = app.wizard.step_page(Step.PROBLEM)
    [banner] = first.findChildren(BrandBanner)
    assert banner.welcome.text() == "Example Corp IT: we answer within one working hour."
    assert banner.welcome.textFormat() == banner.welcome.textFormat().PlainText
    assert banner.logo.pixmap().height() == 40 and banner.logo.isVisibleTo(banner)
    app.wizard.hide()
    about = app.open_about()
    assert about.rows["Provided by:"] == "Example Corp"
    assert not about.logo.pixmap().isNull()
    about.close()
    app.actions.channels_action.trigger()  # nothing configured: hidden, but callable
    assert not app.other_ways.dialog.logo.isHidden()
    app.other_ways.dialog.close()
    make_app.apps.remove(app)
    app.dispose()
    app.cache.close()
    assert qapp.palette() == before  # the accent goes with the app


def test_without_branding_nothing_changes(make_app, qapp):
    before = qapp.palette()
    app = make_app({})
    assert app.tray.icon.toolTip() == "HelpClient"
    assert qapp.palette() == before
    app.open_report()
    assert app.wizard.step_page(Step.PROBLEM).findChildren(BrandBanner) == []
    app.wizard.hide()
    assert "Provided by:" not in app.open_about().rows
    app.about.close()


def test_a_missing_logo_or_bad_colour_is_left_out_without_failing(make_app, tmp_path, qapp):
    before = qapp.palette()
    app = make_app({"branding.logo": str(tmp_path / "gone.png"),
                    "branding.accent_color": "blue", "branding.welcome": "Hello from IT"})
    problems = "\n".join(app.connection.settings.problems)
    assert "branding.logo" in problems and "branding.accent_color" in problems
    assert qapp.palette() == before
    app.open_report()
    [banner] = app.wizard.step_page(Step.PROBLEM).findChildren(BrandBanner)
    assert banner.logo.isHidden() and banner.welcome.text() == "Hello from IT"
    app.wizard.hide()


def test_the_contact_card_lists_social_channels_as_web_links(qtbot, logo):
    channels = SupportChannels(email="help@example.com", company="Example Corp", social=(
        SocialLink("Telegram", "https://t.me/example_it"),
        SocialLink("<b>Forum</b>", "https://forum.example.com/?board=it")))
    dialog = ChannelsDialog(channels, QIcon(), logo=logo_pixmap(logo, 48))
    qtbot.addWidget(dialog)
    assert dialog.links == {"email": "mailto:help@example.com",
                            "social1": "https://t.me/example_it",
                            "social2": "https://forum.example.com/?board=it"}
    assert not dialog.logo.isHidden()
    captions = [dialog.form.labelForField(dialog.labels[name]).text()
                for name in ("social1", "social2")]
    assert captions == ["Telegram:", "<b>Forum</b>:"]  # IT's text, shown as written
    opened = []
    import helpclient.ui.kit.links as links  # noqa: PLC0415

    original = links.QDesktopServices.openUrl
    links.QDesktopServices.openUrl = lambda url: opened.append(url.toString()) or True
    try:
        assert dialog.open_channel("social1")
    finally:
        links.QDesktopServices.openUrl = original
    assert opened == ["https://t.me/example_it"]


def test_a_changed_user_file_shows_or_hides_other_ways_without_restart(make_app, qtbot):
    app = make_app({})
    action = app.actions.channels_action
    assert not action.isVisible()
    user_file = app.connection.settings.user_file
    user_file.write_text('[support]\nsocial_links = ["Telegram=https://t.me/example_it"]\n')
    qtbot.waitUntil(action.isVisible, timeout=5000)
    user_file.write_text("")
    qtbot.waitUntil(lambda: not action.isVisible(), timeout=5000)


def test_saving_settings_applies_the_channels_and_the_home_window_follows(make_app, qtbot):
    app = make_app({}, tray=False)
    home = app.home
    button = home.buttons[app.actions.all().index(app.actions.channels_action)]
    assert not button.isVisibleTo(home)
    app.open_settings()
    settings = app.connection.settings
    settings.set("support.phone", "+1 555 0100")
    settings.set("branding.company_name", "Example Corp")
    app.settings_dialog.settings_saved.emit()  # as Save does after writing the file
    assert button.isVisibleTo(home)
    assert home.windowTitle() == "HelpClient (Example Corp)"
    app.settings_dialog.hide()
