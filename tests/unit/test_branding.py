"""Branding from policy: the checks that keep a bad logo or colour out (and say why in
check-config), the name shown, and the colour arithmetic that keeps text readable."""

import json
import os

import pytest
from settings_fakes import DictPolicy

from helpclient.cli import main
from helpclient.core.branding import (
    Branding,
    check_accent,
    check_logo,
    contrast,
    parse_colour,
    readable_on,
    text_on,
)
from helpclient.core.settings import Settings, Source

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"/>'
PNG_HEAD = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.svg"
    path.write_text(SVG)
    return path


def test_accent_colours_must_be_hex_triplets():
    assert check_accent("") == "" and check_accent("#0b5cAD") == ""
    for bad in ("blue", "#0b5", "0b5cad", "#0b5cadff", "#gg0000"):
        assert "#RRGGBB" in check_accent(bad), bad


def test_a_logo_must_be_an_absolute_readable_svg_or_png(tmp_path, logo):
    assert check_logo("") == "" and check_logo(str(logo)) == ""
    png = tmp_path / "logo.PNG"
    png.write_bytes(PNG_HEAD)
    assert check_logo(str(png)) == ""
    assert "does not exist" in check_logo(str(tmp_path / "gone.svg"))
    assert "absolute" in check_logo("logo.svg")
    assert "SVG or PNG" in check_logo(str(tmp_path / "logo.jpg"))
    folder = tmp_path / "dir.svg"
    folder.mkdir()
    assert "folder" in check_logo(str(folder))
    fake = tmp_path / "fake.png"
    fake.write_text("<html>")
    assert "not a PNG" in check_logo(str(fake))
    text = tmp_path / "notes.svg"
    text.write_text("just words")
    assert "not an SVG" in check_logo(str(text))
    huge = tmp_path / "huge.png"
    huge.write_bytes(PNG_HEAD + b"\0" * 2_000_001)
    assert "more than a logo needs" in check_logo(str(huge))


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_an_unreadable_logo_is_reported(logo):
    logo.chmod(0)
    assert "cannot be read" in check_logo(str(logo))


def test_bad_policy_values_are_ignored_with_a_problem_naming_them(tmp_path):
    settings = Settings(tmp_path / "user.toml", DictPolicy({
        "branding.logo": str(tmp_path / "missing.png"), "branding.accent_color": "corporate",
        "support.chat_url": "javascript:alert(1)",
        "support.social_links": ["Telegram=https://t.me/example_it", "Files=ftp://files"]}))
    problems = "\n".join(settings.problems)
    assert f"test policy: branding.logo: {tmp_path / 'missing.png'} does not exist; ignored" \
        in problems
    assert "branding.accent_color: 'corporate' is not a colour" in problems
    assert "support.chat_url: 'javascript:alert(1)' is not an http or https address" in problems
    assert "support.social_links: 'Files=ftp://files' is not Label=https://" in problems
    # ignored means not applied and not locked: the default (or the user's value) stands
    assert settings.get_with_source("branding.logo") == ("", Source.DEFAULT)
    assert not settings.is_locked("branding.accent_color")
    # a list keeps its good entries, locked
    assert settings.get_with_source("support.social_links") == (
        ["Telegram=https://t.me/example_it"], Source.POLICY)


def test_a_good_policy_branding_is_locked_and_read(tmp_path, logo):
    settings = Settings(tmp_path / "user.toml", DictPolicy({
        "branding.logo": str(logo), "branding.accent_color": "#0B5CAD",
        "branding.welcome": "  Example Corp IT:\n we answer within an hour. ",
        "branding.company_name": "Example Corp"}))
    assert settings.problems == []
    assert settings.is_locked("branding.logo") and settings.is_locked("branding.welcome")
    branding = Branding.from_settings(settings)
    assert branding == Branding(product="HelpClient", company="Example Corp", logo=logo,
                                accent="#0b5cad",
                                welcome="Example Corp IT: we answer within an hour.")


def test_the_display_name_adds_the_company_unless_the_product_says_it():
    assert Branding().display_name() == "HelpClient"
    assert Branding(company="Example Corp").display_name() == "HelpClient (Example Corp)"
    assert Branding(product="Example Corp Help", company="example corp").display_name() == \
        "Example Corp Help"


def test_check_config_reports_a_missing_logo_and_exits_1(isolated_home, capsys):
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text(
        '[branding]\nlogo = "/srv/branding/nope.svg"\naccent_color = "#0b5cad"\n')
    assert main(["check-config", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert any("branding.logo: /srv/branding/nope.svg does not exist" in p
               for p in data["problems"])
    rows = {row["key"]: row for row in data["settings"]}
    assert rows["branding.logo"]["source"] == "default"
    assert rows["branding.accent_color"] == {**rows["branding.accent_color"],
                                             "value": "#0b5cad", "locked": True}


def test_selected_text_is_black_or_white_whichever_reads_better():
    assert text_on(parse_colour("#0b5cad")) == (255, 255, 255)
    assert text_on(parse_colour("#ffd400")) == (0, 0, 0)
    for accent in ("#0b5cad", "#ffd400", "#e30613", "#777777", "#00a651"):
        colour = parse_colour(accent)
        assert contrast(text_on(colour), colour) >= 4.5, accent


@pytest.mark.parametrize("accent", ["#ffd400", "#00a651", "#7fb2ff", "#0b5cad", "#e30613"])
@pytest.mark.parametrize("background", ["#ffffff", "#f0f0f0", "#1e1e1e"])
def test_links_in_the_accent_stay_readable_on_light_and_dark_windows(accent, background):
    colour, base = parse_colour(accent), parse_colour(background)
    link = readable_on(colour, base)
    assert contrast(link, base) >= 4.5
    if contrast(colour, base) >= 4.5:
        assert link == colour  # a readable accent is used as it is


def test_a_light_accent_is_darkened_only_as_much_as_needed():
    yellow, white = parse_colour("#ffd400"), parse_colour("#ffffff")
    link = readable_on(yellow, white)
    assert 4.5 <= contrast(link, white) < 4.8
    assert link[0] > link[2]  # still a yellow-brown, not black
