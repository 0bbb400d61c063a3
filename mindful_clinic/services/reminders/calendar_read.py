"""One calendar file read inside a window of time, at a bounded cost.

The file is cut into events by one pass over the lines that open or close an event or a time zone;
icalendar parses each event alone, so memory holds one event's objects plus the busy stretches (a
50,000-event export stays far under 150 MB); ``calendar_event`` works out each one's busy time.
Repeating events are checked first (``core.reminders.recurrence``) and expanded inside the window
only. An event that cannot be used is left out and counted, the rest counts; so is a broken time
zone (``calendar_zones``). Past a cap of ``Limits`` (events, occurrences, seconds from the first
byte read) the whole file gives one ``CalendarError`` line naming it.
"""

from __future__ import annotations

import os
import re
import stat
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from mindful_clinic.core.reminders.gaps import Interval, merge_busy
from mindful_clinic.core.reminders.recurrence import MAX_RULE_STEPS, rule_problem
from mindful_clinic.core.time.zones import as_utc, localize
from mindful_clinic.services.reminders.calendar_event import busy_stretch, event_problem, title
from mindful_clinic.services.reminders.calendar_zones import FileZones, floating_zone

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Years of a busy clinician's calendar export fit in a few MB; anything bigger is not a calendar."""
MARGIN = timedelta(days=1)
"""Fetched either side of the window: floating times are placed by wall reading, then clipped."""


@dataclass(frozen=True)
class Limits:
    """What one calendar file may cost before it is refused with one clear line."""

    max_events: int = 300_000
    max_occurrences: int = 100_000
    """Busy stretches inside the window (a 16-day window of a full rota holds a few thousand)."""
    max_seconds: float = 15.0
    """Leaves ``calendar gaps`` inside 20 s even for the largest file accepted."""
    max_rule_steps: int = MAX_RULE_STEPS


LIMITS = Limits()


