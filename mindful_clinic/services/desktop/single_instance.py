"""One running app per user: a second launch asks the first to come forward, then exits with 0.

Deciding is done under an exclusive lock (``claim_instance``): the first launch takes ``NAME.lock``
and holds it for its whole life (the operating system lets go when it ends, even by SIGKILL), so two
launches at the same moment can never both decide they are first; the second waits for the first's
socket and asks it to come forward. The socket and its lock live in ``XDG_RUNTIME_DIR`` when that is
a private folder of this user, else in a private 0700 folder ``run/`` inside the data folder; a
socket that is not this user's own is never believed, so another user cannot silence the app.
SIGTERM quits the app cleanly (``quit_on_sigterm``), which removes the socket.

The running app listens on a local socket named per user and data folder. On POSIX the socket is a
path in the user's runtime folder, and both sides use Python's own sockets, watched by a
``QSocketNotifier``: Qt's network module (and the Kerberos and resolver libraries it pulls in, about
3 MB) is never loaded. Elsewhere Qt's local socket does both sides. A stale socket left by a crash is
replaced, so the app always starts; a socket of a running app is never taken over.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import sys
import time
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

from mindful_clinic.services.storage.paths import data_dir, ensure_private_dir

MESSAGE = b"raise\n"
"""What a second launch sends: ``raise``, then optionally what it was asked to do, on one line:
``raise start ID:SECONDS`` (``--start``) or ``raise open PAGE`` (``--open``)."""
MESSAGE_MAX = 256
"""A longer line is noise: it is turned away unread."""


def launch_message(command: str = "") -> bytes:
    """The line a second launch sends: ``raise``, and ``command`` ("start ID:60", "open support")
    when there is one (printable characters only, cut to fit)."""
    clean = "".join(c for c in command if c.isprintable()).strip()
    line = f"raise {clean}" if clean else "raise"
    return line.encode("utf-8")[: MESSAGE_MAX - 1] + b"\n"


def read_message(buffer: bytes) -> str | None:
    """The command in a complete message ("" for a plain raise); None if it is not one of ours."""
    line, newline, _rest = buffer.partition(b"\n")
    if not newline or not (line == b"raise" or line.startswith(b"raise ")):
        return None
    try:
        return line[len(b"raise ") :].decode("utf-8").strip()
    except UnicodeDecodeError:
        return ""


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME") or os.environ.get("USER") or "user"


def _private(folder: Path) -> bool:
    """A folder of this user's alone: owned by them, nobody else can enter or write."""
    try:
        st = os.stat(folder)
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return stat.S_ISDIR(st.st_mode) and mine and not st.st_mode & 0o077


def runtime_folder() -> Path | None:
    """Where the socket goes: XDG_RUNTIME_DIR if private, else ``run/`` in the data folder."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and _private(Path(xdg)):
        return Path(xdg)
    folder = data_dir(create=False) / "run"
    with contextlib.suppress(OSError):
        ensure_private_dir(folder)
    return folder if _private(folder) else None


def server_name() -> str:
    key = f"{_user()}:{data_dir(create=False)}".encode()
    name = f"mindful_clinic-{zlib.crc32(key):08x}"
    if os.name != "posix":
        return name
    folder = runtime_folder()
    if folder is None:  # no private place (a read-only data folder without XDG_RUNTIME_DIR)
        return ""
    return str(folder / f"{name}.sock")


def _own_socket(name: str) -> bool:
    """The path is a socket owned by this user (anything else is never believed or used)."""
    try:
        st = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid()


class Claim:
    """What ``claim_instance`` decided (a plain class: dataclasses waits until needed)."""

    def __init__(self, first: bool, lock_fd: int | None = None, answered: bool = False) -> None:
        self.first = first
        """True: no other instance runs; start the app (the lock is held in ``lock_fd``)."""
        self.lock_fd = lock_fd
        self.answered = answered
        """For a second launch: the first answered and was asked to come forward."""

    def release(self) -> None:
        if self.lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.lock_fd)
            self.lock_fd = None


def _take_lock(name: str) -> tuple[int | None, bool]:
    """(descriptor, taken). (None, True) when no lock can be made: decide without one."""
    if not name:
        return None, True
    if os.name != "posix":  # a pipe name, not a path: the lock goes in the data folder
        folder = data_dir(create=False) / "run"
        with contextlib.suppress(OSError):
            ensure_private_dir(folder)
        name = str(folder / name)
    try:
        fd = os.open(f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None, True
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None, False
    return fd, True


def claim_instance(wait_s: float = 15.0, message: bytes = MESSAGE) -> Claim:
    """Decide, under the instance lock, whether this launch is the first.

    A second launch waits (up to ``wait_s``) for the first to listen, asks it to come forward and
    is told ``first=False`` either way: two launches never give two windows. ``message`` is what
    it sends (``launch_message``)."""
    fd, taken = _take_lock(server_name())
    if taken:
        if fd is None and notify_running_instance(message=message):
            return Claim(False, answered=True)
        return Claim(True, fd)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if notify_running_instance(message=message):
            return Claim(False, answered=True)
        time.sleep(0.05)  # the first launch is still starting: its socket comes soon
    return Claim(False)


def notify_running_instance(timeout_s: float = 0.5, message: bytes = MESSAGE) -> bool:
    """True if another instance answered (and was asked to raise its window, and to do what
    ``message`` says)."""
    name = server_name()
    if os.name == "posix":
        if not name or not _own_socket(name):
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
            fd, _taken = _take_lock(self.name)
            claim = Claim(True, fd)
        self.claim = claim
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
        while server is not None and server.hasPendingConnections():  # type: ignore[attr-defined]
            sock = server.nextPendingConnection()  # type: ignore[attr-defined]
            sock.readyRead.connect(lambda s=sock: self._qt_read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _qt_read(self, sock: QObject) -> None:
        self._received(read_message(bytes(sock.readAll().data())))  # type: ignore[attr-defined]

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
        self.claim.release()


def quit_on_sigterm(app: QCoreApplication) -> None:
    """SIGTERM (a logout, ``kill``) quits through the event loop, so the socket is removed.

    Python runs a signal handler only between bytecodes, which never happen while Qt waits for
    events; the signal's wake-up byte on a socket pair, watched by the event loop, gets it run."""
    if os.name != "posix" or sys.platform == "win32":
        return
    import signal
    import socket

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread
        reader.close()
        writer.close()
        return
    from PySide6.QtCore import QTimer

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
