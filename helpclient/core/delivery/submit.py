"""Turning a finished report into a ticket on the helpdesk."""

from __future__ import annotations

import logging
import mimetypes

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.i18n import Translate, identity
from helpclient.core.models import NewAttachment, NewTicket, Ticket, UserInfo
from helpclient.core.report.problem import ProblemReport, render_body, render_subject

log = logging.getLogger(__name__)


def build_ticket(report: ProblemReport, user: UserInfo, tr: Translate = identity) -> NewTicket:
    """The ticket to create: subject, readable body, the user as requestor, the report's
    attachments, and the report id as idempotency key."""
    attachments = tuple(
        NewAttachment(path=path, filename=path.name,
                      content_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        for path in report.attachments
    )
    return NewTicket(
        subject=render_subject(report),
        body=render_body(report, tr),
        requestor_email=user.email or user.login,
        priority=report.urgency.priority if report.urgency else None,
        idempotency_key=report.report_id,
        attachments=attachments,
    )


def submit_report(backend: HelpdeskBackend, report: ProblemReport, user: UserInfo,
                  tr: Translate = identity) -> Ticket:
    """Create the ticket unless one with this report's key already exists (blocking)."""
    existing = backend.find_ticket_by_key(report.report_id)
    if existing is not None:
        log.info("report %s already filed as ticket %s", report.report_id, existing.id)
        return existing
    ticket = backend.create_ticket(build_ticket(report, user, tr))
    log.info("report %s filed as ticket %s", report.report_id, ticket.id)
    return ticket
