"""Dates and times in the interface locale's format, with a readable one under the C locale
(``LANG=C.UTF-8`` gave "2 12 2026 06:03"), the same in every window that shows one."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from helpclient.core.delivery.outbox import Entry, State
from helpclient.core.report.problem import ProblemReport
from helpclient.ui.kit.dates import format_absolute, format_date, format_time
from helpclient.ui.outbox.window import state_text
from helpclient.ui.requests.timefmt import format_relative

# 06:03 on 2 December 2026 in this machine's time zone, whichever it is
MOMENT = datetime(2026, 12, 2, 6, 3).astimezone()


@pytest.fixture
def locale():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def nbsp_to_space(text: str) -> str:
    # CLDR puts a narrow no-break space before "AM"
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(("name", "both", "date", "time"), [
    ("C", "2 Dec 2026, 06:03", "2 Dec 2026", "06:03"),
    ("POSIX", "2 Dec 2026, 06:03", "2 Dec 2026", "06:03"),
    ("en_US", "12/2/26 6:03 AM", "12/2/26", "6:03 AM"),
    ("ru_RU", "02.12.2026 06:03", "02.12.2026", "06:03"),
    ("de_DE", "02.12.26 06:03", "02.12.26", "06:03"),
    ("fr_FR", "02/12/2026 06:03", "02/12/2026", "06:03"),
    ("es_ES", "2/12/26 6:03", "2/12/26", "6:03"),
])
def test_each_locale_its_format_and_c_a_readable_one(locale, name, both, date, time):
    locale(name)
    assert nbsp_to_space(format_absolute(MOMENT)) == both
    assert nbsp_to_space(format_date(MOMENT)) == date
    assert nbsp_to_space(format_time(MOMENT)) == time
    # an explicit locale wins over the default
    assert format_absolute(MOMENT, QLocale("ru_RU")) == "02.12.2026 06:03"


def test_the_requests_list_uses_them_for_older_dates(locale):
    locale("C")
    now = MOMENT + timedelta(days=30)
    assert format_relative(MOMENT, now=now) == "2 Dec 2026"
    assert format_relative(MOMENT.astimezone(UTC), now=now) == "2 Dec 2026"


@pytest.mark.parametrize(("name", "time"), [("C", "06:03"), ("en_US", "6:03 AM")])
def test_the_outbox_says_when_it_tries_next_in_the_locale(qapp, locale, name, time):
    locale(name)
    entry = Entry(ProblemReport(summary="Printer"), State.QUEUED, created=0.0, updated=0.0,
                  total_bytes=0, attempts=1, in_doubt=False, in_flight=False,
                  next_attempt=MOMENT.timestamp(), last_error="", ticket_id="", ticket_url="")
    assert nbsp_to_space(state_text(entry)) == f"Waiting for the connection — next try at {time}"
