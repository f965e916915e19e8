"""The contract, the conversation: only what the requester may see (internal notes and their
files never), the user's reply with a file and its key, and a file support attached under a
hostile name, which lands in the downloads folder under a safe one."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from content import HOSTILE_NAME, PHOTO, body_text, write
from support import SupportFile
from targets import Target

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.models import Capability, NewAttachment, NewTicket
from helpclient.core.tracking.downloads import safe_filename, save_download

REPLY_KEY = "contract-reply-19c4ab72"


def test_conversation_is_public_only(target: Target, helpdesk: HelpdeskBackend) -> None:
    ticket = helpdesk.create_ticket(NewTicket(subject="VPN drops every hour", body="Hourly."))
    target.support.public_reply(ticket.id, "Please update the VPN client.")
    target.support.internal_note(
        ticket.id, "INTERNAL: user is on the old laptop",
        [SupportFile("internal-inventory.txt", b"asset 4711, out of warranty\n", "text/plain")])
    conversation = helpdesk.conversation(ticket.id)
    messages = [m for m in conversation if m.kind == "message"]
    assert [body_text(m).strip() for m in messages] == ["Hourly.",
                                                        "Please update the VPN client."]
    reply = messages[1]
    assert reply.from_support and reply.author and not reply.attachments
    assert not messages[0].from_support
    # the note is nowhere: no message, no text, no file
    assert all("INTERNAL" not in m.body for m in conversation)
    assert all(a.filename != "internal-inventory.txt" for m in conversation
               for a in m.attachments)
    assert [m.created for m in conversation] == sorted(m.created for m in conversation)
    for event in (m for m in conversation if m.kind == "status"):  # words are the UI's
        assert event.status is not None and event.body == ""


def test_reply_with_a_file(target: Target, helpdesk: HelpdeskBackend, tmp_path) -> None:
    if Capability.REPLY_ATTACHMENTS not in helpdesk.capabilities:
        pytest.skip(f"{helpdesk.name} declares no REPLY_ATTACHMENTS")
    ticket = helpdesk.create_ticket(NewTicket(subject="Printer jams", body="Tray 2."))
    photo = write(tmp_path, "jam.jpg", PHOTO)
    uploaded: list[tuple[int, int]] = []
    helpdesk.reply(ticket.id, "Here is a photo.", [NewAttachment(photo, "jam.jpg")],
                   idempotency_key=REPLY_KEY,
                   progress=lambda sent, total: uploaded.append((sent, total)))
    assert uploaded and uploaded[-1][0] == uploaded[-1][1] >= len(PHOTO)
    last = [m for m in helpdesk.conversation(ticket.id) if m.kind == "message"][-1]
    assert body_text(last).strip() == "Here is a photo."  # the key stays hidden
    assert not last.from_support
    [attachment] = last.attachments
    assert (attachment.filename, attachment.content_type) == ("jam.jpg", "image/jpeg")
    assert b"".join(helpdesk.download_attachment(attachment.id)) == PHOTO
    if Capability.FIND_BY_KEY in helpdesk.capabilities:
        assert helpdesk.find_reply_by_key(ticket.id, REPLY_KEY)
        assert not helpdesk.find_reply_by_key(ticket.id, "contract-reply-never-sent")


def test_download_with_a_hostile_file_name(
    target: Target, helpdesk: HelpdeskBackend, tmp_path
) -> None:
    ticket = helpdesk.create_ticket(NewTicket(subject="Invoice tool crashes", body="On save."))
    payload = b"MZ this would run if it were saved as it is named\n"
    target.support.public_reply(ticket.id, "Run the attached fix.",
                                [SupportFile(HOSTILE_NAME, payload)])
    last = [m for m in helpdesk.conversation(ticket.id) if m.kind == "message"][-1]
    [attachment] = last.attachments
    downloads = tmp_path / "Downloads"
    saved = save_download(downloads, attachment.filename,
                          helpdesk.download_attachment(attachment.id))
    assert saved.parent == downloads  # not up and out of the folder
    assert saved.name == safe_filename(attachment.filename)
    assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in saved.name)
    assert not set(saved.name) & set("/\\") and not saved.name.startswith(".")
    assert hashlib.sha256(saved.read_bytes()).digest() == hashlib.sha256(payload).digest()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [saved.name]
