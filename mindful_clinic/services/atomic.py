"""Crash-safe file writes.

A write goes to a temporary file in the same folder, is flushed and fsynced, then renamed over the
target, and the folder is fsynced: at every instant the target is either the old complete file or the
new complete file, whatever kills the process. The previous version is kept as ``NAME.bak``.
Files are created readable by the user alone (0600).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = True) -> None:
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if backup and path.exists():
        _copy_to_backup(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(folder)


def atomic_write_text(path: Path, text: str, *, backup: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _copy_to_backup(path: Path) -> None:
    """Keep the last complete version; itself written atomically so a crash never spoils it."""
    data = path.read_bytes()
    atomic_write_bytes(backup_path(path), data, backup=False)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def aside_name(path: Path) -> Path:
    """A free name ``STEM.damaged-YYYYmmdd-HHMMSS[-n]SUFFIX`` beside ``path``; never an existing file."""
    from datetime import datetime

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        n += 1
    return target


def move_aside(path: Path) -> Path:
    """Keep a file that could not be read under a timestamped name (never deleted or overwritten)."""
    target = aside_name(Path(path))
    os.replace(path, target)
    return target
