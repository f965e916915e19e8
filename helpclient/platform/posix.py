"""POSIX user facts (Linux, macOS)."""

from __future__ import annotations

import os
import pwd

from helpclient.core.report.userinfo import OsUser


def posix_user() -> OsUser:
    """Login and full name (the GECOS field's first part) of the current user."""
    try:
        entry = pwd.getpwuid(os.getuid())
    except KeyError:
        return OsUser(login=os.environ.get("USER", ""))
    full_name = entry.pw_gecos.split(",")[0].strip()
    return OsUser(login=entry.pw_name, full_name=full_name)