class CalendarError(Exception):
    """A calendar file could not be used; ``str(error)`` is one line naming the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


@dataclass(frozen=True)
class CalendarRead:
    """The busy time of one file over [start, end), in UTC, and the events that were left out."""

    path: str
    start: datetime
    end: datetime
    busy: list[Interval]
    left_out: tuple[str, ...] = ()
    """One line per event that could not be used ("the event “Clinic” at line 12: ..."), in order,
    and per broken time zone an event names ("the time zone “Clinic time” at line 3: ...")."""
    events: int = 0
    appointments: tuple[Appointment, ...] = ()
    """Each busy occurrence with its title, (start, end, title) in UTC, oldest first: only for
    the debrief offer after appointments the user marks (issue #19); kept in memory, never saved."""

    @property
    def problem(self) -> str | None:
        """How many events were left out and why the first was (said once, not once per event);
        None when every event was used."""
        if not self.left_out:
            return None
        if len(self.left_out) == 1:
            return f"left out {self.left_out[0]}; the other events are used"
        return (
            f"left out {len(self.left_out):,} events that could not be used "
            f"(the first: {self.left_out[0]}); the other events are used"
        )


Appointment = tuple[datetime, datetime, str]


_MARK = re.compile(rb"^(?:(?P<begin>BEGIN)|END):(?P<kind>VEVENT|VTIMEZONE)\b[^\n]*", re.M | re.I)
"""A line opening or closing an event or a time zone. It never spans lines, so it cannot backtrack
across the file: a pattern from BEGIN:VEVENT to END:VEVENT did, and 50,000 BEGIN:VEVENT lines with
no END (700 KB) took 135 s, each one scanning to the end of the file."""
_SERIES_KEYS = ("RRULE", "RDATE", "RECURRENCE-ID")


def load_bytes(path: Path | str) -> bytes:
    """The file's bytes after the checks every calendar passes, or CalendarError.

    Only a regular file, at most ``MAX_FILE_BYTES``: /dev/zero says it holds 0 bytes and never
    ends (it ran ``calendar gaps`` out of memory), a pipe blocks. Opened without blocking and
    checked again once open, in case the file was swapped in between."""
    path = Path(path)
    try:
        _check_kind(path, path.stat())
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            _check_kind(path, os.fstat(fh.fileno()))
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CalendarError(path, "file not found") from None
    except OSError as exc:
        raise CalendarError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise CalendarError(path, "is too large (a calendar is under 64 MB)")
    if not data.strip():
        raise CalendarError(path, "is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CalendarError(path, "is UTF-16 text; calendar files must be UTF-8 (export it again)")
    if b"\x00" in data[:4096]:
        raise CalendarError(path, "is not a text calendar file (it holds binary data)")
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise CalendarError(path, "is not an iCalendar file (no BEGIN:VCALENDAR near the start)")
    if not re.search(rb"^END:VCALENDAR", data, re.M | re.I):
        raise CalendarError(path, "is damaged or incomplete (it has no END:VCALENDAR)")
    return data


def _check_kind(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise CalendarError(path, "is a folder, not a calendar file")
    if not stat.S_ISREG(info.st_mode):
        raise CalendarError(path, "is not a calendar file (it is a device, a pipe or a socket)")
    if info.st_size > MAX_FILE_BYTES:
        raise CalendarError(
            path, f"is too large ({info.st_size // 2**20} MB; a calendar is under 64 MB)"
        )


def read_window(
    path: Path | str,
    start: datetime,
    end: datetime,
    tz: tzinfo,
    limits: Limits = LIMITS,
) -> CalendarRead:
    """Busy time of ``path`` over [start, end) (merged, UTC); ``tz`` places floating times.

    Raises CalendarError for a file that cannot be used at all, or that goes past ``limits``."""
    try:
        return _Reader(path, as_utc(start), as_utc(end), tz, limits).read()
    except CalendarError:
        raise
    except MemoryError:
        raise CalendarError(path, "needs more memory than a calendar should") from None
    except Exception:  # both libraries raise many kinds on damaged input; their words mean little
        raise CalendarError(path, "is damaged or incomplete (it could not be read)") from None


class _Reader:
    def __init__(
        self, path: Path | str, start: datetime, end: datetime, tz: tzinfo, limits: Limits
    ) -> None:
        self.path, self.start, self.end, self.limits = str(path), start, end, limits
        self.tz = tz
        self.lo, self.hi = start - MARGIN, end + MARGIN
        self.deadline = time.monotonic() + limits.max_seconds
        self.left_out: list[str] = []
        self.stretches: list[Interval] = []
        self.appointments: list[Appointment] = []
        self._line_at = (0, 1)

    def read(self) -> CalendarRead:
        import icalendar

        data = load_bytes(self.path)
        spans, zone_spans = self._cut(data)
        events = len(spans) + len(self.left_out)  # the cut-off ones are left out already
        if events > self.limits.max_events:
            raise CalendarError(
                self.path,
                f"has {events:,} events, more than the {self.limits.max_events:,} "
                "a calendar may hold here",
            )
        zones = FileZones(data, zone_spans, self.left_out)
        self.x_wr = floating_zone(data)
        self.tz = self.x_wr[1] if self.x_wr else self.tz
        series: dict[str, list[Any]] = {}
        broken: dict[str, str] = {}  # a series with one unusable part goes whole
        plain: list[tuple[str, Any, Interval]] = []
        for n, (begin, end) in enumerate(spans):
            if n % 64 == 0:
                self._check_time()
            try:
                event = icalendar.Event.from_ical(data[begin:end])
            except Exception:
                self.left_out.append(f"{self._named(None, data, begin)}: it could not be read")
                continue
            unplaced, again = zones.check(event) if zones else (None, False)
            if again:
                event = icalendar.Event.from_ical(data[begin:end])
            uid = str(event.get("UID", f"#{n}"))
            if any(key in event for key in _SERIES_KEYS):
                series.setdefault(uid, []).append(event)
                if (problem := unplaced or event_problem(event, self.tz)) and uid not in broken:
                    broken[uid] = problem
                continue
            if unplaced:
                self.left_out.append(f"{self._named(event, data, begin)}: {unplaced}")
                continue
            try:
                stretch = busy_stretch(event, self.tz)
            except Exception:
                problem = event_problem(event, self.tz) or "its times could not be worked out"
                self.left_out.append(f"{self._named(event, data, begin)}: {problem}")
                continue
            if stretch is not None and stretch[1] > self.lo and stretch[0] < self.hi:
                plain.append((uid, event, stretch))
        zones_said = zones.said
        del data, spans, zones
        if events and len(self.left_out) - zones_said == events:
            many = f"none of its {events:,} events could be used; " if events > 1 else ""
            raise CalendarError(self.path, f"is damaged or incomplete: {many}{self.left_out[0]}")
        for uid, event, stretch in plain:
            if uid in series:
                series[uid].append(event)  # a single event with moved copies: the library decides
            else:
                self._add(stretch, title(event))
        if series:
            self._expand(series, broken)
        lo, hi = self.start, self.end
        busy = [
            (max(s, lo), min(e, hi)) for s, e in merge_busy(self.stretches) if e > lo and s < hi
        ]
        shown = sorted(a for a in self.appointments if a[1] > lo and a[0] < hi)
        return CalendarRead(self.path, lo, hi, busy, tuple(self.left_out), events, tuple(shown))

    def _cut(self, data: bytes) -> tuple[list[tuple[int, int]], list[tuple[int, int, bool]]]:
        """(start, end) of each event and (start, end, ended) of each time zone, in one pass over
        their marker lines: linear whatever the input, inside the deadline. An event with no
        END:VEVENT (the next begins first, or the file ends) is left out and counted; a zone with
        no END:VTIMEZONE ends where the next zone or event begins (``calendar_zones`` judges it)."""
        events: list[tuple[int, int]] = []
        zones: list[tuple[int, int, bool]] = []
        event_at: int | None = None
        zone_at: int | None = None
        cut_off: list[int] = []
        for n, mark in enumerate(_MARK.finditer(data)):
            if n % 4096 == 0:
                self._check_time()
            begin = mark.group("begin") is not None
            if zone_at is not None and begin:  # a zone holds no zone and no event
                zones.append((zone_at, mark.start(), False))
                zone_at = None
            if mark.group("kind").upper() == b"VTIMEZONE":
                if event_at is None and begin:
                    zone_at = mark.start()
                elif event_at is None and zone_at is not None:
                    zones.append((zone_at, mark.end(), True))
                    zone_at = None
            elif begin:
                cut_off += [] if event_at is None else [event_at]
                event_at = mark.start()
            elif event_at is not None:
                events.append((event_at, mark.end()))
                event_at = None
        zones += [] if zone_at is None else [(zone_at, len(data), False)]
        for at in [*cut_off, *([] if event_at is None else [event_at])]:
            self.left_out.append(f"{self._named(None, data, at)}: it has no END:VEVENT")
        return events, zones

    def _named(self, event: Any, data: bytes, at: int) -> str:
        """ "the event “Clinic” at line 12": lines are counted on from the last one named, so
        naming every event of a damaged file costs one pass, not one pass per event."""
        pos, line = self._line_at if at >= self._line_at[0] else (0, 1)
        line += data.count(b"\n", pos, at)
        self._line_at = (at, line)
        shown = title(event)[:60] if event is not None else ""
        return f"the event “{shown}” at line {line}" if shown else f"the event at line {line}"

    # -- repeating events ---------------------------------------------------------------------
    def _expand(self, series: dict[str, list[Any]], broken: dict[str, str]) -> None:
        """Each series is expanded on its own (no slower than all at once), so one the library
        cannot take is left out alone and the busy time it gave on the way is taken back. Its
        calendar holds no VTIMEZONE: the times were placed when each event was parsed, and
        adding every zone to every series cost zones x series."""
        import icalendar
        import recurring_ical_events

        for uid, events in series.items():
            self._check_time()
            kept = (len(self.stretches), len(self.appointments))
            try:
                problem = broken.get(uid) or self._rule_problem(events)
                if problem is None:
                    calendar = icalendar.Calendar()
                    if self.x_wr:
                        calendar.add("X-WR-TIMEZONE", self.x_wr[0])
                    for component in events:
                        calendar.add_component(component)
                    for component in recurring_ical_events.of(calendar).between(self.lo, self.hi):
                        self._add(busy_stretch(component, self.tz), title(component))
            except CalendarError:
                raise
            except Exception:
                problem = "its repeats could not be worked out"
            if problem is not None:
                del self.stretches[kept[0] :], self.appointments[kept[1] :]
                self.left_out.append(f"{_name(events, uid)}: {problem}")

    def _rule_problem(self, events: list[Any]) -> str | None:
        import icalendar

        for event in events:
            rules = event.get("RRULE", [])
            for rule in rules if isinstance(rules, list) else [rules]:
                if not isinstance(rule, icalendar.vRecur):
                    return "its repeat rule cannot be read"
                start = event["DTSTART"].dt  # an all-day series: counted from its first midnight
                start = start if isinstance(start, datetime) else datetime(*start.timetuple()[:3])
                first = localize(start, self.tz) if start.tzinfo is None else as_utc(start)
                problem = rule_problem(rule, first, self.hi, self.limits.max_rule_steps)
                if problem is not None:
                    return problem
        return None

    # -- single stretches ----------------------------------------------------------------------
    def _add(self, stretch: Interval | None, title: str = "") -> None:
        if stretch is None or not (stretch[1] > self.lo and stretch[0] < self.hi):
            return
        self.stretches.append(stretch)
        self.appointments.append((stretch[0], stretch[1], title))
        if len(self.stretches) > self.limits.max_occurrences:
            raise CalendarError(
                self.path,
                f"has more than {self.limits.max_occurrences:,} appointments in "
                f"{(self.end - self.start).days} days, more than a calendar may hold here",
            )
        if len(self.stretches) % 256 == 0:
            self._check_time()

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise CalendarError(
                self.path,
                f"took longer than {self.limits.max_seconds:g} s to read and was left out",
            )


def _name(events: list[Any], uid: object) -> str:
    for event in events:
        summary = str(event.get("SUMMARY", "")).strip()
        if summary:
            return f"the repeating event “{summary[:60]}”"
    return f"the repeating event {uid}"
