"""The connector conformance suite's home: one set of behavioural tests that every helpdesk
connector passes — Request Tracker against the real server, the others against a local server
replaying their vendor's documented requests and responses. Its fixtures (one backend per
connector, parametrised) come with the suite; until then this folder collects no tests."""
