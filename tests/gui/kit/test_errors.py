"""The plain, translated words for the errors a hostile or stuck server causes."""

from __future__ import annotations

from helpclient.core.errors import BadResponse, ServerTimeout, ServerUnreachable
from helpclient.ui.kit.errors import describe_error


def test_new_errors_have_their_own_plain_words(qapp, language):
    timeout = ServerTimeout("The server x accepted the connection but did not answer in time.")
    garbled = BadResponse("The helpdesk sent an answer HelpClient cannot use: …")
    language("en_US")
    assert describe_error(timeout).startswith(
        "The helpdesk server was reached but did not answer in time.")
    assert describe_error(garbled).startswith(
        "The helpdesk sent an answer HelpClient could not read.")
    # an outage still reads as one
    assert describe_error(ServerUnreachable("refused")).startswith(
        "The helpdesk server is not answering.")
    language("ru_RU")
    assert describe_error(timeout).startswith("Сервер службы поддержки доступен, но не ответил")
    assert describe_error(garbled).startswith("Система заявок прислала ответ, который HelpClient")
