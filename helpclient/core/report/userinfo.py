"""Who the user is, from the OS and the helpdesk account, to prefill contact details; and the
details the user confirmed last time, remembered for the next report."""

from __future__ import annotations

from dataclasses import dataclass

from helpclient.core.models import UserInfo
from helpclient.core.report.problem import Contact
from helpclient.core.settings import Settings


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


def saved_contact(settings: Settings) -> Contact:
    """The contact details the user sent with their last report."""
    return Contact(settings.get("contact.name"), settings.get("contact.email"),
                   settings.get("contact.phone"))


def remember_contact(settings: Settings, contact: Contact) -> None:
    """Keep the details of a report just sent for the next one (the caller saves the settings,
    off the GUI thread)."""
    settings.set("contact.name", contact.name.strip())
    settings.set("contact.email", contact.email.strip())
    settings.set("contact.phone", contact.phone.strip())
