"""Honest summaries of the practice log (content-spec §4.3).

Change per session is after minus before (negative = less stressed). Ratings are ordinal and skewed,
so we report medians with the interquartile range, never a mean or a "% reduction", and we report
counts ("12 of 20 lower afterwards"). A change counts only if it is at least one point. Sessions
that started at 0 cannot improve, so they are reported apart and left out of the improved, same and
worse counts (they still count towards the median change). Per-practice figures appear only from five rated
sessions on. No streaks: at most the number of days practised this month.

Works on anything shaped like a session (``LogRecord`` or the store's light ``StatRow``), so the
insights screen can be computed from a compact index without loading every full record.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, Protocol

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP

MIN_RATED = 5
"""Rated sessions a practice needs before it gets figures of its own [design default, §4.3]."""
MIN_CHANGE = 1
"""Smallest change that counts as better or worse, in points on 0-10 [design default, §4.3]."""
LEVELS = ((0, 3), (4, 6), (7, 10))
"""Starting-level bands for the breakdown; extreme starts show regression to the mean most."""
CAVEAT = QT_TRANSLATE_NOOP(
    "core",
    "These are your own before-and-after ratings with no comparison condition: they show how you "
    "felt, not that a practice works (time passing, expectation and regression to the mean also "
    "lower ratings).",
)


class SessionLike(Protocol):
    @property
    def started_at(self) -> str: ...
    @property
    def practice_id(self) -> str: ...
    @property
    def practice_title(self) -> str: ...
    @property
    def actual_s(self) -> int: ...
    @property
    def completed(self) -> bool: ...
    @property
    def stress_before(self) -> int | None: ...
    @property
    def stress_after(self) -> int | None: ...


class StatRow(NamedTuple):
    """The part of a record the statistics need; what the store's index keeps per session."""

    id: str
    started_at: str
    practice_id: str
    practice_title: str
    actual_s: int
    completed: bool
    stress_before: int | None
    stress_after: int | None


@dataclass(frozen=True)
class ChangeStats:
    sessions: int
    rated: int
    """Sessions with both ratings."""
    median: float | None
    q1: float | None
    q3: float | None
    improved: int
    same: int
    worse: int
    started_at_zero: int
    """Rated sessions that began at 0; not in improved/same/worse."""
    zero_rose: int
    """Of those, how many were rated higher afterwards."""

    @property
    def compared(self) -> int:
        """The denominator for improved/same/worse: rated sessions that did not start at 0."""
        return self.improved + self.same + self.worse


@dataclass(frozen=True)
class PracticeStats:
    practice_id: str
    title: str
    change: ChangeStats


@dataclass(frozen=True)
class LevelStats:
    low: int
    high: int
    change: ChangeStats

    @property
    def label(self) -> str:
        return f"{self.low}-{self.high}"


@dataclass(frozen=True)
class WeekPoint:
    week_start: date
    """The Monday."""
    sessions: int
    rated: int
    median_before: float | None
    median_after: float | None


@dataclass(frozen=True)
class Insights:
    total_sessions: int
    overall: ChangeStats
    practices: list[PracticeStats]
    """Practices with at least MIN_RATED rated sessions, most rated first."""
    too_few: list[PracticeStats]
    """Practices not shown separately yet (fewer than MIN_RATED rated sessions)."""
    by_level: list[LevelStats]
    weekly: list[WeekPoint]
    days_this_month: int


@dataclass(frozen=True)
class PracticeTotal:
    practice_id: str
    title: str
    sessions: int
    seconds: int


@dataclass(frozen=True)
class Summary:
    start: date | None
    end: date | None
    sessions: int
    completed: int
    seconds: int
    by_practice: list[PracticeTotal]
    change: ChangeStats
    changes: tuple[PracticeStats, ...] = ()
    """Change per practice, only for practices with at least MIN_RATED rated sessions."""

    @property
    def minutes(self) -> float:
        return self.seconds / 60


