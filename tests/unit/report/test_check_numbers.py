"""Numbers in core's texts stay numbers until rendered: English digits by default, the
language's decimal sign when the renderer gives a number format, also after a report with the
quick checks' notes was saved and loaded (drafts, the outbox); the system information's
summary lines alike."""

import json

from disk_fakes import FULL_DISK_ENGLISH as ENGLISH
from disk_fakes import full_disk

from helpclient.core.i18n import Localized, Number, Text, identity
from helpclient.core.report.problem import ProblemReport, render_body
from helpclient.core.report.self_checks import NoteParam, SelfCheckNote, render_self_checks
from helpclient.core.report.serialize import report_from_json, report_to_json
from helpclient.platform.machine import summarize_disks, summarize_uptime


def comma(value: float, decimals: int) -> str:
    """A number format with a decimal comma, as German's (Qt's own is tested in tests/gui)."""
    return f"{value:.{decimals}f}".replace(".", ",")


def test_a_number_is_english_by_default_and_in_the_format_the_renderer_gives():
    text = Text("Checks", "{free} GB of {total} GB, {name}",
                {"free": Number(0.6, 1), "total": Number(1862.56, 1), "name": "v1.5"})
    assert str(Number(0.6, 1)) == "0.6" and str(Number(99.7)) == "100"
    assert text.render() == str(text) == "0.6 GB of 1862.6 GB, v1.5"
    # a string param is never touched, only Number params are formatted
    assert text.render(identity, comma) == "0,6 GB of 1862,6 GB, v1.5"
    # a Localized translate carries its format; an explicit one wins over it
    assert text.render(Localized(identity, comma)) == "0,6 GB of 1862,6 GB, v1.5"
    assert text.render(Localized(identity, comma), lambda v, d: "n") == "n GB of n GB, v1.5"


def test_the_disk_check_renders_english_unchanged_and_a_decimal_comma_when_asked():
    cause = full_disk().cause
    assert cause.render() == ENGLISH
    assert cause.render(identity, comma) == \
        "The system disk is almost full: 0,6 GB free of 250,0 GB (0,2 %)."


def test_a_saved_report_keeps_its_check_numbers_for_the_ticket_language():
    note = full_disk().note()
    assert NoteParam("free", "0.6", 1) in note.params
    report = report_from_json(report_to_json(ProblemReport(summary="Slow",
                                                           self_checks=(note,))))
    assert render_self_checks(report.self_checks) == f"- Problem: Free disk space — {ENGLISH}"
    assert "0,6 GB free of 250,0 GB" in render_body(report, Localized(identity, comma))


def test_a_note_saved_before_numbers_were_kept_or_changed_by_hand_shows_what_it_says():
    saved = json.loads(report_to_json(ProblemReport(summary="Slow",
                                                    self_checks=(full_disk().note(),))))
    params = saved["report"]["self_checks"][0]["params"]
    for param in params:
        del param["decimals"]  # as a draft of an earlier version has it
    older = report_from_json(json.dumps(saved))
    assert ENGLISH in render_self_checks(older.self_checks, Localized(identity, comma))
    edited = SelfCheckNote("disk", "Free disk space", full_disk().verdict, "{free} GB free",
                           (NoteParam("free", "lots", 1),))
    assert render_self_checks([edited], Localized(identity, comma)).endswith("— lots GB free")


def test_the_system_information_summary_keeps_its_numbers_too():
    [disk] = summarize_disks([{"mount": "/", "free_gb": 0.6, "size_gb": 250.0,
                               "low_space": True}])
    assert disk.render() == "Disk /: 0.6 GB free of 250.0 GB — LOW SPACE"
    assert disk.render(Localized(identity, comma)) == \
        "Disk /: 0,6 GB free of 250,0 GB — LOW SPACE"
    [uptime] = summarize_uptime({"uptime_hours": 12.0, "last_boot": "2026-12-07T04:00:00"})
    assert uptime.render(identity, comma) == "Uptime: 12,0 h (since 2026-12-07T04:00:00)"
