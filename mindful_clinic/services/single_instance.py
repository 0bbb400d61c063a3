"""One running app per user: a second launch asks the first to come forward, then exits with 0.

The running app listens on a local socket named per user and data folder. On POSIX the socket is a
path, so a second launch can knock with Python's own socket module before Qt's network module is even
loaded (it keeps start-up fast); elsewhere Qt's local socket does both sides. A stale socket left by a
crash is removed so the app always starts.
"""

from __future__ import annotations

import getpass
import os
import socket
import tempfile
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mindful_clinic.services.paths import data_dir

MESSAGE = b"raise\n"


def server_name() -> str:
    key = f"{getpass.getuser()}:{data_dir(create=False)}".encode()
    name = f"mindful_clinic-{zlib.crc32(key):08x}"
    if os.name != "posix":
        return name
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(folder) / f"{name}.sock")


def notify_running_instance(timeout_s: float = 0.5) -> bool:
    """True if another instance answered (and was asked to raise its window)."""
    name = server_name()
    if os.name == "posix":
        if not os.path.exists(name):
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout_s)
                sock.connect(name)
                sock.sendall(MESSAGE)
            return True
        except OSError:
            return False
    from PySide6.QtNetwork import QLocalSocket

    qsock = QLocalSocket()
    qsock.connectToServer(name)
    if not qsock.waitForConnected(int(timeout_s * 1000)):
        return False
    qsock.write(MESSAGE)
    qsock.waitForBytesWritten(int(timeout_s * 1000))
    qsock.disconnectFromServer()
    return True


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

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
        from PySide6.QtNetwork import QLocalSocket

        sock = self.sender()
        if isinstance(sock, QLocalSocket) and bytes(sock.readAll().data()).startswith(
            MESSAGE.strip()
        ):
            self.raise_requested.emit()

    def close(self) -> None:
        self.server.close()
