"""The interface language as a bare code: what articles, known problems and the quick checks'
keywords are kept under."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from helpclient.ui.kit.language import interface_language


@pytest.mark.parametrize(("locale", "code"), [("ru_RU", "ru"), ("de_AT", "de"), ("C", "en")])
def test_the_code_is_the_locales_language_and_english_under_c(qapp, locale, code):
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert interface_language() == code
    finally:
        QLocale.setDefault(before)
