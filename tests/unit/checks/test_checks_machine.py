"""The machine's checks against a faked OS: psutil's answers, the quota tool's output, the
reboot flag file, the registry, the processes — each conclusion with the article it points to."""

import plistlib
import subprocess
import time
from collections import namedtuple
from types import SimpleNamespace

import psutil
import pytest
from checks_helpers import article_title, run
from fake_winreg import HKEY_LOCAL_MACHINE, FakeWinReg

from helpclient.core.checks.model import SafeAction
from helpclient.core.checks.system import cpu_check, disk_check, memory_check
from helpclient.core.checks.upkeep import restart_check
from helpclient.core.report.self_checks import Verdict
from helpclient.platform.check_machine import WINDOWS_RESTART_KEYS, OsMachine, parse_quota

GB = 2**30
Usage = namedtuple("Usage", "total used free percent")


def usage(total_gb, free_gb):
    total, free = int(total_gb * GB), int(free_gb * GB)
    return Usage(total, total - free, free, 0.0)


def machine(tmp_path, **os_edge):
    """The real platform probe over a faked OS (one device for everything unless said)."""
    os_edge.setdefault("disk_usage", lambda path: usage(500, 200))
    os_edge.setdefault("device_of", lambda path: 1)
    os_edge.setdefault("run", _no_tool)
    os_edge.setdefault("run_dir", tmp_path / "run")
    return OsMachine(platform="linux", home=tmp_path / "home", **os_edge)


def _no_tool(argv, timeout):
    raise FileNotFoundError(argv[0])


# -- disk ---------------------------------------------------------------------------------------

def test_a_full_system_disk_is_a_problem_with_disk_clean_up_and_the_disk_full_article(
        tmp_path, kb, russian):
    check = disk_check(machine(tmp_path, disk_usage=lambda path: usage(250, 0.6)))
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == ("The system disk is almost full: 0.6 GB free of 250.0 GB "
                                    "(0.2 %).")
    assert found.action is SafeAction.OPEN_DISK_CLEANUP
    assert article_title(kb, check, found, language="en") == "The disk is full"
    # in Russian the check's keywords find the Russian article
    assert article_title(kb, check, found, translate=russian, language="ru") == \
        "Заканчивается место на диске"


def test_below_ten_percent_free_needs_attention_and_plenty_is_fine(tmp_path):
    low = run(disk_check(machine(tmp_path, disk_usage=lambda path: usage(1000, 80))))
    assert low.verdict is Verdict.ATTENTION
    assert low.cause.render() == ("The system disk is getting full: 80.0 GB free of 1000.0 GB "
                                  "(8.0 %).")
    assert low.action is SafeAction.OPEN_DISK_CLEANUP
    plenty = run(disk_check(machine(tmp_path)))
    assert plenty.verdict is Verdict.FINE and plenty.action is None
    assert plenty.cause.render() == "200.0 GB free of 500.0 GB on the system disk (40 %)."


def test_under_one_gigabyte_is_a_problem_even_on_a_small_disk(tmp_path):
    found = run(disk_check(machine(tmp_path, disk_usage=lambda path: usage(8, 0.9))))
    assert found.verdict is Verdict.PROBLEM  # 11 % free, but under 1 GB


def test_a_full_home_volume_on_another_disk_is_reported_as_the_home_folders(tmp_path):
    home = tmp_path / "home"
    volumes = {"/": usage(100, 50), str(home): usage(100, 2)}
    probe = machine(tmp_path, disk_usage=lambda path: volumes[path],
                    device_of=lambda path: 2 if path == str(home) else 1)
    found = run(disk_check(probe))
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render().startswith("The disk of your home folder is almost full: 2.0 GB")
    assert found.facts["path"] == str(home)


QUOTA_OUT = """Disk quotas for user alice (uid 1000):
     Filesystem  blocks   quota   limit   grace   files   quota   limit   grace
      /dev/sdb1 {used} 9800000 10000000   6days    1234       0       0
"""


def test_a_nearly_used_up_quota_needs_attention_and_a_used_up_one_is_a_problem(tmp_path):
    def quota_tool(used):
        def tool(argv, timeout):
            assert argv[0] == "quota"
            return QUOTA_OUT.format(used=used)
        return tool

    found = run(disk_check(machine(tmp_path, run=quota_tool("9000000"))))
    assert found.verdict is Verdict.ATTENTION
    assert found.cause.render() == "Your storage quota is almost used up: 8.6 GB of 9.3 GB."

    def over_limit(argv, timeout):
        # quota exits 1 when the user is over a limit ("*"): the output still counts
        raise subprocess.CalledProcessError(1, argv, output=QUOTA_OUT.format(used="9700000*"))

    found = run(disk_check(machine(tmp_path, run=over_limit)))
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == "Your storage quota is used up: 9.3 GB of 9.3 GB."
    assert parse_quota("Disk quotas for user bob (uid 1001): none\n") is None


# -- memory -------------------------------------------------------------------------------------

def _memory(total_gb, available_gb):
    return lambda: SimpleNamespace(total=int(total_gb * GB), available=int(available_gb * GB))


