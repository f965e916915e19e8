"""Sessions shared by worker threads, one thread at a time each.

requests does not promise that a ``Session`` is thread-safe (its cookie jar and redirect handling
are shared state), and the app calls one backend from several worker threads at once (poller,
outbox, knowledge-base sync, the user's actions). A per-thread session would not do either: Qt's
pool threads lose Python's thread-local data after each task, so every task would open a new
TLS connection. A pool keeps each session with one thread during a request and its connections
alive between tasks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import requests


class SessionPool:
    """Hands out ``requests.Session`` objects made by ``factory``, one request at a time each;
    as many exist as requests ran at the same time."""

    def __init__(self, factory: Callable[[], requests.Session]) -> None:
        """Makes the first session now, so a bad configuration (an unreadable CA file) fails
        where the backend is built, not in a worker."""
        self._factory = factory
        self._lock = threading.Lock()
        self._idle: list[requests.Session] = [factory()]
        self._made: list[requests.Session] = list(self._idle)
        self._closed = False

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """``requests.Session.request`` on a session no other thread is using."""
        session = self._take()
        try:
            return session.request(method, url, **kwargs)
        finally:
            self._give_back(session)

    def _take(self) -> requests.Session:
        with self._lock:
            if self._closed:
                raise RuntimeError("the backend is closed")
            if self._idle:
                return self._idle.pop()
        session = self._factory()  # outside the lock: building one loads the trust store
        with self._lock:
            self._made.append(session)
        return session

    def _give_back(self, session: requests.Session) -> None:
        with self._lock:
            if self._closed:
                session.close()
            else:
                self._idle.append(session)

    @property
    def size(self) -> int:
        """How many sessions were made."""
        with self._lock:
            return len(self._made)

    def close(self) -> None:
        """Close every session (those in use close when their request ends)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for session in idle:
            session.close()
