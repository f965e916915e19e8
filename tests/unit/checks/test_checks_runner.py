"""Running the checks: in parallel, each within its own time limit, all within two seconds; the
results in the ticket (serialized with the report), in the CLI, and its exit code."""

import argparse
import json
import os
import subprocess
import sys
import threading
import time

from helpclient.cli_selfcheck import cmd_self_check
from helpclient.core.checks.model import Check, exit_code, fine, problem
from helpclient.core.checks.runner import run_checks
from helpclient.core.checks.suite import CheckConfig, Probes, build_checks
from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.core.paths import AppPaths
from helpclient.core.report.drafts import is_blank
from helpclient.core.report.problem import ProblemReport, render_body
from helpclient.core.report.self_checks import Verdict
from helpclient.core.report.serialize import report_from_json, report_to_json
from helpclient.core.settings import Settings
from helpclient.services import Services, build_self_checks


def _sleeping(name, seconds, timeout, release=None):
    def work(deadline):
        if release is not None:
            release.wait(seconds)
        else:
            time.sleep(seconds)
        return fine(QT_TRANSLATE_NOOP("Checks", "No restart is pending."))
    return Check(name, name, "", timeout, work)


def test_checks_run_in_parallel_and_a_late_one_says_it_could_not_check_in_time():
    release = threading.Event()
    checks = [_sleeping(f"quick{i}", 0.3, 1.0) for i in range(5)]
    checks.append(_sleeping("stuck", 30, 1.9, release))
    began = time.monotonic()
    results = run_checks(checks)
    took = time.monotonic() - began
    release.set()
    assert took < 2.1  # five 0.3 s checks did not queue, and the stuck one was left behind
    assert [r.name for r in results] == [c.name for c in checks]
    assert all(r.verdict is Verdict.FINE for r in results[:5])
    late = results[-1]
    assert late.verdict is Verdict.UNKNOWN
    assert late.cause.render() == "Could not check in time (within 1.9 s)."


def test_no_check_gets_more_than_the_overall_limit():
    release = threading.Event()
    began = time.monotonic()
    [result] = run_checks([_sleeping("slow", 30, 60.0, release)], limit=0.3)
    release.set()
    assert time.monotonic() - began < 0.6 and result.verdict is Verdict.UNKNOWN


def test_a_failing_check_says_why_and_spoils_nothing_else():
    def broken(deadline):
        raise PermissionError("/proc/pressure/memory: permission denied")

    results = run_checks([Check("broken", "Broken", "", 1.0, broken),
                          _sleeping("fine", 0.0, 1.0)])
    assert results[0].verdict is Verdict.UNKNOWN
    assert results[0].cause.render() == \
        "Could not check: PermissionError: /proc/pressure/memory: permission denied."
    assert results[1].verdict is Verdict.FINE


def _result(verdict_factory, cause, **values):
    return run_checks([Check("disk", QT_TRANSLATE_NOOP("Checks", "Free disk space"), "", 1.0,
                             lambda d: verdict_factory(cause, **values))])[0]


def test_the_results_go_into_the_ticket_in_its_language_and_survive_drafts():
    full = _result(problem, QT_TRANSLATE_NOOP(
        "Checks", "The system disk is almost full: {free} GB free of {total} GB ({percent} %)."),
        free="0.6", total="250.0", percent="0.2")
    ok = run_checks([Check("memory", QT_TRANSLATE_NOOP("Checks", "Memory"), "", 1.0,
                           lambda d: fine(QT_TRANSLATE_NOOP("Checks", "No restart is pending.")))])
    report = ProblemReport(summary="Word crashes").with_changes(
        self_checks=(full.note(), ok[0].note()))
    body = render_body(report)
    assert ("== Quick checks of this computer ==\n- Problem: Free disk space — The system disk "
            "is almost full: 0.6 GB free of 250.0 GB (0.2 %).\nFine: Memory.") in body
    russian = {("Checks", "Problem"): "Проблема", ("Checks", "Free disk space"): "Свободное место",
               ("Report", "Quick checks of this computer"): "Быстрые проверки"}
    assert "== Быстрые проверки ==\n- Проблема: Свободное место — " in render_body(
        report, lambda context, text: russian.get((context, text), text))
    again = report_from_json(report_to_json(report))
    assert again.self_checks == report.self_checks
    # HelpClient's findings are not the user's words: an otherwise empty report stays blank
    assert is_blank(ProblemReport().with_changes(self_checks=(full.note(),)))
    assert ProblemReport(report_id="a").with_changes(self_checks=(full.note(),)) == \
        ProblemReport(report_id="a")


