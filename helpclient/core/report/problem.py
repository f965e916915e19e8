"""The problem report: what the user tells support, step by step, and how it is validated.

Each wizard page edits one group of fields; :func:`validate_step` says what is missing or wrong in
plain language. The report renders to the ticket body with one section per step.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Text, Translate, identity
from helpclient.core.models import FieldKind, FieldSpec
from helpclient.core.report.self_checks import SelfCheckNote, render_self_checks

CTX = "Report"

SUMMARY_MIN = 5
SUMMARY_MAX = 150
ERROR_TEXT_MAX = 20_000
ACTION_MAX = 500


class Category(enum.Enum):
    """What the problem is about; shown as a choice in the first step."""

    HARDWARE = "hardware"
    SOFTWARE = "software"
    NETWORK = "network"
    ACCOUNT = "account"
    PRINTING = "printing"
    EMAIL = "email"
    OTHER = "other"


CATEGORY_LABELS: dict[Category, str] = {
    Category.SOFTWARE: QT_TRANSLATE_NOOP("Report", "A program or app"),
    Category.HARDWARE: QT_TRANSLATE_NOOP("Report", "Computer or device"),
    Category.NETWORK: QT_TRANSLATE_NOOP("Report", "Network, Wi-Fi or VPN"),
    Category.ACCOUNT: QT_TRANSLATE_NOOP("Report", "Account, password or access"),
    Category.PRINTING: QT_TRANSLATE_NOOP("Report", "Printing or scanning"),
    Category.EMAIL: QT_TRANSLATE_NOOP("Report", "E-mail or calendar"),
    Category.OTHER: QT_TRANSLATE_NOOP("Report", "Something else"),
}


class Started(enum.Enum):
    """When the problem started."""

    JUST_NOW = "just_now"
    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    LONGER = "longer"
    ALWAYS = "always"


STARTED_LABELS: dict[Started, str] = {
    Started.JUST_NOW: QT_TRANSLATE_NOOP("Report", "Just now"),
    Started.TODAY: QT_TRANSLATE_NOOP("Report", "Earlier today"),
    Started.YESTERDAY: QT_TRANSLATE_NOOP("Report", "Yesterday"),
    Started.THIS_WEEK: QT_TRANSLATE_NOOP("Report", "In the last few days"),
    Started.LONGER: QT_TRANSLATE_NOOP("Report", "More than a week ago"),
    Started.ALWAYS: QT_TRANSLATE_NOOP("Report", "It never worked"),
}


class Urgency(enum.Enum):
    """How much the problem stops the user; maps to the helpdesk's priority."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def priority(self) -> int:
        """A 0-100 priority, as helpdesks such as Request Tracker use it."""
        return {"low": 10, "normal": 30, "high": 60, "critical": 90}[self.value]


