"""Log statistics against values worked out by hand (content-spec §4.3)."""

from __future__ import annotations

from datetime import date

import pytest

from mindful_clinic.core.log.report import format_summary, summary_json
from mindful_clinic.core.log.stats import (
    MIN_RATED,
    StatRow,
    by_starting_level,
    change_stats,
    days_practised_in_month,
    fmt_number,
    insights,
    quantile,
    summarize,
    weekly_series,
)
from tests.log_fakes import make


def row(day: str, before: int | None, after: int | None, pid: str = "a", secs: int = 60) -> StatRow:
    return StatRow(
        f"id-{day}-{before}-{after}",
        f"{day}T09:00:00+01:00",
        pid,
        pid.upper(),
        secs,
        True,
        before,
        after,
    )


# Practice "a": 8 sessions, 6 rated both times; changes sorted: -3, -1, 0, 0, +1, +2.
A = [
    row("2026-03-02", 7, 4),  # -3 lower
    row("2026-03-02", 6, 6),  # 0 same
    row("2026-03-08", 5, 4),  # -1 lower (exactly the 1-point threshold)
    row("2026-03-16", 8, 9),  # +1 higher
    row("2026-03-18", 0, 0),  # started at 0: apart
    row("2026-03-18", 0, 2),  # started at 0 and rose: apart
    row("2026-02-27", 4, None),  # after skipped
    row("2026-02-20", None, 3),  # before skipped
]


def test_change_stats_by_hand() -> None:
    c = change_stats(A)
    assert (c.sessions, c.rated) == (8, 6)
    # median: position (6-1)*0.5 = 2.5 -> between 0 and 0 = 0
    # Q1: position 1.25 -> -1 + 0.25*(0 - -1) = -0.75; Q3: position 3.75 -> 0 + 0.75*1 = 0.75
    assert (c.q1, c.median, c.q3) == (-0.75, 0.0, 0.75)
    assert (c.improved, c.same, c.worse) == (2, 1, 1)
    assert c.compared == 4  # the two sessions that started at 0 are not in the denominator
    assert (c.started_at_zero, c.zero_rose) == (2, 1)


def test_ties_and_all_equal() -> None:
    tied = [row("2026-03-02", 5, 3)] * 3 + [row("2026-03-03", 5, 4)] * 2  # -2,-2,-2,-1,-1
    c = change_stats(tied)
    assert (c.q1, c.median, c.q3) == (-2, -2, -1)
    assert (c.improved, c.same, c.worse) == (5, 0, 0)
    same = change_stats([row("2026-03-02", 3, 3)] * 4)
    assert (same.median, same.q1, same.q3, same.same) == (0, 0, 0, 4)


def test_floors_at_zero_only() -> None:
    c = change_stats([row("2026-03-02", 0, 0), row("2026-03-02", 0, 0)])
    assert (c.rated, c.median, c.compared, c.started_at_zero, c.zero_rose) == (2, 0, 0, 2, 0)


def test_nothing_rated() -> None:
    c = change_stats([row("2026-03-02", None, None), row("2026-03-03", 4, None)])
    assert (c.sessions, c.rated, c.median, c.q1, c.q3, c.compared) == (2, 0, None, None, None, 0)


def test_quantile_matches_linear_interpolation() -> None:
    assert quantile([1, 2, 3, 4], 0.5) == 2.5
    assert quantile([1, 2, 3, 4], 0.25) == 1.75
    assert quantile([5], 0.75) == 5
    with pytest.raises(ValueError):
        quantile([], 0.5)


def test_breakdown_by_starting_level() -> None:
    low, mid, high = by_starting_level(A)
    assert (low.label, low.change.rated, low.change.started_at_zero, low.change.compared) == (
        "0-3",
        2,
        2,
        0,
    )
    assert (mid.label, mid.change.median, mid.change.improved, mid.change.same) == (
        "4-6",
        -0.5,
        1,
        1,
    )
    assert (high.label, high.change.median, high.change.improved, high.change.worse) == (
        "7-10",
        -1,
        1,
        1,
    )


