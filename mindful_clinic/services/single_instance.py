"""One running app per user: a second launch asks the first to come forward, then exits with 0.

A local socket named per user is the rendezvous; a stale socket left by a crash is removed so the app
always starts.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mindful_clinic.services.paths import data_dir

MESSAGE = b"raise\n"


def server_name() -> str:
    key = f"{getpass.getuser()}:{data_dir(create=False)}".encode()
    return "mindful_clinic-" + hashlib.sha1(key).hexdigest()[:12]


def notify_running_instance(timeout_ms: int = 500) -> bool:
    """True if another instance answered (and was asked to raise its window)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name()
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # stale socket from a crashed run
            self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(self._read)
            sock.disconnected.connect(sock.deleteLater)

    def _read(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket) and bytes(sock.readAll().data()).startswith(
            MESSAGE.strip()
        ):
            self.raise_requested.emit()

    def close(self) -> None:
        self.server.close()
