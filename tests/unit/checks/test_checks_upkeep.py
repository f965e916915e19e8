"""Clock, print queue and program version against a faked OS (the local clock, ``lpstat``'s
output, CUPS' configuration, IT's version list), with the article each finding points to."""

import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from checks_helpers import article_title, run

from helpclient.backends.server_checks import ServerChecks
from helpclient.core.checks.model import SafeAction
from helpclient.core.checks.printing import printing_check
from helpclient.core.checks.upkeep import clock_check, version_check
from helpclient.core.checks.versions import is_older, parse_current_versions
from helpclient.core.report.self_checks import Verdict
from helpclient.platform.check_printing import CupsPrinting, parse_win_jobs


class _Clock(BaseHTTPRequestHandler):
    """Answers HEAD with a 401, as a helpdesk does to a stranger: its Date still counts."""

    def do_HEAD(self):
        self.send_response(401)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def helpdesk():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Clock)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def shifted(minutes):
    """This computer's clock, ``minutes`` off the true time."""
    return lambda: datetime.now(UTC) + timedelta(minutes=minutes)


def test_a_clock_five_minutes_ahead_is_a_problem_with_the_clock_article(helpdesk, kb, russian):
    check = clock_check(ServerChecks(), helpdesk, now=shifted(5))
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == ("This computer's clock is 5 min ahead of the helpdesk's; "
                                    "sign-ins and secure connections may fail.")
    assert 295 <= found.facts["offset_seconds"] <= 302
    assert article_title(kb, check, found, language="en") == \
        "The computer's clock shows the wrong time"
    assert article_title(kb, check, found, translate=russian, language="ru") == \
        "Часы компьютера показывают неправильное время"


def test_behind_is_said_so_and_within_two_minutes_is_fine(helpdesk):
    behind = run(clock_check(ServerChecks(), helpdesk, now=shifted(-3)))
    assert behind.verdict is Verdict.PROBLEM and "3 min behind" in behind.cause.render()
    fine = run(clock_check(ServerChecks(), helpdesk, now=shifted(1)))
    assert fine.verdict is Verdict.FINE


def test_a_helpdesk_that_does_not_answer_leaves_the_clock_unchecked():
    found = run(clock_check(ServerChecks(), "http://127.0.0.1:9", now=shifted(0)), 0.5)
    assert found.verdict is Verdict.UNKNOWN
    assert found.cause.render() == "The helpdesk did not tell its time."


# -- the print queue ----------------------------------------------------------------------------

def lpstat_line(queue, job, minutes_ago, now):
    """One ``lpstat -o`` line as CUPS prints it in the C locale (local time)."""
    when = (now - timedelta(minutes=minutes_ago)).astimezone()
    return f"{queue}-{job:<12} alice            1024   {when:%a %b %e %H:%M:%S %Y}"


def cups(output, groups=frozenset(), conf_text="SystemGroup lpadmin\n", tmp_path=None):
    conf = tmp_path / "cups-files.conf"
    conf.write_text(conf_text)
    return CupsPrinting(run=lambda argv, timeout: (0, output), conf=conf,
                        groups=lambda: set(groups), is_root=lambda: False)


def test_a_job_stuck_for_25_minutes_is_a_problem_with_the_restart_for_lpadmin(tmp_path, kb,
                                                                              russian):
    now = datetime.now(UTC).replace(microsecond=0)
    output = "\n".join([lpstat_line("Office-Color", 17, 25, now),
                        lpstat_line("Office-Color", 18, 3, now), "garbage line"])
    check = printing_check(cups(output, {"alice", "lpadmin"}, tmp_path=tmp_path),
                           now=lambda: now)
    found = run(check)
    assert found.verdict is Verdict.PROBLEM
    assert found.cause.render() == "A print job has been waiting on Office-Color for 25 min."
    assert (found.action, found.target) == (SafeAction.RESTART_PRINT_QUEUE, "Office-Color")
    assert found.facts["waiting"] == 2 and [j["job"] for j in found.facts["stuck"]] == ["17"]
    assert article_title(kb, check, found, language="en") == \
        "The printer does not print documents"
    assert article_title(kb, check, found, translate=russian, language="ru") == \
        "Принтер не печатает документы"


