"""Faults injected into the app's own code: a full disk, a read-only folder, a disk error.

Injected errors rather than a real small tmpfs or chmod: they work the same on every machine,
as any user, including root in CI (where chmod does not stop a write). ``Faults.full_disk`` makes
every fsync fail (data written, never made durable: what a full disk or a failing disk reports);
``Faults.read_only`` refuses every change inside a folder, as a read-only mount does.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def error(code: int, path: object = None) -> OSError:
    return OSError(code, os.strerror(code), None if path is None else str(path))


def plain(message: str) -> bool:
    """One plain sentence: no errno, no traceback, no Python type names."""
    return bool(message) and not re.search(r"Errno|Traceback|Error\b|\\n  File ", message)


class Faults:
    """Its own MonkeyPatch, so ``clear()`` lifts the faults and nothing else."""

    def __init__(self) -> None:
        self.mp = pytest.MonkeyPatch()

    def clear(self) -> None:
        self.mp.undo()

    def full_disk(self, code: int = errno.ENOSPC, after: int = 0) -> None:
        """Every fsync after the first ``after`` fails with ``code``."""
        real = os.fsync
        calls = [0]

        def fsync(fd: int) -> None:
            calls[0] += 1
            if calls[0] > after:
                raise error(code)
            real(fd)

        self.mp.setattr(os, "fsync", fsync)

    def fail_replace(self, name_re: str, code: int = errno.ENOSPC) -> None:
        """Renaming onto a file whose name matches ``name_re`` fails (that one write fails)."""
        real = os.replace

        def replace(src: Any, dst: Any, *a: Any, **k: Any) -> None:
            if re.search(name_re, os.fspath(dst)):
                raise error(code, dst)
            real(src, dst, *a, **k)

        self.mp.setattr(os, "replace", replace)

    def read_only(self, folder: Path, code: int = errno.EROFS) -> None:
        """Nothing inside ``folder`` can be created, changed, renamed or removed."""
        root = os.path.realpath(folder)

        def inside(path: Any) -> bool:
            try:
                return os.path.realpath(os.fspath(path)).startswith(root)
            except TypeError:  # a file descriptor
                return False

        def refuse(real: Callable[..., Any], *checked: int) -> Callable[..., Any]:
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                if any(inside(args[i]) for i in checked if i < len(args)):
                    raise error(code, args[checked[0]])
                return real(*args, **kwargs)

            return wrapper

        for name, checked in (
            ("replace", (0, 1)), ("rename", (0, 1)), ("link", (0, 1)), ("unlink", (0,)),
            ("remove", (0,)), ("mkdir", (0,)), ("chmod", (0,)), ("rmdir", (0,)),
        ):  # fmt: skip
            self.mp.setattr(os, name, refuse(getattr(os, name), *checked))
        real_open = os.open

        def os_open(path: Any, flags: int, *a: Any, **k: Any) -> int:
            if flags & _WRITE_FLAGS and inside(path):
                raise error(code, path)
            return real_open(path, flags, *a, **k)

        self.mp.setattr(os, "open", os_open)
        for module in (builtins, io):
            real_io = module.open

            def io_open(file: Any, mode: str = "r", *a: Any, _real: Any = real_io, **k: Any) -> Any:
                if set(mode) & set("wax+") and inside(file):
                    raise error(code, file)
                return _real(file, mode, *a, **k)

            self.mp.setattr(module, "open", io_open)

    def unreadable(self, path: Path) -> None:
        """Reading ``path`` fails with EACCES (chmod 000 does not stop root)."""
        real = Path.read_bytes
        target = os.path.realpath(path)

        def read_bytes(self: Path) -> bytes:
            if os.path.realpath(self) == target:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real(self)

        self.mp.setattr(Path, "read_bytes", read_bytes)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (temporary files excluded) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".tmp")
    }


def breath_pattern(new_id: str, source_id: str = "box_4444") -> Any:
    """A shipped breath pattern under a new id: something valid to save as the user's own."""
    from dataclasses import replace

    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.practice.library import load_library

    library = load_library(CustomPatternStore(Path("/nonexistent-mindful-clinic")))
    entry = next(e for e in library.catalog.entries() if e.id == source_id)
    return replace(entry.item, id=new_id, title=f"Mine {new_id}", custom=True)  # type: ignore[type-var]