def test_exit_code_is_one_only_for_attention_or_problems():
    fine_one = _result(fine, QT_TRANSLATE_NOOP("Checks", "No restart is pending."))
    late = run_checks([_sleeping("late", 1.0, 0.1)])[0]
    bad = _result(problem, QT_TRANSLATE_NOOP("Checks", "The company VPN is not connected."))
    assert exit_code([fine_one, late]) == 0
    assert exit_code([fine_one, bad]) == 1


def _services(tmp_path):
    paths = AppPaths.under(tmp_path)
    return Services(paths, Settings(paths.user_settings_file), lambda s: None)


def test_helpclient_check_prints_each_result_and_the_fixing_article(tmp_path, capsys):
    def checks():
        return [Check("vpn", QT_TRANSLATE_NOOP("Checks", "VPN"),
                      QT_TRANSLATE_NOOP("Checks", "VPN does not connect"), 1.0,
                      lambda d: problem(QT_TRANSLATE_NOOP("Checks",
                                                          "The company VPN is not connected."))),
                _sleeping("restart", 0, 1.0)]

    code = cmd_self_check(argparse.Namespace(json=False), services=_services(tmp_path),
                          checks=checks)
    out = capsys.readouterr().out
    assert code == 1
    assert "problem    VPN                  The company VPN is not connected." in out
    assert "article: VPN does not connect" in out
    code = cmd_self_check(argparse.Namespace(json=True), services=_services(tmp_path),
                          checks=checks)
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["exit_code"] == 1
    assert data["checks"][0]["verdict"] == "problem"
    assert data["checks"][0]["article"]["title"] == "VPN does not connect"
    assert data["checks"][1] | {"seconds": 0} == {
        "name": "restart", "title": "restart", "verdict": "fine",
        "cause": "No restart is pending.", "action": None, "target": "", "facts": {},
        "seconds": 0, "article": None}


def test_on_this_machine_every_check_concludes_within_two_seconds(tmp_path):
    # the real probes of this OS (no server configured: the network stays local)
    settings = Settings(tmp_path / "config.toml")
    began = time.monotonic()
    results = run_checks(build_self_checks(settings))
    assert time.monotonic() - began < 2.2
    assert {"network", "proxy", "disk", "memory", "cpu", "restart", "printing"} <= \
        {r.name for r in results}
    assert all(r.verdict is not Verdict.UNKNOWN for r in results), \
        [(r.name, r.cause.render()) for r in results if r.verdict is Verdict.UNKNOWN]


def test_which_checks_apply_follows_the_settings(tmp_path):
    class Nothing:
        def __getattr__(self, name):
            raise AssertionError("building checks asks the OS nothing")

    probes = Probes(Nothing(), Nothing(), Nothing(), Nothing())
    bare = [c.name for c in build_checks(CheckConfig(), probes)]
    assert bare == ["network", "proxy", "disk", "memory", "cpu", "restart", "printing"]
    settings = Settings(tmp_path / "c.toml")
    settings.set("server.url", "https://help.example.com")
    settings.set("sysinfo.check_urls", "https://intranet, ")
    settings.set("checks.vpn_interfaces", ["tun*", " "])
    settings.set("checks.current_versions", ["Firefox=128.0"])
    config = CheckConfig.from_settings(settings)
    assert config.vpn_interfaces == ("tun*",) and config.check_urls == ("https://intranet",)
    full = [c.name for c in build_checks(config, probes, program="Firefox",
                                         program_version="115")]
    assert full == ["network", "dns", "helpdesk", "services", "proxy", "vpn", "disk", "memory",
                    "cpu", "clock", "restart", "printing", "version"]


def test_the_checks_stay_out_of_the_start_up_path():
    # the GUI's start imports launch (and the CLI's every command imports cli): the checks,
    # psutil and their windows load when they run
    code = ("import sys, helpclient.launch, helpclient.cli; print(sorted(m for m in sys.modules "
            "if m.startswith(('helpclient.core.checks', 'helpclient.platform.check_', "
            "'helpclient.ui.checks.window', 'helpclient.ui.checks.session', "
            "'helpclient.backends.server_checks'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