def test_the_restart_is_offered_only_to_members_of_cups_system_group(tmp_path):
    now = datetime.now(UTC)
    output = lpstat_line("Office", 3, 40, now)
    not_allowed = run(printing_check(cups(output, {"alice", "users"}, tmp_path=tmp_path),
                                     now=lambda: now))
    assert not_allowed.verdict is Verdict.PROBLEM and not_allowed.action is None
    # the configuration names another group: lpadmin is not enough then
    wheel = cups(output, {"lpadmin"}, "SystemGroup sys root wheel\n", tmp_path=tmp_path)
    assert run(printing_check(wheel, now=lambda: now)).action is None


def test_moving_or_empty_queues_and_no_cups_are_fine(tmp_path):
    now = datetime.now(UTC)
    moving = run(printing_check(cups(lpstat_line("Office", 4, 2, now), tmp_path=tmp_path),
                                now=lambda: now))
    assert moving.verdict is Verdict.FINE and "none has waited 10 min" in moving.cause.render()
    assert run(printing_check(cups("", tmp_path=tmp_path))).cause.render() == \
        "No print jobs are waiting."

    def no_cups(argv, timeout):
        raise FileNotFoundError(argv[0])

    assert run(printing_check(CupsPrinting(run=no_cups))).cause.render() == \
        "No printers are set up."


def test_windows_print_jobs_from_wmi():
    jobs = parse_win_jobs('[{"Name":"HP LaserJet, 12","TimeSubmitted":"/Date(1700000000000)/",'
                          '"JobStatus":"Error"},{"Name":"PDF, 3","TimeSubmitted":'
                          '"2024-03-05T10:00:00+01:00"},{"Name":"broken"}]')
    assert [(j.queue, j.job_id, j.submitted) for j in jobs] == [
        ("HP LaserJet", "12", datetime.fromtimestamp(1_700_000_000, UTC)),
        ("PDF", "3", datetime(2024, 3, 5, 9, 0, tzinfo=UTC))]
    assert parse_win_jobs("not json") == []


# -- the program's version ----------------------------------------------------------------------

def test_an_older_version_than_it_lists_needs_attention_with_the_update_article(kb, russian):
    listed = parse_current_versions(["Firefox=128.0", "Thunderbird = 115.10", "junk", "=1"])
    assert listed == [("Firefox", "128.0"), ("Thunderbird", "115.10")]
    check = version_check("Mozilla Firefox", "1:115.3.1esr-1~deb12u1", listed)
    found = run(check)
    assert found.verdict is Verdict.ATTENTION
    assert found.cause.render() == ("Mozilla Firefox 1:115.3.1esr-1~deb12u1 is older than the "
                                    "version IT supports (128.0); updating it may fix the "
                                    "problem.")
    assert article_title(kb, check, found, language="en") == \
        "Updating a program to the current version"
    assert article_title(kb, check, found, translate=russian, language="ru") == \
        "Обновление программы до актуальной версии"
    assert run(version_check("Firefox", "128.0.2", listed)).verdict is Verdict.FINE
    assert run(version_check("Thunderbird", "115.9", listed)).verdict is Verdict.ATTENTION


def test_no_check_without_a_listed_program_or_a_version():
    listed = [("Firefox", "128.0")]
    assert version_check("Firefox Developer Tools Helper", "", listed) is None
    assert version_check("LibreOffice", "7.4", listed) is None
    assert version_check("Firefoxy", "1.0", listed) is None  # a whole word, not a prefix
    assert run(version_check("Firefox", "nightly", listed)).verdict is Verdict.UNKNOWN
    assert is_older("10", "9.9") is False and is_older("9", "9.0.1") is True
