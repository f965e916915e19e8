"""Zendesk in the contract suite: the connector, run against the scenarios write_zendesk.py
wrote from Zendesk's API reference (Zendesk is a cloud service this machine cannot reach)."""

from __future__ import annotations

from targets import Account, ConnectOptions, Connector, without_capabilities
from zendesk_docs import WRONG_PASSWORD

from helpclient.backends.zendesk.connector import ZendeskBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.credentials import Credentials


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The Zendesk connector as the app builds it (its own session, TLS and timeouts); the
    account's "token" is the end user's password."""
    password = WRONG_PASSWORD if options.wrong_credentials else account.token
    cls = without_capabilities(ZendeskBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, Credentials.password(account.user.email, password),
                                   page_size=options.page_size or 100,
                                   locale=account.settings.get("locale", ""))
    return backend


CONNECTOR = Connector("zendesk", build)
