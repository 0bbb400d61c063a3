"""One running app per user: the instance lock, taken before the window is made.

The first launch takes ``NAME.lock`` and holds it for its whole life (the operating system lets go
when it ends, even by SIGKILL), so two launches at the same moment can never both decide they are
first. A second launch knocks on the first's socket (``single_instance``), which the first opens
just after its window appears: this module imports no sockets, so deciding costs the first launch
almost nothing (``import socket`` alone makes four enum classes of some hundred members each).
The socket and its lock live in ``XDG_RUNTIME_DIR`` when that is a private folder of this user,
else in a private 0700 folder ``run/`` inside the data folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
import zlib
from pathlib import Path

from mindful_clinic.services.storage.paths import data_dir, ensure_private_dir

if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt
else:
    import fcntl

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


def own_socket(name: str) -> bool:
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


def take_lock(name: str) -> tuple[int | None, bool]:
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
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
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
    fd, taken = take_lock(server_name())
    if taken and fd is not None:
        return Claim(True, fd)
    # Another launch holds the lock, or none could be made: knock on the running app's socket.
    from mindful_clinic.services.desktop.single_instance import notify_running_instance

    if taken:
        if notify_running_instance(message=message):
            return Claim(False, answered=True)
        return Claim(True, fd)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if notify_running_instance(message=message):
            return Claim(False, answered=True)
        time.sleep(0.05)  # the first launch is still starting: its socket comes soon
    return Claim(False)
