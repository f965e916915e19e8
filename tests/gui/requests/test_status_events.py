"""Status changes as an employee reads them, in English and Russian: the real RT connector over
RT 5's recorded answers (the network edge faked), shown by the real ticket view. Nothing of RT's
wording — its system account's name, its status names — reaches the screen."""

from __future__ import annotations

import copy
import re

import pytest
from PySide6.QtWidgets import QLabel
from rt_fakes import ALICE, RT_SYSTEM, VALID, FakeRT, rt_backend

from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.ticket_view import TicketView

# RT's words that must never be shown: its automation's name and its raw status names
RT_WORDS = re.compile(r"RT System|RT_System|\b(new|open|stalled|resolved|rejected|deleted)\b|"
                      r"helpdesk status", re.IGNORECASE)


def _status(txn_id, old, new, creator, when):
    return {"id": txn_id, "type": "transaction", "Type": "Status", "Field": "Status",
            "OldValue": old, "NewValue": new, "Created": when, "Creator": creator,
            "Description": f"Status changed from '{old}' to '{new}'"}


@pytest.fixture
def answers():
    """The recorded ticket, its history extended by a reopen from the user herself."""
    found = copy.deepcopy(VALID)
    found["history"]["items"] += [
        _status("72", "resolved", "open", ALICE, "2026-12-02T09:20:00Z"),
        # RT's automation moving between two statuses that mean the same to the user
        _status("73", "open", "open", RT_SYSTEM, "2026-12-02T09:21:00Z"),
    ]
    return found




def shown_view(qtbot, answers):
    backend = rt_backend(FakeRT(answers))
    view = TicketView(TaskRunner(synchronous=True), lambda: backend, "1")
    qtbot.addWidget(view)
    view.show()
    conversation = view.conversation_view.toPlainText()
    header = " ".join(label.text() for label in view.header.findChildren(QLabel))
    tips = " ".join(label.toolTip() for label in view.header.findChildren(QLabel))
    return conversation, header, tips


def test_status_changes_in_english_without_rt_words(qtbot, language, answers):
    language("en_US")
    conversation, header, tips = shown_view(qtbot, answers)
    assert "Status changed to “In progress”" in conversation  # RT's automation: nobody
    assert "Enoch Root changed the status to “Solved”" in conversation
    assert "You changed the status to “In progress”" in conversation
    assert conversation.count("changed the status") == 2  # "open" → "open" is no change
    assert "Solved" in header
    assert "The problem is solved. If it comes back" in tips
    for text in (conversation, header, tips):
        assert not RT_WORDS.search(text.replace("Opened", "")), RT_WORDS.search(text)


def test_status_changes_in_russian(qtbot, language, answers):
    language("ru_RU")
    conversation, header, tips = shown_view(qtbot, answers)
    assert "Статус изменён на «В работе»" in conversation
    assert "Enoch Root: статус изменён на «Решена»" in conversation
    assert "Вы изменили статус на «В работе»" in conversation
    assert "Решена" in header
    assert "Проблема решена. Если она вернётся" in tips
    for text in (conversation, header, tips):
        assert not RT_WORDS.search(text), RT_WORDS.search(text)
