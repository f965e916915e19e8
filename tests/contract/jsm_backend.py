"""Jira Service Management in the contract suite: the connector, run against the scenarios
write_jsm.py wrote from Atlassian's documentation (its cloud cannot be reached from here)."""

from __future__ import annotations

from jsm_docs import WRONG_TOKEN
from targets import Account, ConnectOptions, Connector, without_capabilities

from helpclient.backends.jsm.connector import JsmBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.credentials import Credentials


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The connector as the app builds it (its own session, TLS and timeouts), signed in with
    the account's e-mail address and API token."""
    token = WRONG_TOKEN if options.wrong_credentials else account.token
    cls = without_capabilities(JsmBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, Credentials.password(account.settings["email"],
                                                                  token),
                                   service_desk=account.settings["service_desk"],
                                   page_size=options.page_size or 50)
    return backend


CONNECTOR = Connector("jsm", build)
