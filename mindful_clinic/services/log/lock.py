"""One writer at a time: an advisory lock on ``log/.lock`` held for each log operation.

TinyDB is not safe for two processes at once (PLATFORM.md), and the app and the command line may
run together (``mindful-clinic log import`` while the window is open). Each store operation takes
the lock for its few milliseconds, so neither blocks the other for long. The operating system
releases the lock when a process dies, even by SIGKILL, so a crash never leaves the log locked.

A ``.lock`` in a bad state (a folder, a file the user cannot open) is set aside and made again; in a
read-only folder, where nothing can be written anyway, the log is read without one. Either way
``problem`` says what happened, and the log keeps working.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from mindful_clinic.core.ports import LogBusyError

__all__ = ["LogBusyError", "LogLock"]


class LogLock:
    """A re-entrant (within this process) exclusive lock on a file."""

    def __init__(self, path: Path, timeout_s: float = 10.0) -> None:
        self.path = path
        self.timeout_s = timeout_s
        self._fd: int | None = None
        self._depth = 0
        self.problem: str | None = None
        """Set once if the lock file was in a bad state (plain words)."""

    @property
    def held(self) -> bool:
        return self._depth > 0

    def __enter__(self) -> LogLock:
        if self._depth == 0:
            self._acquire()
        self._depth += 1
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._release()

    def _open(self) -> int | None:
        """The lock file's descriptor; None when there can be no lock (a read-only folder)."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            first = exc
        if not os.path.isdir(self.path):
            with contextlib.suppress(OSError):
                return os.open(self.path, os.O_RDONLY)  # flock works on a read-only descriptor
        if os.path.lexists(self.path):
            from mindful_clinic.services.storage.atomic import aside_name

            with contextlib.suppress(OSError):
                target = aside_name(self.path)
                os.replace(self.path, target)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                self.problem = (
                    f"The practice log's lock file could not be used ({first.strerror}); it was "
                    f"kept as {target.name} and a new one was made."
                )
                return fd
            self.problem = (
                f"The practice log's lock file could not be used ({first.strerror}), so the log "
                "is used without it: please do not run mindful-clinic log commands while the "
                "window is open."
            )
        return None  # a read-only folder: nothing can be written, so there is nothing to guard

    def _acquire(self) -> None:
        fd = self._open()
        if fd is None:
            return
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                _lock(fd)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LogBusyError(
                        "Another Mindful Clinic window or command is using the practice log. "
                        "Please try again in a moment."
                    ) from None
                time.sleep(0.01)
        self._fd = fd

    def _release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform != "win32":
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise BlockingIOError from None

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
