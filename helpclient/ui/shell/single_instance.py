"""One HelpClient per user: a second launch hands its command to the running one (QLocalServer)."""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_MS = 500


def server_name(app_id: str, data_dir: Path) -> str:
    """A name per user and data folder: two users on one machine each get their own instance,
    and so does a run over other folders (``XDG_*`` set: a demo, a test) — it shares nothing
    with the user's usual instance, so it must not hand its command to it."""
    user = getpass.getuser() if os.name == "nt" else str(os.getuid())
    folder = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    return f"{app_id}-{user}-{folder}"


class SingleInstance(QObject):
    """Either the primary instance (listening) or a way to reach it."""

    command_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def send_to_running(self, command: str) -> bool:
        """Hand ``command`` to a running instance; False when none answers."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(command.encode("utf-8") + b"\n")
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        log.info("handed %r to the running instance", command)
        return True

    def listen(self) -> bool:
        """Become the primary instance; a stale socket from a crashed run is removed first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.error("cannot listen on %s: %s", self.name, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # one short command per connection, sent at once: wait briefly for it rather than
            # keep per-socket state (and Python wrappers) alive across events
            if not socket.canReadLine():
                socket.waitForReadyRead(CONNECT_MS)
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            socket.disconnectFromServer()
            socket.deleteLater()
            if line:
                self.command_received.emit(line)

    def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            self._server = None
