"""The practice log: TinyDB documents in monthly files, crash-safe, fast at any age.

Layout of ``data_dir()/log/`` (folder 0700, files 0600):
- ``log-YYYY-MM.json``: a TinyDB database per month (tables ``_meta`` and ``practices``), written
  atomically (temporary file, fsync, rename, folder fsync); the previous version is ``.bak``.
- ``aggregates.json``: per monthly file, a tally of its sessions (services/log/aggregates.py), so
  opening the log and showing Insights cost O(months); ``index.json``: the few fields of every
  session, read only when sessions are needed one by one (services/log/index.py). Both are caches
  keyed by size and content hash, so a copied or synced folder opens warm; deleting them only
  costs speed.
- ``import-journal.json``: exists only while an import is being applied (services/log_journal.py).
- ``.lock``: held for each operation, so two processes never write at once.

Saving one practice rewrites one month (a few hundred documents), so it costs the same at 50 records
or 50,000. A damaged file is moved aside under a timestamped name, the last good backup restored,
and a plain-words ``LogProblem`` added to ``problems`` for the window to show.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from mindful_clinic.core.log.records import KEEP, LogRecord, requested_changes, to_document
from mindful_clinic.core.log.stats import StatRow
from mindful_clinic.core.log.tally import Tally, tally
from mindful_clinic.core.ports import ImportOutcome, LogStoreError
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.log.aggregates import (
    FileKey,
    MonthAggregate,
    aggregate_for,
    file_key,
    read_aggregates,
    still_matches,
    write_aggregates,
)
from mindful_clinic.services.log.index import MonthDigest, rows_for, update_index
from mindful_clinic.services.log.journal import PRE_IMPORT, journal_path, write_journal
from mindful_clinic.services.log.journal_apply import JournalApply
from mindful_clinic.services.log.lock import LogBusyError, LogLock
from mindful_clinic.services.log.problems import LogProblem, folder_problem
from mindful_clinic.services.log.reading import LogReading
from mindful_clinic.services.log.recovery import open_month
from mindful_clinic.services.log.scan import scan_month, scan_months, unmatched
from mindful_clinic.services.log.schema import CURRENT_VERSION, RECORDS_TABLE, empty_tables
from mindful_clinic.services.log.shards import (
    ShardStorage,
    Signature,
    shard_months,
    shard_name,
    signature,
    write_tables,
)
from mindful_clinic.services.storage.atomic import as_write_error, atomic_write_bytes, fsync_dir
from mindful_clinic.services.storage.paths import data_dir, ensure_private_dir

__all__ = ["LogBusyError", "LogProblem", "LogStore", "LogStoreError", "log_dir"]
STALE_MONTHS_REINDEX = 3
"""Rewrite the index on opening when more months than this had to be read in full."""


@dataclasses.dataclass
class _Month:
    sig: Signature
    rows: list[StatRow] | None
    """The light view of each session; None while known only from the aggregates."""
    records: list[LogRecord] | None
    """Full records, read only when needed (history, export); None while known from a cache."""
    agg: MonthAggregate
    readonly: bool = False


def _month_of(
    key: FileKey | None, records: list[LogRecord], stored: bool
) -> tuple[list[Any], MonthAggregate]:
    rows = rows_for(records)  # every record was validated; ``stored``: its document as written
    return rows, aggregate_for(key or FileKey(0, 0, ""), tally(rows), stored)


def log_dir() -> Path:
    return data_dir() / "log"


class LogStore(LogReading, JournalApply):
    def __init__(self, folder: Path, clock: Clock, lock_timeout_s: float = 10.0) -> None:
        """The log in ``folder`` (``log_dir()`` for the user's), dated by ``clock``."""
        self.folder = Path(folder)
        with contextlib.suppress(OSError):  # a read-only data folder: an empty log, read-only
            ensure_private_dir(self.folder)
        self.clock = clock
        self.blocked = folder_problem(self.folder)  # a file in its place: changes are refused
        self.problems: list[LogProblem] = [self.blocked] if self.blocked else []
        self._months: dict[str, _Month] = {}
        self._where_map: dict[str, str] | None = None
        """Which month holds each id: built only when first needed (an edit, an import)."""
        self._row_index: dict[str, MonthDigest] | None = None
        self._rows_dirty = False
        self._recent: list[str] = []
        self._lock = LogLock(self.folder / ".lock", lock_timeout_s)
        self._index_dirty = False
        with self._lock:
            if self._lock.problem:
                self._note(LogProblem("lock", "", self._lock.problem))
            self._clean_temporaries()
            stale = self._sync(read_aggregates(self.folder))
            self._replay_journal()
            if stale > STALE_MONTHS_REINDEX:
                self.close()

    # -- reading ----------------------------------------------------------------------------
    def all(self) -> list[LogRecord]:
        return self.query()

    def query(
        self, practice_id: str | None = None, start: date | None = None, end: date | None = None
    ) -> list[LogRecord]:
        """Records by local start date (inclusive), oldest first; reads only the months needed."""
        lo, hi = (start.isoformat() if start else ""), (end.isoformat() if end else "9999-99-99")
        out: list[LogRecord] = []
        with self._lock:
            self._sync()
            for month in sorted(self._months):
                if lo[:7] <= month <= hi[:7]:
                    out.extend(
                        r
                        for r in self._records(month)
                        if lo <= r.started_at[:10] <= hi
                        and (practice_id is None or r.practice_id == practice_id)
                    )
        out.sort(key=lambda r: r.started_at)
        return out

    def get(self, record_id: str) -> LogRecord | None:
        with self._lock:
            self._sync()
            month = self._where.get(record_id)
            if month is None:
                return None
            return next((r for r in self._records(month) if r.id == record_id), None)

    # -- writing ----------------------------------------------------------------------------
    def add(self, record: LogRecord) -> None:
        """Save one practice; returns once it is on disk (fsynced). Duplicate ids are refused."""
        if not isinstance(record, LogRecord):
            raise TypeError("add() takes a LogRecord")
        with self._lock:  # only this month can matter, so only its file is checked
            self._sync_month(record.month, signature(self.folder / shard_name(record.month)))
            known = self._where if self._where_map is not None else self._month_ids(record.month)
            if record.id in known:
                raise LogStoreError(f"a record with id {record.id} is already in the log")
            self._insert(record.month, [record])

    def restore(self, record: LogRecord) -> None:
        """Put back a deleted record (undo), with its original id."""
        self.add(record)

    def update(
        self,
        record_id: str,
        *,
        stress_before: int | None = KEEP,
        stress_after: int | None = KEEP,
        note: str = KEEP,
    ) -> LogRecord:
        """Change ratings or the note; validated like any record (RecordError if out of range)."""
        changes = requested_changes(
            stress_before=stress_before, stress_after=stress_after, note=note
        )
        with self._lock:
            self._sync()
            month, old = self._find(record_id)
            new = dataclasses.replace(old, **changes)
            self._rewrite(month, lambda t: t.update(changes, Query().id == record_id))
            self._replace_in_memory(month, old, new)
            return new

    def delete(self, record_id: str) -> LogRecord:
        """Remove one record and return it, so the caller can offer Undo (``restore``)."""
        with self._lock:
            self._sync()
            month, old = self._find(record_id)
            self._rewrite(month, lambda t: t.remove(Query().id == record_id))
            self._replace_in_memory(month, old, None)
            return old

    def import_records(self, records: Iterable[LogRecord]) -> ImportOutcome:
        """Add many records, all or nothing even if the process is killed part-way (through the
        journal: services/log_journal.py). Records whose id is already in the log are skipped and
        counted."""
        batch = list(records)
        if not all(isinstance(r, LogRecord) for r in batch):
            raise TypeError("import_records() takes LogRecords")
        with self._lock:
            self._sync()
            self._replay_journal()
            if journal_path(self.folder).exists():
                raise LogStoreError(
                    "an earlier import is still waiting to be finished; please try again later"
                )
            fresh: dict[str, LogRecord] = {}
            for r in batch:
                if r.id not in self._where and r.id not in fresh:
                    fresh[r.id] = r
            for month in {r.month for r in fresh.values()}:
                self._check_writable(month)
            if fresh:
                write_journal(self.folder, list(fresh.values()))
                self._apply_journal(list(fresh.values()), roll_back=True)
            return ImportOutcome(len(fresh), len(batch) - len(fresh))

    def delete_all(self) -> None:
        """Remove every log file: records, backups, damaged copies kept aside, index, journal."""
        with self._lock:
            try:
                with os.scandir(self.folder) as entries:
                    for entry in entries:
                        if entry.name != ".lock" and entry.is_file(follow_symlinks=False):
                            os.unlink(entry.path)
                fsync_dir(self.folder)
            except OSError as exc:
                raise as_write_error(exc, self.folder) from exc
            self._months.clear()
            self._generation += 1
            self._where_map = {}
            self._row_index = None
            self.problems.clear()
            self._index_dirty = False

    def refresh(self) -> None:
        """Pick up changes made by another process (the command line, a second window)."""
        with self._lock:
            self._sync()

    def close(self) -> None:
        """Save the aggregates (and the index, if sessions changed) so the next opening is fast.
        Safe to call more than once."""
        if not self._index_dirty:
            return
        usable = {k: m for k, m in self._months.items() if not m.readonly and m.agg.key.digest}
        with contextlib.suppress(LogBusyError), self._lock:  # busy: next opening reads more
            write_aggregates(self.folder, {shard_name(k): m.agg for k, m in usable.items()})
            if self._rows_dirty:
                rows = {k: (m.agg.key, m.rows) for k, m in usable.items()}
                update_index(self.folder, rows, self._row_index)
            self._index_dirty = self._rows_dirty = False

    def __enter__(self) -> LogStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals: keeping memory in step with the files ----------------------------------------
    def _sync(self, cached: dict[str, MonthAggregate] | None = None) -> int:
        """Compare every monthly file's signature with what we hold; re-read what changed."""
        on_disk = shard_months(self.folder)
        for month in set(self._months) - set(on_disk):
            self._set_month(month, None)
        scanned = None  # opening: the months no entry stands for, tallied (in processes if many)
        if cached is not None:
            scanned = scan_months(self.folder, unmatched(on_disk, cached, self._months))
        stale = 0
        for month, sig in sorted(on_disk.items()):
            stale += self._sync_month(month, sig, cached, scanned)
        return stale

    def _sync_month(
        self,
        month: str,
        sig: Signature | None,
        cached: dict[str, MonthAggregate] | None = None,
        scanned: dict[str, MonthAggregate | None] | None = None,
    ) -> int:
        """Bring one month up to date with its file; 1 if it had to be read in full."""
        known = self._months.get(month)
        if sig is None:
            if known is not None and not known.readonly:
                self._set_month(month, None)  # removed by another process (delete all)
            return 0
        if known is not None and known.sig == sig:
            return 0
        agg = cached.get(shard_name(month)) if cached else None
        if agg is not None:
            key = still_matches(agg.key, self.folder / shard_name(month), sig[1], sig[2])
            if key is not None:
                dirty, changed = self._index_dirty, key is not agg.key
                agg.key = key
                self._set_month(month, _Month(sig, None, None, agg))
                self._index_dirty = dirty or changed  # a copied file: its new time is kept
                return 0
        if cached is not None:  # opening: a month without a usable entry is tallied in one pass
            path = self.folder / shard_name(month)
            tallied = (
                scanned.pop(month) if scanned and month in scanned else scan_month(path, month)
            )
            if tallied is not None:
                self._set_month(month, _Month(sig, None, None, tallied))
                return 1
        self._load_month(month)
        return 1

    def _set_month(self, month: str, value: _Month | None) -> None:
        old = self._months.pop(month, None)
        where = self._where_map
        if old is not None and where is not None:
            if old.rows is None:
                self._where_map = where = None  # its ids are not at hand: rebuilt when needed
            else:
                for row in old.rows:
                    if where.get(row.id) == month:
                        del where[row.id]
        if value is not None:
            self._months[month] = value
            if where is not None:
                if value.rows is None:
                    self._where_map = None
                else:
                    for row in value.rows:
                        where[row.id] = month
            self._rows_dirty |= value.rows is not None
        self._changed()

    def _records(self, month: str) -> list[LogRecord]:
        m = self._months[month]
        if m.records is None:
            loaded = self._load_month(month)
            return loaded or []
        return m.records

    def _load_month(self, month: str) -> list[LogRecord] | None:
        """Read one month in full (services/log/recovery.py: whatever state its file is in)."""
        path = self.folder / shard_name(month)
        opened = open_month(path, month, self.clock.now())
        for problem in opened.problems:
            self._note(problem)
        loaded = opened.loaded
        if opened.readonly:
            records = loaded.records if loaded is not None else []
            sig = signature(path) or (0, 0, 0)
            rows, agg = _month_of(None, records, stored=False)
            self._set_month(month, _Month(sig, rows, records, agg, readonly=True))
            return records
        if loaded is None:
            self._set_month(month, None)
            return None
        if loaded.version_read < CURRENT_VERSION:
            pre_upgrade = path.with_name(f"{path.name}.v{loaded.version_read}.bak")
            with contextlib.suppress(OSError):  # a folder that cannot change: upgraded in memory
                if not pre_upgrade.exists():
                    atomic_write_bytes(pre_upgrade, path.read_bytes(), backup=False)
                write_tables(path, loaded.tables)
        now_sig = signature(path)
        assert now_sig is not None
        rows, agg = _month_of(file_key(path), loaded.records, loaded.stored)
        self._set_month(month, _Month(now_sig, rows, loaded.records, agg))
        return loaded.records

    def _note(self, problem: LogProblem) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def _find(self, record_id: str) -> tuple[str, LogRecord]:
        month = next(  # History shows months it read: their rows are at hand, no map needed
            (
                k
                for k, m in self._months.items()
                if m.rows and any(r.id == record_id for r in m.rows)
            ),
            None,
        )
        month = month or self._where.get(record_id)
        record = None
        if month is not None:
            record = next((r for r in self._records(month) if r.id == record_id), None)
        if month is None or record is None:
            raise LogStoreError(f"no record with id {record_id} in the log")
        self._check_writable(month)
        return month, record

    def _check_writable(self, month: str) -> None:
        if self.blocked:
            raise LogStoreError(self.blocked.message)
        m = self._months.get(month)
        if m is not None and m.readonly:
            raise LogStoreError(f"the log for {month} cannot be changed now")

    # -- internals: writing through TinyDB ------------------------------------------------------
    def _rewrite(self, month: str, change: Any) -> None:
        path = self.folder / shard_name(month)
        with TinyDB(path, storage=ShardStorage, initial=empty_tables()) as db:
            change(db.table(RECORDS_TABLE, cache_size=0))
        sig = signature(path)
        assert sig is not None
        if month not in self._months:
            self._set_month(
                month, _Month(sig, [], [], aggregate_for(FileKey(0, 0, ""), Tally(), True))
            )
        m = self._months[month]
        m.sig = sig
        m.agg.key = file_key(path) or FileKey(0, 0, "")
        self._changed()

    def _insert(self, month: str, records: list[LogRecord]) -> None:
        self._check_writable(month)
        if month in self._months:
            self._rows(month)  # the index entry is keyed by the old file: take the rows now
        docs = [to_document(r) for r in records]
        self._rewrite(month, lambda t: t.insert_multiple(docs))
        m = self._months[month]
        if m.records is not None:  # else the full records are read from the file when needed
            m.records.extend(records)
        assert m.rows is not None
        m.rows.extend(rows_for(records))
        m.agg.days()
        for r in records:
            m.agg.tally.add(r)
        self._rows_dirty = True
        if self._where_map is not None:
            for r in records:
                self._where_map[r.id] = month

    def _replace_in_memory(self, month: str, old: LogRecord, new: LogRecord | None) -> None:
        m = self._months[month]
        assert m.records is not None
        m.records = [r for r in m.records if r.id != old.id] + ([new] if new else [])
        m.rows, agg = _month_of(m.agg.key, m.records, m.agg.stored)
        m.agg = agg
        self._rows_dirty = True
        if new is None and self._where_map is not None:
            self._where_map.pop(old.id, None)

    def _clean_temporaries(self) -> None:
        """Temporary files a killed writer left behind; never a complete file (those are renamed)."""
        pending = journal_path(self.folder).exists()  # its months' pre-import copies still count
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(".") and (
                    name.endswith(".tmp") or (name.endswith(PRE_IMPORT) and not pending)
                ):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
