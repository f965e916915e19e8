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


# --- the full redactor: more kinds, and anonymisation ---

from helpclient.core.redact import Identity, Redactor, redaction_marks  # noqa: E402


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [("export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI",
      "secret"),
     ("DB_PASSWORD: s3cr3t-value", "s3cr3t-value", "secret"),
     ('{"client_secret": "abcd-efgh-ijkl"}', "abcd-efgh-ijkl", "secret"),
     ("mysql -u root --password hunter22 db", "hunter22", "secret"),
     ("curl --token=tok-9876543210 https://x", "tok-9876543210", "secret"),
     ("Proxy-Authorization: Basic dXNlcjpwYXNz", "dXNlcjpwYXNz", "authorization"),
     ("Set-Cookie: session=abcdef123456; HttpOnly", "abcdef123456", "cookie"),
     ("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghij", "github-token"),
     ("xoxb-1234567890-abcdefghij", "xoxb-1234567890", "slack-token"),
     ("AIzaSyA-1234567890abcdefghijklmnopqrstu", "AIzaSyA-123", "google-api-key"),
     ("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc+/def==;", "abc+/def==",
      "azure-key"),
     ("sk_live_abcdefghijklmnop1234", "sk_live_abcdefghijklmnop1234", "api-key"),
     ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA\n-----END OPENSSH PRIVATE KEY-----",
      "b3BlbnNzaA", "private-key"),
     ("http_proxy=http://svc:Pr0xyPass@proxy.corp:3128", "Pr0xyPass", "url-password")],
)
def test_more_secret_shapes_are_removed(text, secret, kind):
    cleaned = Redactor()(text)
    assert secret not in cleaned
    assert f"[REDACTED:{kind}]" in cleaned


def test_ordinary_words_near_secret_words_are_kept():
    text = "author: Bob; passwords: 3 policies; Authorization header missing; tokens left 4"
    assert Redactor()(text) == text


def test_anonymisation_removes_identity_email_and_addresses():
    redactor = Redactor(anonymize=True, identity=Identity(
        user_names=("alice",), host_names=("ws-042",), home_dirs=("/home/alice",)))
    text = ("alice@ws-042 opened /home/alice/Documents/q3.xlsx; mail alice.smith@corp.example; "
            "ip 10.1.2.3 and fe80::1ff:fe23:4567:890a%eth0; mac 00:1a:2b:3c:4d:5e; "
            "at 12:30:45; version 5.15.0; always")
    cleaned = redactor(text)
    for gone in ("alice", "ws-042", "/home/alice", "10.1.2.3", "fe80::"):
        assert gone not in cleaned
    for kept in ("00:1a:2b:3c:4d:5e", "12:30:45", "5.15.0", "always", "Documents/q3.xlsx"):
        assert kept in cleaned
    assert "[REDACTED:home]/Documents" in cleaned
    assert "[REDACTED:email]" in cleaned and "[REDACTED:ip]" in cleaned


def test_without_anonymisation_identity_stays():
    redactor = Redactor(identity=Identity(user_names=("alice",)))
    assert redactor("alice at 10.1.2.3") == "alice at 10.1.2.3"


def test_marks_are_found_for_highlighting():
    text = Redactor()("password=hunter22 and token=abcdefgh")
    assert [text[a:b] for a, b in redaction_marks(text)] == ["[REDACTED:secret]"] * 2
