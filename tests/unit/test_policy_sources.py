"""Machine policy on each system: the Windows registry (through a fake ``winreg``), macOS
managed preferences (real plist files) and Linux TOML files (real files). Each source's values
are typed as declared, wrong kinds are reported with where they are, and a policy value is
locked: the user's file cannot override it."""

import json
import plistlib

import pytest
from fake_winreg import HKEY_CURRENT_USER as HKCU
from fake_winreg import HKEY_LOCAL_MACHINE as HKLM
from fake_winreg import REG_BINARY, REG_DWORD, REG_EXPAND_SZ, REG_MULTI_SZ, REG_SZ, FakeWinReg

from helpclient import services
from helpclient.cli import main
from helpclient.core.settings import LockedSettingError, NoPolicy, Settings, Source
from helpclient.platform import policy_source
from helpclient.platform.linux import TomlPolicySource
from helpclient.platform.macos_policy import BUNDLE_ID, ManagedPreferencesSource
from helpclient.platform.windows_policy import POLICY_KEY, RegistryPolicySource


def _registry(**env):
    return FakeWinReg(env)


def test_registry_values_map_onto_declared_types():
    reg = _registry(ProgramData=r"C:\ProgramData")
    reg.set(HKLM, POLICY_KEY, "server.url", "https://help.example.com", REG_SZ)
    reg.set(HKLM, POLICY_KEY, "server.extra_ca_file", r"%ProgramData%\ca.pem", REG_EXPAND_SZ)
    reg.set(HKLM, POLICY_KEY, "sync.poll_minutes", 5, REG_DWORD)
    reg.set(HKLM, POLICY_KEY, "outbox.max_attachment_mb", "25", REG_SZ)  # as the MSI writes
    reg.set(HKLM, POLICY_KEY, "sysinfo.anonymize", 1, REG_DWORD)
    reg.set(HKLM, POLICY_KEY, "kb.starter", 0, REG_DWORD)
    reg.set(HKLM, POLICY_KEY, "kb.folders", [r"\\srv\kb", r"D:\kb"], REG_MULTI_SZ)
    source = RegistryPolicySource(reg)
    assert source.load() == {
        "server.url": "https://help.example.com",
        "server.extra_ca_file": r"C:\ProgramData\ca.pem",
        "sync.poll_minutes": 5,
        "outbox.max_attachment_mb": 25,
        "sysinfo.anonymize": True,
        "kb.starter": False,
        "kb.folders": [r"\\srv\kb", r"D:\kb"],
    }
    assert source.problems() == []
    assert source.describe() == f"HKLM\\{POLICY_KEY}"
    assert reg.open_keys == 0


def test_registry_list_as_admx_writes_it_a_subkey_of_numbered_values():
    reg = _registry()
    key = f"{POLICY_KEY}\\kb.folders"
    for number, folder in [("2", "/second"), ("10", "/tenth"), ("1", "/first")]:
        reg.set(HKLM, key, number, folder, REG_SZ)
    assert RegistryPolicySource(reg).load() == {"kb.folders": ["/first", "/second", "/tenth"]}
    assert reg.open_keys == 0


def test_machine_policy_wins_over_user_policy_value_by_value():
    reg = _registry()
    reg.set(HKLM, POLICY_KEY, "server.url", "https://machine", REG_SZ)
    reg.set(HKCU, POLICY_KEY, "server.url", "https://user", REG_SZ)
    reg.set(HKCU, POLICY_KEY, "server.queue", "Users", REG_SZ)
    source = RegistryPolicySource(reg)
    assert source.load() == {"server.url": "https://machine", "server.queue": "Users"}
    assert source.describe() == f"HKCU\\{POLICY_KEY}, HKLM\\{POLICY_KEY}"


