"""One running app per user: a second launch asks the first to come forward, then exits with 0.

Deciding is done under an exclusive lock (``instance_lock.claim_instance``); the second launch
waits for the first's socket and asks it to come forward. A socket that is not this user's own is
never believed, so another user cannot silence the app. SIGTERM quits the app cleanly
(``quit_on_sigterm``), which removes the socket.

The running app listens on a local socket named per user and data folder. On POSIX the socket is a
path in the user's runtime folder, and both sides use Python's own sockets, watched by a
``QSocketNotifier``: Qt's network module (and the Kerberos and resolver libraries it pulls in, about
3 MB) is never loaded. Elsewhere Qt's local socket does both sides. A stale socket left by a crash is
replaced, so the app always starts; a socket of a running app is never taken over.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

if TYPE_CHECKING:  # QtNetwork is loaded only where no Unix socket can be used (Windows)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mindful_clinic.services.desktop.instance_lock import (
    MESSAGE,
    MESSAGE_MAX,
    Claim,
    own_socket,
    read_message,
    server_name,
    take_lock,
)


def notify_running_instance(timeout_s: float = 0.5, message: bytes = MESSAGE) -> bool:
    """True if another instance answered (and was asked to raise its window, and to do what
    ``message`` says)."""
    name = server_name()
    if os.name == "posix":
        if not name or not own_socket(name):
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout_s)
                sock.connect(name)
                sock.sendall(message)
            return True
        except OSError:
            return False
    from PySide6.QtNetwork import QLocalSocket

    qsock = QLocalSocket()
    qsock.connectToServer(name)
    if not qsock.waitForConnected(int(timeout_s * 1000)):
        return False
    qsock.write(message)
    qsock.waitForBytesWritten(int(timeout_s * 1000))
    qsock.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for a second launch; ``raise_requested`` fires when one knocks, then
    ``command_received`` with what it was asked to do ("start ID:60", "open support"), if anything."""

    raise_requested = Signal()
    command_received = Signal(str)

    def __init__(self, parent: QObject | None = None, claim: Claim | None = None) -> None:
        super().__init__(parent)
        self.name = server_name()
        if claim is None:  # made on its own (tests): take the instance lock as a launch would
            fd, _taken = take_lock(self.name)
            claim = Claim(True, fd)
        self.claim = claim
        self._qt_server: QLocalServer | None = None
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
        if not self.name:
            return  # no private place for a socket: no single-instance guard this time
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
                # We hold the instance lock, so nobody answers here: a crashed run left this
                # behind (in a private folder: nobody else can have put it there).
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
            chunk = conn.recv(MESSAGE_MAX)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        buffer += chunk
        command = read_message(bytes(buffer))
        partial = chunk and b"\n" not in buffer and len(buffer) < MESSAGE_MAX
        if command is None and partial and b"raise".startswith(bytes(buffer[:5])):
            return  # the rest of the message is still on its way
        self._drop(notifier)
        self._received(command)

    def _received(self, command: str | None) -> None:
        if command is None:
            return
        self.raise_requested.emit()
        if command:
            self.command_received.emit(command)

    def _drop(self, notifier: QSocketNotifier) -> None:
        entry = self._peers.pop(notifier, None)
        if entry is None:  # already dropped: the app closed the server while answering
            return
        conn, _ = entry
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
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._qt_read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _qt_read(self, sock: QLocalSocket) -> None:
        self._received(read_message(bytes(sock.readAll().data())))

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
            self._qt_server.close()
            self._qt_server = None
        self.claim.release()


def quit_on_sigterm(app: QCoreApplication) -> None:
    """SIGTERM (a logout, ``kill``) quits through the event loop, so the socket is removed.

    Python runs a signal handler only between bytecodes, which never happen while Qt waits for
    events; the signal's wake-up byte on a socket pair, watched by the event loop, gets it run."""
    if os.name != "posix" or sys.platform == "win32":
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread
        reader.close()
        writer.close()
        return
    # Queued: a signal that comes before the event loop runs still quits once it does.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.quit))
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(lambda *_: drain())
    _KEEP.extend([reader, writer, notifier])


_KEEP: list[object] = []
"""The SIGTERM wake-up sockets and their notifier live as long as the app."""
