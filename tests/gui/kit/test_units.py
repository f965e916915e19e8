"""Sizes and core's numbers in the user's language and number format."""

import pytest
from disk_fakes import FULL_DISK_ENGLISH, full_disk
from PySide6.QtCore import QLocale

from helpclient.ui.checks.results import check_rows
from helpclient.ui.checks.session import Outcome
from helpclient.ui.kit.units import data_size, interface_number, megabytes, number_in


@pytest.fixture
def locale():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_sizes_pick_their_unit_and_one_decimal(locale):
    locale(QLocale("en_US"))
    assert [data_size(n) for n in (0, 999, 123_800, 5 * 2**20, 3 * 2**30, -5)] == [
        "0 B", "999 B", "120.9 KB", "5.0 MB", "3.0 GB", "0 B"]
    assert megabytes(14_200_000) == "14.2"


def test_russian_numbers_have_a_decimal_comma(locale):
    locale(QLocale("ru_RU"))
    assert data_size(123_800).startswith("120,9")
    assert megabytes(14_200_000) == "14,2"


@pytest.mark.parametrize(("name", "size", "kilobytes"), [
    ("de_DE", "1,5 MB", "120,9 KB"),
    ("fr_FR", "1,5 Mo", "120,9 Ko"),   # French says octets
    ("es_ES", "1,5 MB", "120,9 KB"),
])
def test_each_language_its_decimal_comma_and_units(language, name, size, kilobytes):
    language(name)  # the units are translated text, the number the locale's
    assert data_size(3 * 2**19).replace("\xa0", " ") == size
    assert data_size(123_800).replace("\xa0", " ") == kilobytes


def test_core_numbers_keep_their_digits_and_take_the_locales_decimal_sign(locale):
    assert number_in(QLocale("de_DE"), 0.6, 1) == "0,6"
    assert number_in(QLocale("ru_RU"), -2.5, 0) == "-2"  # Python's rounding, as in English
    # no group separator, so English reads exactly as the plain form
    assert number_in(QLocale("en_US"), 1862.56, 1) == "1862.6"
    locale(QLocale("fr_FR"))
    assert interface_number(0.6, 1) == "0,6"


@pytest.mark.parametrize("name", ["de_DE", "fr_FR", "ru_RU", "en_US"])
def test_the_check_results_show_numbers_in_the_interface_language(language, name):
    language(name)
    [row] = check_rows(Outcome((full_disk(),)))
    if name == "en_US":
        assert row.detail == FULL_DISK_ENGLISH
    else:  # "0,6 GB" in German, "0,6\xa0Go" in French, "0,6 ГБ" in Russian
        assert "0,6" in row.detail and "250,0" in row.detail and "0.6" not in row.detail
