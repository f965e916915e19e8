import pytest
from settings_fakes import DictPolicy

from helpclient.core.settings import LockedSettingError, Settings, Source
from helpclient.platform.linux import TomlPolicySource


def test_defaults_when_nothing_is_set(tmp_path):
    settings = Settings(tmp_path / "config.toml")
    assert settings.get_with_source("server.queue") == ("General", Source.DEFAULT)
    assert not settings.is_locked("server.url")


def test_user_file_overrides_default_and_policy_overrides_user(tmp_path):
    user = tmp_path / "config.toml"
    user.write_text('[server]\nurl = "https://user.example"\nqueue = "Mine"\n')
    settings = Settings(user, DictPolicy({"server.url": "https://policy.example"}))
    assert settings.get_with_source("server.url") == ("https://policy.example", Source.POLICY)
    assert settings.get_with_source("server.queue") == ("Mine", Source.USER)
    assert settings.is_locked("server.url")


def test_locked_setting_cannot_be_changed(tmp_path):
    settings = Settings(tmp_path / "c.toml", DictPolicy({"server.url": "https://p"}))
    with pytest.raises(LockedSettingError):
        settings.set("server.url", "https://mine")


def test_policy_cannot_lock_personal_settings(tmp_path):
    settings = Settings(tmp_path / "c.toml", DictPolicy({"contact.phone": "123"}))
    assert not settings.is_locked("contact.phone")
    assert settings.get_with_source("contact.phone") == ("", Source.DEFAULT)


def test_save_roundtrip_is_atomic_and_private(tmp_path):
    path = tmp_path / "sub" / "config.toml"
    settings = Settings(path)
    settings.set("server.url", "https://rt.example")
    settings.set("sync.poll_minutes", 10)
    settings.save()
    assert path.stat().st_mode & 0o777 == 0o600
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    again = Settings(path)
    assert again.get_with_source("server.url") == ("https://rt.example", Source.USER)
    assert again.get("sync.poll_minutes") == 10


def test_wrong_types_and_unknown_keys_are_reported_and_ignored(tmp_path, caplog):
    user = tmp_path / "config.toml"
    user.write_text('[server]\nurl = 5\n[sync]\npoll_minutes = true\n[nonsense]\nkey = 1\n')
    settings = Settings(user)
    assert settings.get("server.url") == ""
    assert settings.get("sync.poll_minutes") == 2
    assert len(settings.problems) == 3
    assert any("unknown setting 'nonsense.key'" in p for p in settings.problems)


def test_broken_toml_is_ignored_not_fatal(tmp_path):
    user = tmp_path / "config.toml"
    user.write_text("[server\nurl=")
    assert Settings(user).get("server.url") == ""


def test_set_rejects_wrong_type(tmp_path):
    with pytest.raises(TypeError):
        Settings(tmp_path / "c.toml").set("sync.poll_minutes", "often")


def test_toml_policy_files_from_etc_and_xdg(tmp_path):
    etc = tmp_path / "etc.toml"
    xdg = tmp_path / "xdg" / "helpclient"
    xdg.mkdir(parents=True)
    (xdg / "policy.toml").write_text('[server]\nurl = "https://xdg"\nqueue = "IT"\n')
    etc.write_text('[server]\nurl = "https://etc"\n')
    source = TomlPolicySource([etc, xdg / "policy.toml"])
    assert source.load() == {"server.url": "https://etc", "server.queue": "IT"}
    system = TomlPolicySource.system({"XDG_CONFIG_DIRS": f"{tmp_path / 'xdg'}:/nowhere"})
    assert system.files[1] == xdg / "policy.toml"
    assert str(xdg / "policy.toml") in system.describe()


def test_reload_reads_a_changed_user_file_and_says_whether_anything_changed(tmp_path):
    user = tmp_path / "config.toml"
    settings = Settings(user, DictPolicy({"server.queue": "IT"}))
    assert settings.reload() is False  # nothing changed
    user.write_text('[support]\nemail = "help@example.com"\n[server]\nqueue = "Mine"\n')
    assert settings.reload() is True
    assert settings.get("support.email") == "help@example.com"
    assert settings.get("server.queue") == "IT"  # policy still wins
    assert settings.reload() is False
    user.write_text('[support]\nemail = "nope"\n')
    assert settings.reload() is True  # the address went (and the bad value is reported)
    assert settings.get("support.email") == ""
    assert any("support.email: 'nope' is not an e-mail address" in p for p in settings.problems)


def test_jsm_request_type_entries_keep_the_good_ones_and_say_why_not(tmp_path):
    settings = Settings(tmp_path / "c.toml", DictPolicy({"server.jsm_request_types": [
        "network=Set up VPN to the office", "printers=Printing", "email=", "account=11"]}))
    assert settings.get("server.jsm_request_types") == [
        "network=Set up VPN to the office", "account=11"]
    assert any("“printers” is none of the categories" in p for p in settings.problems)
    assert any("“email=” is not “category=request type”" in p for p in settings.problems)
