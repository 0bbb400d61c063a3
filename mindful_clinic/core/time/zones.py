"""Time zones for schedules: the user's named zone, and local wall times made exact.

Schedules are written in wall time ("09:00 on weekdays") but compared in absolute time, so every
local time goes through ``localize``, which settles the two awkward hours of the year: a time that
does not exist (the spring-forward hour) moves forward by the gap, and a time that happens twice
(the autumn hour) is taken once, at its first occurrence. A fixed-offset zone would get DST days
wrong, so ``local_zone`` looks for the system's IANA name first.

Instants leave this module in UTC. Python compares and subtracts two datetimes that share a tzinfo
by their wall readings, ignoring the offset, which is wrong across a DST change (09:00 to 09:00 on
the spring day is 23 hours, not 24; 01:10 GMT comes after 01:30 BST in the repeated hour). Working
in UTC makes every comparison exact; screens and the CLI convert to the user's zone to show a time.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (e.g. "Europe/London"); ValueError with a plain message if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone '{name}' (use a name like Europe/London)") from None


def local_zone() -> tzinfo:
    """The system's zone, by IANA name when one can be found (TZ, /etc/localtime, /etc/timezone)."""
    candidates: list[str] = []
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        candidates.append(env)
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            return zone_named(name)
        except ValueError:
            continue
    fallback = datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else UTC


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """Wall time ``naive`` in ``tz`` as an exact instant, in UTC (see the module note on DST)."""
    return naive.replace(tzinfo=tz, fold=0).astimezone(UTC)


def as_utc(moment: datetime) -> datetime:
    """An aware datetime as the same instant in UTC; ValueError for a naive one."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no definite instant")
    return moment.astimezone(UTC)


def at_wall(day: date, wall: time, tz: tzinfo) -> datetime:
    return localize(datetime.combine(day, wall), tz)
