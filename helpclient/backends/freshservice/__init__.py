"""Freshservice through its REST API v2 (``https://<company>.freshservice.com/api/v2/``), as a
requester (an employee) with their API key.

Follows Freshservice's API reference, https://api.freshservice.com/ (v2, read December 2026):
"Authentication" (Basic with the API key and ``X``), "Schema" (UTC times, null for blank
fields), "Attachments", "Error Codes", "Pagination" (``page``/``per_page`` ≤ 100, the ``Link``
header), "Rate limit" (per minute, account-wide, ``X-Ratelimit-*``, 429 with ``Retry-After``),
"Tickets" (create, view, list with ``email`` and ``updated_since`` — 30 days by default —,
update), "Conversations" (list, create a note), "Search Solution Articles", "Download
Attachment". Requester keys are found in the self-service portal: profile picture → Profile
settings → "Your API key".

Modules: :mod:`.client` (the transport, the API key, paging, the rate limit, error answers),
:mod:`.records` (hostile JSON checked into typed records), :mod:`.mapping` (statuses, tickets,
the conversation, articles), :mod:`.files` (JSON or a multipart form with the files, their total
checked first), :mod:`.connector` (the ``HelpdeskBackend``), :mod:`.probe` (the
``ServerProbe``).
"""
