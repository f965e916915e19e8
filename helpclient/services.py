"""The non-GUI services, built the same way for the app and the CLI."""

from __future__ import annotations

from pathlib import Path

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.paths import AppPaths
from helpclient.core.secrets import open_secret_store
from helpclient.core.settings import Settings
from helpclient.core.sysinfo.service import (
    SysinfoService,
    options_from_settings,
    shareable_settings,
)
from helpclient.platform import policy_source


def build_settings(paths: AppPaths | None = None) -> tuple[Settings, AppPaths]:
    """The effective settings for this user and machine."""
    paths = paths or AppPaths.for_user()
    return Settings(paths.user_settings_file, policy_source()), paths


def backend_factory(config: ServerConfig, token: str):  # type: ignore[no-untyped-def]
    """Build the configured backend (the one place that knows the connector classes)."""
    from helpclient.backends import create_backend  # noqa: PLC0415

    return create_backend(config.kind, config.url, token, queue=config.queue,
                          extra_ca_file=config.extra_ca_file)


def build_connection(paths: AppPaths | None = None) -> Connection:
    """Settings + keyring + backend factory: what the CLI needs to talk to the helpdesk."""
    settings, _ = build_settings(paths)
    return Connection(settings, open_secret_store(), backend_factory)


def build_sysinfo(settings: Settings, paths: AppPaths, *,
                  displays: tuple[dict[str, object], ...] | None = None,
                  known_secrets: frozenset[str] = frozenset()) -> SysinfoService:
    """The system-information service with this OS's collectors (``displays`` come from Qt)."""
    from helpclient import __version__  # noqa: PLC0415
    from helpclient.platform.collectors import (  # noqa: PLC0415
        CollectContext,
        build_collectors,
        local_identity,
    )

    options = options_from_settings(settings)
    context = CollectContext(app_version=__version__, server_url=settings.get("server.url"),
                             check_urls=options.check_urls, settings=shareable_settings(settings),
                             ntp_server=settings.get("sysinfo.ntp_server"),
                             log_file=paths.log_file, displays=displays)
    return SysinfoService(lambda: build_collectors(context), options, identity_=local_identity(),
                          known_secrets=known_secrets, app_version=__version__,
                          bundle_dir=paths.bundle_dir)


def build_knowledge_base(settings: Settings, paths: AppPaths) -> KnowledgeBase:
    """The knowledge base over the user's index file, with the configured folders (read
    afresh at each refresh, so a settings change applies without a restart)."""
    from helpclient.resources_path import resource_file  # noqa: PLC0415

    def folders() -> list[Path]:
        return [Path(f).expanduser() for f in settings.get("kb.folders") if str(f).strip()]

    return KnowledgeBase(paths.data_dir / "kb.sqlite", folders, resource_file("kb"),
                         use_starter=lambda: bool(settings.get("kb.starter")))
