"""The History table's model: month-paged, so any period opens at once and memory stays flat.

Row counts come from the log's per-month tallies; a month's records are read only when one of its
rows is drawn, a few months kept at hand, and each row's texts are worked out once.

A practice is named in the app's language by its id while the app still offers it (a session logged
in English reads "Atempause in einer Minute" in German); the title stored with the record names a
practice no longer on offer and the user's own. The stored record itself never changes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.ui.shell.local_format import long_date_time

AnyIndex = QModelIndex | QPersistentModelIndex


def duration_text(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


def rating_text(value: int | None) -> str:
    return "–" if value is None else str(value)


CACHED_MONTHS = 6
"""Months of records the table keeps at hand (those on screen and their neighbours)."""


class HistoryModel(QAbstractTableModel):
    """Month-paged: the row count comes from each month's session count (the log's tallies), and a
    month's records are read only when one of its rows is drawn, a few months kept at hand. So
    any period, up to ten years and more, opens at once, the scroll bar's end is the oldest
    practice straight away, and memory stays flat however far the user scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self._months: list[str] = []
        """Newest first."""
        self._ends: list[int] = []
        """Rows up to and including each month."""
        self._fetch: Callable[[str], list[LogRecord]] = lambda _month: []
        self._start = ""
        self._cache: OrderedDict[str, list[LogRecord]] = OrderedDict()
        self._texts: dict[str, tuple[str, ...]] = {}
        """The cells of the rows of the months at hand, by record id."""
        self._practice_name: Callable[[str], str | None] = lambda _id: None
        self.headers = [
            self.tr("Date"),
            self.tr("Practice"),
            self.tr("Duration"),
            self.tr("Before → after"),
            self.tr("Note"),
        ]

    def set_records(self, records: list[LogRecord]) -> None:
        """Show exactly these records (all in memory), newest first."""
        by_month: dict[str, list[LogRecord]] = {}
        for r in records:
            by_month.setdefault(r.month, []).append(r)
        months = sorted(((m, len(g)) for m, g in by_month.items()), reverse=True)
        self.set_months(months, lambda m: by_month.get(m, []), None)

    def set_months(
        self,
        months: list[tuple[str, int]],
        fetch: Callable[[str], list[LogRecord]],
        start: date | None,
    ) -> None:
        """Show ``months`` ((month, sessions), newest first), each read by ``fetch`` when drawn,
        from ``start`` on (the month holding ``start`` is read now, to count its rows)."""
        self.beginResetModel()
        self._fetch = fetch
        self._start = start.isoformat() if start else ""
        self._cache.clear()
        self._texts.clear()
        self._months, self._ends = [], []
        total = 0
        for month, count in months:
            if self._start and month == self._start[:7]:
                count = len(self._month(month))
            if count:
                total += count
                self._months.append(month)
                self._ends.append(total)
        self.endResetModel()

    def set_practice_names(self, practice_name: Callable[[str], str | None]) -> None:
        """``practice_name``: a practice's name in the app's language by its id, or None when the
        app no longer offers it (the composition root gives it: ui never reads the content)."""
        self._practice_name = practice_name
        self._texts.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))

    def title(self, r: LogRecord) -> str:
        """The practice as History names it: by its name now, else the title it was logged with."""
        return self._practice_name(r.practice_id) or r.practice_title or r.practice_id

    def _month(self, month: str) -> list[LogRecord]:
        records = self._cache.get(month)
        if records is None:
            fetched = sorted(self._fetch(month), key=lambda r: r.started_at, reverse=True)
            records = [r for r in fetched if r.started_at[:10] >= self._start]
            self._cache[month] = records
            while len(self._cache) > CACHED_MONTHS:
                for gone in self._cache.popitem(last=False)[1]:
                    self._texts.pop(gone.id, None)
        else:
            self._cache.move_to_end(month)
        return records

    def record(self, row: int) -> LogRecord | None:
        """The record on ``row`` (reading its month if needed)."""
        i = bisect_right(self._ends, row)
        if not 0 <= row < self.rowCount() or i >= len(self._months):
            return None
        records = self._month(self._months[i])
        offset = row - (self._ends[i - 1] if i else 0)
        return records[offset] if offset < len(records) else None

    def row_of(self, record_id: str, month: str) -> int | None:
        """The row of a record in ``month``, or None if it is not shown."""
        if month not in self._months:
            return None
        i = self._months.index(month)
        for offset, r in enumerate(self._month(month)):
            if r.id == record_id:
                return (self._ends[i - 1] if i else 0) + offset
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._ends else self._ends[-1]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The view asks for a dozen roles per cell while painting; only these three have answers,
        # so the others return before any record is looked up.
        if role not in _ANSWERED or not index.isValid():
            return None
        r = self.record(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return self._cells(r)[index.column()]

    def _cells(self, r: LogRecord) -> tuple[str, ...]:
        """The five texts of a record's row, worked out once while its month is at hand (a date
        written the locale's way costs more than the rest of a paint)."""
        cells = self._texts.get(r.id)
        if cells is None:
            if r.completed:
                duration = duration_text(r.actual_s)
            else:
                duration = (
                    self.tr("%1 of %2 (ended early)")
                    .replace("%1", duration_text(r.actual_s))
                    .replace("%2", duration_text(r.planned_s))
                )
            cells = self._texts[r.id] = (
                self._when(r.started_at),
                self.title(r),
                duration,
                f"{rating_text(r.stress_before)} → {rating_text(r.stress_after)}",
                r.note.replace("\n", " "),
            )
        return cells

    def widest_texts(self) -> tuple[list[str], str]:
        """The dates and the duration that are widest in the table, for column widths set
        without reading any row: a late day of each month (so each of the locale's month and day
        names), in the evening, and a session ended early."""
        dates = [self._when(f"2026-{m:02d}-2{m % 7 + 1}T23:58:00") for m in range(1, 13)]
        early = self.tr("%1 of %2 (ended early)").replace("%1", "29:59").replace("%2", "30:00")
        return dates, early

    @staticmethod
    def _when(started_at: str) -> str:
        """The local time as recorded (the offset it was taken in), in the user's date format."""
        moment = datetime.fromisoformat(started_at)
        return long_date_time(moment)  # day and month names, 12- or 24-hour, as the locale has them


_ANSWERED = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole)
)