@pytest.mark.parametrize(("name", "data", "reg_type", "why"), [
    ("sync.poll_minutes", "often", REG_SZ, "REG_SZ 'often' is not a whole number"),
    ("sysinfo.anonymize", 2, REG_DWORD, "REG_DWORD 2 is not 0 or 1"),
    ("server.url", 1, REG_DWORD, "REG_DWORD 1 is not text"),
    ("kb.folders", "/one", REG_SZ, "REG_SZ '/one' is not a list"),
    ("server.queue", b"\x00", REG_BINARY, "registry type 3 b'\\x00' is not text"),
])
def test_wrong_registry_type_is_reported_with_its_place_not_fatal(tmp_path, name, data,
                                                                   reg_type, why):
    reg = _registry()
    reg.set(HKLM, POLICY_KEY, name, data, reg_type)
    reg.set(HKLM, POLICY_KEY, "server.backend", "rt", REG_SZ)
    settings = Settings(tmp_path / "user.toml", RegistryPolicySource(reg))
    assert settings.get_with_source("server.backend") == ("rt", Source.POLICY)
    assert not settings.is_locked(name)
    [problem] = settings.problems
    assert problem.startswith(f"HKLM\\{POLICY_KEY}\\{name}: {why}")


def test_wrong_machine_value_falls_back_to_the_users_policy():
    reg = _registry()
    reg.set(HKLM, POLICY_KEY, "sync.poll_minutes", "often", REG_SZ)
    reg.set(HKCU, POLICY_KEY, "sync.poll_minutes", 7, REG_DWORD)
    assert RegistryPolicySource(reg).load() == {"sync.poll_minutes": 7}


def test_no_policy_key_means_no_policy():
    source = RegistryPolicySource(_registry())
    assert source.load() == {}
    assert source.describe() == f"none (HKLM\\{POLICY_KEY} absent)"


def _plist(path, values):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        plistlib.dump(values, f)


def test_managed_preferences_map_plist_types_machine_over_user(tmp_path):
    _plist(tmp_path / f"{BUNDLE_ID}.plist", {
        "server.url": "https://machine", "sync.poll_minutes": 4, "sysinfo.anonymize": True,
        "kb.folders": ["/Shared/kb"]})
    _plist(tmp_path / "ann" / f"{BUNDLE_ID}.plist", {
        "server.url": "https://user", "server.queue": "Mac users"})
    source = ManagedPreferencesSource.system("ann", root=tmp_path)
    assert source.load() == {"server.url": "https://machine", "sync.poll_minutes": 4,
                             "sysinfo.anonymize": True, "kb.folders": ["/Shared/kb"],
                             "server.queue": "Mac users"}
    assert source.problems() == []
    assert str(tmp_path / f"{BUNDLE_ID}.plist") in source.describe()


def test_wrong_plist_types_and_broken_plists_are_reported(tmp_path):
    machine = tmp_path / f"{BUNDLE_ID}.plist"
    _plist(machine, {"sync.poll_minutes": "5", "kb.starter": 1, "kb.folders": [1, 2],
                     "server.url": "https://ok"})
    (tmp_path / "ann").mkdir()
    (tmp_path / "ann" / f"{BUNDLE_ID}.plist").write_bytes(b"<plist><dict><key>")
    settings = Settings(tmp_path / "user.toml",
                        ManagedPreferencesSource.system("ann", root=tmp_path))
    assert settings.get_with_source("server.url") == ("https://ok", Source.POLICY)
    assert settings.problems[0].startswith(f"{tmp_path / 'ann' / BUNDLE_ID}.plist: unreadable")
    assert sorted(settings.problems[1:]) == [
        f"{machine}: kb.folders is array [1, 2], must be an array of strings; ignored",
        f"{machine}: kb.starter is integer 1, must be a boolean (true/false); ignored",
        f"{machine}: sync.poll_minutes is string '5', must be an integer; ignored",
    ]


def _user_file(tmp_path):
    user = tmp_path / "config.toml"
    user.write_text('[server]\nurl = "https://mine"\n[kb]\nfolders = ["/mine"]\n')
    return user


def _windows(tmp_path):
    reg = _registry()
    reg.set(HKLM, POLICY_KEY, "server.url", "https://policy", REG_SZ)
    reg.set(HKLM, POLICY_KEY, "kb.folders", ["/policy"], REG_MULTI_SZ)
    return RegistryPolicySource(reg)


def _macos(tmp_path):
    _plist(tmp_path / "mp" / f"{BUNDLE_ID}.plist",
           {"server.url": "https://policy", "kb.folders": ["/policy"]})
    return ManagedPreferencesSource.system("ann", root=tmp_path / "mp")


def _linux(tmp_path):
    policy = tmp_path / "etc" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text('[server]\nurl = "https://policy"\n[kb]\nfolders = ["/policy"]\n')
    return TomlPolicySource([policy])


