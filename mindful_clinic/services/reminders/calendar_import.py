"""Busy time from the user's .ics files (Outlook, Google, Apple, rota systems), kept ready.

``calendar_read.read_window`` reads one file inside a window of time at a bounded cost (see there:
what counts as busy, the limits, the rule checks). ``CalendarCache`` keeps each file's busy stretches
for a rolling window (a few days back, ``DAYS_AHEAD`` forward) and answers the scheduler from memory:
a tick costs a binary search and the stretches inside the window asked, whatever the file's size.
A file is read again only when its size or modification time changes, the time zone changes, or
days pass and the window needs extending; ``CalendarWatcher`` does those reads in a worker thread.
``busy_from_files`` (``calendar gaps``) uses the same cache for the day asked.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from pathlib import Path

from mindful_clinic.core.reminders.gaps import Interval, merge_busy
from mindful_clinic.core.time.zones import as_utc, at_wall, local_zone
from mindful_clinic.services.reminders.calendar_read import (
    LIMITS,
    MAX_FILE_BYTES,
    Appointment,
    CalendarError,
    CalendarRead,
    Limits,
    read_window,
)

__all__ = ["MAX_FILE_BYTES", "CalendarCache", "CalendarError", "Job", "LeftOut", "busy_from_files"]

DAYS_AHEAD = 14
DAYS_BACK = 3
"""The scheduler looks up to two days back (a day of look-back, from the start of that day)."""

Reader = Callable[[str, datetime, datetime, tzinfo], CalendarRead]
Stamp = tuple[int, int]


@dataclass(frozen=True)
class Job:
    """One file to read for one window: what the worker thread is handed."""

    path: str
    stamp: Stamp
    start: datetime
    end: datetime
    tz: tzinfo


@dataclass(frozen=True)
class LeftOut:
    """The events of one calendar that could not be used, in parts, so that the command line can
    say "3 events were left out" in the user's language (the settings page shows ``problem``)."""

    path: str
    count: int
    first: str
    """Why the first was left out, in the reader's words ("the event at line 12: ...")."""


@dataclass(frozen=True)
class _Entry:
    stamp: Stamp
    start: datetime
    end: datetime
    tz_name: str
    busy: list[Interval]
    ends: list[datetime]
    failure: CalendarError | None
    problem: str | None
    appointments: tuple[Appointment, ...] = ()
    left_out: tuple[str, ...] = ()

    @property
    def error(self) -> str | None:
        return None if self.failure is None else str(self.failure)


