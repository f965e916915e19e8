"""The known-problems feed over a real TLS connection on loopback: a certificate the system does
not trust is refused (no announcement from a server that may not be IT's), the company's CA from
policy makes it trusted, and an answer too large is cut off over the socket too."""

from __future__ import annotations

import pytest
from known_fakes import MAIL_OUTAGE, feed
from local_servers import local_server, make_certificates, tls_context

from helpclient.backends.feed import MAX_FEED_BYTES, FeedReader
from helpclient.core.errors import BadResponse, CertificateError


def answer_with(body: bytes):
    return lambda path: (200, "application/json", body, {"ETag": '"1"'})


def test_an_untrusted_certificate_is_refused_and_the_policy_ca_trusted(tmp_path):
    ca, cert, key = make_certificates(tmp_path)
    with local_server(answer_with(feed(MAIL_OUTAGE)), tls_context(cert, key)) as url:
        with pytest.raises(CertificateError):
            FeedReader(f"{url}/known.json").fetch()
        trusted = FeedReader(f"{url}/known.json", extra_ca_file=ca)
        assert [a.key for a in trusted.fetch()] == ["feed:mail-b-0514"]
        trusted.close()


def test_an_endless_answer_is_cut_off(tmp_path):
    ca, cert, key = make_certificates(tmp_path)
    huge = b"[" + b" " * (MAX_FEED_BYTES + 10) + b"]"
    with local_server(answer_with(huge), tls_context(cert, key)) as url, \
            pytest.raises(BadResponse, match="larger than 1 MB"):
        FeedReader(f"{url}/known.json", extra_ca_file=ca).fetch()
