"""Each OS tool's parser against recorded output, plus empty and garbage output."""

import subprocess
from pathlib import Path

import pytest

from helpclient.core.redact import Redactor
from helpclient.core.sysinfo.collect import Status, run_collectors
from helpclient.platform import events, network, software
from helpclient.platform.collectors import CollectContext, build_collectors
from helpclient.platform.desktop_windows import list_windows, parse_xwininfo_tree
from helpclient.platform.machine import os_release
from helpclient.platform.network import proc_route_gateway, resolv_conf

DATA = Path(__file__).resolve().parents[2] / "data" / "sysinfo"


def recorded(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def fake_run(outputs: dict[str, str]):
    """A RunTool answering from recorded outputs by program name; others are 'not installed'."""
    calls = []

    def run(argv, timeout):
        calls.append(tuple(argv))
        if argv[0] not in outputs:
            raise FileNotFoundError(argv[0])
        out = outputs[argv[0]]
        if isinstance(out, BaseException):
            raise out
        return out
    run.calls = calls
    return run


def test_dpkg_keeps_installed_packages_only():
    run = fake_run({"dpkg-query": recorded("dpkg-query.txt")})
    packages = software.linux_software(run)
    assert [(p.name, p.version, p.source) for p in packages] == [
        ("bash", "5.2.15-2+b2", "dpkg"), ("curl", "7.88.1-10+deb12u5", "dpkg"),
        ("libreoffice-writer", "4:7.4.7-1", "dpkg")]


def test_all_linux_package_managers_are_merged_and_a_failing_one_skipped():
    run = fake_run({"rpm": recorded("rpm-qa.txt"), "flatpak": recorded("flatpak-list.txt"),
                    "snap": recorded("snap-list.txt"),
                    "dpkg-query": subprocess.CalledProcessError(2, "dpkg-query")})
    packages = software.linux_software(run)
    by_source = {}
    for p in packages:
        by_source.setdefault(p.source, []).append((p.name, p.version))
    assert by_source["rpm"] == [("bash", "5.2.26-3.fc40"), ("firefox", "128.0-1.fc40")]
    assert by_source["flatpak"] == [("Firefox", "128.0.3"), ("LibreOffice", "24.2.5.2")]
    assert ("zoom-client", "6.1.1.443") in by_source["snap"]
    assert [p.publisher for p in packages if p.source == "snap"] == ["canonical", "mozilla",
                                                                      "zoom"]


@pytest.mark.parametrize("garbage", ["", "\n\n", "\x00\x01 binary junk", "Name\n", "no tabs here"])
def test_package_parsers_survive_empty_and_garbage(garbage):
    assert software.parse_tab_list(garbage, "rpm") == []
    assert software.parse_snap_list(garbage) == []
    assert software.parse_reg_uninstall(garbage) == []
    assert software.parse_info_plist(garbage.encode()) is None


def test_windows_uninstall_keys_skip_components_updates_and_nameless_keys():
    run = fake_run({"reg": recorded("reg-uninstall.txt")})
    packages = software.windows_software(run)
    # the same recording answers for all three keys: duplicates appear once
    assert [(p.name, p.version, p.publisher) for p in packages] == [
        ("7-Zip 23.01 (x64 edition)", "23.01.00.0", "Igor Pavlov"),
        ("Mozilla Firefox (x64 en-US)", "128.0.3", "Mozilla")]
    assert [c[2] for c in run.calls] == list(software.UNINSTALL_KEYS)


def test_mac_application_bundles(tmp_path):
    for app, plist in (("Slack", "Info.plist"), ("Word", "Info-binary.plist"),
                       ("Broken", None)):
        contents = tmp_path / f"{app}.app" / "Contents"
        contents.mkdir(parents=True)
        (contents / "Info.plist").write_bytes(
            (DATA / plist).read_bytes() if plist else b"<plist>not closed")
    packages = software.mac_applications([tmp_path, tmp_path / "missing"])
    assert [(p.name, p.version) for p in packages] == [("Slack", "4.39.95"),
                                                       ("Microsoft Word", "16.86")]


def test_journal_json_with_byte_messages_and_garbage_lines():
    found = events.parse_journal_json(recorded("journal.json"))
    assert [(e["source"], e["message"]) for e in found] == [
        ("cupsd", "Unable to open /etc/cups/ppd/Floor3.ppd"), ("kernel", "iwlwifi: \ufffd")]
    assert found[0]["time"] == "2024-07-15T09:12:44+00:00"


def test_wevtutil_text_blocks():
    found = events.parse_wevtutil_text(recorded("wevtutil-system.txt"), "System")
    assert [(e["source"], e["id"], e["level"]) for e in found] == [
        ("Service Control Manager", "7000", "Error"),
        ("Microsoft-Windows-DNS-Client", "1014", "Warning")]
    assert found[0]["message"].startswith("The Print Spooler service failed")
    assert "cannot find the file" in found[0]["message"]


def test_windows_errors_reads_both_logs():
    run = fake_run({"wevtutil": recorded("wevtutil-system.txt")})
    found = events.windows_errors(run)
    assert len(found) == 4
    assert [c[2] for c in run.calls] == ["System", "Application"]


def test_log_show_ndjson_skips_the_closing_summary():
    found = events.parse_log_show_ndjson(recorded("log-show.ndjson"))
    assert [e["source"] for e in found] == ["MSTeams", "NetAuthSysAgent"]


@pytest.mark.parametrize("garbage", ["", "{", "[]", "Event[x]\nrandom", "null\n42\n"])
def test_event_parsers_survive_garbage(garbage):
    assert events.parse_journal_json(garbage) == []
    assert events.parse_log_show_ndjson(garbage) == []
    assert events.parse_wevtutil_text(garbage) == []


def test_lpstat_printers_default_and_queues():
    info = events.parse_lpstat(recorded("lpstat-p.txt"), recorded("lpstat-o.txt"))
    assert info["default"] == "Floor3"
    assert {p["name"]: p["jobs"] for p in info["printers"]} == {"Floor3": 0, "Reception": 2,
                                                                "Old": 0}
    assert events.parse_lpstat("", "") == {"default": None, "printers": []}


def test_no_cups_is_not_an_error():
    assert events.cups_printers(fake_run({}))["printers"] == []


def test_small_linux_file_parsers():
    assert os_release('NAME="Debian"\nVERSION_ID="12"\ngarbage\n=x\n') == {
        "NAME": "Debian", "VERSION_ID": "12"}
    assert resolv_conf("# c\nnameserver 10.0.0.53\nnameserver\nsearch corp\n") == ["10.0.0.53"]
    route = ("Iface\tDestination\tGateway\tFlags\n"
             "eth0\t00000000\t0102000A\t0003\neth0\t0000000A\t00000000\t0001\n")
    assert proc_route_gateway(route) == "10.0.2.1"
    assert proc_route_gateway("garbage") is None
    assert proc_route_gateway("h\neth0\t00000000\tZZ\n") is None
    assert events.parse_timedatectl("Timezone=UTC\nNTPSynchronized=yes\njunk") == {
        "Timezone": "UTC", "NTPSynchronized": "yes"}


def test_x11_window_list_keeps_visible_named_windows():
    assert parse_xwininfo_tree(recorded("xwininfo-tree.txt")) == {
        0x200007: "Budget 2024.xlsx — LibreOffice Calc", 0x300004: 'Say "hi"'}
    run = fake_run({"xwininfo": recorded("xwininfo-tree.txt"),
                    "xdotool": f"{0x300004}\n{0x200007}\n{0x999}\n"})
    windows = list_windows(run, "linux", frozenset({'Say "hi"'}))
    assert [(w.window_id, w.title) for w in windows] == [
        (0x200007, "Budget 2024.xlsx — LibreOffice Calc")]
    assert list_windows(fake_run({}), "linux") == []
    assert list_windows(run, "win32") == []
    assert parse_xwininfo_tree("garbage\n\x00") == {}


def test_windows_printers_from_wmi_json():
    run = fake_run({"powershell": recorded("win32-printer.json")})
    info = events.windows_printers(run)
    assert info == {"default": "\\\\printsrv\\Floor3-HP", "printers": [
        {"name": "Microsoft Print to PDF", "state": "idle"},
        {"name": "\\\\printsrv\\Floor3-HP", "state": "offline"}]}
    single = '{"Name":"PDF","Default":true,"PrinterStatus":4,"WorkOffline":false}'
    assert events.parse_win_printers(single)["printers"] == [{"name": "PDF",
                                                              "state": "printing"}]
    for garbage in ("", "not json", "42", "[null, {}]"):
        assert events.parse_win_printers(garbage) == {"default": None, "printers": []}


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_windows_and_macos_collector_sets_run_on_recorded_tools(platform, tmp_path):
    app = tmp_path / "Slack.app" / "Contents"
    app.mkdir(parents=True)
    (app / "Info.plist").write_bytes((DATA / "Info.plist").read_bytes())
    run = fake_run({"reg": recorded("reg-uninstall.txt"),
                    "wevtutil": recorded("wevtutil-system.txt"),
                    "powershell": recorded("win32-printer.json"),
                    "log": recorded("log-show.ndjson"),
                    "lpstat": recorded("lpstat-p.txt")})
    context = CollectContext(run=run, mac_app_roots=(tmp_path,))
    collection = run_collectors(build_collectors(context, platform), redactor=Redactor(),
                                platform=platform)
    for name in ("software", "system_errors", "printers"):
        assert collection.item(name).status is Status.OK, collection.item(name).error
    software = collection.item("software").text
    errors = collection.item("system_errors").text
    if platform == "win32":
        assert "7-Zip" in software and "Print Spooler" in errors
        assert "Floor3-HP" in collection.item("printers").text
    else:
        assert "Slack" in software and "NetAuthSysAgent" in errors
        assert "Reception" in collection.item("printers").text


def test_windows_network_settings_from_recorded_tools():
    run = fake_run({"ipconfig": recorded("ipconfig-all.txt"),
                    "route": recorded("route-print.txt"),
                    "reg": recorded("reg-internet-settings.txt")})
    assert network.os_network_settings(run, "win32") == {
        "dns_servers": ["10.20.0.53", "10.20.0.54"], "default_gateway": "10.20.30.1",
        "system_proxy": {"ProxyEnable": "0x1", "ProxyServer": "proxy.corp.example.com:3128",
                         "ProxyOverride": "*.corp.example.com;<local>"}}


def test_macos_network_settings_from_recorded_tools():
    run = fake_run({"scutil": recorded("scutil-dns.txt"), "route": recorded("route-get.txt")})
    facts = network.os_network_settings(run, "darwin")
    assert facts["dns_servers"] == ["10.20.0.53", "10.20.0.54"]
    assert facts["default_gateway"] == "10.20.30.1"
    assert network.parse_scutil_proxy(recorded("scutil-proxy.txt"))["HTTPProxy"] == (
        "proxy.corp.example.com")


@pytest.mark.parametrize("garbage", ["", "garbage", "\x00\x01"])
def test_network_parsers_survive_garbage(garbage):
    assert network.parse_ipconfig_dns(garbage) == []
    assert network.parse_route_print(garbage) is None
    assert network.parse_reg_values(garbage) == {}
    assert network.parse_scutil_dns(garbage) == []
    assert network.parse_route_get(garbage) is None
    assert network.os_network_settings(fake_run({}), "win32") == {
        "dns_servers_error": "FileNotFoundError: ipconfig",
        "default_gateway_error": "FileNotFoundError: route",
        "system_proxy_error": "FileNotFoundError: reg"}
