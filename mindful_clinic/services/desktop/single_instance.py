"""One running app per user: a second launch asks the first to come forward, then exits with 0.

The running app listens on a local socket named per user and data folder. On POSIX the socket is a
path in the user's runtime folder, and both sides use Python's own sockets, watched by a
``QSocketNotifier``: Qt's network module (and the Kerberos and resolver libraries it pulls in, about
3 MB) is never loaded. Elsewhere Qt's local socket does both sides. A stale socket left by a crash is
replaced, so the app always starts; a socket of a running app is never taken over.
"""

from __future__ import annotations

import os
import socket
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from mindful_clinic.services.storage.paths import data_dir

MESSAGE = b"raise\n"


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME") or os.environ.get("USER") or "user"


def server_name() -> str:
    key = f"{_user()}:{data_dir(create=False)}".encode()
    name = f"mindful_clinic-{zlib.crc32(key):08x}"
    if os.name != "posix":
        return name
    folder = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
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
    """Listens for a second launch; ``raise_requested`` fires when one knocks."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name()
        self._qt_server: QObject | None = None
        self._listener: Any = None
        """A ``socket.socket`` listening on ``name`` (POSIX)."""
        self._inode = 0
        self._peers: dict[QSocketNotifier, tuple[Any, bytearray]] = {}
        if os.name == "posix":
            self._listen_posix()
        else:
            self._listen_qt()

    @property
    def listening(self) -> bool:
        return self._listener is not None or self._qt_server is not None

    # -- POSIX: Python sockets, watched by the Qt event loop -------------------------------------
    def _listen_posix(self) -> None:
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._bind(listener)
        except OSError:
            listener.close()
            return  # no single-instance guard this time; the app itself runs on
        listener.listen(4)
        listener.setblocking(False)
        self._listener = listener
        self._inode = os.stat(self.name).st_ino
        self._accept_notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._accept_notifier.activated.connect(lambda *_: self._accept())

    def _bind(self, listener: Any) -> None:
        old_mask = os.umask(0o077)  # the socket file is the user's alone from the start
        try:
            try:
                listener.bind(self.name)
            except OSError:
                # notify_running_instance found nobody answering: a crashed run left this behind.
                os.unlink(self.name)
                listener.bind(self.name)
        finally:
            os.umask(old_mask)

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                conn, _address = self._listener.accept()
            except OSError:  # nobody waiting any more (BlockingIOError), or the listener closed
                return
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
            self._peers[notifier] = (conn, bytearray())
            notifier.activated.connect(lambda *_, n=notifier: self._read(n))

    def _read(self, notifier: QSocketNotifier) -> None:
        conn, buffer = self._peers[notifier]
        try:
            chunk = conn.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        buffer += chunk
        if buffer.startswith(MESSAGE.strip()):
            self.raise_requested.emit()
        elif chunk and len(buffer) < len(MESSAGE):
            return  # the rest of the message is still on its way
        self._drop(notifier)

    def _drop(self, notifier: QSocketNotifier) -> None:
        conn, _ = self._peers.pop(notifier)
        notifier.setEnabled(False)
        notifier.deleteLater()
        conn.close()

    # -- elsewhere: Qt's local server -----------------------------------------------------------
    def _listen_qt(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # stale socket from a crashed run
            server.listen(self.name)
        server.newConnection.connect(self._on_qt_connection)
        self._qt_server = server

    def _on_qt_connection(self) -> None:
        server = self._qt_server
        while server is not None and server.hasPendingConnections():  # type: ignore[attr-defined]
            sock = server.nextPendingConnection()  # type: ignore[attr-defined]
            sock.readyRead.connect(lambda s=sock: self._qt_read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _qt_read(self, sock: QObject) -> None:
        if bytes(sock.readAll().data()).startswith(MESSAGE.strip()):  # type: ignore[attr-defined]
            self.raise_requested.emit()

    def close(self) -> None:
        """Stop listening and remove our socket file (never one a newer instance has made)."""
        for notifier in list(self._peers):
            self._drop(notifier)
        if self._listener is not None:
            self._accept_notifier.setEnabled(False)
            self._listener.close()
            self._listener = None
            try:
                if os.stat(self.name).st_ino == self._inode:
                    os.unlink(self.name)
            except OSError:
                pass
        if self._qt_server is not None:
            self._qt_server.close()  # type: ignore[attr-defined]
            self._qt_server = None
