"""Busy time from the user's .ics files (Outlook, Google, Apple, rota systems).

Parsing is icalendar's and recurrence expansion is recurring-ical-events' (RRULE, RDATE, EXDATE,
RECURRENCE-ID overrides, VTIMEZONE, X-WR-TIMEZONE); this module decides only what counts as busy: an
event that is timed (not all-day), not transparent, not cancelled and not marked free by Outlook.
Floating times are taken in the user's zone. Any problem with a file becomes a ``CalendarError``
whose message is one line naming the file, so the command line and the settings page can show it
as it is. Both libraries are imported inside functions: the app and the CLI start without them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from mindful_clinic.core.reminders.gaps import Interval, merge_busy
from mindful_clinic.core.time.zones import as_utc, localize

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Years of a busy clinician's calendar export fit in a few MB; anything bigger is not a calendar."""


class CalendarError(Exception):
    """A calendar file could not be used; ``str(error)`` is one line naming the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


def read_calendar(path: Path | str) -> Any:
    """Parse ``path`` into an icalendar Calendar, or raise CalendarError saying what is wrong."""
    import icalendar

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
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise CalendarError(path, f"is damaged or incomplete ({_first_line(exc)})") from None
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise CalendarError(path, "is not an iCalendar file")
    return calendar


def busy_intervals(
    calendar: Any, start: datetime, end: datetime, tz: tzinfo, source: Path | str = "calendar"
) -> list[Interval]:
    """Busy stretches of ``calendar`` overlapping [start, end), merged, in UTC.

    ``tz`` is the user's zone, for floating times (events written without a zone)."""
    import recurring_ical_events

    try:
        # A day either side: the library places floating times by their wall reading, not in the
        # user's zone, so events near the edges are fetched generously and clipped below.
        margin = timedelta(days=1)
        events = recurring_ical_events.of(calendar).between(start - margin, end + margin)
        stretches = [s for s in (_busy_stretch(e, tz) for e in events) if s is not None]
    except CalendarError:
        raise
    except Exception as exc:  # the libraries raise many kinds on bad rules and dates
        raise CalendarError(
            source, f"has an event that cannot be read ({_first_line(exc)})"
        ) from None
    start, end = as_utc(start), as_utc(end)
    return [(max(s, start), min(e, end)) for s, e in merge_busy(stretches) if e > start and s < end]


def busy_from_files(
    paths: Iterable[Path | str], start: datetime, end: datetime, tz: tzinfo
) -> list[Interval]:
    """The union of busy time over several files; the first bad file raises CalendarError."""
    busy: list[Interval] = []
    for path in paths:
        busy += busy_intervals(read_calendar(path), start, end, tz, path)
    return merge_busy(busy)


def _busy_stretch(event: Any, tz: tzinfo) -> Interval | None:
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
    end = event["DTEND"].dt if "DTEND" in event else start
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None  # all-day (DATE values): a reminder, a holiday, a birthday; never "busy"
    start, end = _aware(start, tz), _aware(end, tz)
    return (start, end) if end > start else None


def _aware(value: datetime, tz: tzinfo) -> datetime:
    """Floating times are the user's wall time; every time becomes an exact UTC instant."""
    return localize(value, tz) if value.tzinfo is None else value.astimezone(UTC)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


class CalendarCache:
    """The user's calendars, parsed once and re-read only when a file changes on disk.

    ``refresh`` reads files whose size or modification time changed and reports each outcome (when
    read, and the problem in plain words or None) to ``record``, normally
    ``ReminderStore.record_calendar``. ``busy`` answers from memory and remembers its last answer,
    so the scheduler may ask after every timer without re-expanding recurrences.
    """

    def __init__(
        self,
        paths: Callable[[], Sequence[str]],
        now: Callable[[], datetime],
        record: Callable[[str, datetime, str | None], None] | None = None,
    ) -> None:
        self._paths = paths
        self._now = now
        self._record = record
        self._stamps: dict[str, tuple[int, int]] = {}
        self._calendars: dict[str, Any] = {}
        self._errors: dict[str, str] = {}
        self._memo: tuple[tuple[object, ...], list[Interval] | None] | None = None

    def refresh(self, force: bool = False) -> bool:
        """Re-read changed (or, with ``force``, all) files; True when anything was re-read."""
        wanted = list(self._paths())
        changed = False
        for gone in [p for p in self._stamps if p not in wanted]:
            self._forget(gone)
            changed = True
        for path in wanted:
            stamp = _stamp(path)
            if not force and self._stamps.get(path) == stamp:
                continue
            self._stamps[path] = stamp
            self._read(path)
            changed = True
        if changed:
            self._memo = None
        return changed

    def error(self, path: str) -> str | None:
        return self._errors.get(path)

    def busy(self, start: datetime, end: datetime, tz: tzinfo) -> list[Interval] | None:
        """Busy time over [start, end) from every readable calendar; None when there is none."""
        key = (start, end, str(tz), tuple(self._calendars))
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]
        result: list[Interval] | None = None
        if self._calendars:
            result = []
            for path, calendar in list(self._calendars.items()):
                try:
                    result += busy_intervals(calendar, start, end, tz, path)
                except CalendarError as exc:
                    self._fail(path, exc)
            result = merge_busy(result)
        self._memo = (key, result)
        return result

    def _read(self, path: str) -> None:
        try:
            calendar = read_calendar(path)
            probe = self._now()
            busy_intervals(calendar, probe, probe + timedelta(days=1), probe.tzinfo or UTC, path)
        except CalendarError as exc:
            self._fail(path, exc)
            return
        self._calendars[path] = calendar
        self._errors.pop(path, None)
        if self._record is not None:
            self._record(path, self._now(), None)

    def _fail(self, path: str, exc: CalendarError) -> None:
        """Forget the calendar; keep the one-line message here and hand ``record`` the problem."""
        self._calendars.pop(path, None)
        self._errors[path] = str(exc)
        if self._record is not None:
            self._record(path, self._now(), exc.problem)

    def _forget(self, path: str) -> None:
        self._stamps.pop(path, None)
        self._calendars.pop(path, None)
        self._errors.pop(path, None)


def _stamp(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)
