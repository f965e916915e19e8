"""The backend's session pool: never one session in two threads at once, and connections
kept between requests."""

import threading
import time

import pytest

from helpclient.backends.session_pool import SessionPool


class RecordingSession:
    """Fails the test if two threads are inside ``request`` at the same time."""

    def __init__(self):
        self.inside = threading.Lock()
        self.requests = 0
        self.closed = False

    def request(self, method, url, **kwargs):
        assert self.inside.acquire(blocking=False), "session used by two threads at once"
        try:
            time.sleep(0.01)
            self.requests += 1
            return (method, url, kwargs)
        finally:
            self.inside.release()

    def close(self):
        self.closed = True


def test_concurrent_requests_get_their_own_session_and_sequential_ones_reuse_it():
    made = []

    def factory():
        made.append(RecordingSession())
        return made[-1]

    pool = SessionPool(factory)
    assert pool.request("GET", "u", timeout=3) == ("GET", "u", {"timeout": 3})
    assert pool.request("GET", "u") and pool.size == 1  # one after another: the same session
    errors = []

    def worker():
        try:
            for _ in range(5):
                pool.request("GET", "u")
        except AssertionError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert 1 < pool.size <= 4 and sum(s.requests for s in made) == 22
    pool.close()
    assert all(s.closed for s in made)
    with pytest.raises(RuntimeError):
        pool.request("GET", "u")


def test_a_bad_configuration_fails_where_the_pool_is_made():
    def factory():
        raise ValueError("unreadable CA file")

    with pytest.raises(ValueError, match="CA file"):
        SessionPool(factory)
