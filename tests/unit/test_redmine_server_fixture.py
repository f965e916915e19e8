"""The session Redmine's guard: a missing Redmine skips its tests here, but fails them in CI
(HELPCLIENT_REQUIRE_RT=1), like Request Tracker's."""

from __future__ import annotations

import pytest
import redmine_server


def test_missing_redmine_skips_or_fails_in_ci(monkeypatch):
    monkeypatch.setattr(redmine_server, "redmine_installed", lambda: False)
    monkeypatch.delenv("HELPCLIENT_REQUIRE_RT", raising=False)
    with pytest.raises(pytest.skip.Exception):
        redmine_server.require_redmine()
    monkeypatch.setenv("HELPCLIENT_REQUIRE_RT", "1")
    with pytest.raises(pytest.fail.Exception, match="HELPCLIENT_REQUIRE_RT=1"):
        redmine_server.require_redmine()
