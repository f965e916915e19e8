"""Every setting HelpClient has, declared once: its key, type, default, what it does (the policy
templates and ``check-config`` show it) and what makes a value unusable. The layers that give
them values are :mod:`helpclient.core.settings`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from helpclient.core.branding import check_accent, check_logo
from helpclient.core.channels import (
    check_email,
    check_phone,
    check_social_link,
    check_web_address,
)
from helpclient.core.feed_address import check_feed_url


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    key: str
    type: type
    default: Any
    doc: str
    lockable: bool = True
    # why a value of the right type is still unusable ("" when it is fine); for a list, each
    # entry is checked and only the bad ones are left out
    check: Callable[[str], str] | None = None
    # a credential of the deployment: check-config and the system information say whether it
    # is set, never what it is
    secret: bool = False


#: the report categories a request-type entry may name (``core.report.problem.Category``)
_CATEGORIES = ("hardware", "software", "network", "account", "printing", "email", "other")


def check_port(value: Any) -> str:
    """Why a port number is unusable ("" when it is one, or 0 for "any")."""
    return "" if 0 <= value <= 65535 else f"{value} is not a port number (0-65535)"


def check_request_type_entry(entry: str) -> str:
    """Why a ``server.jsm_request_types`` entry is unusable ("" when it is fine)."""
    category, sep, kind = entry.partition("=")
    if not sep or not kind.strip():
        return f"“{entry}” is not “category=request type”"
    if category.strip() not in _CATEGORIES:
        return f"“{category.strip()}” is none of the categories {', '.join(_CATEGORIES)}"
    return ""


SETTINGS: tuple[Setting, ...] = (
    Setting("server.backend", str, "rt",
            "Helpdesk type: rt (Request Tracker 5), glpi (GLPI 10 or 11), zammad (Zammad 6), "
            "redmine (Redmine 5), freshservice (Freshservice), jsm (Jira Service Management, "
            "Cloud or Data Center) or zendesk (Zendesk)."),
    Setting("server.url", str, "", "Base URL of the helpdesk, e.g. https://rt.example.com"),
    Setting("server.queue", str, "General",
            "Queue (Request Tracker), group (Zammad) or service desk (Jira Service Management: "
            "its number, project key or name) new tickets go to."),
    Setting("server.redmine_project", str, "",
            "Redmine only: identifier of the project new requests go to (e.g. it-help); empty "
            "uses the queue setting."),
    Setting("server.redmine_tracker", str, "",
            "Redmine only: name or number of the tracker of new requests (e.g. Support); empty "
            "uses the project's first tracker."),
    Setting("server.jsm_request_types", list, [],
            "Jira Service Management only: the request type of each report category, as "
            "entries \"category=request type name or number\" (categories: hardware, software, "
            "network, account, printing, email, other). A category without an entry goes to "
            "the type whose name speaks of it, else to a general one.",
            check=check_request_type_entry),
    Setting("server.extra_ca_file", str, "",
            "PEM file of extra trusted CA certificates (an internal CA), besides the system's."),
    Setting("server.app_token", str, "",
            "GLPI only: the App-Token of the API client GLPI's administrator defined for "
            "HelpClient (Setup > General > API), sent with every request when GLPI requires "
            "one. Empty: none.", secret=True),
    Setting("server.oauth_client_id", str, "",
            "The client id of the OAuth application registered for HelpClient in the helpdesk "
            "(Zammad: its UID; redirect URI http://127.0.0.1/ with any port, PKCE; Jira Service "
            "Management: the Client ID of the OAuth 2.0 (3LO) app in Atlassian's developer "
            "console, with server.oauth_client_secret and server.oauth_redirect_port). When set, "
            "users may sign in with their browser. Empty: no browser sign-in."),
    Setting("server.oauth_client_secret", str, "",
            "The secret of that OAuth application, only for helpdesks that require one of a "
            "desktop app (a public client with PKCE needs none). Empty: none.", secret=True),
    Setting("server.oauth_redirect_port", int, 0,
            "The port of the OAuth callback URL http://127.0.0.1:PORT/ registered with the "
            "application, for helpdesks that accept only that one exact URL (Jira Service "
            "Management: Atlassian's developer console). 0: any free port (Zammad, Zendesk).",
            check=check_port),
    Setting("ui.language", str, "",
            "Interface language (en, ru, de, fr, es); empty follows the system."),
    Setting("ticket.language", str, "",
            "Language of the headings and labels HelpClient writes into tickets (en, ru, de, fr, "
            "es): the one support reads. Empty: the interface language."),
    Setting("branding.product_name", str, "HelpClient", "Name shown in windows and the tray."),
    Setting("branding.support_contact", str, "",
            "How to reach support when HelpClient cannot (phone, e-mail), shown in errors."),
    Setting("branding.company_name", str, "",
            "Your organization's name, used where HelpClient names the company (\"Other ways to "
            "reach Example Corp support\"). Empty: texts say \"support\"."),
    Setting("branding.logo", str, "",
            "Absolute path of the company's logo, an SVG or PNG file, shown in the report wizard, "
            "About and Other ways to get help. Empty: HelpClient's icon.", check=check_logo),
    Setting("branding.accent_color", str, "",
            "Accent colour as #RRGGBB (e.g. #0b5cad) for selections, links and default buttons; "
            "adjusted where needed so text stays readable. Empty: the system's.",
            check=check_accent),
    Setting("branding.welcome", str, "",
            "A welcome line shown at the top of the report wizard's first page, e.g. \"Example "
            "Corp IT: we answer within one working hour.\" Empty: none."),
    Setting("support.phone", str, "",
            "Support's phone number, offered among the other ways to get help as a link that "
            "starts a call and as text to read out, e.g. +1 555 0100. Empty: not offered.",
            check=check_phone),
    Setting("support.email", str, "",
            "Support's e-mail address, offered among the other ways to get help; from a report, "
            "the e-mail is prefilled with its summary and details. Empty: not offered.",
            check=check_email),
    Setting("support.chat_url", str, "",
            "Web address (https://…) of support's chat, offered among the other ways to get "
            "help. Empty: not offered.", check=check_web_address),
    Setting("support.portal_url", str, "",
            "Web address (https://…) of the self-service portal or forum, offered among the "
            "other ways to get help. Empty: not offered.", check=check_web_address),
    Setting("support.social_links", list, [],
            "Support's social channels, offered among the other ways to get help, one entry "
            "each as Label=address, e.g. Telegram=https://t.me/example_it (only http and https "
            "addresses). Empty: none.", check=check_social_link),
    Setting("remote.tool_name", str, "",
            "The remote-assistance tool's name as users know it (e.g. RustDesk, Quick Assist), "
            "shown when HelpClient asks for consent. Empty: the program's or the site's name."),
    Setting("remote.command", str, "",
            "Command line that starts the remote-assistance tool when the user chooses \"Let "
            "support connect to my computer\" and agrees (asked each time). Split into words "
            "like a shell would (quotes group words; on Windows a backslash is a plain "
            "character), never run through a shell. Placeholders, filled in each word: "
            "{ticket} {user} {computer} {email} {name}. Empty: remote.url, or not offered."),
    Setting("remote.url", str, "",
            "Web address (http or https) of the remote-assistance page, opened in the browser "
            "instead of a command, or when the command's program is not installed; the same "
            "placeholders are filled, percent-encoded. Empty: not offered."),
    Setting("remote.how_to_stop", str, "",
            "How the user ends a remote-assistance session (e.g. \"Click Disconnect in the "
            "RustDesk window\"), shown before and after the tool starts. Empty: a general "
            "hint."),
    Setting("contact.name", str, "", "Your name as support should see it.", lockable=False),
    Setting("contact.email", str, "", "Your e-mail address for replies.", lockable=False),
    Setting("contact.phone", str, "", "Your phone number (optional).", lockable=False),
    Setting("sync.poll_minutes", int, 2,
            "How often (minutes) to check for news while you have open requests; without open "
            "requests HelpClient checks a few times a day. Slower when idle or on battery."),
    Setting("sync.notifications", bool, True,
            "Show a notification when support replies or a request changes status."),
    Setting("sync.quiet_hours", str, "",
            "No notifications in this daily span of local time, e.g. 22:00-07:00 (empty: none)."),
    Setting("outbox.max_attachment_mb", int, 10,
            "Largest attached file the helpdesk accepts, in MB (Request Tracker's "
            "$MaxAttachmentSize, 10 MB by default): larger files are refused before upload "
            "instead of being cut by the server. 0 means no limit."),
    Setting("sysinfo.enabled", bool, True,
            "Offer to attach system information (a ZIP the user reviews) to new reports."),
    Setting("sysinfo.anonymize", bool, False,
            "Replace user name, computer name, home folders, e-mail and IP addresses in the "
            "system information with [REDACTED:…] marks."),
    Setting("sysinfo.size_cap", int, 2_000_000,
            "Largest size in bytes of the system-information items; the largest optional items "
            "are left out above it."),
    Setting("sysinfo.exclude_items", str, "",
            "Comma-separated collectors never to run (e.g. processes,software)."),
    Setting("sysinfo.exclude_classes", str, "",
            "Comma-separated privacy classes never to collect: technical, personal."),
    Setting("sysinfo.ntp_server", str, "",
            "NTP server to measure the clock's offset against (empty: not measured)."),
    Setting("sysinfo.check_urls", str, "",
            "Comma-separated URLs whose reachability (DNS, TCP, TLS) is checked and reported."),
    Setting("checks.in_reports", bool, True,
            "Run the quick checks of the computer when the report wizard opens, show what they "
            "find, and add their results to the report, so support sees them."),
    Setting("checks.vpn_interfaces", list, [],
            "Network interfaces of the company VPN that must be up, by name (wildcards allowed, "
            "any case: tun*, wg0, Cisco*). The quick checks report a problem when none is up. "
            "Empty: the VPN is not checked."),
    Setting("checks.current_versions", list, [],
            "Program versions IT supports, as Name=version items (Firefox=128.0): the quick "
            "checks say when the program a user reports about is older."),
    Setting("kb.folders", list, [],
            "Folders of Markdown/HTML articles to search besides the helpdesk's (watched)."),
    Setting("kb.starter", bool, True, "Search HelpClient's bundled starter knowledge base."),
    Setting("kb.sync_minutes", int, 60,
            "How often to copy the helpdesk's articles for offline search (0: never)."),
    Setting("announcements.feed_url", str, "",
            "Address (https://…) of IT's JSON feed of known problems (format in the README): the "
            "report wizard says \"we already know\" when one matches what the user types, and "
            "the tray shows the active ones. Empty: no feed.", check=check_feed_url),
    Setting("announcements.rt_class", str, "",
            "Request Tracker article class whose articles are IT's announcements of known "
            "problems (e.g. Announcements); they are left out of the knowledge base. Empty: "
            "none."),
    Setting("crashes.offer", bool, False,
            "Watch for programs that crash on this computer and offer to report the crash with "
            "the program, its version, the time and a redacted summary filled in. Off by "
            "default: it reads the computer's crash records."),
    Setting("crashes.throttle_hours", int, 24,
            "Offer to report crashes of the same program at most once in this many hours."),
)

SETTINGS_BY_KEY: Mapping[str, Setting] = {s.key: s for s in SETTINGS}
