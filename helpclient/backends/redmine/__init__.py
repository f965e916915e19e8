"""The Redmine 5 connector (REST API, JSON, the user's API key).

``connector`` implements core's ``HelpdeskBackend``; ``client`` is the transport (URLs, the key
header, JSON, paging, uploads); ``records`` checks Redmine's answers into typed records;
``mapping`` turns them into HelpClient's models; ``textile`` makes wiki pages safe HTML;
``probe`` tells Redmine at an address. Unit-tested without a server, and integration-tested
against a real Redmine 5.0.4 (tests/integration/test_redmine_backend.py, tests/contract/).
"""
