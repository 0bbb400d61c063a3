"""The practice log when a synced folder is set: every computer's files, read and merged.

This computer keeps writing its own log exactly as before (services/log/store.py: the same monthly
TinyDB files, atomic writes, backups, repair), only in ``devices/<this id>/log/``. Every other
device's folder, and any conflict copy a sync tool made, is read without being changed
(services/sync/reader.py). Records are merged by id; edits and deletions made here are written as
versions or tombstones in this computer's ``changes.json``, and the latest version wins on every
computer (core/sync/versions.py). History, Insights, summaries and exports all read the merged log,
so they show every computer's practices.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from mindful_clinic.core.log.quiet_rest import QuietRestReport, compare_with_quiet_rest
from mindful_clinic.core.log.records import (
    KEEP,
    LogRecord,
    RecordError,
    from_document,
    requested_changes,
    to_document,
)
from mindful_clinic.core.log.stats import Insights, StatRow, Summary, insights, summarize
from mindful_clinic.core.ports import ImportOutcome, LogStoreError
from mindful_clinic.core.sync.names import CHANGES_NAME
from mindful_clinic.core.sync.versions import Version, next_stamp, winners
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.log.index import rows_for
from mindful_clinic.services.log.shards import Signature, signature
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.services.storage.atomic import backup_path, move_aside
from mindful_clinic.services.storage.paths import local_dir
from mindful_clinic.services.sync.changes import ChangesUnreadable, read_changes, write_changes
from mindful_clinic.services.sync.device import Device
from mindful_clinic.services.sync.erase import erase_everywhere, erases, honour_erase
from mindful_clinic.services.sync.layout import device_log_dir, write_device_card
from mindful_clinic.services.sync.reader import DeviceLog


class SyncedLog:
    """The merged log of every device in ``synced``; writes go to this device's folder only."""

    def __init__(
        self, synced: Path, device: Device, clock: Clock, cache: Path | None = None
    ) -> None:
        self.synced = Path(synced)
        self.device = device
        self.clock = clock
        self.cache = cache if cache is not None else local_dir() / "sync-cache"
        if not self.synced.is_dir():  # an unplugged drive: never make a stand-in folder locally
            raise LogStoreError(
                f"the synced folder {self.synced} cannot be found; if it is on a drive that is "
                "not connected, connect it, or stop syncing with: mindful-clinic sync folder --off"
            )
        honour_erase(self.synced, device.id, clock)  # "delete everywhere" asked on another computer
        write_device_card(self.synced, device.id, device.name)
        self.own = LogStore(device_log_dir(self.synced, device.id), clock)
        self._own_changes_path = self.own.folder / CHANGES_NAME
        self._own_changes: dict[str, Version] = {}
        self._own_sig: Signature | None = None
        self.recovered = ""
        self._erase_problems: list[Any] = []
        self._read_own_changes()
        self.others: dict[str, DeviceLog] = {}
        self.own_conflicts = DeviceLog(self.own.folder, device.id, None, conflicts_only=True)
        self.refresh()

    # -- what the window and the command line use (the LogBook port) ---------------------------
    @property
    def folder(self) -> Path:
        return self.own.folder

    @property
    def problems(self) -> list[Any]:
        found: list[Any] = list(self.own.problems)
        if self.recovered:
            found.append(SimpleNamespace(message=self.recovered))
        found.extend(self._erase_problems)
        for dev in self._readers():
            found.extend(dev.problems.values())
        return found

    def __len__(self) -> int:
        return len(self.rows())

    def refresh(self) -> bool:
        """Pick up files that arrived from other computers; True if anything changed."""
        changed = False
        asked = erases(self.synced, self.clock)  # a malformed request is ignored, and said
        self._erase_problems = asked.problems
        live = asked.live(self.synced)  # less any yet to carry out "delete everywhere"
        for dev_id in [d for d in self.others if d not in live]:
            del self.others[dev_id]
            changed = True
        for dev_id in live:
            if dev_id == self.device.id:
                continue
            if dev_id not in self.others:
                cache = self.cache / dev_id
                self.others[dev_id] = DeviceLog(device_log_dir(self.synced, dev_id), dev_id, cache)
            changed |= self.others[dev_id].scan()
        changed |= self.own_conflicts.scan()
        changed |= self._read_own_changes()
        self.own.refresh()
        return changed

    def _read_own_changes(self) -> bool:
        """This computer's edits, re-read if another process here (the command line) wrote."""
        sig = signature(self._own_changes_path)
        if sig == self._own_sig:
            return False
        try:
            versions = read_changes(self._own_changes_path)
        except ChangesUnreadable as exc:
            versions = self._recover_own_changes(exc.reason)
        self._own_changes = {v.record_id: v for v in versions}
        self._own_sig = sig
        return True

    def _recover_own_changes(self, reason: str) -> list[Version]:
        """This computer's own edits file is damaged: it is kept aside under a new name and the
        backup of the previous version is used (only ever this computer's own file)."""
        path = self._own_changes_path
        try:
            versions = read_changes(backup_path(path))
            moved = move_aside(path)
        except (ChangesUnreadable, OSError) as exc:
            raise LogStoreError(
                f"this computer's list of edits cannot be read ({reason}) and its backup "
                f"cannot be used ({exc})"
            ) from None
        self.recovered = (
            f"This computer's list of edits could not be read ({reason}). It was kept as "
            f"{moved.name} and the previous version is in use."
        )
        write_changes(path, self.device.id, {v.record_id: v for v in versions})
        return versions

    def rows(self) -> list[StatRow]:
        self.refresh()
        merged: dict[str, StatRow] = {}
        for row in self.own.rows():
            merged[row.id] = row
        for dev in self._readers():
            for row in dev.rows():
                merged.setdefault(row.id, row)
        for rid, v in self._winners().items():
            if v.doc is None:
                merged.pop(rid, None)
            else:
                record = self._record_of(v)
                if record is not None:
                    merged[rid] = rows_for([record])[0]
        return sorted(merged.values(), key=lambda r: r.started_at)

    def all(self) -> list[LogRecord]:
        return self.query()

    def query(
        self, practice_id: str | None = None, start: date | None = None, end: date | None = None
    ) -> list[LogRecord]:
        self.refresh()
        lo, hi = (start.isoformat() if start else ""), (end.isoformat() if end else "9999-99-99")
        merged: dict[str, LogRecord] = {r.id: r for r in self.own.query(None, start, end)}
        for dev in self._readers():
            for month in sorted(dev.months()):
                if lo[:7] <= month <= hi[:7]:
                    for r in dev.records(month):
                        if lo <= r.started_at[:10] <= hi:
                            merged.setdefault(r.id, r)
        for rid, v in self._winners().items():
            if v.doc is None:
                merged.pop(rid, None)
                continue
            record = self._record_of(v)
            if record is not None and lo <= record.started_at[:10] <= hi:
                merged[rid] = record
        out = [r for r in merged.values() if practice_id is None or r.practice_id == practice_id]
        out.sort(key=lambda r: r.started_at)
        return out

    def get(self, record_id: str) -> LogRecord | None:
        row = next((r for r in self.rows() if r.id == record_id), None)
        if row is None:
            return None
        day = date.fromisoformat(row.started_at[:10])
        return next((r for r in self.query(None, day, day) if r.id == record_id), None)

    def practices(self) -> list[tuple[str, str]]:
        titles: dict[str, tuple[str, str]] = {}
        for row in self.rows():
            seen = titles.get(row.practice_id)
            if seen is None or row.started_at >= seen[0]:
                titles[row.practice_id] = (row.started_at, row.practice_title or row.practice_id)
        return sorted(((pid, t) for pid, (_, t) in titles.items()), key=lambda p: p[1].casefold())

    def insights(self, today: date | None = None, weeks: int = 12) -> Insights:
        return insights(self.rows(), today or self.clock.now().date(), weeks)

    def summary(self, start: date | None = None, end: date | None = None) -> Summary:
        return summarize(self.rows(), start, end)

    def quiet_rest(self) -> QuietRestReport:
        return compare_with_quiet_rest(self.rows())

    # -- writing: only ever this device's own files --------------------------------------------
    # -- paged reading (History) and streamed exports, the same shape as LogStore's ----------------
    def months(self, practice_id: str | None = None) -> list[tuple[str, int]]:
        """("YYYY-MM", sessions) of every month with sessions, oldest first (merged records)."""
        counts: dict[str, int] = {}
        for r in self.all():
            if practice_id is None or r.practice_id == practice_id:
                month = _month(r)
                counts[month] = counts.get(month, 0) + 1
        return sorted(counts.items())

    def month_records(self, month: str, practice_id: str | None = None) -> list[LogRecord]:
        """One month's merged records, newest first."""
        records = [
            r
            for r in self.all()
            if _month(r) == month and (practice_id is None or r.practice_id == practice_id)
        ]
        return sorted(records, key=lambda r: r.started_at, reverse=True)

    def iter_records(self) -> Iterator[list[LogRecord]]:
        """Every merged record, month by month oldest first."""
        by_month: dict[str, list[LogRecord]] = {}
        for r in self.all():
            by_month.setdefault(_month(r), []).append(r)
        for month in sorted(by_month):
            yield sorted(by_month[month], key=lambda r: r.started_at)

    def iter_documents(self) -> Iterator[list[dict[str, Any]]]:
        """Every merged record as its stored document, month by month, for exports."""
        for records in self.iter_records():
            yield [to_document(r) for r in records]

    def add(self, record: LogRecord) -> None:
        if not isinstance(record, LogRecord):
            raise TypeError("add() takes a LogRecord")
        self.refresh()
        if self._known(record.id):
            raise LogStoreError(f"a record with id {record.id} is already in the log")
        self.own.add(record)

    def update(
        self,
        record_id: str,
        *,
        stress_before: int | None = KEEP,
        stress_after: int | None = KEEP,
        note: str = KEEP,
    ) -> LogRecord:
        changes = requested_changes(
            stress_before=stress_before, stress_after=stress_after, note=note
        )
        old = self.get(record_id)
        if old is None:
            raise LogStoreError(f"no record with id {record_id} in the log")
        new = dataclasses.replace(old, **changes)  # RecordError if out of range
        self._write_version(record_id, new)
        return new

    def delete(self, record_id: str) -> LogRecord:
        old = self.get(record_id)
        if old is None:
            raise LogStoreError(f"no record with id {record_id} in the log")
        self._write_version(record_id, None)
        return old

    def restore(self, record: LogRecord) -> None:
        """Undo a deletion: a new version carrying the record wins over the tombstone."""
        if self._known(record.id) or record.id in self._winners():
            self._write_version(record.id, record)
        else:
            self.own.add(record)

    def import_records(self, records: Iterable[LogRecord]) -> ImportOutcome:
        batch = list(records)
        if not all(isinstance(r, LogRecord) for r in batch):
            raise TypeError("import_records() takes LogRecords")
        visible = {row.id for row in self.rows()}
        ever = (
            visible | set(self._winners()) | {row.id for d in self._readers() for row in d.rows()}
        )
        fresh = [r for r in batch if r.id not in ever]
        outcome = self.own.import_records(fresh)
        return ImportOutcome(outcome.added, len(batch) - outcome.added)

    def delete_all(self) -> None:
        """Every record goes, on every computer, and no other computer's file is touched: this
        device's files are removed; every record and personal item known here gets a tombstone
        (so a stale copy anywhere cannot bring one back); and an erase request asks every other
        computer to remove its own files (services/sync/erase.py), whose files are not read
        until it has."""
        from mindful_clinic.services.sync.personal import PERSONAL, PersonalFile

        self.refresh()
        known = [row.id for d in self._readers() for row in d.rows()]
        known += [row.id for row in self.own.rows()]
        known += list(self._winners())
        for name in PERSONAL:
            PersonalFile(self.synced, self.device, name, self.clock).write({}, everything=True)
        self.own.delete_all()
        self._own_changes.clear()
        now = self.clock.now()
        for rid in known:
            self._own_changes[rid] = Version(rid, next_stamp(now, None), self.device.id, None)
        write_changes(self._own_changes_path, self.device.id, self._own_changes)
        self._own_sig = signature(self._own_changes_path)
        erase_everywhere(self.synced, self.device.id, self.clock)
        self.refresh()

    def close(self) -> None:
        self.own.close()
        for dev in self._readers():
            dev.save_cache()

    def __enter__(self) -> SyncedLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what `sync status` shows --------------------------------------------------------------
    def records_per_device(self) -> dict[str, int]:
        counts = {self.device.id: len(self.own.rows())}
        for dev_id, dev in self.others.items():
            counts[dev_id] = len({r.id for r in dev.rows()})
        return counts

    def conflicts(self) -> list[str]:
        out = [f"devices/{self.device.id}/log/{n}" for n in self.own_conflicts.conflicts]
        for dev_id, dev in sorted(self.others.items()):
            out.extend(f"devices/{dev_id}/log/{n}" for n in dev.conflicts)
        return out

    # -- internals -----------------------------------------------------------------------------
    def _readers(self) -> list[DeviceLog]:
        return [self.own_conflicts, *(self.others[k] for k in sorted(self.others))]

    def _all_versions(self) -> list[Version]:
        out = list(self._own_changes.values())
        for dev in self._readers():
            for versions in dev.changes.values():
                out.extend(versions)
        return out

    def _winners(self) -> dict[str, Version]:
        return winners(self._all_versions())

    def _known(self, record_id: str) -> bool:
        if self.own.get(record_id) is not None or record_id in self._winners():
            return True
        return any(row.id == record_id for d in self._readers() for row in d.rows())

    @staticmethod
    def _record_of(v: Version) -> LogRecord | None:
        """The record a version carries; None if it is not a usable one (also if it names
        another record than the one it is filed under, which would show that one twice)."""
        try:
            record = from_document(dict(v.doc or {}))
        except (RecordError, TypeError, ValueError):
            return None
        return record if record.id == v.record_id else None

    def _write_version(self, record_id: str, record: LogRecord | None) -> None:
        with self.own._lock:  # the command line and the window on this computer take turns
            self._read_own_changes()
            current = self._winners().get(record_id)
            doc = to_document(record) if record is not None else None
            when = next_stamp(self.clock.now(), current)
            changes = {
                **self._own_changes,
                record_id: Version(record_id, when, self.device.id, doc),
            }
            write_changes(self._own_changes_path, self.device.id, changes)
            self._own_changes = changes
            self._own_sig = signature(self._own_changes_path)
        with contextlib.suppress(OSError):
            write_device_card(self.synced, self.device.id, self.device.name)


def _month(record: LogRecord) -> str:
    """The month a record belongs to, by its local start time (as the monthly files are named)."""
    return record.started_at[:7]  # ISO 8601 in local time: "YYYY-MM-..."