def test_insights_show_practices_from_five_rated_sessions() -> None:
    b = [row(f"2026-03-1{i}", 6, 5, pid="b") for i in range(4)]  # 4 rated: too few
    result = insights([*A, *b], date(2026, 3, 18), weeks=3)
    assert MIN_RATED == 5
    assert [p.practice_id for p in result.practices] == ["a"]
    assert [(p.practice_id, p.change.rated) for p in result.too_few] == [("b", 4)]
    assert result.practices[0].title == "A"
    assert result.practices[0].change == change_stats(A)
    assert result.total_sessions == 12
    assert result.overall == change_stats([*A, *b])
    assert result.by_level == by_starting_level([*A, *b])
    assert result.weekly == weekly_series([*A, *b], date(2026, 3, 18), 3)


def test_weekly_series_fills_empty_weeks() -> None:
    weeks = weekly_series(A, date(2026, 3, 18), weeks=3)
    assert [w.week_start for w in weeks] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert [w.sessions for w in weeks] == [3, 0, 3]  # 2026-03-08 is the Sunday of the first week
    first, empty, last = weeks
    assert (first.rated, first.median_before, first.median_after) == (3, 6, 4)
    assert (empty.rated, empty.median_before, empty.median_after) == (0, None, None)
    assert (last.median_before, last.median_after) == (0, 2)  # befores 8,0,0 afters 9,0,2


def test_days_practised_this_month_not_streaks() -> None:
    assert days_practised_in_month(A, date(2026, 3, 31)) == 4
    assert days_practised_in_month(A, date(2026, 2, 1)) == 2
    assert days_practised_in_month(A, date(2026, 4, 1)) == 0


def test_summary_for_a_date_range() -> None:
    rows = [*A, row("2026-03-10", 5, 3, pid="b", secs=300)]
    s = summarize(rows, date(2026, 3, 1), date(2026, 3, 16))
    assert (s.sessions, s.completed, s.seconds) == (5, 5, 540)
    assert s.minutes == 9
    assert [(t.practice_id, t.sessions, t.seconds) for t in s.by_practice] == [
        ("a", 4, 240),
        ("b", 1, 300),
    ]
    assert s.change.rated == 5 and s.change.median == -1
    open_ended = summarize(rows, None, None)
    assert open_ended.sessions == 9


def test_summary_text_is_honest() -> None:
    text = format_summary(summarize(A, date(2026, 3, 1), date(2026, 3, 31)))
    assert "Practice log summary, 2026-03-01 to 2026-03-31" in text
    assert "Sessions: 6 (6 completed, 0 ended early)" in text
    assert "median change 0 points (interquartile range -0.8 to +0.8)" in text
    assert "of the 4 that did not start at 0: 2 lower afterwards, 1 the same, 1 higher" in text
    assert "2 started at 0, so could not go lower: 1 stayed at 0 and 1 rose" in text
    assert "no comparison condition" in text
    assert "%" not in text
    empty = format_summary(summarize([], None, None))
    assert "no session in this period was rated" in empty


def test_number_format() -> None:
    assert [fmt_number(v) for v in (-2.0, -1.5, 0.0, -0.0, 1.0, 0.25)] == [
        "-2",
        "-1.5",
        "0",
        "0",
        "+1",
        "+0.2",
    ]


def test_full_records_work_too() -> None:
    records = [make(stress_before=8, stress_after=5), make(stress_before=0, stress_after=1)]
    c = change_stats(records)
    assert (c.rated, c.improved, c.started_at_zero, c.zero_rose) == (2, 1, 1, 1)


def test_summary_json_keeps_zero_starts_apart_and_shows_practices_from_five_rated() -> None:
    rose = [row("2026-03-03", 0, 4, pid="b"), row("2026-03-04", 0, 6, pid="b")]
    data = summary_json(summarize([*A, *rose], None, None))
    assert data["rated"] == 8
    assert (data["lower"], data["same"], data["higher"]) == (2, 1, 1)
    assert data["started_at_zero"] == {"count": 4, "same": 1, "higher": 3}
    assert data["practices"] == 10 and data["minutes"] == 10.0
    assert [p["practice_id"] for p in data["by_practice"]] == ["a"]  # b has only 2 rated
    assert data["by_practice"][0] == {
        "practice_id": "a", "rated": 6, "lower": 2, "same": 1, "higher": 1, "median_change": 0.0,
    }  # fmt: skip
