"""Fixtures shared by the GUI tests."""

import pytest

from helpclient.ui.shell.i18n import InterfaceLanguage


@pytest.fixture
def language(qapp):
    """Switch the interface language for one test — ``language("ru_RU")`` — as Settings does;
    the source text (English) and the default locale come back afterwards."""
    interface = InterfaceLanguage(qapp)
    yield interface.apply
    interface.clear()