# -- basic statistics ------------------------------------------------------------------------------
def quantile(sorted_values: Sequence[float], p: float) -> float:
    """Linear interpolation between order statistics (numpy's default, Excel's QUARTILE.INC)."""
    if not sorted_values:
        raise ValueError("quantile of no values")
    h = (len(sorted_values) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def median(values: Iterable[float]) -> float | None:
    ordered = sorted(values)
    return quantile(ordered, 0.5) if ordered else None


Pair = tuple[int, int]
"""(before, after) of a session rated both times."""
Histogram = Mapping[Pair, int]
"""How many sessions had each (before, after): at most 121 keys, however long the log."""


def rated_pairs(sessions: Iterable[SessionLike]) -> list[Pair]:
    return [
        (s.stress_before, s.stress_after)
        for s in sessions
        if s.stress_before is not None and s.stress_after is not None
    ]


def change_stats(sessions: Iterable[SessionLike], threshold: int = MIN_CHANGE) -> ChangeStats:
    chosen = list(sessions)
    return stats_from_pairs(len(chosen), rated_pairs(chosen), threshold)


def stats_from_pairs(
    sessions: int, pairs: Iterable[Pair], threshold: int = MIN_CHANGE
) -> ChangeStats:
    return stats_from_histogram(sessions, Counter(pairs), threshold)


def stats_from_histogram(
    sessions: int, hist: Histogram, threshold: int = MIN_CHANGE
) -> ChangeStats:
    """Median change with quartiles over every rated pair; improved/same/worse over the pairs that
    did not start at 0 (a start at 0 cannot improve), those reported apart."""
    by_change: Counter[int] = Counter()
    improved = worse = same = zero = zero_rose = 0
    for (before, after), n in hist.items():
        delta = after - before
        by_change[delta] += n
        if before == 0:
            zero += n
            zero_rose += n if delta >= threshold else 0
        elif delta <= -threshold:
            improved += n
        elif delta >= threshold:
            worse += n
        else:
            same += n
    rated = sum(by_change.values())
    ordered = sorted(by_change.items())
    q1, mid, q3 = (_hist_quantile(ordered, rated, p) for p in (0.25, 0.5, 0.75))
    return ChangeStats(sessions, rated, mid, q1, q3, improved, same, worse, zero, zero_rose)


def _hist_quantile(ordered: list[tuple[int, int]], total: int, p: float) -> float | None:
    """``quantile`` of the values a sorted (value, count) list stands for, without expanding it."""
    if total == 0:
        return None
    h = (total - 1) * p
    lo = math.floor(h)
    return _nth(ordered, lo) + (h - lo) * (
        _nth(ordered, min(lo + 1, total - 1)) - _nth(ordered, lo)
    )


def _nth(ordered: list[tuple[int, int]], index: int) -> int:
    seen = 0
    for value, count in ordered:
        seen += count
        if index < seen:
            return value
    raise IndexError(index)


# -- the insights screen -------------------------------------------------------------------------
_LEVEL_OF = {v: i for i, (low, high) in enumerate(LEVELS) for v in range(low, high + 1)}


def insights(sessions: Sequence[SessionLike], today: date, weeks: int = 12) -> Insights:
    """Everything the insights screen shows. Fast at 50,000 sessions: one counting pass builds a
    histogram of (practice, before, after); every figure is then worked out from its few keys."""
    counted = Counter([(s.practice_id, s.stress_before, s.stress_after) for s in sessions])
    titles = {s.practice_id: s.practice_title for s in sessions}  # date order: the latest wins
    totals: Counter[str] = Counter()
    per_practice: dict[str, Counter[Pair]] = {}
    overall: Counter[Pair] = Counter()
    bands: list[Counter[Pair]] = [Counter() for _ in LEVELS]
    for (pid, before, after), n in counted.items():
        totals[pid] += n
        if before is None or after is None:
            continue
        per_practice.setdefault(pid, Counter())[(before, after)] += n
        overall[(before, after)] += n
        bands[_LEVEL_OF[before]][(before, after)] += n
    shown: list[PracticeStats] = []
    too_few: list[PracticeStats] = []
    for pid, n in totals.items():
        change = stats_from_histogram(n, per_practice.get(pid, {}))
        stats = PracticeStats(pid, titles[pid] or pid, change)
        (shown if change.rated >= MIN_RATED else too_few).append(stats)
    order = lambda p: (-p.change.rated, p.title.casefold())  # noqa: E731
    cutoff = min(week_start(today) - timedelta(weeks=weeks - 1), today.replace(day=1)).isoformat()
    recent = [s for s in sessions if s.started_at >= cutoff]
    return Insights(
        total_sessions=len(sessions),
        overall=stats_from_histogram(len(sessions), overall),
        practices=sorted(shown, key=order),
        too_few=sorted(too_few, key=order),
        by_level=[
            LevelStats(low, high, stats_from_histogram(sum(band.values()), band))
            for (low, high), band in zip(LEVELS, bands, strict=True)
        ],
        weekly=weekly_series(recent, today, weeks),
        days_this_month=days_practised_in_month(recent, today),
    )


def by_starting_level(sessions: Iterable[SessionLike]) -> list[LevelStats]:
    """Change by the rating people started from (0-3, 4-6, 7-10); only sessions rated twice."""
    bands: list[list[Pair]] = [[] for _ in LEVELS]
    for pair in rated_pairs(sessions):
        bands[_LEVEL_OF[pair[0]]].append(pair)
    return [
        LevelStats(low, high, stats_from_pairs(len(band), band))
        for (low, high), band in zip(LEVELS, bands, strict=True)
    ]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_series(sessions: Iterable[SessionLike], today: date, weeks: int = 12) -> list[WeekPoint]:
    """The last ``weeks`` weeks up to today's, empty weeks included (a gap is not a failure).

    Median before and after use only sessions rated both times, so the two lines compare like with
    like."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    first_text, last_text = first.isoformat(), (week_start(today) + timedelta(days=7)).isoformat()
    counts = [0] * weeks
    befores: list[list[int]] = [[] for _ in range(weeks)]
    afters: list[list[int]] = [[] for _ in range(weeks)]
    for s in sessions:
        day_text = s.started_at[:10]
        if not first_text <= day_text < last_text:
            continue
        index = (date.fromisoformat(day_text) - first).days // 7
        counts[index] += 1
        if s.stress_before is not None and s.stress_after is not None:
            befores[index].append(s.stress_before)
            afters[index].append(s.stress_after)
    return [
        WeekPoint(
            first + timedelta(weeks=i),
            counts[i],
            len(befores[i]),
            median(befores[i]),
            median(afters[i]),
        )
        for i in range(weeks)
    ]


def days_practised_in_month(sessions: Iterable[SessionLike], today: date) -> int:
    month = today.isoformat()[:7]
    return len({s.started_at[:10] for s in sessions if s.started_at.startswith(month)})


# -- the supervision / CPD summary -----------------------------------------------------------------
def in_range(
    sessions: Iterable[SessionLike], start: date | None, end: date | None
) -> list[SessionLike]:
    """Sessions whose local start date is within [start, end] (either end open)."""
    lo = start.isoformat() if start else ""
    hi = end.isoformat() if end else "9999-99-99"
    return [s for s in sessions if lo <= s.started_at[:10] <= hi]


def summarize(sessions: Iterable[SessionLike], start: date | None, end: date | None) -> Summary:
    chosen = in_range(sessions, start, end)
    totals: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for s in sorted(chosen, key=lambda s: s.started_at):
        entry = totals.setdefault(s.practice_id, [0, 0])
        entry[0] += 1
        entry[1] += s.actual_s
        titles[s.practice_id] = s.practice_title or s.practice_id
    by_practice = sorted(
        (PracticeTotal(pid, titles[pid], n, secs) for pid, (n, secs) in totals.items()),
        key=lambda t: (-t.sessions, t.title.casefold()),
    )
    return Summary(
        start=start,
        end=end,
        sessions=len(chosen),
        completed=sum(1 for s in chosen if s.completed),
        seconds=sum(s.actual_s for s in chosen),
        by_practice=by_practice,
        change=change_stats(chosen),
        changes=tuple(practice_changes(chosen, titles)),
    )


def practice_changes(
    sessions: Sequence[SessionLike], titles: Mapping[str, str]
) -> list[PracticeStats]:
    """Change per practice, only where a practice has MIN_RATED rated sessions, most rated first."""
    grouped: dict[str, list[SessionLike]] = {}
    for s in sessions:
        grouped.setdefault(s.practice_id, []).append(s)
    out = [PracticeStats(pid, titles.get(pid, pid), change_stats(g)) for pid, g in grouped.items()]
    shown = [p for p in out if p.change.rated >= MIN_RATED]
    return sorted(shown, key=lambda p: (-p.change.rated, p.title.casefold()))


def fmt_number(value: float) -> str:
    """-2 rather than -2.0; -1.5 stays; a plus sign for rises so direction is never ambiguous."""
    text = f"{value:+.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("+0", "-0") else text


def fmt_minutes(seconds: int) -> str:
    minutes = seconds / 60
    return f"{minutes:.0f}" if minutes >= 10 or minutes == int(minutes) else f"{minutes:.1f}"
