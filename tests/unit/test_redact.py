import logging

import pytest

from helpclient.core.redact import RedactingFilter, redact


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [("Authorization: token 1-14-abcdef0123456789", "abcdef0123456789", "authorization"),
     ("headers={'Authorization': 'token 1-14-abcdef0123456789'}", "abcdef0123456789",
      "authorization"),
     ("Cookie: RT_SID_example=0123456789abcdef", "0123456789abcdef", "cookie"),
     ("https://bob:hunter22@rt.example.com/REST", "hunter22", "url-password"),
     ("password=hunter22&x=1", "hunter22", "secret"),
     ('api_key: "k-1234567890"', "k-1234567890", "secret"),
     ("Bearer abcdefghijklmnop", "abcdefghijklmnop", "bearer"),
     ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36",
      "SflKxwRJSMeKKF2QT4fwpMeJf36", "jwt"),
     ("key AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE", "aws-key"),
     ("-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----", "MIIEabc",
      "private-key")],
)
def test_known_secret_shapes_are_removed(text, secret, kind):
    cleaned = redact(text)
    assert secret not in cleaned
    assert f"[REDACTED:{kind}]" in cleaned


def test_plain_text_is_untouched():
    text = "Printer on floor 3 prints blank pages since 9:30"
    assert redact(text) == text


def test_explicit_secrets_are_removed_anywhere():
    assert redact("x=opaque-secret-value;", ["opaque-secret-value"]) == "x=[REDACTED:secret];"


def test_logging_filter_redacts_message_args_and_tracebacks(caplog):
    logger = logging.getLogger("helpclient.test.redact")
    secrets = {"tok-SECRET-42"}
    handler_filter = RedactingFilter(secrets)
    caplog.handler.addFilter(handler_filter)
    try:
        logger.warning("sending with %s", "tok-SECRET-42")
        try:
            raise ValueError("bad token tok-SECRET-42")
        except ValueError:
            logger.exception("failed")
    finally:
        caplog.handler.removeFilter(handler_filter)
    assert "tok-SECRET-42" not in caplog.text
    assert caplog.text.count("[REDACTED:secret]") >= 2
