"""The plain, translated words for the errors a hostile server causes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from helpclient.core.errors import BadResponse
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.shell.i18n import install_translators


@pytest.fixture
def language(qapp):
    installed = []

    def switch(name):
        installed.extend(install_translators(qapp, QLocale(name)))

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_garbled_answer_has_its_own_plain_words(qapp, language):
    garbled = BadResponse("The helpdesk sent an answer HelpClient cannot use: …")
    language("en_US")
    assert describe_error(garbled).startswith(
        "The helpdesk sent an answer HelpClient could not read.")
    language("ru_RU")
    assert describe_error(garbled).startswith("Система заявок прислала ответ, который HelpClient")
