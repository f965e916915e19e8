"""The Linux collectors run for real; planted secrets never reach the bundle from any source."""

import getpass
import io
import json
import socket
import struct
import sys
import threading
import time
import zipfile

import jsonschema
import pytest

from helpclient.core.redact import Identity
from helpclient.core.sysinfo.bundle import bundle_bytes, manifest_schema
from helpclient.core.sysinfo.collect import Status
from helpclient.core.sysinfo.service import SysinfoOptions, SysinfoService
from helpclient.platform.collectors import CollectContext, build_collectors, log_tail
from helpclient.platform.network import NTP_EPOCH_OFFSET, sntp_offset

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

SECRETS = {
    "log": "Authorization: token 1-99-LOGSECRETVALUE",
    "setting": "https://svc:SETTINGPASS@rt.corp.example/",
    "journal": "password=JOURNALPASS",
    "package": "token=PKGTOKEN123",
    "error": "api_key=ERRORKEY99",
}


def test_every_linux_collector_runs_for_real(tmp_path):
    collection = SysinfoService(lambda: build_collectors(CollectContext(app_version="9")),
                                SysinfoOptions()).collect()
    statuses = {i.name: i.status for i in collection.items}
    assert set(statuses) >= {"os", "machine", "user", "uptime", "cpu", "memory", "disks",
                             "battery", "network", "software", "processes", "system_errors",
                             "printers", "locale", "helpclient", "helpclient_log"}
    failed = {n: collection.item(n).error for n, s in statuses.items() if s is not Status.OK}
    assert failed == {}
    os_info = json.loads(collection.item("os").text)
    assert os_info["system"] == "Linux" and os_info["machine"]
    disks = json.loads(collection.item("disks").text)
    assert any(d["mount"] == "/" for d in disks)
    assert all(isinstance(d["low_space"], bool) for d in disks)
    assert json.loads(collection.item("memory").text)["total_mb"] > 0
    assert collection.duration < 5


def planted_run(argv, timeout):
    if argv[0] == "journalctl":
        return json.dumps({"__REALTIME_TIMESTAMP": "1721034764531000",
                           "SYSLOG_IDENTIFIER": "sshd", "MESSAGE": SECRETS["journal"]}) + "\n"
    if argv[0] == "dpkg-query":
        return f"ii \tsecret-tool\t1.0 {SECRETS['package']}\n"
    if argv[0] == "lpstat":
        raise OSError(f"lpstat failed: {SECRETS['error']}")
    raise FileNotFoundError(argv[0])


def test_planted_secrets_are_redacted_in_every_place_collectors_read(tmp_path, monkeypatch):
    log_file = tmp_path / "helpclient.log"
    log_file.write_text(f"INFO start\nDEBUG {SECRETS['log']}\n", encoding="utf-8")
    monkeypatch.setenv("https_proxy", "http://proxyuser:ENVPROXYPASS@proxy.corp:3128")
    context = CollectContext(app_version="9", settings={"server.url": SECRETS["setting"]},
                             check_urls=(), log_file=log_file, run=planted_run)
    service = SysinfoService(lambda: build_collectors(context), SysinfoOptions())
    collection = service.collect()
    data = bundle_bytes(service.plan(collection), app_version="9", created=0, anonymized=False)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        everything = "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())
        jsonschema.validate(json.loads(zf.read("manifest.json")), manifest_schema())
    for value in ("LOGSECRETVALUE", "SETTINGPASS", "JOURNALPASS", "PKGTOKEN123", "ERRORKEY99",
                  "ENVPROXYPASS"):
        assert value not in everything
    assert "sshd" in everything and "secret-tool" in everything  # the rest is still there
    assert everything.count("[REDACTED:") >= 6


def test_anonymised_bundle_has_no_user_or_host(tmp_path):
    identity = Identity(user_names=(getpass.getuser(),), host_names=(socket.gethostname(),))
    service = SysinfoService(lambda: build_collectors(CollectContext()),
                             SysinfoOptions(anonymize=True), identity_=identity)
    collection = service.collect()
    for name in ("machine", "user"):
        text = collection.item(name).text
        assert socket.gethostname() not in text
        assert f'"{getpass.getuser()}"' not in text


def test_policy_forced_anonymisation_wins_over_the_user():
    service = SysinfoService(list, SysinfoOptions(anonymize=True, anonymize_locked=True))
    assert service.redactor(anonymize=False).anonymize is True
    free = SysinfoService(list, SysinfoOptions(anonymize=True))
    assert free.redactor(anonymize=False).anonymize is False


def test_log_tail_reads_only_the_end(tmp_path):
    log = tmp_path / "big.log"
    log.write_text("".join(f"line {i}\n" for i in range(100_000)), encoding="utf-8")
    tail = log_tail(log, lines=3)
    assert tail == "line 99997\nline 99998\nline 99999\n"
    assert log_tail(tmp_path / "missing.log") == "(no log file yet)\n"


def test_clock_offset_against_a_real_sntp_server_on_loopback():
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def answer():
        _, peer = server.recvfrom(512)
        ahead = time.time() + 30 + NTP_EPOCH_OFFSET  # the server's clock is 30 s ahead
        seconds = int(ahead)
        reply = bytearray(48)
        reply[0] = 0x24
        reply[40:48] = struct.pack("!II", seconds, int((ahead - seconds) * 2**32))
        server.sendto(bytes(reply), peer)

    thread = threading.Thread(target=answer)
    thread.start()
    result = sntp_offset("127.0.0.1", port=port)
    thread.join()
    server.close()
    assert abs(result["offset_seconds"] - 30) < 0.5
    with pytest.raises(OSError):
        sntp_offset("127.0.0.1", timeout=0.2, port=port)  # nobody answers any more
