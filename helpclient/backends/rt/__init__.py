"""The Request Tracker 5 connector (REST2).

``connector`` implements core's ``HelpdeskBackend``; ``client`` is the transport (URLs, token
auth, JSON, paging, uploads); ``mapping`` the pure translations between RT's JSON and HelpClient's
models, unit-tested without a server.
"""
