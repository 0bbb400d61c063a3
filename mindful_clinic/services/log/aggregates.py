"""Per-month summaries of the practice log, so opening it and showing Insights costs O(months).

``aggregates.json`` keeps, for each monthly file, a tally of its sessions (core/log/tally.py: counts,
seconds, titles and a (before, after) histogram per practice) and its day tallies (stored as text,
decoded only for the recent months the weekly chart needs). Like the index it is only a cache:
damaged, stale or missing, it is rebuilt from the files.

Each entry is keyed by what survives a copy: the file's name (the key of the entry), its size and a
content hash (SHA-256 of the file's bytes). The modification time is kept too, only to skip the
hash: a file with the same size and time is taken as unchanged; one with the same size but another
time (copied, restored from a backup, synced from another computer) is hashed, and if the hash
agrees the entry is still good. So a copied or synced folder opens warm. Entries are per file, so
a reader of several folders (one per device) can read each folder's file and add the tallies up.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mindful_clinic.core.log.tally import Tally
from mindful_clinic.services.storage.atomic import atomic_write_bytes

AGGREGATES_NAME = "aggregates.json"
AGGREGATES_VERSION = 1


@dataclass(frozen=True)
class FileKey:
    size: int
    mtime_ns: int
    digest: str

    def to_json(self) -> list[object]:
        return [self.size, self.mtime_ns, self.digest]

    @classmethod
    def from_json(cls, data: Any) -> FileKey:
        size, mtime, digest = data
        if type(size) is not int or type(mtime) is not int or not isinstance(digest, str):
            raise TypeError("file key expected")
        return cls(size, mtime, digest)


def content_hash(data: bytes) -> str:
    """SHA-256: the fastest hash in hashlib where the processor has instructions for it."""
    return hashlib.sha256(data).hexdigest()[:32]


def file_key(path: Path, data: bytes | None = None) -> FileKey | None:
    """The key of a file as it is now (hashing it; ``data`` if its bytes are already read)."""
    try:
        st = os.stat(path)
        if data is None:
            data = path.read_bytes()
    except OSError:
        return None
    return FileKey(st.st_size, st.st_mtime_ns, content_hash(data))


def still_matches(key: FileKey, path: Path, size: int, mtime_ns: int) -> FileKey | None:
    """``key`` (brought up to date with the file's time) if the file at ``path`` still has that
    content, else None. Hashes the file only when its size agrees but its time does not."""
    if key.size != size:
        return None
    if key.mtime_ns == mtime_ns:
        return key
    try:
        digest = content_hash(path.read_bytes())
    except OSError:
        return None
    return FileKey(size, mtime_ns, digest) if digest == key.digest else None


@dataclass
class MonthAggregate:
    key: FileKey
    tally: Tally
    days_text: str = ""
    """The month's day tallies as JSON text; ``days()`` reads them when first needed."""
    _days_read: bool = field(default=False, repr=False)
    stored: bool = False
    """Every record of this content was validated in full (not just tallied in one pass) and its
    document is already in the stored form (records.stored_documents: every field, canonical id
    and times), so an export may pass the documents on as parsed, with no check, while the file
    is unchanged. Kept as "stored" in the file: entries from before it (which said only that the
    records were valid) count as not stored until their month is read again."""

    def days(self) -> Tally:
        """The tally with its days filled in (raises ValueError if they were tampered with)."""
        if not self._days_read:
            if self.days_text:
                self.tally.read_days(json.loads(self.days_text))
            self._days_read = True
        return self.tally


def aggregate_for(key: FileKey, tally: Tally, stored: bool = False) -> MonthAggregate:
    return MonthAggregate(key, tally, "", True, stored)


def read_aggregates(folder: Path) -> dict[str, MonthAggregate]:
    """Usable entries by file name; an unreadable file is an empty one, a bad entry is left out."""
    try:
        data = json.loads((folder / AGGREGATES_NAME).read_bytes())
        if data.get("version") != AGGREGATES_VERSION:
            return {}
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    out: dict[str, MonthAggregate] = {}
    for name, entry in files.items() if isinstance(files, dict) else ():
        with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
            days = entry["days"]
            if not isinstance(days, str):
                raise TypeError("days expected as text")
            out[name] = MonthAggregate(
                FileKey.from_json(entry["key"]),
                Tally.from_json(entry["tally"]),
                days,
                stored=entry.get("stored") is True,
            )
    return out


def write_aggregates(folder: Path, entries: dict[str, MonthAggregate]) -> None:
    """Best effort: a failure here costs only speed at the next start."""
    files: dict[str, object] = {}
    for name, agg in sorted(entries.items()):
        days = agg.days_text
        if agg._days_read:
            days = json.dumps(agg.tally.days_json(), separators=(",", ":"))
        files[name] = {
            "key": agg.key.to_json(),
            "tally": agg.tally.to_json(),
            "days": days,
            "stored": agg.stored,
        }
    payload = {"version": AGGREGATES_VERSION, "files": files}
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with contextlib.suppress(OSError):
        atomic_write_bytes(folder / AGGREGATES_NAME, data, backup=False)


def drop_aggregates(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / AGGREGATES_NAME).unlink()
