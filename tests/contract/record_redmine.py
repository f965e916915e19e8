"""Re-record Redmine's exchanges for the contract suite from a live Redmine 5.

    .venv/bin/python tests/contract/record_redmine.py [extra pytest options]

Like ``record_rt.py``: runs the suite's ``redmine-live`` target against a fresh instance (Redmine
must be installed: ``make redmine-deps``) with recording on; each scenario that passes rewrites
``exchanges/redmine/<scenario>.json`` and ``account.json`` (the seeded user and the made-up key
the replay signs in with). ``faults.json`` is read, not written. Read the diff before
committing it: a changed request is a change of the connector.
"""

from __future__ import annotations

import sys

from record_rt import record

if __name__ == "__main__":
    sys.exit(record("redmine", sys.argv[1:]))
