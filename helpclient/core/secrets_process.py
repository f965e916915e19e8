"""The OS keyring asked from a short-lived helper process, for the app that runs all day.

Opening the keyring imports its libraries into the process that asks — with Secret Service on
Linux, ``secretstorage``, ``cryptography`` and ``jeepney``: 15-18 MiB that would stay resident
for the rest of the day, for one token read at start. :class:`ProcessSecretStore` asks a helper
(``helpclient _keyring``, which uses :func:`~helpclient.core.secrets.open_secret_store` as the
CLI does) one question per process over its standard input and output, and remembers the
answers: the token lives in the app's memory anyway, in its helpdesk session. The token never
appears on a command line. Where the helper finds no secure keyring, the store behaves as the
memory-only one: nothing is handed to a helper that would forget it on exit.
"""

from __future__ import annotations

import json
import logging
import subprocess
import threading
from collections.abc import Sequence
from typing import IO, Any

from helpclient.core.secrets import SecretStoreError, open_secret_store

log = logging.getLogger(__name__)

# the hidden command that runs the helper (``helpclient _keyring``)
HELPER_COMMAND = "_keyring"


class ProcessSecretStore:
    """A secret store whose keyring lives in helper processes started with ``command``."""

    def __init__(self, command: Sequence[str], timeout: float = 120.0,
                 creation_flags: int = 0) -> None:
        """``timeout``: how long a helper may take (the keyring may ask the user to unlock);
        ``creation_flags`` for Windows (no console window for the helper)."""
        self._command = list(command)
        self._timeout = timeout
        self._flags = creation_flags
        self._lock = threading.Lock()
        self._known: dict[str, str | None] = {}
        self._described: tuple[bool, str] | None = None

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        try:
            done = subprocess.run(self._command, input=json.dumps(request), text=True,
                                  capture_output=True, timeout=self._timeout, check=False,
                                  creationflags=self._flags)
            answer: dict[str, Any] = json.loads(done.stdout or "{}")
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            raise SecretStoreError(f"the keyring helper failed: {exc}") from exc
        if not answer.get("ok"):
            raise SecretStoreError(str(answer.get("error") or
                                       f"the keyring helper failed (exit {done.returncode})"))
        # every answer says what the keyring is: one helper for the first question
        self._described = (bool(answer["secure"]), str(answer["description"]))
        return answer

    def _describe(self) -> tuple[bool, str]:
        if self._described is None:
            self._ask({"op": "describe"})
        assert self._described is not None
        return self._described

    @property
    def is_secure(self) -> bool:
        """Whether the helper found an OS-protected keyring."""
        with self._lock:
            return self._describe()[0]

    @property
    def description(self) -> str:
        """The keyring the helper found."""
        with self._lock:
            return self._describe()[1]

    def get(self, account: str) -> str | None:
        """The token for ``account`` (asked once, then remembered)."""
        with self._lock:
            if account not in self._known and (self._described is None or self._described[0]):
                secret = self._ask({"op": "get", "account": account}).get("secret")
                self._known[account] = secret if isinstance(secret, str) else None
            return self._known.get(account)

    def set(self, account: str, secret: str) -> None:
        """Store the token (in the keyring when there is a secure one)."""
        with self._lock:
            if self._describe()[0]:
                self._ask({"op": "set", "account": account, "secret": secret})
            self._known[account] = secret

    def delete(self, account: str) -> None:
        """Forget the token."""
        with self._lock:
            if self._describe()[0]:
                self._ask({"op": "delete", "account": account})
            self._known[account] = None


def serve(stdin: IO[str], stdout: IO[str]) -> int:
    """The helper: answer one request read from ``stdin`` on ``stdout``. Exit code 0 when
    answered (even "no such token"), 1 when the keyring failed (the answer says why)."""
    try:
        request = json.loads(stdin.read())
        store = open_secret_store()
        op = request["op"]
        answer: dict[str, Any] = {"ok": True, "secure": store.is_secure,
                                  "description": store.description}
        if op == "describe":
            pass
        elif op == "get":
            answer["secret"] = store.get(str(request["account"]))
        elif op == "set":
            store.set(str(request["account"]), str(request["secret"]))
        elif op == "delete":
            store.delete(str(request["account"]))
        else:
            raise ValueError(f"unknown request {op!r}")
    except (SecretStoreError, ValueError, KeyError, TypeError) as exc:
        answer = {"ok": False, "error": str(exc)}
    json.dump(answer, stdout)
    stdout.flush()
    return 0 if answer["ok"] else 1