@pytest.mark.parametrize("make_source", [_windows, _macos, _linux])
def test_policy_value_is_locked_and_the_user_file_cannot_override_it(tmp_path, make_source):
    settings = Settings(_user_file(tmp_path), make_source(tmp_path))
    assert settings.get_with_source("server.url") == ("https://policy", Source.POLICY)
    assert settings.get_with_source("kb.folders") == (["/policy"], Source.POLICY)
    assert settings.is_locked("server.url") and settings.is_locked("kb.folders")
    assert settings.problems == []
    with pytest.raises(LockedSettingError):
        settings.set("kb.folders", ["/mine", "/more"])


def test_each_system_gets_its_own_policy_source():
    assert isinstance(policy_source("win32"), RegistryPolicySource)
    assert isinstance(policy_source("darwin"), ManagedPreferencesSource)
    assert isinstance(policy_source("linux"), TomlPolicySource)
    assert isinstance(policy_source("sunos5"), NoPolicy)
    mac = policy_source("darwin")
    assert isinstance(mac, ManagedPreferencesSource)
    assert str(mac.files[0]) == f"/Library/Managed Preferences/{BUNDLE_ID}.plist"


def test_check_config_reports_a_wrong_registry_value_with_its_place(monkeypatch, isolated_home,
                                                                    capsys):
    reg = _registry()
    reg.set(HKLM, POLICY_KEY, "server.url", "https://policy", REG_SZ)
    reg.set(HKLM, POLICY_KEY, "sync.notifications", "yes", REG_SZ)
    # the composition root's choice, as it would be made on Windows
    monkeypatch.setattr(services, "policy_source", lambda: RegistryPolicySource(reg))
    assert main(["check-config", "--json", "--offline"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["policy"] == f"HKLM\\{POLICY_KEY}"
    assert data["problems"] == [f"HKLM\\{POLICY_KEY}\\sync.notifications: REG_SZ 'yes' is not "
                                "0 or 1 (REG_DWORD); ignored"]
    rows = {row["key"]: row for row in data["settings"]}
    assert rows["server.url"]["locked"] and rows["sync.notifications"]["source"] == "default"


def test_managed_preferences_without_a_login_name_read_the_machines_plist(tmp_path,
                                                                           monkeypatch):
    def nobody():
        raise OSError("No username set in the environment")

    monkeypatch.setattr("getpass.getuser", nobody)
    _plist(tmp_path / f"{BUNDLE_ID}.plist", {"server.url": "https://machine"})
    source = ManagedPreferencesSource.system(root=tmp_path)
    assert source.files == [tmp_path / f"{BUNDLE_ID}.plist"]
    assert source.load() == {"server.url": "https://machine"}


def test_a_wrong_value_in_the_first_policy_file_does_not_hide_a_good_one_in_the_next(tmp_path):
    first, second = tmp_path / "etc" / "policy.toml", tmp_path / "xdg" / "policy.toml"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text('[sync]\npoll_minutes = "five"\n[branding]\naccent_color = "blue"\n')
    second.write_text('[sync]\npoll_minutes = 7\n[branding]\naccent_color = "#0b5cad"\n')
    settings = Settings(_user_file(tmp_path), TomlPolicySource([first, second]))
    assert settings.get_with_source("sync.poll_minutes") == (7, Source.POLICY)
    assert settings.get_with_source("branding.accent_color") == ("#0b5cad", Source.POLICY)
    assert len(settings.problems) == 2
    assert all(problem.startswith(f"{first}: ") for problem in settings.problems)
    assert any("sync.poll_minutes must be int" in problem for problem in settings.problems)


def test_a_refused_list_entry_is_reported_once_with_its_policy_file(tmp_path):
    first, second = tmp_path / "etc" / "policy.toml", tmp_path / "xdg" / "policy.toml"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text('[support]\nsocial_links = ["Telegram=https://t.me/x", "Chat=ftp://x"]\n')
    second.write_text('[sync]\npoll_minutes = 7\n')
    settings = Settings(_user_file(tmp_path), TomlPolicySource([first, second]))
    assert settings.get("support.social_links") == ["Telegram=https://t.me/x"]
    assert len(settings.problems) == 1
    assert settings.problems[0].startswith(f"{first}: support.social_links: ")
    assert settings.problems[0].endswith("; left out")
