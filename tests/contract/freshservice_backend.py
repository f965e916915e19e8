"""Freshservice in the contract suite: the connector, run against the scenarios
write_freshservice.py wrote from Freshservice's API reference (a cloud service: nothing of it
runs here)."""

from __future__ import annotations

from freshservice_docs import WRONG_KEY
from targets import Account, ConnectOptions, Connector, without_capabilities

from helpclient.backends.freshservice.connector import FreshserviceBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.credentials import Credentials


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The Freshservice connector as the app builds it (its own session, TLS and timeouts)."""
    key = WRONG_KEY if options.wrong_credentials else account.token
    cls = without_capabilities(FreshserviceBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, Credentials.api_key(account.user.email, key),
                                   page_size=options.page_size or 100)
    return backend


CONNECTOR = Connector("freshservice", build)
