"""One HelpClient per user: a second launch hands its command to the running one.

On Linux and macOS the running instance listens on a Unix-domain socket of Python's own
``socket`` module, watched by a ``QSocketNotifier``: Qt Network (``QLocalServer``, 3 MiB of
libraries) never loads into the process that sits in the tray all day. The socket lies in the
user's runtime folder (else the temporary folder, as ``QLocalServer`` kept it), readable and
writable by the user only; a file left by a crashed run is replaced. Python has no Unix
sockets on Windows: there ``QLocalServer`` and its named pipe do it, as before.

The name's hash is Qt's (``QCryptographicHash``): ``hashlib`` would load OpenSSL's libcrypto.
"""

from __future__ import annotations

import errno
import getpass
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

CONNECT_MS = 500
OnLine = Callable[[bytes], None]
# a command is a word or two; anything longer is not one of ours
MAX_COMMAND_BYTES = 4096


def server_name(app_id: str, data_dir: Path) -> str:
    """A name per user and data folder: two users on one machine each get their own instance,
    and so does a run over other folders (``XDG_*`` set: a demo, a test) — it shares nothing
    with the user's usual instance, so it must not hand its command to it."""
    user = getpass.getuser() if os.name == "nt" else str(os.getuid())
    digest = QCryptographicHash.hash(QByteArray(str(data_dir.resolve()).encode()),
                                     QCryptographicHash.Algorithm.Sha256)
    folder = bytes(digest.toHex().data()).decode()[:12]
    return f"{app_id}-{user}-{folder}"


def socket_path(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """Where the running instance's socket lies: the user's runtime folder
    (``XDG_RUNTIME_DIR``, private to the user), else the temporary folder (``TMPDIR``, as
    ``QLocalServer`` did; per user on macOS)."""
    environ = os.environ if environ is None else environ
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime):
        return Path(runtime) / name
    return Path(tempfile.gettempdir()) / name


class SingleInstance(QObject):
    """Either the primary instance (listening) or a way to reach it. ``use_pipe``: Qt's
    local server (a named pipe on Windows, where it is the default; tests try it elsewhere)."""

    command_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None, *,
                 use_pipe: bool = sys.platform == "win32") -> None:
        super().__init__(parent)
        self.name = name
        self._use_pipe = use_pipe
        self._listener: _UnixListener | _PipeListener | None = None

    def send_to_running(self, command: str) -> bool:
        """Hand ``command`` to a running instance; False when none answers."""
        line = command.encode("utf-8") + b"\n"
        sent = _PipeListener.send(self.name, line) if self._use_pipe else _unix_send(
            socket_path(self.name), line)
        if sent:
            log.info("handed %r to the running instance", command)
        return sent

    def listen(self) -> bool:
        """Become the primary instance; a stale socket from a crashed run is replaced."""
        listener = (_PipeListener(self.name, self._received, self) if self._use_pipe
                    else _UnixListener.open(socket_path(self.name), self._received, self))
        if listener is None or not listener.ok:
            return False
        self._listener = listener
        return True

    def _received(self, line: bytes) -> None:
        text = line.decode("utf-8", "replace").strip()
        if text:
            self.command_received.emit(text)

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None


def _unix_send(path: Path, line: bytes) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(CONNECT_MS / 1000)
        try:
            client.connect(str(path))
            client.sendall(line)
        except OSError:  # none there (ENOENT), a stale file (ECONNREFUSED), or it hangs
            return False
    return True


def _read_line(conn: socket.socket) -> bytes:
    """One short command, sent at once: wait briefly for it rather than keep per-connection
    state alive across events."""
    conn.settimeout(CONNECT_MS / 1000)
    data = b""
    try:
        while b"\n" not in data and len(data) < MAX_COMMAND_BYTES:
            chunk = conn.recv(MAX_COMMAND_BYTES)
            if not chunk:
                break
            data += chunk
    except OSError as exc:  # it sent nothing in time, or left
        log.debug("single instance: no command read: %s", exc)
    return data.split(b"\n", 1)[0]


class _UnixListener:
    """The primary's Unix-domain socket and its notifier."""

    def __init__(self, server: socket.socket, path: Path, on_line: OnLine,
                 parent: QObject) -> None:
        self._server = server
        self._path = path
        self._inode = path.stat().st_ino
        self.ok = True
        self._on_line = on_line
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, parent)
        self._notifier.activated.connect(lambda *_args: self._accept())

    @classmethod
    def open(cls, path: Path, on_line: OnLine, parent: QObject) -> _UnixListener | None:
        """Listen at ``path``: bound in a private folder, made the user's only, then moved
        into place — so nobody else can connect in between, and a stale file (no one
        answers there) is replaced. None when another instance answers there after all, or
        the folder refuses."""
        if _unix_send(path, b""):  # an empty line: the running one ignores it
            log.error("another instance listens on %s", path)
            return None
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            private = Path(tempfile.mkdtemp(prefix=".hc-", dir=path.parent))
            try:
                bound = private / "s"
                server.bind(str(bound))
                bound.chmod(0o600)
                server.listen(8)
                bound.replace(path)
            finally:
                (private / "s").unlink(missing_ok=True)
                private.rmdir()
        except OSError as exc:
            log.error("cannot listen on %s: %s", path, exc)
            server.close()
            return None
        server.setblocking(False)
        return cls(server, path, on_line, parent)

    def _accept(self) -> None:
        while True:
            try:
                conn, _address = self._server.accept()
            except OSError as exc:  # nothing more waiting (EAGAIN), or it left already
                if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK):
                    log.debug("single instance: accept failed: %s", exc)
                return
            with conn:
                line = _read_line(conn)
            self._on_line(line)

    def close(self) -> None:
        """Stop listening and remove the socket file — unless another instance has replaced
        it meanwhile."""
        self._notifier.setEnabled(False)  # it goes with the instance
        self._server.close()
        try:
            if self._path.stat().st_ino == self._inode:
                self._path.unlink()
        except OSError:
            pass


class _PipeListener:
    """Qt's local server (a named pipe on Windows), imported only where it is used."""

    def __init__(self, name: str, on_line: OnLine, parent: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 (Windows only)

        server = QLocalServer(parent)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.error("cannot listen on %s: %s", name, server.errorString())
        self.ok = server.isListening()
        self._server: QLocalServer | None = server
        server.newConnection.connect(lambda: self._accept(on_line))

    @staticmethod
    def send(name: str, line: bytes) -> bool:
        """Write ``line`` to the instance listening as ``name``; False when none answers."""
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 (Windows only)

        client = QLocalSocket()
        client.connectToServer(name)
        if not client.waitForConnected(CONNECT_MS):
            return False
        client.write(line)
        client.flush()
        client.waitForBytesWritten(CONNECT_MS)
        client.disconnectFromServer()
        return True

    def _accept(self, on_line: OnLine) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            if not conn.canReadLine():
                conn.waitForReadyRead(CONNECT_MS)
            line = bytes(conn.readLine().data())
            conn.disconnectFromServer()
            conn.deleteLater()
            on_line(line)

    def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            self._server = None
