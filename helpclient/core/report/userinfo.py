"""Who the user is, from the OS and the helpdesk account, to prefill contact details."""

from __future__ import annotations

from dataclasses import dataclass

from helpclient.core.models import UserInfo
from helpclient.core.report.problem import Contact


@dataclass(frozen=True)
class OsUser:
    """The OS account: login and, where the OS knows it, the full name."""

    login: str
    full_name: str = ""


def prefill_contact(saved: Contact, account: UserInfo | None, os_user: OsUser | None) -> Contact:
    """Contact details for a new report: what the user saved last time wins, then the helpdesk
    account, then the OS; the user checks them in the wizard."""
    account = account or UserInfo(login="")
    os_user = os_user or OsUser(login="")
    return Contact(
        name=saved.name or account.name or os_user.full_name or account.login or os_user.login,
        email=saved.email or account.email,
        phone=saved.phone or account.phone,
    )
