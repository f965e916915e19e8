"""Sizes in the user's language and number format."""

import pytest
from PySide6.QtCore import QLocale

from helpclient.ui.kit.units import data_size, megabytes


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