class CalendarCache:
    """Each calendar's busy stretches over a rolling window, read once per change.

    ``plan`` says which files need reading (changed on disk, a new zone, or the window running
    out as days pass); ``put`` stores what a read gave, reports it to ``record`` (normally
    ``ReminderStore.record_calendar``: when read, and the problem in plain words or None) and
    returns True when anything changed. ``refresh`` does both at once, on the calling thread (the
    command line and tests); the app reads in a worker (``CalendarWatcher``). ``busy`` only ever
    reads memory; when it notices the window needs extending it calls ``on_stale`` once.
    """

    def __init__(
        self,
        paths: Callable[[], Sequence[str]],
        now: Callable[[], datetime],
        record: Callable[[str, datetime, str | None], None] | None = None,
        *,
        tz: Callable[[], tzinfo] | None = None,
        reader: Reader | None = None,
        days_ahead: int = DAYS_AHEAD,
        limits: Limits = LIMITS,
    ) -> None:
        self._paths = paths
        self._now = now
        self._record = record
        self._tz = tz or local_zone
        self._reader = reader or (lambda p, s, e, z: read_window(p, s, e, z, limits))
        self._days_ahead = days_ahead
        self._entries: dict[str, _Entry] = {}
        self.on_stale: Callable[[], None] | None = None
        self._stale_said = False

    # -- reading --------------------------------------------------------------------------------
    def plan(self, force: bool = False) -> list[Job]:
        """The reads needed now; forgets calendars no longer in the list."""
        wanted = list(dict.fromkeys(self._paths()))
        self.forget_removed()
        tz = self._tz()
        start, end = self._window(tz)
        jobs = []
        for path in wanted:
            stamp, entry = _stamp(path), self._entries.get(path)
            if force or entry is None or not self._fresh(entry, stamp, tz):
                jobs.append(Job(path, stamp, start, end, tz))
        self._stale_said = False
        return jobs

    def forget_removed(self) -> bool:
        """Drop calendars no longer in the list; True if any was dropped."""
        wanted = set(self._paths())
        gone = [p for p in self._entries if p not in wanted]
        for path in gone:
            del self._entries[path]
        return bool(gone)

    def read(self, job: Job) -> CalendarRead | CalendarError:
        """Do one job (safe on any thread: it touches nothing shared)."""
        try:
            return self._reader(job.path, job.start, job.end, job.tz)
        except CalendarError as exc:
            return exc

    def put(self, job: Job, outcome: CalendarRead | CalendarError) -> bool:
        """Keep what a read gave (on the thread that asks ``busy``); True if anything changed."""
        if job.path not in self._paths():
            return False
        if isinstance(outcome, CalendarError):
            entry = _Entry(job.stamp, job.start, job.end, str(job.tz), [], [], outcome, None)
            problem: str | None = outcome.problem
        else:
            busy = outcome.busy
            ends = [e for _s, e in busy]
            problem = outcome.problem
            entry = _Entry(
                job.stamp, job.start, job.end, str(job.tz), busy, ends, None, problem,
                outcome.appointments, outcome.left_out,
            )  # fmt: skip
        old = self._entries.get(job.path)
        self._entries[job.path] = entry
        if self._record is not None:
            self._record(job.path, self._now(), problem)
        return old is None or (old.busy, old.error, old.problem, old.appointments) != (
            entry.busy,
            entry.error,
            entry.problem,
            entry.appointments,
        )

    def refresh(self, force: bool = False) -> bool:
        """Read what ``plan`` asks for, here and now; True when anything changed."""
        before = set(self._entries)
        changed = False
        for job in self.plan(force):
            changed = self.put(job, self.read(job)) or changed
        return changed or before != set(self._entries)

    # -- answering ------------------------------------------------------------------------------
    def error(self, path: str) -> str | None:
        """One line naming the file when it could not be used at all."""
        entry = self._entries.get(path)
        return entry.error if entry else None

    def failure(self, path: str) -> CalendarError | None:
        entry = self._entries.get(path)
        return entry.failure if entry else None

    def problem(self, path: str) -> str | None:
        """Why a file was left out, or which of its events were; None when all is well."""
        entry = self._entries.get(path)
        if entry is None:
            return None
        return entry.error or (f"{Path(path).name}: {entry.problem}" if entry.problem else None)

    def left_out(self, path: str) -> LeftOut | None:
        """The events of a readable file that were left out; None when every one was used."""
        entry = self._entries.get(path)
        if entry is None or not entry.left_out:
            return None
        return LeftOut(path, len(entry.left_out), entry.left_out[0])

    def busy(self, start: datetime, end: datetime, tz: tzinfo) -> list[Interval] | None:
        """Busy time over [start, end) from every readable calendar; None when there is none.

        O(log n + k) per calendar for k stretches in the window: no file is touched."""
        start, end = as_utc(start), as_utc(end)
        usable = [e for e in self._entries.values() if e.error is None]
        if not usable:
            return None
        if self.on_stale is not None and not self._stale_said:
            now = self._now()
            if any(not self._covers(e, now, str(tz)) for e in usable):
                self._stale_said = True
                self.on_stale()
        found: list[Interval] = []
        for entry in usable:
            i = bisect_right(entry.ends, start)
            busy = entry.busy
            while i < len(busy) and busy[i][0] < end:
                s, e = busy[i]
                found.append((max(s, start), min(e, end)))
                i += 1
        return found if len(usable) == 1 else merge_busy(found)

    def appointments(self, start: datetime, end: datetime) -> list[Appointment]:
        """Every readable calendar's appointments with their titles that overlap [start, end)."""
        start, end = as_utc(start), as_utc(end)
        found = [
            a
            for entry in self._entries.values()
            if entry.error is None
            for a in entry.appointments
            if a[1] > start and a[0] < end
        ]
        return sorted(found)

    # -- the rolling window ---------------------------------------------------------------------
    def _window(self, tz: tzinfo) -> tuple[datetime, datetime]:
        today = self._now().astimezone(tz).date()
        midnight = at_wall(today, time(0, 0), tz)
        return (
            as_utc(midnight - timedelta(days=DAYS_BACK)),
            as_utc(at_wall(today + timedelta(days=self._days_ahead + 2), time(0, 0), tz)),
        )

    def _fresh(self, entry: _Entry, stamp: Stamp, tz: tzinfo) -> bool:
        return entry.stamp == stamp and self._covers(entry, self._now(), str(tz))

    def _covers(self, entry: _Entry, now: datetime, tz_name: str) -> bool:
        """Still good for now: same zone, the look-back inside, ``days_ahead`` days still ahead."""
        now = as_utc(now)
        return (
            entry.tz_name == tz_name
            and entry.start <= now - timedelta(days=DAYS_BACK - 1)
            and entry.end >= now + timedelta(days=self._days_ahead)
        )


def busy_from_files(
    paths: Iterable[Path | str], start: datetime, end: datetime, tz: tzinfo
) -> tuple[list[Interval], list[LeftOut]]:
    """The union of busy time over several files, and what each file left out (one note a file).

    The first file that cannot be used at all raises CalendarError."""
    files = [str(p) for p in paths]
    cache = CalendarCache(lambda: files, lambda: as_utc(start), tz=lambda: tz, days_ahead=1)
    cache.refresh()
    notes = []
    for path in files:
        failure = cache.failure(path)
        if failure is not None:
            raise failure
        note = cache.left_out(path)
        if note is not None:
            notes.append(note)
    return cache.busy(start, end, tz) or [], notes


def _stamp(path: str) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)