def test_memory_pressure_is_a_problem_pointing_to_the_slow_computer_article(tmp_path, kb):
    swap = lambda: SimpleNamespace(total=4 * GB, used=3 * GB)  # noqa: E731
    check = memory_check(machine(tmp_path, memory=_memory(16, 0.4), swap=swap))
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == ("Memory is almost exhausted: 0.4 GB free of 16.0 GB; "
                                    "programs slow down.")
    assert article_title(kb, check, found, language="en") == "The computer is slow"
    low = run(memory_check(machine(tmp_path, memory=_memory(16, 1.2), swap=swap)))
    assert low.verdict is Verdict.ATTENTION
    fine = run(memory_check(machine(tmp_path, memory=_memory(16, 9), swap=swap)))
    assert fine.verdict is Verdict.FINE


# -- processor ----------------------------------------------------------------------------------

class FakeProcess:
    """What psutil.Process answers: a sample of ``percent`` (of one core), processor time so far
    and the start time."""

    def __init__(self, pid, name, percent, cpu_seconds, age):
        self.pid = pid
        self._name = name
        self._percent = percent
        self._times = SimpleNamespace(user=cpu_seconds * 0.9, system=cpu_seconds * 0.1)
        self._created = time.time() - age
        self.calls = 0

    def cpu_percent(self, interval=None):
        self.calls += 1
        return 0.0 if self.calls == 1 else self._percent  # psutil: the first call primes

    def cpu_times(self):
        return self._times

    def create_time(self):
        return self._created

    def name(self):
        return self._name


class GoneProcess(FakeProcess):
    def cpu_percent(self, interval=None):
        raise psutil.NoSuchProcess(self.pid)


def _cpu(tmp_path, *processes):
    return machine(tmp_path, processes=lambda: list(processes), cpu_count=lambda: 2,
                   sleep=lambda seconds: None)


def test_one_process_holding_most_of_the_processor_for_minutes_needs_attention(tmp_path, kb):
    busy = FakeProcess(4242, "converter", 190.0, cpu_seconds=600, age=900)
    check = cpu_check(_cpu(tmp_path, FakeProcess(0, "System Idle Process", 400, 9e6, 9e6),
                           FakeProcess(7, "editor", 4.0, 30, 3000), GoneProcess(9, "x", 0, 0, 0),
                           busy), cores=2)
    found = run(check)
    assert found.verdict is Verdict.ATTENTION
    assert found.cause.render() == ("converter has been using most of the processor (95 %) for "
                                    "minutes.")
    assert found.facts["pid"] == 4242
    assert article_title(kb, check, found, language="en") == "The computer is slow"


def test_a_busy_process_that_just_started_or_a_light_one_is_fine(tmp_path):
    young = run(cpu_check(_cpu(tmp_path, FakeProcess(5, "build", 195.0, 30, 40)), cores=2))
    assert young.verdict is Verdict.FINE
    # busy now, but its processor time is too little to have been busy for two minutes
    spiky = run(cpu_check(_cpu(tmp_path, FakeProcess(6, "browser", 180.0, 100, 36000)),
                          cores=2))
    assert spiky.verdict is Verdict.FINE
    light = run(cpu_check(_cpu(tmp_path, FakeProcess(8, "daemon", 60.0, 9000, 36000)), cores=2))
    assert light.verdict is Verdict.FINE and "daemon, uses 30 %" in light.cause.render()


# -- pending restart ----------------------------------------------------------------------------

def test_the_reboot_required_flag_needs_attention_with_the_restart_article(tmp_path, kb,
                                                                           russian):
    flags = tmp_path / "run"
    flags.mkdir()
    check = restart_check(machine(tmp_path))
    assert run(check).verdict is Verdict.FINE
    (flags / "reboot-required").write_text("*** System restart required ***\n")
    (flags / "reboot-required.pkgs").write_text("linux-image-6.1.0-18-amd64\nlibc6\nlibc6\n")
    found = run(check)
    assert found.verdict is Verdict.ATTENTION
    assert found.cause.render() == "Updates are waiting for a restart to finish installing."
    assert found.facts["evidence"] == [str(flags / "reboot-required"),
                                       "linux-image-6.1.0-18-amd64", "libc6"]
    assert article_title(kb, check, found, language="en") == \
        "Restart to finish installing updates"
    assert article_title(kb, check, found, translate=russian, language="ru") == \
        "Перезагрузка для завершения установки обновлений"


@pytest.mark.parametrize("key", WINDOWS_RESTART_KEYS)
def test_windows_restart_flags_in_the_registry(tmp_path, key):
    registry = FakeWinReg()
    probe = OsMachine(platform="win32", winreg=registry, disk_usage=lambda p: usage(1, 1))
    assert run(restart_check(probe)).verdict is Verdict.FINE
    registry.set(HKEY_LOCAL_MACHINE, key, "", "", 1)
    found = run(restart_check(probe))
    assert found.verdict is Verdict.ATTENTION
    assert found.facts["evidence"] == [f"HKLM\\{key}"]
    assert registry.open_keys == 0  # every key opened was closed


def test_macos_recommended_updates_and_an_unreadable_file(tmp_path):
    prefs = tmp_path / "com.apple.SoftwareUpdate.plist"
    probe = OsMachine(platform="darwin", mac_updates=prefs)
    assert run(restart_check(probe)).verdict is Verdict.FINE  # no file: nothing pending
    prefs.write_bytes(plistlib.dumps({"RecommendedUpdates": [
        {"Display Name": "macOS Sonoma 14.4.1", "Product Key": "052-1"}]}))
    found = run(restart_check(probe))
    assert found.verdict is Verdict.ATTENTION and found.facts["evidence"] == ["macOS Sonoma 14.4.1"]
    prefs.write_bytes(b"\x00not a plist")
    assert run(restart_check(probe)).verdict is Verdict.UNKNOWN
