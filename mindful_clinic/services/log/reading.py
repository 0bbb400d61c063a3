"""Reading the practice log from its caches: counts, Insights, summaries, sessions by month.

Part of ``LogStore`` (services/log/store.py), kept apart so the store's file stays about keeping
memory in step with the files. Everything a screen shows daily is worked out from the months'
tallies (services/log/aggregates.py), so it costs O(months), not O(records).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.log.quiet_rest import QuietRestReport
from mindful_clinic.core.log.records import LogRecord, to_document
from mindful_clinic.core.log.stats import Insights, StatRow, Summary
from mindful_clinic.core.log.tally import (
    Tally,
    insights_from_tally,
    merged,
    quiet_rest_from_tally,
    recent_cutoff,
    summary_from_tally,
    tally,
)
from mindful_clinic.services.log.index import MonthDigest, read_index
from mindful_clinic.services.log.schema import RECORDS_TABLE
from mindful_clinic.services.log.shards import shard_name, signature
from mindful_clinic.services.log.whole_tally import WholeTally

if TYPE_CHECKING:
    from mindful_clinic.core.time.clock import Clock
    from mindful_clinic.services.log.lock import LogLock

_DAY = timedelta(days=1)
KEEP_MONTHS = 4
"""Months of full records History keeps in memory besides those being edited."""


def _whole(month: str, start: date | None, end: date | None) -> bool:
    """Whether every day of ``month`` is within [start, end]."""
    after_start = start is None or start.isoformat()[:7] < month or start.day == 1
    before_end = end is None or month < end.isoformat()[:7] or (end + _DAY).day == 1
    return after_start and before_end


class LogReading:
    clock: Clock
    _months: dict[str, Any]
    _where_map: dict[str, str] | None
    _row_index: dict[str, MonthDigest] | None
    _lock: LogLock
    _recent: list[str]
    _index_dirty: bool
    _generation = 0
    """Counts every change to the months' tallies (whole_tally.py sums them once per count)."""
    _whole_tally: WholeTally | None = None

    if TYPE_CHECKING:  # provided by LogStore
        from pathlib import Path

        folder: Path

        def _sync(self, cached: Any = None) -> int: ...
        def _load_month(self, month: str) -> list[LogRecord] | None: ...
        def _records(self, month: str) -> list[LogRecord]: ...

    def _changed(self) -> None:
        """A month was read, replaced, rewritten or removed: the index is saved on closing, and
        the whole log's tally is added up again when next asked for."""
        self._index_dirty = True
        self._generation += 1

    def __len__(self) -> int:
        return sum(m.agg.tally.sessions for m in self._months.values())

    @property
    def _where(self) -> dict[str, str]:
        if self._where_map is None:
            where: dict[str, str] = {}
            for month in sorted(self._months):
                for row in self._rows(month):
                    where[row.id] = month
            self._where_map = where
        return self._where_map

    def rows(self) -> list[StatRow]:
        """The light view of every session (from the index: no full record is read)."""
        with self._lock:
            self._sync()
            return [row for month in sorted(self._months) for row in self._rows(month)]

    def months(self, practice_id: str | None = None) -> list[tuple[str, int]]:
        """("YYYY-MM", sessions) of every month with sessions (of ``practice_id`` if given),
        oldest first; from the tallies, so O(months)."""
        out = []
        with self._lock:
            self._sync()
            for k, m in sorted(self._months.items()):
                if practice_id is None:
                    n = m.agg.tally.sessions
                else:
                    p = m.agg.tally.practices.get(practice_id)
                    n = p.sessions if p is not None else 0
                if n:
                    out.append((k, n))
        return out

    def month_tally(self, month: str) -> Tally | None:
        """The sessions of one month, summed per practice (for paging through History)."""
        m = self._months.get(month)
        return None if m is None else m.agg.tally

    def tally(self) -> Tally:
        """The whole log summed per practice: O(months), whatever the number of records, and
        added up only once per change of the log (shared: not to be changed by the caller)."""
        with self._lock:
            self._sync()
            whole = self._whole_tally = self._whole_tally or WholeTally()
            return whole.get(
                self._generation,
                lambda: merged((m.agg.tally for _, m in sorted(self._months.items())), days=False),
            )

    def practices(self) -> list[tuple[str, str]]:
        """(practice_id, latest title) of every practice in the log, by title."""
        titles = [(pid, p.title or pid) for pid, p in self.tally().practices.items()]
        return sorted(titles, key=lambda p: p[1].casefold())

    def insights(self, today: date | None = None, weeks: int = 12) -> Insights:
        """Everything Insights shows, from the months' tallies: O(months)."""
        today = today or self.clock.now().date()
        whole = self.tally()
        first = recent_cutoff(today, weeks)[:7]
        days = merged(self._days(k) for k in sorted(self._months) if k >= first).days
        return insights_from_tally(whole, days, today, weeks)

    def quiet_rest(self) -> QuietRestReport:
        return quiet_rest_from_tally(self.tally())

    def summary(self, start: date | None = None, end: date | None = None) -> Summary:
        """Whole months from their tallies; only the two edge months are read session by session."""
        lo, hi = (start.isoformat() if start else ""), (end.isoformat() if end else "9999-99-99")
        parts: list[Tally] = []
        with self._lock:
            self._sync()
            for month, m in sorted(self._months.items()):
                if not lo[:7] <= month <= hi[:7]:
                    continue
                if _whole(month, start, end):
                    parts.append(m.agg.tally)
                else:
                    parts.append(
                        tally(r for r in self._rows(month) if lo <= r.started_at[:10] <= hi)
                    )
        return summary_from_tally(merged(parts, days=False), start, end)

    def _rows(self, month: str) -> list[StatRow]:
        """A month's sessions: from the index if it still matches the file, else read in full."""
        m = self._months[month]
        if m.rows is None:
            if self._row_index is None:
                self._row_index = read_index(self.folder)
            digest = self._row_index.get(month)
            if digest is not None and digest.key.digest == m.agg.key.digest:
                m.rows = digest.rows
            else:
                self._load_month(month)
                m = self._months.get(month, m)
        return m.rows or []

    def _month_ids(self, month: str) -> set[str]:
        return {r.id for r in self._rows(month)} if month in self._months else set()

    def _days(self, month: str) -> Tally:
        m = self._months[month]
        try:
            days: Tally = m.agg.days()
        except (ValueError, TypeError):  # tampered with: the month is read again
            self._load_month(month)
            days = self._months[month].agg.tally
        return days

    def month_records(self, month: str, practice_id: str | None = None) -> list[LogRecord]:
        """One month's records, newest first (History pages through these). Only the last few
        months asked for stay in memory, so paging through ten years keeps memory flat."""
        with self._lock:
            if month not in self._months:
                return []
            held = self._months[month].records is not None
            records = list(self._records(month))
            if not held:
                self._recent.append(month)
                while len(self._recent) > KEEP_MONTHS:
                    self._let_go(self._recent.pop(0))
        records.sort(key=lambda r: r.started_at, reverse=True)
        if practice_id is not None:
            records = [r for r in records if r.practice_id == practice_id]
        return records

    def _let_go(self, month: str) -> None:
        """Drop a month's full records (read again when needed), keeping its light rows."""
        m = self._months.get(month)
        if m is not None and m.records is not None and m.rows is not None and not m.readonly:
            m.records = None

    def iter_records(self) -> Iterator[list[LogRecord]]:
        """Every record, month by month oldest first, each month read and then let go."""
        for month, _ in self.months():
            with self._lock:
                if month not in self._months:
                    continue
                held = self._months[month].records is not None
                records = sorted(self._records(month), key=lambda r: r.started_at)
                if not held:
                    self._let_go(month)
            yield records

    def iter_documents(self) -> Iterator[list[dict[str, Any]]]:
        """Every record as its stored document (records.to_document), month by month oldest
        first, for exports. A month whose every record was validated before, already in the
        stored form, and whose file has not changed since is passed on as parsed, unchecked; any
        other month is read and validated first."""
        for month, _ in self.months():
            with self._lock:
                m = self._months.get(month)
                if m is None:
                    continue
                docs = None
                if m.records is None and m.agg.stored:
                    docs = self._stored_documents(month, m.sig)
                if docs is None:
                    held = m.records is not None
                    docs = [to_document(r) for r in self._records(month)]
                    if not held:
                        self._let_go(month)
            docs.sort(key=itemgetter("started_at"))
            yield docs

    def _stored_documents(self, month: str, sig: object) -> list[dict[str, Any]] | None:
        path = self.folder / shard_name(month)
        try:
            if signature(path) != sig:
                return None
            return list(json.loads(path.read_bytes())[RECORDS_TABLE].values())
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