URGENCY_LABELS: dict[Urgency, str] = {
    Urgency.LOW: QT_TRANSLATE_NOOP("Report", "It can wait — I have a workaround"),
    Urgency.NORMAL: QT_TRANSLATE_NOOP("Report", "It slows down my work"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("Report", "I cannot work"),
    Urgency.CRITICAL: QT_TRANSLATE_NOOP("Report", "Several people cannot work"),
}


class Step(enum.Enum):
    """The wizard's steps, in order."""

    PROBLEM = "problem"
    ACTIONS = "actions"
    ERROR = "error"
    SOFTWARE = "software"
    CONTACT = "contact"
    SYSINFO = "sysinfo"
    REVIEW = "review"


# the steps without "What will be sent" (system information switched off by policy or setting)
BASIC_STEPS: tuple[Step, ...] = tuple(s for s in Step if s is not Step.SYSINFO)


def report_steps(*, sysinfo: bool) -> tuple[Step, ...]:
    """The wizard's steps, with the system-information review when ``sysinfo`` is on."""
    return tuple(Step) if sysinfo else BASIC_STEPS


@dataclass(frozen=True)
class Contact:
    """How support can reach the user."""

    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class TriedArticle:
    """A knowledge-base article the user opened and marked "Not what I need": support sees it
    in the ticket and does not send the same article back."""

    id: str
    title: str
    url: str = ""


@dataclass(frozen=True)
class FormField:
    """A field the helpdesk asked for (see ``RequestFormBackend``) and the user's answer: text,
    or the id of a choice."""

    spec: FieldSpec
    value: str = ""

    @property
    def shown(self) -> str:
        """The answer as the user sees it (a choice's label)."""
        if self.spec.kind is FieldKind.CHOICE:
            return next((c.label for c in self.spec.choices if c.id == self.value), "")
        return self.value.strip()


@dataclass(frozen=True)
class ProblemReport:
    """Everything the user said, immutable: each edit makes a new report (cheap, and safe to
    hand to a worker thread for autosave or sending)."""

    summary: str = ""
    category: Category | None = None
    actions: tuple[str, ...] = ()
    error_text: str = ""
    no_error_message: bool = False
    started: Started | None = None
    software: str = ""
    software_version: str = ""
    not_software_specific: bool = False
    urgency: Urgency | None = None
    contact: Contact = field(default_factory=Contact)
    attachments: tuple[Path, ...] = ()
    # system information: the items the user left ticked, whether they agreed to send them, and
    # whether names and addresses are anonymised
    sysinfo_items: tuple[str, ...] = ()
    sysinfo_consent: bool = False
    sysinfo_anonymize: bool = False
    tried_articles: tuple[TriedArticle, ...] = ()
    # the fields the helpdesk asks for this category, with the user's answers (asked on the
    # urgency and contact step)
    form_fields: tuple[FormField, ...] = ()
    # what the quick checks found: HelpClient's observation, not the user's words, so it
    # takes no part in comparing reports (an untouched report stays untouched)
    self_checks: tuple[SelfCheckNote, ...] = field(default=(), compare=False)
    report_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def with_changes(self, **changes: object) -> ProblemReport:
        """A copy with the given fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]  # replace() checks names at run time

    def with_tried_article(self, article: TriedArticle) -> ProblemReport:
        """A copy with ``article`` among the tried ones (once, however often it is tried)."""
        if any(a.id == article.id for a in self.tried_articles):
            return self
        return self.with_changes(tried_articles=(*self.tried_articles, article))

    @property
    def filled_actions(self) -> tuple[str, ...]:
        """The actions with blank lines dropped and whitespace trimmed."""
        return tuple(a.strip() for a in self.actions if a.strip())


@dataclass(frozen=True)
class FieldError:
    """A problem with one field, in words for the user."""

    field: str
    message: Text


def _err(field_name: str, source: str, **params: object) -> FieldError:
    return FieldError(field_name, Text(CTX, source, dict(params)))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$")

# Validation messages, marked for translation where lupdate can see them.
_MSG: dict[str, str] = {
    "summary_empty": QT_TRANSLATE_NOOP("Report", "Describe the problem in one line."),
    "summary_short": QT_TRANSLATE_NOOP(
        "Report", "Use at least {n} characters to describe the problem."),
    "summary_long": QT_TRANSLATE_NOOP(
        "Report", "Keep the summary under {n} characters; put details in the next steps."),
    "category": QT_TRANSLATE_NOOP("Report", "Choose what the problem is about."),
    "actions_empty": QT_TRANSLATE_NOOP(
        "Report", "Add at least one thing you did, one step per line."),
    "action_long": QT_TRANSLATE_NOOP(
        "Report", "Step {i} is too long: keep each step under {n} characters."),
    "error_empty": QT_TRANSLATE_NOOP(
        "Report", "Paste the exact error message, or tick \u201cThere was no error message\u201d."),
    "error_long": QT_TRANSLATE_NOOP(
        "Report", "The error text is longer than {n} characters; paste only the most important "
        "lines."),
    "started": QT_TRANSLATE_NOOP("Report", "Choose when the problem started."),
    "software": QT_TRANSLATE_NOOP(
        "Report", "Name the program that has the problem, or tick "
        "\u201cNot about a specific program\u201d."),
    "urgency": QT_TRANSLATE_NOOP("Report", "Choose how urgent the problem is."),
    "name": QT_TRANSLATE_NOOP("Report", "Enter your name."),
    "email_empty": QT_TRANSLATE_NOOP(
        "Report", "Enter your e-mail address so support can answer you."),
    "email_bad": QT_TRANSLATE_NOOP(
        "Report", "\u201c{value}\u201d is not a valid e-mail address (example: name@company.com)."),
    "consent": QT_TRANSLATE_NOOP(
        "Report", "Tick \u201cI agree\u201d to send the checked information, or uncheck "
        "every item to send none."),
    "form_field": QT_TRANSLATE_NOOP("Report", "Your helpdesk needs this field filled in."),
    "phone_bad": QT_TRANSLATE_NOOP(
        "Report", "\u201c{value}\u201d does not look like a phone number: use digits, spaces "
        "and an optional leading +."),
}


def check_email(email: str) -> bool:
    """A plausible address: something@domain.tld, no spaces."""
    return bool(_EMAIL.match(email.strip()))


def check_phone(phone: str) -> bool:
    """Digits with the usual separators, 6 to 15 digits (E.164 allows at most 15)."""
    phone = phone.strip()
    digits = sum(c.isdigit() for c in phone)
    return bool(_PHONE_CHARS.match(phone)) and 6 <= digits <= 15


def validate_step(report: ProblemReport, step: Step) -> list[FieldError]:
    """What the user must fix before leaving ``step``; empty when the step is complete."""
    errors: list[FieldError] = []
    if step is Step.PROBLEM:
        summary = report.summary.strip()
        if not summary:
            errors.append(_err("summary", _MSG["summary_empty"]))
        elif len(summary) < SUMMARY_MIN:
            errors.append(_err("summary", _MSG["summary_short"], n=SUMMARY_MIN))
        elif len(summary) > SUMMARY_MAX:
            errors.append(_err("summary", _MSG["summary_long"], n=SUMMARY_MAX))
        if report.category is None:
            errors.append(_err("category", _MSG["category"]))
    elif step is Step.ACTIONS:
        if not report.filled_actions:
            errors.append(_err("actions", _MSG["actions_empty"]))
        for index, action in enumerate(report.filled_actions, start=1):
            if len(action) > ACTION_MAX:
                errors.append(_err("actions", _MSG["action_long"], i=index, n=ACTION_MAX))
    elif step is Step.ERROR:
        if not report.error_text.strip() and not report.no_error_message:
            errors.append(_err("error_text", _MSG["error_empty"]))
        if len(report.error_text) > ERROR_TEXT_MAX:
            errors.append(_err("error_text", _MSG["error_long"], n=ERROR_TEXT_MAX))
        if report.started is None:
            errors.append(_err("started", _MSG["started"]))
    elif step is Step.SOFTWARE:
        if not report.software.strip() and not report.not_software_specific:
            errors.append(_err("software", _MSG["software"]))
    elif step is Step.CONTACT:
        errors.extend(_validate_contact(report))
    elif step is Step.SYSINFO and report.sysinfo_items and not report.sysinfo_consent:
        errors.append(_err("sysinfo_consent", _MSG["consent"]))
    return errors


def _validate_contact(report: ProblemReport) -> list[FieldError]:
    errors: list[FieldError] = []
    if report.urgency is None:
        errors.append(_err("urgency", _MSG["urgency"]))
    contact = report.contact
    if not contact.name.strip():
        errors.append(_err("name", _MSG["name"]))
    if not contact.email.strip():
        errors.append(_err("email", _MSG["email_empty"]))
    elif not check_email(contact.email):
        errors.append(_err("email", _MSG["email_bad"], value=contact.email.strip()))
    if contact.phone.strip() and not check_phone(contact.phone):
        errors.append(_err("phone", _MSG["phone_bad"], value=contact.phone.strip()))
    errors.extend(_err(form_error_key(f.spec.id), _MSG["form_field"])
                  for f in report.form_fields if not f.shown)
    return errors


def form_error_key(field_id: str) -> str:
    """The :class:`FieldError` field naming the helpdesk's field ``field_id``."""
    return f"form:{field_id}"


def validate_all(report: ProblemReport, steps: tuple[Step, ...] = tuple(Step)) -> list[FieldError]:
    """Every error of every step, in step order."""
    return [error for step in steps for error in validate_step(report, step)]


def render_subject(report: ProblemReport) -> str:
    """The ticket subject: the one-line summary, whitespace collapsed."""
    return " ".join(report.summary.split())


# The ticket body's fixed words, marked for translation.
_LABELS: dict[str, str] = {
    "what": QT_TRANSLATE_NOOP("Report", "What is wrong"),
    "category": QT_TRANSLATE_NOOP("Report", "Category"),
    "did": QT_TRANSLATE_NOOP("Report", "What I did"),
    "saw": QT_TRANSLATE_NOOP("Report", "What I saw"),
    "no_error": QT_TRANSLATE_NOOP("Report", "There was no error message."),
    "started": QT_TRANSLATE_NOOP("Report", "Started"),
    "software": QT_TRANSLATE_NOOP("Report", "Software affected"),
    "no_version": QT_TRANSLATE_NOOP("Report", "version unknown"),
    "no_software": QT_TRANSLATE_NOOP("Report", "Not about a specific program."),
    "contact": QT_TRANSLATE_NOOP("Report", "Urgency and contact"),
    "urgency": QT_TRANSLATE_NOOP("Report", "Urgency"),
    "name": QT_TRANSLATE_NOOP("Report", "Name"),
    "email": QT_TRANSLATE_NOOP("Report", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Report", "Phone"),
    "files": QT_TRANSLATE_NOOP("Report", "Attached files"),
    "sysinfo": QT_TRANSLATE_NOOP("Report", "System information"),
    "sysinfo_items": QT_TRANSLATE_NOOP(
        "Report", "{n} items about this computer, reviewed by me, attached as a ZIP file."),
    "tried": QT_TRANSLATE_NOOP("Report", "Articles already tried"),
    "checks": QT_TRANSLATE_NOOP("Report", "Quick checks of this computer"),
}


def render_sections(report: ProblemReport, tr: Translate = identity) -> list[tuple[str, str]]:
    """The report as (title, text) sections, one per step, in the user's language."""
    return [(title, text) for _, title, text in render_step_sections(report, tr)]


def render_step_sections(report: ProblemReport,
                         tr: Translate = identity) -> list[tuple[Step | None, str, str]]:
    """:func:`render_sections` with the step each section comes from (None for a section no step
    edits, such as the attached files), so a review can offer "Edit" on the right step."""

    def t(key: str) -> str:
        return tr(CTX, _LABELS[key])

    sections: list[tuple[Step | None, str, str]] = []
    category = tr(CTX, CATEGORY_LABELS[report.category]) if report.category else "—"
    sections.append((Step.PROBLEM, t("what"),
                     f"{report.summary.strip()}\n{t('category')}: {category}"))
    actions = "\n".join(f"{i}. {a}" for i, a in enumerate(report.filled_actions, start=1))
    sections.append((Step.ACTIONS, t("did"), actions or "—"))
    # a ticked opt-out wins over text typed before it was ticked
    error = t("no_error") if report.no_error_message else report.error_text.strip() or "—"
    started = tr(CTX, STARTED_LABELS[report.started]) if report.started else "—"
    sections.append((Step.ERROR, t("saw"), f"{error}\n\n{t('started')}: {started}"))
    if report.software.strip() and not report.not_software_specific:
        version = report.software_version.strip() or t("no_version")
        software = f"{report.software.strip()} ({version})"
    else:
        software = t("no_software")
    sections.append((Step.SOFTWARE, t("software"), software))
    urgency = tr(CTX, URGENCY_LABELS[report.urgency]) if report.urgency else "—"
    contact = report.contact
    lines = [f"{t('urgency')}: {urgency}", f"{t('name')}: {contact.name.strip()}",
             f"{t('email')}: {contact.email.strip()}"]
    if contact.phone.strip():
        lines.append(f"{t('phone')}: {contact.phone.strip()}")
    lines += [f"{f.spec.name}: {f.shown or '—'}" for f in report.form_fields]
    sections.append((Step.CONTACT, t("contact"), "\n".join(lines)))
    if report.sysinfo_items and report.sysinfo_consent:
        sections.append((Step.SYSINFO, t("sysinfo"),
                         t("sysinfo_items").format(n=len(report.sysinfo_items))))
    if report.attachments:
        sections.append((None, t("files"), "\n".join(f"- {p.name}" for p in report.attachments)))
    if report.tried_articles:
        sections.append((None, t("tried"), "\n".join(
            f"- {a.title}" + (f" ({a.url})" if a.url else "") for a in report.tried_articles)))
    if report.self_checks:
        sections.append((None, t("checks"), render_self_checks(report.self_checks, tr)))
    return sections


def render_body(report: ProblemReport, tr: Translate = identity) -> str:
    """The ticket body: one readable section per step, in the user's language."""
    sections = render_sections(report, tr)
    return "\n\n".join(f"== {title} ==\n{text}" for title, text in sections) + "\n"
