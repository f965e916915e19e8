"""Zendesk Support through its REST API (``https://<subdomain>.zendesk.com/api/v2/``), as the
employee themselves: an *end user* in Zendesk's terms, who works with *requests* — "an end
user's perspective on a ticket" — never with tickets.

Follows the vendor's API reference, developer.zendesk.com/api-reference/ (read May 2026):
``ticketing/tickets/ticket-requests`` (list with cursor paging and ``sort_by``/``sort_order``,
show, create with ``comment.uploads`` and ``via_followup_source_id``, update with a comment or
``solved``, comments with ``html_body``/``plain_body``, ``can_be_solved_by_me``),
``ticketing/tickets/ticket-attachments`` (``POST uploads?filename=…[&token=…]``),
``ticketing/users/users`` (``users/me``), ``ticketing/ticket-management/satisfaction_ratings``
(``POST tickets/{id}/satisfaction_rating``), ``help_center/help-center-api/search`` (articles,
allowed without signing in), ``introduction/pagination`` and ``introduction/rate-limits`` with
"Best practices for avoiding rate limiting" (``X-Rate-Limit-Remaining``, ``ratelimit-*``,
429 ``Retry-After``).

Modules: :mod:`.auth` (the ``Authorization`` header per sign-in method; an admin's API token
refused), :mod:`.client` (transport, Zendesk's error answers, the rate limit), :mod:`.records`
(hostile JSON checked into typed records), :mod:`.mapping` (statuses, what a request allows,
conversation, articles), :mod:`.files` (uploads), :mod:`.connector` (the ``HelpdeskBackend``),
:mod:`.probe` (the ``ServerProbe``).
"""
