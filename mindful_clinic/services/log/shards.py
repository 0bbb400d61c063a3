"""The practice log's files: one TinyDB JSON file per month, written atomically, repaired if damaged.

Why monthly files: TinyDB's storage rewrites a whole file for every insert (310 ms with 50,000 records,
PLATFORM.md). Splitting by the month a practice started keeps each file to a few hundred documents,
so saving one practice rewrites a few kilobytes whatever the log's age, and a date-range query reads
only the months it needs. Each file is still an ordinary TinyDB database (``TinyDB(path)`` opens it)
and is written one document per line, so a user can read or diff it.

Why a custom Storage: TinyDB's JSONStorage overwrites in place and can leave half a file after a
crash. ``ShardStorage`` writes a temporary file, fsyncs, renames (services/atomic.py) and keeps the
previous version as ``NAME.bak``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from mindful_clinic.core.log.records import LogRecord, RecordError, from_document, stored_documents
from mindful_clinic.services.log.schema import (
    CURRENT_VERSION,
    RECORDS_TABLE,
    NewerSchema,
    SchemaProblem,
    Tables,
    schema_version,
    upgrade,
)
from mindful_clinic.services.storage.atomic import (
    as_write_error,
    atomic_write_bytes,
    backup_path,
    fsync_dir,
)

SHARD_RE = re.compile(r"^log-(\d{4}-\d{2})\.json$")
Signature = tuple[int, int, int]
"""(inode, size, mtime_ns): changes whenever a file is replaced, so a cached view can be checked."""


def shard_name(month: str) -> str:
    return f"log-{month}.json"


def shard_months(folder: Path) -> dict[str, Signature]:
    """Every monthly log file in the folder with its signature, by "YYYY-MM"."""
    found: dict[str, Signature] = {}  # no folder, or a file in its place: no months
    with contextlib.suppress(FileNotFoundError, NotADirectoryError), os.scandir(folder) as entries:
        for entry in entries:
            match = SHARD_RE.match(entry.name)
            if match:
                with contextlib.suppress(FileNotFoundError):
                    st = entry.stat(follow_symlinks=False)
                    found[match.group(1)] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return found


def signature(path: Path) -> Signature | None:
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


# -- reading ----------------------------------------------------------------------------------
class DamagedShard(Exception):
    """A log file that cannot be used as it is; ``reason`` is in plain words."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def parse_shard(data: bytes) -> tuple[Tables, int]:
    """The tables of a log file and their layout version; DamagedShard or NewerSchema if unusable."""
    if not data.strip():
        raise DamagedShard("the file is empty")
    try:
        tables = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedShard("the file is not text") from None
    except json.JSONDecodeError as exc:
        text = exc.doc.strip()
        if text.startswith("{") and not text.endswith("}"):
            raise DamagedShard("the file was cut short") from None
        raise DamagedShard(f"the file is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise DamagedShard("the file is nested too deeply to be a practice log") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise DamagedShard(f"the file holds a value that cannot be read ({exc})") from None
    try:
        return tables, schema_version(tables)
    except NewerSchema:
        raise
    except SchemaProblem as exc:
        raise DamagedShard(f"it does not look like a practice log: {exc}") from None


@dataclass
class LoadedShard:
    tables: Tables
    records: list[LogRecord]
    version_read: int
    """The layout version found on disk; below CURRENT_VERSION means ``tables`` were upgraded."""
    bad: list[tuple[str, str]] = field(default_factory=list)
    """(document id, reason) of each record set aside (``lenient`` loading); not in ``tables``."""

    @property
    def stored(self) -> bool:
        """Whether the file holds exactly what the store would write for these records (current
        layout, nothing set aside, every document in the stored form: records.stored_documents),
        so an export may pass its documents on as they are while the file is unchanged."""
        docs = list(self.tables.get(RECORDS_TABLE, {}).values())
        fresh = self.version_read == CURRENT_VERSION and not self.bad
        return fresh and stored_documents(docs) is not None


def load_shard(path: Path, month: str | None = None, lenient: bool = False) -> LoadedShard:
    """Read, upgrade (in memory) and validate every record of one file.

    One invalid record makes the file DamagedShard, unless ``lenient``: then it is left out of
    ``tables`` and ``records`` and named in ``bad``, and the month's other records stay in use.
    """
    tables, version = parse_shard(path.read_bytes())
    if version < CURRENT_VERSION:
        tables = upgrade(tables, version)
    records: list[LogRecord] = []
    bad: list[tuple[str, str]] = []
    for doc_id, doc in tables.get(RECORDS_TABLE, {}).items():
        try:
            record = from_document(doc)
        except RecordError as exc:
            reason = f"document {doc_id} is not a valid record ({exc})"
            if not lenient:
                raise DamagedShard(reason) from None
            bad.append((doc_id, reason))
            continue
        if month is not None and record.month != month:
            reason = f"document {doc_id} belongs to {record.month}, not {month}"
            if not lenient:
                raise DamagedShard(reason)
            bad.append((doc_id, reason))
            continue
        records.append(record)
    if bad:
        dropped = {doc_id for doc_id, _ in bad}
        kept = {k: v for k, v in tables[RECORDS_TABLE].items() if k not in dropped}
        tables = {**tables, RECORDS_TABLE: kept}
    return LoadedShard(tables, records, version, bad)


# -- writing ------------------------------------------------------------------------------------
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def serialize(tables: Tables) -> bytes:
    """Compact JSON with one document per line: small and fast, yet readable and diff-friendly."""
    encode = _ENCODER.encode
    parts = []
    for name, table in tables.items():
        docs = ",\n ".join(f"{encode(str(i))}: {encode(doc)}" for i, doc in table.items())
        parts.append(f"{encode(name)}: {{\n {docs}\n}}" if docs else f"{encode(name)}: {{}}")
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


def write_tables(path: Path, tables: Tables) -> None:
    """Atomically replace the file, first keeping the current version as NAME.bak."""
    keep_backup(path)
    atomic_write_bytes(path, serialize(tables), backup=False)


def keep_backup(path: Path) -> None:
    """The current file becomes NAME.bak. A hard link costs no copy: files are only ever replaced,
    never changed in place, so the old version stays intact. Falls back to a copy."""
    if not path.exists():
        return
    tmp = path.with_name(f".{path.name}.bak.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            os.link(path, tmp)
            os.replace(tmp, backup_path(path))
        except OSError:
            atomic_write_bytes(backup_path(path), path.read_bytes(), backup=False)
    except OSError as exc:  # the message names the month's file, not a helper beside it
        raise as_write_error(getattr(exc, "__cause__", None) or exc, path) from exc


class ShardStorage(Storage):
    """TinyDB storage for one monthly file: parses once per operation, writes atomically.

    A fresh storage is made for every store operation (under the store's lock), so the parsed copy
    it keeps between TinyDB's read and write never outlives the operation.
    """

    def __init__(self, path: str | Path, initial: Tables | None = None, **_: Any) -> None:
        self.path = Path(path)
        self._initial = initial
        self._tables: Tables | None = None

    def read(self) -> Tables | None:
        if self._tables is None:
            if not self.path.exists():
                return None if self._initial is None else dict(self._initial)
            tables, version = parse_shard(self.path.read_bytes())
            if version != CURRENT_VERSION:
                raise DamagedShard("the file changed to an older layout while in use")
            self._tables = tables
        return dict(self._tables)

    def write(self, data: Tables) -> None:
        write_tables(self.path, data)
        self._tables = data


# -- repair -------------------------------------------------------------------------------------
def move_aside(path: Path, now: datetime, keep_original: bool = False) -> Path:
    """Give a damaged file the name NAME.damaged-YYYYmmdd-HHMMSS[-n].json; never overwrites.

    The new name is a hard link made before the old name goes, so a crash at any moment leaves the
    damaged file under at least one name. With ``keep_original`` the old name stays too, for the
    caller to replace atomically with a restored copy (the month's file is then never missing)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    stem, suffix = path.name, ""
    if stem.endswith(".json"):
        stem, suffix = stem[: -len(".json")], ".json"
    n = 0
    while True:
        extra = f"-{n}" if n else ""
        target = path.with_name(f"{stem}.damaged-{stamp}{extra}{suffix}")
        if not target.exists():
            break
        n += 1
    try:
        os.link(path, target)
    except OSError:  # a file system without hard links
        if keep_original:
            atomic_write_bytes(target, path.read_bytes(), backup=False)
        else:
            os.rename(path, target)
    if not keep_original and path.exists():
        path.unlink()
    fsync_dir(path.parent)
    return target
