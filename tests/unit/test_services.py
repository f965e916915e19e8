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


def test_the_settings_choose_the_sources_of_known_problems(tmp_path, monkeypatch):
    paths = AppPaths.under(tmp_path)
    paths.user_settings_file.parent.mkdir(parents=True)
    paths.user_settings_file.write_text(
        '[server]\nurl = "https://rt.example.com"\n'
        '[announcements]\nrt_class = "Announcements"\n'
        'feed_url = "https://it.example.com/known.json"\n')
    services = Services.for_user(paths, secrets=SessionSecretStore(),
                                 environ={"HELPCLIENT_TOKEN": "1-27-secret"})
    # the helpdesk's connector knows its announcement class (and leaves it out of the kb)
    assert services.connection.backend()._announcements.name == "Announcements"
    feed, helpdesk = services._announcement_sources()
    assert (feed.name, helpdesk.name) == ("feed", "rt")
    assert services._feeds["https://it.example.com/known.json"].url.endswith("/known.json")
    services.settings.set("announcements.feed_url", "")
    feed, _helpdesk = services._announcement_sources()
    assert feed.fetch() is None  # no feed set up: no source, nothing fetched
    assert services.known_problems.active() == []
    assert services.known_problems._matcher is None  # nothing announced: no index opened


def test_crash_offers_follow_the_throttle_setting(tmp_path):
    paths = AppPaths.under(tmp_path)
    services = Services(paths, Settings(paths.user_settings_file),
                        lambda s: Connection(s, SessionSecretStore(), backend_factory, {}))
    services.settings.set("crashes.throttle_hours", 2)
    offers = services.crash_offers()
    assert offers._throttle().total_seconds() == 7200
    assert type(services.crash_source("en")).__name__ in ("LinuxCrashSource", "NoneType")


def test_the_poll_pace_is_never_faster_than_the_connector_asks(tmp_path):
    paths = AppPaths.under(tmp_path)
    services = Services(paths, Settings(paths.user_settings_file),
                        lambda s: Connection(s, SessionSecretStore(), backend_factory, {}))
    services.settings.set("sync.poll_minutes", 2)
    assert services.poll_policy().active_interval == 120  # Request Tracker: the setting
    services.settings.set("server.backend", "freshservice")  # a company-wide rate limit
    assert services.poll_policy().active_interval == 600
    services.settings.set("sync.poll_minutes", 30)
    assert services.poll_policy().active_interval == 1800  # slower still: the setting
