"""Crash-safe file writes.

A write goes to a temporary file in the same folder, is flushed and fsynced, then renamed over the
target, and the folder is fsynced: at every instant the target is either the old complete file or the
new complete file, whatever kills the process. The previous version is kept as ``NAME.bak``.
Files are created readable by the user alone (0600).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any


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


def write_json_list(path: Path, key: str, items: list[object], schema_version: int) -> None:
    """A user file holding one list: ``{"schema_version": N, key: [...]}``, written atomically."""
    doc = {"schema_version": schema_version, key: items}
    atomic_write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def read_json_list(path: Path, key: str) -> list[Any]:
    """The list under ``key``; raises ValueError (or OSError) in plain words if the file is unusable."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))  # JSONDecodeError is a ValueError
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise ValueError(f"'{key}' is missing or not a list")
    return list(doc[key])
