"""One calendar file read inside a window of time, at a bounded cost.

The file is cut into its events by one regular-expression pass and icalendar parses each event on
its own, so memory holds one event's objects at a time plus the busy stretches found, never the
whole calendar's (a 50,000-event export stays far under 150 MB). A single event becomes a busy
stretch at once; a repeating one (RRULE, RDATE or a moved occurrence) is first checked
(``core.reminders.recurrence``: no ``INTERVAL=0``, no unknown ``FREQ``, no millions of steps) and
then expanded by recurring-ical-events inside the window only. An event that cannot be used is
left out and named; the rest of the file counts. ``Limits`` cap what one file may cost (events,
occurrences, seconds); past a cap the whole file gives one ``CalendarError`` line naming it.
Every exception from either library ends here as a ``CalendarError``, never a traceback.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mindful_clinic.core.reminders.gaps import Interval, merge_busy
from mindful_clinic.core.reminders.recurrence import MAX_RULE_STEPS, rule_problem
from mindful_clinic.core.time.zones import as_utc, localize

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
    events: int = 0
    appointments: tuple[Appointment, ...] = ()
    """Each busy occurrence with its title, (start, end, title) in UTC, oldest first: only for
    the debrief offer after appointments the user marks (issue #19); kept in memory, never saved."""

    @property
    def problem(self) -> str | None:
        """One line about the events left out, or None when every event was used."""
        if not self.left_out:
            return None
        more = len(self.left_out) - 1
        tail = f" (and {more} more)" if more else ""
        return f"left out {self.left_out[0]}{tail}; the other events are used"


Appointment = tuple[datetime, datetime, str]


_EVENT = re.compile(rb"^BEGIN:VEVENT\b.*?^END:VEVENT\b[^\n]*", re.M | re.S | re.I)
_ZONE = re.compile(rb"^BEGIN:VTIMEZONE\b.*?^END:VTIMEZONE\b[^\n]*", re.M | re.S | re.I)
_EVENT_BEGIN = re.compile(rb"^BEGIN:VEVENT\b", re.M | re.I)
_X_WR_TZ = re.compile(rb"^X-WR-TIMEZONE:([^\r\n]*)", re.M | re.I)
_SERIES_KEYS = ("RRULE", "RDATE", "RECURRENCE-ID")


def load_bytes(path: Path | str) -> bytes:
    """The file's bytes after the checks every calendar passes, or CalendarError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CalendarError(
                path, f"is too large ({size // 2**20} MB; a calendar is under 64 MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise CalendarError(path, "file not found") from None
    except IsADirectoryError:
        raise CalendarError(path, "is a folder, not a calendar file") from None
    except OSError as exc:
        raise CalendarError(path, f"cannot be read ({exc.strerror or exc})") from None
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
    except Exception as exc:  # both libraries raise many kinds on damaged input
        raise CalendarError(path, f"is damaged or incomplete ({first_line(exc)})") from None


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

    def read(self) -> CalendarRead:
        import icalendar

        data = load_bytes(self.path)
        chunks = list(_EVENT.finditer(data))
        if len(chunks) != len(_EVENT_BEGIN.findall(data)):
            raise CalendarError(self.path, "is damaged or incomplete (an event has no end)")
        if len(chunks) > self.limits.max_events:
            raise CalendarError(
                self.path,
                f"has {len(chunks):,} events, more than the {self.limits.max_events:,} "
                "a calendar may hold here",
            )
        zones = [icalendar.Timezone.from_ical(m.group(0)) for m in _ZONE.finditer(data)]
        self.x_wr = self._floating_zone(data)
        self.tz = self.x_wr[1] if self.x_wr else self.tz
        series: dict[str, list[Any]] = {}
        plain: list[tuple[str, Any, Interval]] = []
        for n, match in enumerate(chunks):
            if n % 64 == 0:
                self._check_time()
            try:
                event = icalendar.Event.from_ical(match.group(0))
            except Exception as exc:
                self._leave_out(f"an event that cannot be read ({first_line(exc)})")
                continue
            uid = str(event.get("UID", f"#{n}"))
            if any(key in event for key in _SERIES_KEYS):
                series.setdefault(uid, []).append(event)
            elif (stretch := busy_stretch(event, self.tz)) is not None and self._near(stretch):
                plain.append((uid, event, stretch))
        events = len(chunks)
        del data, chunks
        if events and len(self.left_out) == events:
            raise CalendarError(self.path, f"is damaged or incomplete: {self.left_out[0]}")
        for uid, event, stretch in plain:
            if uid in series:
                series[uid].append(event)  # a single event with moved copies: the library decides
            else:
                self._add(stretch, _title(event))
        if series:
            self._expand(series, zones)
        lo, hi = self.start, self.end
        busy = [
            (max(s, lo), min(e, hi)) for s, e in merge_busy(self.stretches) if e > lo and s < hi
        ]
        shown = sorted(a for a in self.appointments if a[1] > lo and a[0] < hi)
        return CalendarRead(self.path, lo, hi, busy, tuple(self.left_out), events, tuple(shown))

    # -- repeating events ---------------------------------------------------------------------
    def _expand(self, series: dict[str, list[Any]], zones: list[Any]) -> None:
        import icalendar
        import recurring_ical_events

        calendar = icalendar.Calendar()
        calendar.add("VERSION", "2.0")
        if self.x_wr:
            calendar.add("X-WR-TIMEZONE", self.x_wr[0])
        for zone in zones:
            calendar.add_component(zone)
        for uid, events in series.items():
            problem = self._rule_problem(events)
            if problem is not None:
                self._leave_out(f"{_name(events, uid)}: {problem}")
                continue
            for event in events:
                calendar.add_component(event)
        query = recurring_ical_events.of(calendar)
        for one in query.series:
            self._check_time()
            try:
                for occurrence in one.between(self.lo, self.hi):
                    component = occurrence.as_component(False)
                    self._add(busy_stretch(component, self.tz), _title(component))
            except CalendarError:
                raise
            except Exception as exc:
                self._leave_out(
                    f"{_name(series.get(str(one.uid), []), one.uid)}: {first_line(exc)}"
                )

    def _rule_problem(self, events: list[Any]) -> str | None:
        import icalendar

        for event in events:
            rules = event.get("RRULE")
            if rules is None:
                continue
            for rule in rules if isinstance(rules, list) else [rules]:
                if not isinstance(rule, icalendar.vRecur):
                    return "its repeat rule cannot be read"
                first = _instant(event["DTSTART"].dt, self.tz) if "DTSTART" in event else None
                if first is None:
                    return "its repeat rule has no start"
                problem = rule_problem(rule, first, self.hi, self.limits.max_rule_steps)
                if problem is not None:
                    return problem
        return None

    # -- single stretches ----------------------------------------------------------------------
    def _near(self, stretch: Interval) -> bool:
        return stretch[1] > self.lo and stretch[0] < self.hi

    def _add(self, stretch: Interval | None, title: str = "") -> None:
        if stretch is None or not self._near(stretch):
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

    def _leave_out(self, what: str) -> None:
        self.left_out.append(what)

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise CalendarError(
                self.path,
                f"took longer than {self.limits.max_seconds:g} s to read and was left out",
            )

    def _floating_zone(self, data: bytes) -> tuple[str, tzinfo] | None:
        """X-WR-TIMEZONE (Google, Apple) places the file's floating times, as the library does."""
        first_event = _EVENT_BEGIN.search(data)
        match = _X_WR_TZ.search(data, 0, first_event.start() if first_event else len(data))
        if match is None:
            return None
        name = match.group(1).decode("ascii", "replace").strip()
        try:
            return name, ZoneInfo(name)
        except (ValueError, KeyError, OSError):
            return None


def busy_stretch(event: Any, tz: tzinfo) -> Interval | None:
    """The busy stretch of one event occurrence in UTC, or None when it does not count as busy:
    all-day, transparent, cancelled, or marked free by Outlook."""
    if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
        return None
    if str(event.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE":
        return None
    if "DTSTART" not in event:
        return None
    start = event["DTSTART"].dt
    if "DTEND" in event:
        end = event["DTEND"].dt
    elif "DURATION" in event and isinstance(event["DURATION"].dt, timedelta):
        end = start + event["DURATION"].dt
    else:
        end = start
    first, last = _instant(start, tz), _instant(end, tz)
    if first is None or last is None:
        return None  # all-day (DATE values): a reminder, a holiday, a birthday; never "busy"
    return (first, last) if last > first else None


def _title(event: Any) -> str:
    """An event's title (SUMMARY), at most 200 characters; "" when it has none."""
    return " ".join(str(event.get("SUMMARY", "")).split())[:200]


def _instant(value: object, tz: tzinfo) -> datetime | None:
    """Floating times are the user's wall time; every time becomes an exact UTC instant."""
    if not isinstance(value, datetime):
        return None
    return localize(value, tz) if value.tzinfo is None else value.astimezone(UTC)


def _name(events: list[Any], uid: object) -> str:
    for event in events:
        summary = str(event.get("SUMMARY", "")).strip()
        if summary:
            return f"the repeating event “{summary[:60]}”"
    return f"the repeating event {uid}"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
