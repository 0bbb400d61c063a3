"""One event's busy time: when it starts and ends, in UTC, or why it cannot be used.

icalendar reads a value only when asked, so every time an event holds is checked here before the
reader relies on it (``event_problem``), and one bad event is left out alone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from mindful_clinic.core.reminders.gaps import Interval
from mindful_clinic.core.time.zones import localize

_WHEN = (
    ("DTSTART", "its start time"),
    ("DTEND", "its end time"),
    ("DURATION", "its length"),
    ("RECURRENCE-ID", "the date of the occurrence it moves"),
    ("EXDATE", "its skipped dates (EXDATE)"),
    ("RDATE", "its extra dates (RDATE)"),
)
_LISTS = ("EXDATE", "RDATE")


def event_problem(event: Any, tz: tzinfo) -> str | None:
    """Why one event cannot be used, in plain words, or None. icalendar reads a value only when
    asked, so a broken one (``DTSTART:2026120``, ``EXDATE:garbage``) or one that cannot be placed
    (9999-12-31 in New York is past Python's last UTC instant; ``DURATION:P99999999W``) would
    otherwise fail in the middle of the work and take the whole calendar with it."""
    if "DTSTART" not in event:
        return "it has no start time"
    for key, words in _WHEN:
        prop = event.get(key)
        if prop is None:
            continue
        if isinstance(prop, list) and key not in _LISTS:
            return f"{words} is given more than once"
        try:
            props = prop if isinstance(prop, list) else [prop]
            values = [v.dt for p in props for v in (p.dts if key in _LISTS else [p])]
        except Exception:
            return f"{words} could not be read"
        try:
            for value in values:
                for one in value if isinstance(value, tuple) else (value,):
                    _instant(one, tz)
        except (OverflowError, ValueError):
            return f"{words} is too far in the past or future"
    try:
        _span(event, tz)
    except _EndsFirst:
        return "it ends before it starts"
    except (OverflowError, ValueError):
        return "its end is too far in the past or future"
    return None


def busy_stretch(event: Any, tz: tzinfo) -> Interval | None:
    """The busy stretch of one event occurrence in UTC, or None when it does not count as busy:
    all-day, transparent, cancelled, or marked free by Outlook. Raises for an event that
    ``event_problem`` names (no start, a broken or out-of-range time, an end before the start)."""
    if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
        return None
    if str(event.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE":
        return None
    stretch = _span(event, tz)
    return stretch if stretch is not None and stretch[1] > stretch[0] else None


class _EndsFirst(ValueError):
    pass


def _span(event: Any, tz: tzinfo) -> Interval | None:
    """[start, end] in UTC; None for all-day. Floating times compare by the wall clock, so a
    floating 01:30-02:10 on the morning the clocks go forward is not taken to end first."""
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
    if (end < start) if start.tzinfo is None and end.tzinfo is None else (last < first):
        raise _EndsFirst
    return first, last


def title(event: Any) -> str:
    """An event's title (SUMMARY), at most 200 characters; "" when it has none."""
    return " ".join(str(event.get("SUMMARY", "")).split())[:200]


def _instant(value: object, tz: tzinfo) -> datetime | None:
    """Floating times are the user's wall time; every time becomes an exact UTC instant."""
    if not isinstance(value, datetime):
        return None
    return localize(value, tz) if value.tzinfo is None else value.astimezone(UTC)
