"""The plain, translated words for the errors a hostile or stuck server causes."""

from __future__ import annotations

from helpclient.core.errors import (
    BadResponse,
    ConfigurationError,
    HostNotFound,
    NotSetUp,
    Rejected,
    ServerTimeout,
    ServerUnreachable,
    TooLarge,
)
from helpclient.ui.kit.errors import describe_error, describe_failure


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


def test_why_a_kept_report_waits_is_said_in_the_interface_language(qapp, language):
    not_set_up = NotSetUp("No helpdesk server is set up yet: open Settings in HelpClient.")
    bad_ca = ConfigurationError("The extra certificate file /etc/ca.pem could not be read.")
    language("en_US")
    # the outbox tries again by itself: no "try again" advice for a passing problem
    assert describe_failure(HostNotFound("x"), "x") == (
        "The server name could not be found (no network, or no VPN?).")
    assert describe_failure(not_set_up, not_set_up.message) == (
        "HelpClient is not connected to a helpdesk yet. Open Settings to set it up.")
    # another settings problem is not "not connected yet": its own words say which
    assert describe_failure(bad_ca, bad_ca.message) == (
        "HelpClient's helpdesk settings cannot be used: The extra certificate file "
        "/etc/ca.pem could not be read. Check them in Settings or ask IT support.")
    assert describe_failure(None, "kept by an older version") == "kept by an older version"
    language("ru_RU")
    assert describe_failure(not_set_up, not_set_up.message).startswith(
        "HelpClient ещё не подключён к системе заявок.")
    language("de_DE")
    assert describe_failure(HostNotFound("x"), "x") == (
        "Der Servername wurde nicht gefunden (kein Netzwerk oder kein VPN?).")


def test_a_file_too_large_is_said_in_the_interface_language_not_the_server_s(qapp, language):
    too_large = TooLarge("The request is too large for the helpdesk. Remove or shrink some "
                         "attachments and try again.")
    language("de_DE")
    assert describe_error(too_large) == (
        "Der Helpdesk nimmt so große Dateien nicht an. Lassen Sie die größte Datei weg oder "
        "komprimieren Sie sie, und senden Sie dann erneut.")
    language("ru_RU")
    assert describe_failure(too_large, too_large.message).startswith(
        "Служба поддержки не принимает такие большие файлы.")
    # any other refusal still quotes what the helpdesk said
    language("en_US")
    assert describe_error(Rejected("Queue closed")) == (
        "The helpdesk refused this action. It said: Queue closed")
