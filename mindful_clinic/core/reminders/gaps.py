"""Free time between appointments, and a practice that fits it.

Busy time is the union of the calendar's events (overlapping and back-to-back events join into one
stretch); a gap is a maximal free stretch inside the working window of at least the minimum length.
The suggestion leaves a minute spare (to close a note, stand up, find the room) and takes its
candidates as plain (practice id, seconds) pairs so this module never needs the catalog.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
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
    """The union of ``intervals`` as sorted, disjoint UTC stretches; empty ones are dropped."""
    merged: list[Interval] = []
    exact = ((as_utc(s), as_utc(e)) for s, e in intervals)
    for start, end in sorted(i for i in exact if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def find_gaps(
    busy: Iterable[Interval],
    window_start: datetime,
    window_end: datetime,
    min_minutes: float = 5,
) -> list[Gap]:
    """Free stretches of at least ``min_minutes`` inside [window_start, window_end), in UTC."""
    minimum = timedelta(minutes=min_minutes)
    gaps: list[Gap] = []
    window_start, window_end = as_utc(window_start), as_utc(window_end)
    cursor = window_start
    for start, end in merge_busy(busy):
        if end <= window_start:
            continue
        if start >= window_end:
            break
        if start - cursor >= minimum:
            gaps.append(Gap(cursor, start, True))
        cursor = max(cursor, end)
    if window_end - cursor >= minimum:
        gaps.append(Gap(cursor, window_end, False))
    return gaps


def busy_at(busy: Sequence[Interval], moment: datetime) -> Interval | None:
    """The merged busy stretch containing ``moment``, if any (e.g. the appointment in progress)."""
    for start, end in merge_busy(busy):
        if start <= moment < end:
            return start, end
    return None


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
