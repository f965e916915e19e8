"""Declared capabilities, honoured: an action a backend does not declare is refused before any
request is made, with the typed error the UI already explains.

The UI hides actions a backend lacks, but the outbox, the command line or a later check of the
server (a helpdesk whose workflow lets requesters not close tickets) may still call them; the
connector itself is the last place that can refuse without touching the server.
"""

from __future__ import annotations

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.errors import Rejected
from helpclient.core.models import Capability


def require(backend: HelpdeskBackend, needed: Capability, action: str) -> None:
    """Raise :class:`Rejected` unless ``backend.capabilities`` include ``needed``. ``action``
    words what was refused ("mark requests solved")."""
    if needed not in backend.capabilities:
        raise Rejected(f"{backend.name} does not let you {action} here.")
