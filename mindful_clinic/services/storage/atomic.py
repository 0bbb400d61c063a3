"""Crash-safe file writes.

A write goes to a temporary file in the same folder, is flushed and fsynced, then renamed over the
target, and the folder is fsynced: at every instant the target is either the old complete file or the
new complete file, whatever kills the process. The previous version is kept as ``NAME.bak``.
Files are created readable by the user alone (0600).

A symbolic link is written through: its target file is replaced (atomically), the link stays. A path
that names something other than an ordinary file (a folder, a pipe, a device such as /dev/full) is
refused: renaming over it would silently replace the device node or the pipe with a plain file.

Any failure to write (a full disk, a read-only folder, a disk error) raises ``WriteError``: an
``OSError`` whose text is one plain sentence naming the user's file (never a ``.bak`` or ``.tmp``
helper), raised before the target changed, so the previous file stays intact.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import stat
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
    if exc.errno == errno.EISDIR:
        return f"{name} is a folder, not a file, so it could not be saved; nothing was changed."
    if exc.errno == errno.ENOTDIR:
        return (
            f"Part of the path to {name} is a file where a folder should be, so it could not be "
            "saved; nothing was changed."
        )
    if exc.errno == errno.ENOENT:
        return (
            f"The folder for {name} does not exist or does not take new files, so it could not "
            "be saved; nothing was changed."
        )
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


def atomic_write_bytes(
    path: Path, data: bytes, *, backup: bool = True, make_folder: bool = True
) -> None:
    """Replace ``path`` with ``data`` atomically; WriteError (an OSError) if it cannot be done.

    ``make_folder=False`` for a file the user named: a mistyped folder is refused, never made."""
    path = Path(path)
    try:
        _atomic_write(path, data, backup, make_folder)
    except WriteError:
        raise
    except OSError as exc:
        raise as_write_error(exc, path) from exc


def atomic_write_chunks(
    path: Path, chunks: Iterable[str], *, backup: bool = True, make_folder: bool = True
) -> None:
    """Like ``atomic_write_text``, the text given piece by piece (an export of a whole log) and
    written as it comes, so memory stays flat in its size; nothing changes if any piece fails."""
    path = Path(path)
    try:
        _atomic_write(path, (chunk.encode("utf-8") for chunk in chunks), backup, make_folder)
    except WriteError:
        raise
    except OSError as exc:
        raise as_write_error(exc, path) from exc


def writable_target(path: Path) -> Path:
    """The file a write to ``path`` really replaces: ``path`` itself, or the file a symbolic link
    (or a chain of them) points to, so the link survives. WriteError if that is something other
    than an ordinary file or nothing yet: a folder, a pipe, a device."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise as_write_error(exc, path) from exc
    if stat.S_ISREG(mode):
        return target
    if stat.S_ISDIR(mode):
        raise as_write_error(OSError(errno.EISDIR, "is a folder"), path)
    raise _refused(
        path,
        f"{path.name} is not an ordinary file (it is a device, a pipe or a socket), so nothing "
        "was written to it and it was left as it is.",
    )


def _refused(path: Path, sentence: str) -> WriteError:
    err = WriteError(errno.EINVAL, sentence)
    err.filename = str(path)
    return err


def _atomic_write(
    path: Path, data: bytes | Iterable[bytes], backup: bool, make_folder: bool = True
) -> None:
    """Raises the platform's OSError; the public writers turn it into one naming ``path``."""
    path = writable_target(path)
    folder = path.parent
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise _refused(
            path,
            f"The folder {folder} does not exist, so {path.name} was not saved; nothing was "
            "made or changed.",
        )
    if backup and path.exists():
        _copy_to_backup(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        if exc.errno in (*FULL, *READ_ONLY) or not folder.is_dir():
            raise
        raise _refused(  # /proc, /sys: the file is there, but no file can be made beside it
            path,
            f"The folder {folder} does not let new files be made in it, so {path.name} was not "
            "saved; nothing was changed.",
        ) from exc
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


def atomic_write_text(
    path: Path, text: str, *, backup: bool = True, make_folder: bool = True
) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup, make_folder=make_folder)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _copy_to_backup(path: Path) -> None:
    """Keep the last complete version; itself written atomically so a crash never spoils it.
    A failure is raised as the platform's error, so the message names the user's file, not
    the ``.bak``."""
    data = path.read_bytes()
    _atomic_write(backup_path(path), data, backup=False)


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


def read_problem(exc: BaseException) -> str:
    """Why a file could not be read, in plain words: no codec, errno or Python type names."""
    if isinstance(exc, RecursionError):
        return "it is nested far too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return "it is not text"
    if isinstance(exc, json.JSONDecodeError):
        return f"it is not valid JSON (line {exc.lineno})"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(exc, FileNotFoundError):
        return "it does not exist"
    if isinstance(exc, OSError):
        return f"it cannot be opened: {(exc.strerror or 'unknown reason').lower()}"
    return str(exc)


def read_json_object(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``, or ``{}`` if the file is missing, unreadable, damaged or holds
    something else: for small files of this computer's own choices, where "not set" is the answer."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


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
    (``FileWriter``). No backup: the user chose the name, and may be replacing their own file.
    A folder that does not exist is refused, never made (a mistyped path is said)."""

    def write_text(self, path: Path, text: str) -> None:
        atomic_write_text(path, text, backup=False, make_folder=False)

    def write_bytes(self, path: Path, data: bytes) -> None:
        atomic_write_bytes(path, data, backup=False, make_folder=False)

    def write_chunks(self, path: Path, chunks: Iterable[str]) -> None:
        atomic_write_chunks(path, chunks, backup=False, make_folder=False)
