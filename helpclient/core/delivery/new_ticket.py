"""What a report becomes on the helpdesk: the ticket's subject, readable body, requestor,
priority, files and idempotency key."""

from __future__ import annotations

from helpclient.core.i18n import Translate, identity
from helpclient.core.models import NewAttachment, NewTicket, UserInfo
from helpclient.core.report.problem import ProblemReport, render_body, render_subject


def build_ticket(report: ProblemReport, user: UserInfo, tr: Translate = identity, *,
                 body: str = "") -> NewTicket:
    """The ticket to create: subject, readable body, the user as requestor, the report's
    attachments, category and answers to the helpdesk's fields, and the report id as
    idempotency key. ``body`` is the text frozen when the user sent it; without one the report
    is rendered now with ``tr``."""
    attachments = tuple(NewAttachment(path=path, filename=path.name)
                        for path in report.attachments)
    return NewTicket(
        subject=render_subject(report),
        body=body or render_body(report, tr),
        requestor_email=user.email or user.login,
        priority=report.urgency.priority if report.urgency else None,
        idempotency_key=report.report_id,
        attachments=attachments,
        category=report.category.value if report.category else "",
        field_values=tuple((f.spec.id, f.value.strip()) for f in report.form_fields
                           if f.shown),
    )
