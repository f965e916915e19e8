"""Zammad in the contract suite: the connector, run against the scenarios write_zammad.py wrote
from Zammad's documentation (no Zammad runs here: its packages come from registries this
machine cannot reach)."""

from __future__ import annotations

from targets import Account, ConnectOptions, Connector, without_capabilities
from zammad_docs import WRONG_TOKEN

from helpclient.backends.zammad.connector import ZammadBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.credentials import Credentials


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The Zammad connector as the app builds it (its own session, TLS and timeouts)."""
    token = WRONG_TOKEN if options.wrong_credentials else account.token
    cls = without_capabilities(ZammadBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, Credentials.token(token),
                                   group=account.settings["group"],
                                   page_size=options.page_size or 100)
    return backend


CONNECTOR = Connector("zammad", build)
