"""The composition root builds each service on first use: a command that never talks to the
helpdesk never makes a connection (and so never opens the keyring)."""

from helpclient.core.connection import Connection
from helpclient.core.paths import AppPaths
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import Services, backend_factory


def test_the_connection_is_made_only_when_a_command_needs_it(tmp_path):
    paths = AppPaths.under(tmp_path)
    made = []

    def connect(settings):
        made.append(settings)
        return Connection(settings, SessionSecretStore(), backend_factory, {})

    services = Services(paths, Settings(paths.user_settings_file), connect)
    services.knowledge.refresh_folders()  # the starter articles: no helpdesk needed
    assert services.knowledge.search("vpn", 1)
    assert services.outbox.pending() == []
    assert made == []
    assert services.connection is services.connection
    assert made == [services.settings]
    services.outbox.close()
