"""Jira Service Management through its REST API for customers (``<site>/rest/servicedeskapi/``).

Follows Atlassian's documentation of the Jira Service Management Cloud REST API
(developer.atlassian.com/cloud/jira/service-desk/rest/, "Servicedesk", "Request", "Requesttype",
"Knowledgebase", "Info"; the field types in the generated client jira.js, ``src/serviceDesk/``,
read December 2026), and the rate-limit headers of "Rate limiting" (Jira Cloud platform). The
same paths serve Data Center, where a personal access token signs in.

Modules: :mod:`.auth` (the ``Authorization`` header per sign-in method), :mod:`.client` (the
site's address in its forms, the transport, Atlassian's error answers and rate limits),
:mod:`.records` (hostile JSON checked into typed records), :mod:`.mapping` (statuses, the
conversation, knowledge-base results), :mod:`.request_types` (the report's category as a request
type, and the fields that type requires), :mod:`.files` (temporary attachments),
:mod:`.connector` (the ``HelpdeskBackend``), :mod:`.probe` (the ``ServerProbe``).
"""
