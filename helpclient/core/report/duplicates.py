"""Is the problem the user starts to describe one they already reported? A cheap word match of
the summary against the subjects of their open requests, for the wizard's "Add this to request
#N" hint. Qt-free, offline (it reads the ticket cache's list, never the network)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from helpclient.core.models import Ticket

_WORD = re.compile(r"\w+", re.UNICODE)
# Words that say nothing about which problem it is.
_STOP_WORDS = (
    "the a an and or not is are was does doesnt don't can cant cannot my our on in at of to for "
    "with it its this that from no work works working problem issue help please again still "
    "снова опять всё ещё не и в на с по у мой моя моё мои работает проблема помогите пожалуйста"
)
_STOP = frozenset(_STOP_WORDS.split())
MIN_SCORE = 0.5


def _words(text: str) -> set[str]:
    # A crude stem (the first 5 letters) lets "printer"/"printers", "принтер"/"принтера" meet.
    return {w[:5] for w in (m.group(0).casefold() for m in _WORD.finditer(text))
            if len(w) >= 3 and w not in _STOP}


def similarity(summary: str, subject: str) -> float:
    """Share of the summary's meaningful words found in the subject (0..1); 0 unless at least
    two words are shared (one word, "printer", is too little to claim a duplicate)."""
    mine, theirs = _words(summary), _words(subject)
    shared = len(mine & theirs)
    return shared / len(mine) if shared >= 2 else 0.0


def likely_duplicate(summary: str, tickets: Iterable[Ticket]) -> Ticket | None:
    """The user's open ticket the summary most likely repeats, or None."""
    best: tuple[float, Ticket] | None = None
    for ticket in tickets:
        if not ticket.status.is_active:
            continue
        score = similarity(summary, ticket.subject)
        if score >= MIN_SCORE and (best is None or score > best[0]):
            best = (score, ticket)
    return best[1] if best else None
