"""The configured support channels and their tel:/mailto: links."""

from urllib.parse import parse_qs, unquote, urlsplit

from settings_fakes import DictPolicy

from helpclient.core.channels import (
    MAILTO_LIMIT,
    SocialLink,
    SupportChannels,
    check_email,
    check_phone,
    check_social_link,
    check_web_address,
    mailto_url,
    parse_social_link,
    tel_url,
)
from helpclient.core.settings import Settings


def _fields(url):
    parts = urlsplit(url)
    return parts.scheme, unquote(parts.path), {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_tel_link_keeps_the_plus_and_the_digits_only():
    assert tel_url("+1 (555) 010-0") == "tel:+15550100"
    assert tel_url("8 800 555-35-35") == "tel:88005553535"
    assert tel_url("call Bob") == ""


def test_mailto_is_percent_encoded_with_crlf_line_breaks():
    url = mailto_url("help@example.com", "Printer & scanner? 100%", "Line one\nЛиния два")
    assert url.startswith("mailto:help@example.com?subject=")
    assert " " not in url and "\n" not in url
    assert "%0D%0A" in url
    assert "Printer%20%26%20scanner%3F%20100%25" in url
    scheme, address, fields = _fields(url)
    assert (scheme, address) == ("mailto", "help@example.com")
    assert fields == {"subject": "Printer & scanner? 100%", "body": "Line one\r\nЛиния два"}


def test_a_long_body_is_cut_at_a_line_with_a_note_and_the_link_stays_under_the_limit():
    body = "".join(f"Строка номер {n}: что-то случилось\n" for n in range(400))
    url = mailto_url("help@example.com", "Summary", body, cut_note="[cut]")
    assert len(url) <= MAILTO_LIMIT
    text = _fields(url)[2]["body"]
    assert text.endswith("\r\n\r\n[cut]")
    kept = text.removesuffix("\r\n\r\n[cut]").replace("\r\n", "\n")
    assert body.startswith(kept + "\n")  # whole lines only
    assert len(kept) > 300  # as much as fits, not a token start


def test_a_short_body_is_not_cut_and_an_empty_one_is_left_out():
    assert _fields(mailto_url("a@b.org", "", "short", cut_note="[cut]"))[2] == {"body": "short"}
    assert mailto_url("a@b.org", "Hi") == "mailto:a@b.org?subject=Hi"


def test_channels_from_policy_are_shown_as_configured_and_broken_ones_are_left_out(tmp_path):
    policy = DictPolicy({"support.phone": "+1 555 0100", "support.email": "help@example.com",
                         "support.chat_url": "javascript:alert(1)",
                         "support.portal_url": "https://portal.example.com/help",
                         "branding.company_name": "Example Corp"})
    settings = Settings(tmp_path / "config.toml", policy)
    channels = SupportChannels.from_settings(settings)
    assert channels == SupportChannels("+1 555 0100", "help@example.com", "",
                                       "https://portal.example.com/help", "Example Corp")
    assert channels.any()
    assert not SupportChannels.from_settings(Settings(tmp_path / "other.toml")).any()
    bad = Settings(tmp_path / "x.toml", DictPolicy({"support.email": "help@example.com?cc=x@y.z"}))
    assert SupportChannels.from_settings(bad).email == ""


def test_social_channels_are_label_and_web_address():
    assert parse_social_link("Telegram=https://t.me/example_it") == SocialLink(
        "Telegram", "https://t.me/example_it")
    # the first "=" ends the label: an address may hold more
    assert parse_social_link(" IT  Forum = https://forum.example.com/?board=it ") == SocialLink(
        "IT Forum", "https://forum.example.com/?board=it")
    # a bare address is named by its host
    assert parse_social_link("https://vk.com/example_it") == SocialLink(
        "vk.com", "https://vk.com/example_it")
    for bad in ("Files=ftp://files.example.com", "Chat=javascript:alert(1)", "=https://x.org",
                "Telegram", "Mail=mailto:a@b.org", "Local=file:///etc/passwd"):
        assert parse_social_link(bad) is None, bad
        assert "only http and https" in check_social_link(bad)
    assert check_social_link("Telegram=https://t.me/x") == ""


def test_social_channels_alone_make_the_other_ways_available(tmp_path):
    settings = Settings(tmp_path / "c.toml", DictPolicy({"support.social_links": [
        "Telegram=https://t.me/example_it", "YouTube=http://youtube.example/it"]}))
    channels = SupportChannels.from_settings(settings)
    assert channels.social == (SocialLink("Telegram", "https://t.me/example_it"),
                               SocialLink("YouTube", "http://youtube.example/it"))
    assert channels.any()


def test_other_channel_values_are_checked_for_check_config():
    assert check_phone("+1 555 0100") == "" and "no digits" in check_phone("call us")
    assert check_email("help@example.com") == "" and "not an e-mail" in check_email("help")
    assert check_web_address("https://chat.example.com") == ""
    assert "not an http" in check_web_address("chat.example.com")
    assert check_phone("") == check_email("") == check_web_address("") == ""


def test_an_address_urlsplit_cannot_read_is_left_out_not_a_crash(tmp_path):
    # "http://[…" makes urlsplit raise: a mistyped policy value must not stop the app
    settings = Settings(tmp_path / "c.toml", DictPolicy({
        "support.chat_url": "http://[fe80::1", "support.portal_url": "https://portal.example.com",
        "support.social_links": ["Forum=https://[forum", "Telegram=https://t.me/x"]}))
    channels = SupportChannels.from_settings(settings)
    assert channels.chat_url == "" and channels.portal_url == "https://portal.example.com"
    assert channels.social == (SocialLink("Telegram", "https://t.me/x"),)
    assert any("support.chat_url" in p for p in settings.problems)
    assert "not an http" in check_web_address("https://chat.example.com/a b")
