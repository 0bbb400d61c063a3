"""Injected time.

Everything that waits or animates asks a clock for the time instead of counting timer ticks, so a
20-minute practice runs in milliseconds under test and a late or early timer never makes the pacer
drift: positions are always derived from ``monotonic()`` differences.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Two kinds of time: monotonic seconds for durations, aware wall time for dates and schedules."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class ManualClock:
    """A clock that moves only when told to; for tests, benchmarks and screenshots.

    ``advance`` moves both kinds of time together; ``set_wall`` moves only the wall clock, which is
    how a user changing the system time, or a suspend, looks from inside the app.
    """

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._mono = monotonic_start
        self._wall = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if self._wall.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards; use set_wall for a clock change")
        self._mono += seconds
        # exact time, not wall arithmetic: an hour after 01:30 BST on the autumn night is 01:30 GMT
        exact = self._wall.astimezone(UTC) + timedelta(seconds=seconds)
        self._wall = exact.astimezone(self._wall.tzinfo)

    def set_wall(self, wall: datetime) -> None:
        if wall.tzinfo is None:
            raise ValueError("wall time must be timezone-aware")
        self._wall = wall
