"""Crash-safe file writes.

A write goes to a temporary file in the same folder, is flushed and fsynced, then renamed over the
target, and the folder is fsynced: at every instant the target is either the old complete file or the
new complete file, whatever kills the process. The previous version is kept as ``NAME.bak``.
Files are created readable by the user alone (0600).

Any failure to write (a full disk, a read-only folder, a disk error) raises ``WriteError``: an
``OSError`` whose text is one plain sentence for the window or the command line, raised before the
target changed, so the previous file stays intact.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


class WriteError(OSError):
    """A file could not be written; ``str()`` is one plain sentence (no errno, no traceback)."""

    def __str__(self) -> str:
        return str(self.strerror)


def write_problem(exc: OSError, path: Path | str | None = None) -> str:
    """One plain sentence for a failed write, whatever the platform's own wording."""
    if isinstance(exc, WriteError):
        return str(exc)
    name = Path(path or exc.filename or "the file").name
    if exc.errno in FULL:
        return (
            f"The disk is full, so {name} could not be saved; nothing was changed. "
            "Free some space and try again."
        )
    if exc.errno in READ_ONLY:
        return f"The folder for {name} is read-only, so it could not be saved; nothing was changed."
    return (
        f"The disk reported a problem while saving {name} ({exc.strerror or exc}); nothing was "
        "changed and the previous copy is intact."
    )


def as_write_error(exc: OSError, path: Path | str | None = None) -> WriteError:
    if isinstance(exc, WriteError):
        return exc
    err = WriteError(exc.errno or errno.EIO, write_problem(exc, path))
    err.filename = str(path) if path is not None else exc.filename
    return err


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; WriteError (an OSError) if it cannot be done."""
    path = Path(path)
    try:
        _atomic_write(path, data, backup)
    except WriteError:
        raise
    except OSError as exc:
        raise as_write_error(exc, path) from exc


def atomic_write_chunks(path: Path, chunks: Iterable[str], *, backup: bool = True) -> None:
    """Like ``atomic_write_text``, the text given piece by piece (an export of a whole log) and
    written as it comes, so memory stays flat in its size; nothing changes if any piece fails."""
    path = Path(path)
    try:
        _atomic_write(path, (chunk.encode("utf-8") for chunk in chunks), backup)
    except WriteError:
        raise
    except OSError as exc:
        raise as_write_error(exc, path) from exc


def _atomic_write(path: Path, data: bytes | Iterable[bytes], backup: bool) -> None:
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if backup and path.exists():
        _copy_to_backup(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                for piece in data:
                    fh.write(piece)
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


def copy_aside(path: Path) -> Path | None:
    """Keep a copy of a file whose damaged items were set aside; None if the folder refuses."""
    target = aside_name(Path(path))
    try:
        shutil.copy2(path, target)
    except OSError:
        with contextlib.suppress(OSError):
            target.unlink()
        return None
    return target


def move_aside(path: Path) -> Path:
    """Keep a file that could not be read under a timestamped name (never deleted or overwritten)."""
    target = aside_name(Path(path))
    os.replace(path, target)
    return target


def json_text(doc: object) -> str:
    """Readable JSON (non-ASCII letters as they are); text that UTF-8 cannot hold (a lone
    surrogate read from a hostile file) is written escaped instead of failing the save."""
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(doc, indent=2, ensure_ascii=True) + "\n"
    return text


def write_json_list(path: Path, key: str, items: list[object], schema_version: int) -> None:
    """A user file holding one list: ``{"schema_version": N, key: [...]}``, written atomically."""
    doc = {"schema_version": schema_version, key: items}
    atomic_write_text(path, json_text(doc))


def read_json_list(path: Path, key: str) -> list[Any]:
    """The list under ``key``; raises ValueError (or OSError) in plain words if the file is unusable."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))  # JSONDecodeError: a ValueError
    except RecursionError:
        raise ValueError("the file is nested far too deeply") from None
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise ValueError(f"'{key}' is missing or not a list")
    return list(doc[key])


class SafeFiles:
    """Files the user asked for (an export, a PDF summary), written all or nothing and private
    (``FileWriter``). No backup: the user chose the name, and may be replacing their own file."""

    def write_text(self, path: Path, text: str) -> None:
        atomic_write_text(path, text, backup=False)

    def write_bytes(self, path: Path, data: bytes) -> None:
        atomic_write_bytes(path, data, backup=False)

    def write_chunks(self, path: Path, chunks: Iterable[str]) -> None:
        atomic_write_chunks(path, chunks, backup=False)
