"""Helpdesk connectors. Each implements ``helpclient.core.backend.HelpdeskBackend`` and
``helpclient.core.backend.ServerProbe`` (is this helpdesk at that address?).

The app chooses one by its type id from settings; modules are imported only when used, so a
connector's dependencies cost nothing to users of another helpdesk.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from helpclient.core.backend import HelpdeskBackend, ServerProbe
from helpclient.core.errors import ConfigurationError

#: Backend type id (as stored in settings and policy) → product name shown to users.
BACKEND_TYPES: Mapping[str, str] = MappingProxyType(
    {"rt": "Request Tracker", "redmine": "Redmine"})


def create_backend(kind: str, base_url: str, token: str, **options: Any) -> HelpdeskBackend:
    """A connected-on-demand backend of type ``kind`` (a key of :data:`BACKEND_TYPES`).

    ``options`` are passed to the backend's constructor (e.g. ``queue`` and ``session`` for RT).
    Raises :class:`ConfigurationError` for an unknown type or invalid settings."""
    if kind == "rt":
        from helpclient.backends.rt.connector import RequestTrackerBackend  # noqa: PLC0415 - lazy on purpose

        return RequestTrackerBackend(base_url, token, **options)
    if kind == "redmine":
        from helpclient.backends.redmine.connector import RedmineBackend  # noqa: PLC0415 - lazy on purpose

        return RedmineBackend(base_url, token, **options)
    raise unknown_type(kind)


def create_probe(kind: str, base_url: str, **options: Any) -> ServerProbe:
    """The probe of type ``kind`` for ``base_url``: whether that helpdesk answers there, asked
    before signing in. ``options`` go to the probe's constructor (``extra_ca_file``,
    ``timeout``). Raises :class:`ConfigurationError` like :func:`create_backend`."""
    if kind == "rt":
        from helpclient.backends.rt.probe import RequestTrackerProbe  # noqa: PLC0415 - lazy on purpose

        return RequestTrackerProbe(base_url, **options)
    if kind == "redmine":
        from helpclient.backends.redmine.probe import RedmineProbe  # noqa: PLC0415 - lazy on purpose

        return RedmineProbe(base_url, **options)
    raise unknown_type(kind)


def unknown_type(kind: str) -> ConfigurationError:
    """The error for a helpdesk type no connector has."""
    known = ", ".join(sorted(BACKEND_TYPES))
    return ConfigurationError(
        f"Unknown helpdesk type “{kind}” (known: {known}). Check the HelpClient settings."
    )
