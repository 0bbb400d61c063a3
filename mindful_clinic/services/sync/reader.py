"""Reading a device's log folder without ever changing it.

Another computer's files (and conflict copies anywhere) are only read: never upgraded, repaired,
moved or quarantined. A file a sync tool is still delivering (cut short, empty, or under a temporary
name) is skipped until it is complete, and the last complete reading of it stays in use. A file
that is damaged in any other way is reported in plain words and left exactly as it is.

What was read is cached in this computer's local folder (one cache per device), checked against
each file's signature, so opening years of several computers' logs stays fast.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.core.log.stats import StatRow
from mindful_clinic.core.sync.names import classify, is_temporary
from mindful_clinic.core.sync.versions import Version
from mindful_clinic.services.log.aggregates import FileKey
from mindful_clinic.services.log.index import MonthDigest, read_index, rows_for, write_index
from mindful_clinic.services.log.schema import NewerSchema
from mindful_clinic.services.log.shards import DamagedShard, Signature, load_shard, signature
from mindful_clinic.services.storage.paths import ensure_private_dir
from mindful_clinic.services.sync.changes import ChangesUnreadable, read_changes

_PENDING = ("the file was cut short", "the file is empty")


@dataclass
class _File:
    month: str
    sig: Signature
    rows: list[StatRow]
    records: list[LogRecord] | None = None


_ITEMS = {
    "settings.json": ("A setting", "your other settings are used"),
    "reflections.json": ("A reflection", "your other reflections are shown"),
    "selfchecks.json": ("A self-check", "your other self-checks are shown"),
}
"""How one item left out of a personal file is named (services/sync/personal.py CHECKS)."""


@dataclass(frozen=True)
class SyncProblem:
    device: str
    file: str
    reason: str
    item: str = ""
    """One item left out of a file that was otherwise read (a setting, a reflection...), or ""
    for the file."""

    @property
    def message(self) -> str:
        if self.item:
            one, rest = _ITEMS.get(self.file, ("An item", "the others are used"))
            return (
                f"{one} in a synced file ({self.file}, device {self.device[:8]}) was left "
                f"out: {self.reason}. The file was left as it is; {rest}."
            )
        return (
            f"A file from another computer ({self.file}, device {self.device[:8]}) could not be "
            f"read: {self.reason}. It was left as it is; the rest of your log is shown."
        )


@dataclass
class DeviceLog:
    """The readable files of one device's ``log`` folder. ``conflicts_only``: just the conflict
    copies (for this computer's own folder, whose own files the LogStore reads)."""

    folder: Path
    device: str
    cache: Path | None = None
    conflicts_only: bool = False
    files: dict[str, _File] = field(default_factory=dict)
    changes: dict[str, list[Version]] = field(default_factory=dict)
    problems: dict[str, SyncProblem] = field(default_factory=dict)
    pending: set[str] = field(default_factory=set)
    _change_sigs: dict[str, Signature] = field(default_factory=dict)
    _cached: dict[str, MonthDigest] | None = None
    _dirty: bool = False

    def __post_init__(self) -> None:
        if self.cache is not None:
            self._cached = read_index(self.cache)

    @property
    def conflicts(self) -> list[str]:
        names = [n for n in self.files if getattr(classify(n), "conflict", False)]
        names += [n for n in self.changes if n != "changes.json"]
        return sorted(names)

    def scan(self) -> bool:
        """Re-read what changed since the last scan; True if anything did."""
        seen: dict[str, tuple[str, str, Signature]] = {}
        self.pending = set()
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            for entry in entries:
                if is_temporary(entry.name):
                    self.pending.add(entry.name)
                    continue
                kind = classify(entry.name)
                if kind is None or (self.conflicts_only and not kind.conflict):
                    continue
                with contextlib.suppress(OSError):
                    st = entry.stat(follow_symlinks=False)
                    seen[entry.name] = (
                        kind.kind,
                        kind.month,
                        (st.st_ino, st.st_size, st.st_mtime_ns),
                    )
        changed = False
        for name in [n for n in self.files if n not in seen]:
            del self.files[name]
            changed = True
        for name in [n for n in self.changes if n not in seen]:
            del self.changes[name]
            self._change_sigs.pop(name, None)
            changed = True
        for name, (what, month, sig) in sorted(seen.items()):
            if what == "shard":
                changed |= self._scan_shard(name, month, sig)
            elif self._change_sigs.get(name) != sig:
                changed |= self._scan_changes(name, sig)
        return changed

    def rows(self) -> list[StatRow]:
        return [row for _, f in sorted(self.files.items()) for row in f.rows]

    def records(self, month: str) -> list[LogRecord]:
        out: list[LogRecord] = []
        for name, f in sorted(self.files.items()):
            if f.month != month:
                continue
            if f.records is None:
                self._load(name, f.month, f.sig)
                f = self.files.get(name) or f
            out.extend(f.records or [])
        return out

    def months(self) -> set[str]:
        return {f.month for f in self.files.values()}

    def save_cache(self) -> None:
        if self.cache is None or not self._dirty:
            return
        with contextlib.suppress(OSError):
            ensure_private_dir(self.cache)
            write_index(
                self.cache, {n: MonthDigest(_key(f.sig), f.rows) for n, f in self.files.items()}
            )
            self._dirty = False

    # -- internals ----------------------------------------------------------------------------
    def _scan_shard(self, name: str, month: str, sig: Signature) -> bool:
        known = self.files.get(name)
        if known is not None and known.sig == sig:
            return False
        digest = self._cached.get(name) if self._cached else None
        if digest is not None and digest.key == _key(sig):
            self.files[name] = _File(month, sig, digest.rows)
            return True
        return self._load(name, month, sig)

    def _load(self, name: str, month: str, sig: Signature) -> bool:
        path = self.folder / name
        try:
            loaded = load_shard(path, month, lenient=True)
        except DamagedShard as exc:
            if exc.reason in _PENDING:
                self.pending.add(name)  # still arriving: the last complete reading stays
            else:
                self.problems[name] = SyncProblem(self.device, name, exc.reason)
            return False
        except NewerSchema:
            reason = "it was written by a newer version of the app"
            self.problems[name] = SyncProblem(self.device, name, reason)
            return False
        except OSError as exc:
            reason = f"it cannot be opened ({exc.strerror or exc})"
            self.problems[name] = SyncProblem(self.device, name, reason)
            return False
        self.problems.pop(name, None)
        for _doc, reason in loaded.bad[:1]:
            self.problems[name] = SyncProblem(
                self.device, name, f"{len(loaded.bad)} record(s) could not be used ({reason})"
            )
        now = signature(path) or sig
        self.files[name] = _File(month, now, rows_for(loaded.records), loaded.records)
        self._dirty = True
        return True

    def _scan_changes(self, name: str, sig: Signature) -> bool:
        try:
            versions = read_changes(self.folder / name)
        except ChangesUnreadable as exc:
            if exc.pending:
                self.pending.add(name)
            else:
                self.problems[name] = SyncProblem(self.device, name, exc.reason)
            return False
        self.problems.pop(name, None)
        self.changes[name] = versions
        self._change_sigs[name] = sig
        return True


def _key(sig: Signature) -> FileKey:
    """This computer's own cache of what it read is keyed by (inode, size, time): the cache is
    local, so the inode is safe here, and the log's index key type holds it."""
    ino, size, mtime_ns = sig
    return FileKey(size, mtime_ns, f"ino:{ino}")
