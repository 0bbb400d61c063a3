"""Additive summaries of the practice log, so Insights cost O(months) rather than O(records).

A ``Tally`` holds, per practice: how many sessions, how many completed, the seconds practised, the
first and latest start with the latest title, and a histogram of (before, after) for the sessions
rated both times. Ratings are whole numbers 0-10, so a histogram has at most 121 keys and every
median and quartile comes from it exactly (stats.stats_from_histogram). Tallies add up: the store
keeps one per monthly file (services/log/aggregates.py) and adds up the months a screen needs; the
few figures that are about days (the weekly chart, days practised this month, the edges of a date
range) come from the sessions of the recent or edge months alone.

Every figure here equals what core/log/stats.py and quiet_rest.py work out from the records
themselves (tests/core/log/test_tally.py checks this on random logs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import add
from typing import Any

from mindful_clinic.core.log.quiet_rest import QUIET_REST_ID, Comparison, QuietRestReport
from mindful_clinic.core.log.stats import (
    LEVELS,
    MIN_RATED,
    Insights,
    LevelStats,
    Pair,
    PracticeStats,
    PracticeTotal,
    SessionLike,
    Summary,
    WeekPoint,
    _hist_quantile,
    stats_from_histogram,
    week_start,
)

_LEVEL_OF = {v: i for i, (low, high) in enumerate(LEVELS) for v in range(low, high + 1)}


CELLS = 121
"""Every (before, after) of two 0-10 ratings, at ``before * 11 + after``."""


@dataclass
class PracticeTally:
    sessions: int = 0
    completed: int = 0
    seconds: int = 0
    first_at: str = ""
    last_at: str = ""
    title: str = ""
    """The title of the latest session (by start; the later one in the file when equal)."""
    dense: list[int] = field(default_factory=lambda: [0] * CELLS)
    """How many rated sessions had each (before, after), at ``before * 11 + after``."""

    @property
    def pairs(self) -> dict[Pair, int]:
        return {(i // 11, i % 11): n for i, n in enumerate(self.dense) if n}


@dataclass
class DayTally:
    """One day: sessions, and the before and after ratings of those rated both times."""

    sessions: int = 0
    before: list[int] = field(default_factory=lambda: [0] * 11)
    after: list[int] = field(default_factory=lambda: [0] * 11)


@dataclass
class Tally:
    practices: dict[str, PracticeTally] = field(default_factory=dict)
    days: dict[str, DayTally] = field(default_factory=dict)
    """By "YYYY-MM-DD": what the weekly chart and "days practised this month" need."""

    @property
    def sessions(self) -> int:
        return sum(p.sessions for p in self.practices.values())

    def add(self, s: SessionLike) -> None:
        p = self.practices.get(s.practice_id)
        if p is None:
            p = self.practices[s.practice_id] = PracticeTally(first_at=s.started_at)
        p.sessions += 1
        p.completed += bool(s.completed)
        p.seconds += s.actual_s
        if s.started_at < p.first_at:
            p.first_at = s.started_at
        if s.started_at >= p.last_at:
            p.last_at, p.title = s.started_at, s.practice_title
        day = self.days.get(s.started_at[:10])
        if day is None:
            day = self.days[s.started_at[:10]] = DayTally()
        day.sessions += 1
        if s.stress_before is not None and s.stress_after is not None:
            p.dense[s.stress_before * 11 + s.stress_after] += 1
            day.before[s.stress_before] += 1
            day.after[s.stress_after] += 1

    def merge(self, other: Tally, days: bool = True) -> Tally:
        """Add ``other`` (a later month, or the same month from another folder) into this one;
        its days too unless ``days`` is False (the whole log's figures need no days)."""
        if days:
            for key, d in other.days.items():
                mine = self.days.get(key)
                if mine is None:
                    mine = self.days[key] = DayTally()
                mine.sessions += d.sessions
                mine.before = list(map(add, mine.before, d.before))
                mine.after = list(map(add, mine.after, d.after))
        for pid, o in other.practices.items():
            p = self.practices.get(pid)
            if p is None:
                p = self.practices[pid] = PracticeTally(first_at=o.first_at)
            p.sessions += o.sessions
            p.completed += o.completed
            p.seconds += o.seconds
            p.first_at = min(p.first_at, o.first_at)
            if o.last_at >= p.last_at:
                p.last_at, p.title = o.last_at, o.title
            p.dense = list(map(add, p.dense, o.dense))
        return self

    # -- a compact JSON form, for the aggregates file -----------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            pid: [p.sessions, p.completed, p.seconds, p.first_at, p.last_at, p.title, p.dense]
            for pid, p in self.practices.items()
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tally:
        """Raises ValueError/TypeError on anything not written by ``to_json``."""
        out = cls()
        for pid, (n, done, secs, first, last, title, dense) in data.items():
            _check_counts((n, done, secs), 3)
            if done > n:
                raise ValueError("more completed than sessions")
            if not all(isinstance(v, str) for v in (pid, first, last, title)):
                raise TypeError("text expected")
            _check_counts(dense, CELLS)
            if sum(dense) > n:
                raise ValueError("more rated sessions than sessions")
            out.practices[pid] = PracticeTally(n, done, secs, first, last, title, dense)
        return out

    def days_json(self) -> list[Any]:
        """[[YYYYMMDD, sessions, before histogram, after histogram], ...]: numbers only."""
        return [
            [int(k.replace("-", "")), d.sessions, d.before, d.after]
            for k, d in sorted(self.days.items())
        ]

    def read_days(self, data: list[Any]) -> None:
        """The days written by ``days_json``; ValueError/TypeError on anything else."""
        for number, n, before, after in data:
            if type(number) is not int or type(n) is not int or n < 0:
                raise ValueError("day expected")
            _check_counts(before, 11)
            _check_counts(after, 11)
            if sum(before) != sum(after) or sum(before) > n:
                raise ValueError("day counts do not agree")
            text = f"{number:08d}"
            key = date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
            self.days[key] = DayTally(n, list(before), list(after))


def _check_counts(values: Any, length: int) -> None:
    """A list of ``length`` whole numbers, none negative (checked with whole-list operations)."""
    if type(values) not in (list, tuple) or len(values) != length:
        raise ValueError("counts of the wrong length")
    if set(map(type, values)) - {int} or min(values) < 0:
        raise ValueError("whole numbers expected")


def tally(sessions: Iterable[SessionLike]) -> Tally:
    out = Tally()
    for s in sessions:
        out.add(s)
    return out


def merged(tallies: Iterable[Tally], days: bool = True) -> Tally:
    out = Tally()
    for t in tallies:
        out.merge(t, days)
    return out


def _title(pid: str, p: PracticeTally) -> str:
    return p.title or pid


def recent_cutoff(today: date, weeks: int = 12) -> str:
    """The first day whose sessions Insights needs one by one (the weekly chart, this month)."""
    return min(week_start(today) - timedelta(weeks=weeks - 1), today.replace(day=1)).isoformat()


def weekly_from_days(days: Mapping[str, DayTally], today: date, weeks: int = 12) -> list[WeekPoint]:
    """stats.weekly_series from day tallies."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    first_text, last_text = first.isoformat(), (week_start(today) + timedelta(days=7)).isoformat()
    counts = [0] * weeks
    befores: list[Counter[int]] = [Counter() for _ in range(weeks)]
    afters: list[Counter[int]] = [Counter() for _ in range(weeks)]
    for key, d in days.items():
        if not first_text <= key < last_text:
            continue
        index = (date.fromisoformat(key) - first).days // 7
        counts[index] += d.sessions
        for value in range(11):
            befores[index][value] += d.before[value]
            afters[index][value] += d.after[value]
    out = []
    for i in range(weeks):
        rated = sum(befores[i].values())
        out.append(
            WeekPoint(
                first + timedelta(weeks=i),
                counts[i],
                rated,
                _hist_quantile(sorted(befores[i].items()), rated, 0.5),
                _hist_quantile(sorted(afters[i].items()), rated, 0.5),
            )
        )
    return out


def insights_from_tally(
    t: Tally, days: Mapping[str, DayTally], today: date, weeks: int = 12
) -> Insights:
    """stats.insights from a tally of the whole log (its days not needed) and the day tallies
    from ``recent_cutoff`` on (older days are ignored)."""
    overall: Counter[Pair] = Counter()
    bands: list[Counter[Pair]] = [Counter() for _ in LEVELS]
    shown: list[PracticeStats] = []
    too_few: list[PracticeStats] = []
    for pid, p in t.practices.items():
        pairs = p.pairs
        overall.update(pairs)
        for pair, n in pairs.items():
            bands[_LEVEL_OF[pair[0]]][pair] += n
        change = stats_from_histogram(p.sessions, pairs)
        stats = PracticeStats(pid, _title(pid, p), change)
        (shown if change.rated >= MIN_RATED else too_few).append(stats)
    order = lambda p: (-p.change.rated, p.title.casefold())  # noqa: E731
    month = today.isoformat()[:7]
    total = t.sessions
    return Insights(
        total_sessions=total,
        overall=stats_from_histogram(total, overall),
        practices=sorted(shown, key=order),
        too_few=sorted(too_few, key=order),
        by_level=[
            LevelStats(low, high, stats_from_histogram(sum(band.values()), band))
            for (low, high), band in zip(LEVELS, bands, strict=True)
        ],
        weekly=weekly_from_days(days, today, weeks),
        days_this_month=sum(1 for k, d in days.items() if k.startswith(month) and d.sessions),
    )


def summary_from_tally(t: Tally, start: date | None, end: date | None) -> Summary:
    """stats.summarize from a tally of exactly the sessions within [start, end]."""
    titles = {pid: _title(pid, p) for pid, p in t.practices.items()}
    by_practice = sorted(
        (PracticeTotal(pid, titles[pid], p.sessions, p.seconds) for pid, p in t.practices.items()),
        key=lambda x: (-x.sessions, x.title.casefold()),
    )
    overall: Counter[Pair] = Counter()
    changes: list[PracticeStats] = []
    for pid, p in t.practices.items():
        pairs = p.pairs
        overall.update(pairs)
        change = stats_from_histogram(p.sessions, pairs)
        if change.rated >= MIN_RATED:
            changes.append(PracticeStats(pid, titles[pid], change))
    changes.sort(key=lambda c: (-c.change.rated, c.title.casefold()))
    total = t.sessions
    return Summary(
        start=start,
        end=end,
        sessions=total,
        completed=sum(p.completed for p in t.practices.values()),
        seconds=sum(p.seconds for p in t.practices.values()),
        by_practice=by_practice,
        change=stats_from_histogram(total, overall),
        changes=tuple(changes),
    )


def quiet_rest_from_tally(t: Tally) -> QuietRestReport:
    """quiet_rest.compare_with_quiet_rest from a tally of the whole log."""
    rest_p = t.practices.get(QUIET_REST_ID)
    rest = stats_from_histogram(rest_p.sessions if rest_p else 0, rest_p.pairs if rest_p else {})
    comparisons: list[Comparison] = []
    waiting: list[tuple[str, int]] = []
    ordered = sorted(
        ((pid, p) for pid, p in t.practices.items() if pid != QUIET_REST_ID),
        key=lambda item: item[1].first_at,
    )
    for pid, p in ordered:
        stats = stats_from_histogram(p.sessions, p.pairs)
        if stats.rated >= MIN_RATED and rest.rated >= MIN_RATED:
            comparisons.append(Comparison(pid, p.title, stats, rest))
        elif stats.rated:
            waiting.append((p.title, stats.rated))
    return QuietRestReport(rest, tuple(comparisons), tuple(waiting))
