import json
from pathlib import Path

import pytest

from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Urgency
from helpclient.core.report.serialize import report_from_json, report_to_json
from helpclient.core.storage.sqlite import connect


def full_report() -> ProblemReport:
    return ProblemReport(
        summary="Принтер не печатает", category=Category.PRINTING,
        actions=("Нажал «Печать»", "Перезагрузил"), error_text="Error 0x00000709",
        no_error_message=False, started=Started.TODAY, software="Word",
        software_version="16.0", not_software_specific=False, urgency=Urgency.HIGH,
        contact=Contact("Иван", "ivan@example.com", "+7 495 123 45 67"),
        attachments=(Path("/tmp/a.png"), Path("/tmp/b.log")))


def test_roundtrip_keeps_every_field():
    report = full_report()
    assert report_from_json(report_to_json(report)) == report


def test_empty_report_roundtrip():
    report = ProblemReport()
    assert report_from_json(report_to_json(report)) == report


def test_unknown_keys_are_ignored_and_missing_take_defaults():
    document = json.loads(report_to_json(full_report()))
    document["report"]["from_the_future"] = 1
    del document["report"]["software_version"]
    report = report_from_json(json.dumps(document))
    assert report.software_version == ""
    assert report.summary == "Принтер не печатает"


@pytest.mark.parametrize("text", ["", "{}", '{"schema": 99, "report": {}}', "[1]",
                                  '{"schema": 1, "report": {"category": "nonsense"}}',
                                  '{"schema": 1, "report": {"summary": 5}}'])
def test_garbage_is_a_value_error(text):
    with pytest.raises(ValueError):
        report_from_json(text)


def test_sqlite_connect_uses_wal(tmp_path):
    conn = connect(tmp_path / "sub" / "x.sqlite")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()
