"""Free time between appointments, and a practice that fits it.

Busy time is the union of the calendar's events (overlapping and back-to-back events join into one
stretch); a gap is a maximal free stretch inside the working window of at least the minimum length.
The suggestion leaves a minute spare (to close a note, stand up, find the room) and takes its
candidates as plain (practice id, seconds) pairs so this module never needs the catalog.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from mindful_clinic.core.time.zones import as_utc

Interval = tuple[datetime, datetime]
"""A busy stretch [start, end) of aware datetimes."""

SUGGESTION_MARGIN_S = 60
SUGGESTION_MAX_S = 10 * 60
"""A long admin block does not call for a long practice; offer at most this much."""


@dataclass(frozen=True)
class Gap:
    start: datetime
    end: datetime
    ends_at_busy: bool
    """True when an appointment starts at ``end`` (rather than the working window closing)."""

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()

    @property
    def minutes(self) -> int:
        """Whole minutes, rounded down: a gap is never promised longer than it is."""
        return int(self.seconds // 60)


def merge_busy(intervals: Iterable[Interval]) -> list[Interval]:
    """The union of ``intervals`` as sorted, disjoint UTC stretches; empty ones are dropped.

    Stretches that already are (the calendar cache keeps them so) are copied in one pass, with no
    sorting and no time-zone conversion."""
    given = intervals if isinstance(intervals, list | tuple) else list(intervals)
    if _already_merged(given):
        return list(given)
    merged: list[Interval] = []
    exact = ((as_utc(s), as_utc(e)) for s, e in given)
    for start, end in sorted(i for i in exact if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _already_merged(intervals: Sequence[Interval]) -> bool:
    last: datetime | None = None
    for start, end in intervals:
        if start.tzinfo is not UTC or end.tzinfo is not UTC or not start < end:
            return False
        if last is not None and not last < start:
            return False
        last = end
    return True


class BusyTimes:
    """Merged busy stretches with their ends indexed, so that asking about one moment or one
    working day costs a binary search and the stretches inside it, not a walk through them all."""

    def __init__(self, intervals: Iterable[Interval]) -> None:
        self.merged = merge_busy(intervals)
        self._ends = [e for _s, e in self.merged]

    def at(self, moment: datetime) -> Interval | None:
        """The stretch containing ``moment`` (UTC or any aware time), if any."""
        i = bisect_right(self._ends, as_utc(moment))
        if i < len(self.merged) and self.merged[i][0] <= moment:
            return self.merged[i]
        return None

    def gaps(
        self, window_start: datetime, window_end: datetime, min_minutes: float = 5
    ) -> list[Gap]:
        """Free stretches of at least ``min_minutes`` inside [window_start, window_end), in UTC."""
        window_start, window_end = as_utc(window_start), as_utc(window_end)
        if min_minutes * 60 > (window_end - window_start).total_seconds():
            return []  # none can be that long, and timedelta(minutes=10**20) is an OverflowError
        minimum = timedelta(minutes=min_minutes)
        gaps: list[Gap] = []
        cursor = window_start
        merged = self.merged
        i = bisect_right(self._ends, window_start)  # the first stretch ending after the start
        while i < len(merged):
            start, end = merged[i]
            if start >= window_end:
                break
            if start - cursor >= minimum:
                gaps.append(Gap(cursor, start, True))
            cursor = max(cursor, end)
            i += 1
        if window_end - cursor >= minimum:
            gaps.append(Gap(cursor, window_end, False))
        return gaps


def find_gaps(
    busy: Iterable[Interval],
    window_start: datetime,
    window_end: datetime,
    min_minutes: float = 5,
) -> list[Gap]:
    """Free stretches of at least ``min_minutes`` inside [window_start, window_end), in UTC."""
    return BusyTimes(busy).gaps(window_start, window_end, min_minutes)


def busy_at(busy: Sequence[Interval], moment: datetime) -> Interval | None:
    """The merged busy stretch containing ``moment``, if any (e.g. the appointment in progress)."""
    return BusyTimes(busy).at(moment)


def suggest_practice(
    available_s: float,
    candidates: Sequence[tuple[str, int]],
    margin_s: int = SUGGESTION_MARGIN_S,
    max_s: int | None = SUGGESTION_MAX_S,
) -> tuple[str, int] | None:
    """The longest candidate that fits ``available_s`` minus the margin (capped at ``max_s``).

    Candidates are (practice_id, duration seconds), one pair per length offered; ties go to the
    earlier pair, so the caller's order is its preference.
    """
    budget = available_s - margin_s
    if max_s is not None:
        budget = min(budget, max_s)
    best: tuple[str, int] | None = None
    for practice_id, seconds in candidates:
        if 0 < seconds <= budget and (best is None or seconds > best[1]):
            best = (practice_id, seconds)
    return best


class HasDurations(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def durations_s(self) -> tuple[int, ...]: ...


def practice_candidates(entries: Iterable[HasDurations]) -> list[tuple[str, int]]:
    """(id, seconds) for every length of every entry: what ``suggest_practice`` expects."""
    return [(e.id, int(d)) for e in entries for d in e.durations_s]
