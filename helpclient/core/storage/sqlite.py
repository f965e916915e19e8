"""Opening HelpClient's SQLite databases the same way everywhere (WAL, foreign keys, timeouts)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(path: Path, *, readonly: bool = False, check_same_thread: bool = True,
            page_size: int | None = None) -> sqlite3.Connection:
    """A connection in WAL mode (readers never block the writer, and a crash mid-write leaves the
    last committed state), with foreign keys on and a busy timeout instead of instant failure
    when another thread or process holds the lock. ``page_size`` applies to a new database
    only (WAL mode fixes it once the file exists)."""
    if readonly:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10,
                               check_same_thread=check_same_thread)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10, check_same_thread=check_same_thread)
        if page_size:
            conn.execute(f"PRAGMA page_size={int(page_size)}")
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed transaction survives power loss, which the outbox promises
        conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.row_factory = sqlite3.Row
    return conn
