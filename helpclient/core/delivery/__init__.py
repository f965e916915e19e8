"""Delivery: each report becomes exactly one ticket, and each reply joins its ticket once.

``outbox`` is the durable queue (SQLite + copies of the attachments, written before any network
call) and ``entry`` what it holds; ``submit`` is the one way a finished report is handed over —
queued first, then tried at once — used by the GUI and the CLI alike; ``new_ticket`` what a
report becomes on the helpdesk; ``sender`` the state machine that delivers (find by idempotency
key before every retry, backoff with jitter from ``retry``, Retry-After honoured, one sender at a
time across processes); ``attachments`` checks files against the helpdesk's size limit and
compresses what would not fit.

Imports core's top, ``report`` (what is delivered) and ``storage``.
"""
