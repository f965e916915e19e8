"""Zammad through its REST API v1 (``<base>/api/v1/``), as a customer (role "Customer").

Follows Zammad 6.x and the vendor's REST API documentation, https://docs.zammad.org/en/latest/
api/intro.html (source: github.com/zammad/zammad-documentation, ``api/``, read May 2026):
``intro`` (authentication, ``expand``, pagination, condition-based search), ``user`` (``users/me``),
``ticket/index`` (list, show, create, update), ``ticket/articles`` (by ticket, create with
``attachments``, ``ticket_attachment`` downloads), ``ticket/states``. Where the documentation is
silent the behaviour was read in Zammad's own controllers (github.com/zammad/zammad, 2024–2026):
``tickets#search`` with a ``condition`` runs in SQL (no Elasticsearch, always up to date);
``attachments#create`` fills the upload cache of a ``form_id``; ``sessions#show``
(``/api/v1/signshow``) tells anyone whether token and password access are enabled;
``knowledge_base/search`` finds published answers without a reader permission.

Modules: :mod:`.auth` (the ``Authorization`` header per sign-in method), :mod:`.client` (the
transport and Zammad's error answers), :mod:`.records` (hostile JSON checked into typed records),
:mod:`.mapping` (states, conversation, articles), :mod:`.files` (attachments inline or through the
upload cache), :mod:`.connector` (the ``HelpdeskBackend``), :mod:`.probe` (the ``ServerProbe``).
"""
