"""GLPI in the contract suite: the connector, signed in with a user token and an App-Token.

GLPI cannot run here (PHP, MariaDB and its packages come from registries this machine cannot
reach), so the suite replays the exchanges ``write_glpi.py`` writes from GLPI's documentation
into ``exchanges/glpi/``; there is no live target.
"""

from __future__ import annotations

from targets import Account, ConnectOptions, Connector, without_capabilities

from helpclient.backends.glpi.connector import GlpiBackend
from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.core.backend import HelpdeskBackend


def wrong_token(token: str) -> str:
    """A user token of GLPI's form (40 letters and digits) that is not the user's."""
    return token[:-8] + "0" * 8


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The GLPI connector as the app builds it (its own session, TLS and timeouts)."""
    token = wrong_token(account.token) if options.wrong_credentials else account.token
    credentials = GlpiCredentials(user_token=token, app_token=account.settings["app_token"])
    cls = without_capabilities(GlpiBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, credentials, page_size=options.page_size or 50)
    return backend


#: GLPI stores no file size: its attachments are listed with size 0 ("not known")
CONNECTOR = Connector("glpi", build, file_sizes=False)
