"""Busy time becomes gaps; a gap gets a practice that fits it with a minute to spare."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from mindful_clinic.core.reminders.gaps import (
    busy_at,
    find_gaps,
    merge_busy,
    practice_candidates,
    suggest_practice,
)

LONDON = ZoneInfo("Europe/London")


def t(h: int, m: int = 0) -> datetime:
    return datetime(2026, 1, 5, h, m, tzinfo=LONDON)


def spans(gaps: list) -> list[tuple[str, str, int]]:
    return [(f"{g.start:%H:%M}", f"{g.end:%H:%M}", g.minutes) for g in gaps]


def test_overlapping_and_back_to_back_events_are_one_busy_stretch() -> None:
    busy = [(t(9), t(10)), (t(9, 30), t(10, 30)), (t(10, 30), t(11)), (t(13), t(14))]
    assert merge_busy(busy) == [(t(9), t(11)), (t(13), t(14))]


def test_empty_and_reversed_intervals_are_ignored() -> None:
    assert merge_busy([(t(9), t(9)), (t(10), t(9))]) == []


def test_gaps_inside_the_window_with_edges() -> None:
    busy = [(t(7), t(8, 30)), (t(10), t(10, 4)), (t(10, 8), t(11)), (t(17, 30), t(19))]
    gaps = find_gaps(busy, t(8), t(18), 5)
    # 10:04-10:08 is only 4 minutes: not a gap; events crossing both edges are clipped
    assert spans(gaps) == [("08:30", "10:00", 90), ("11:00", "17:30", 390)]
    assert all(g.ends_at_busy for g in gaps)


def test_last_gap_ends_with_the_working_day() -> None:
    gaps = find_gaps([(t(9), t(12))], t(8), t(18), 5)
    assert spans(gaps) == [("08:00", "09:00", 60), ("12:00", "18:00", 360)]
    assert [g.ends_at_busy for g in gaps] == [True, False]


def test_a_free_day_is_one_gap_and_a_full_day_none() -> None:
    assert spans(find_gaps([], t(8), t(18))) == [("08:00", "18:00", 600)]
    assert find_gaps([(t(6), t(20))], t(8), t(18)) == []


def test_minimum_length_is_inclusive() -> None:
    gaps = find_gaps([(t(8), t(9)), (t(9, 5), t(18))], t(8), t(18), 5)
    assert spans(gaps) == [("09:00", "09:05", 5)]


def test_mixed_zones_compare_as_instants() -> None:
    utc_event = (datetime(2026, 1, 5, 9, tzinfo=UTC), datetime(2026, 1, 5, 10, tzinfo=UTC))
    gaps = find_gaps([utc_event], t(8), t(12))
    assert [(g.start, g.end) for g in gaps] == [(t(8), t(9)), (t(10), t(12))]


def test_busy_at_finds_the_appointment_in_progress() -> None:
    busy = [(t(9), t(10)), (t(10), t(10, 50))]
    assert busy_at(busy, t(10, 20)) == (t(9), t(10, 50))
    assert busy_at(busy, t(11)) is None


def test_suggestion_fits_the_gap_minus_a_minute() -> None:
    candidates = [("sigh", 60), ("box", 180), ("resonance", 300), ("scan", 600)]
    assert suggest_practice(7 * 60, candidates) == ("resonance", 300)
    assert suggest_practice(6 * 60, candidates) == ("resonance", 300)
    assert suggest_practice(6 * 60 - 1, candidates) == ("box", 180)
    assert suggest_practice(90, candidates) is None  # 30 s is too short for anything
    assert suggest_practice(3 * 3600, candidates) == ("scan", 600)  # capped at ten minutes
    assert suggest_practice(3 * 3600, candidates, max_s=None) == ("scan", 600)


def test_suggestion_ties_go_to_the_first_candidate() -> None:
    assert suggest_practice(400, [("a", 300), ("b", 300)]) == ("a", 300)


@dataclass
class Entry:
    id: str
    durations_s: tuple[int, ...]


def test_candidates_from_catalog_like_entries() -> None:
    entries = [Entry("resonance", (60, 300)), Entry("scan", (600,))]
    assert practice_candidates(entries) == [("resonance", 60), ("resonance", 300), ("scan", 600)]


def test_indexed_busy_times_answer_as_a_walk_through_every_stretch_would() -> None:
    """The binary-searched answers (the scheduler's tick) equal the plain definition, for random
    overlapping, touching and empty stretches in mixed zones."""
    import random
    from datetime import timedelta

    from mindful_clinic.core.reminders.gaps import BusyTimes

    rng = random.Random(21)
    base = datetime(2026, 3, 28, 0, 0, tzinfo=UTC)  # across the spring clock change in London
    for _ in range(40):
        stretches = []
        for _ in range(rng.randrange(0, 60)):
            start = base + timedelta(minutes=5 * rng.randrange(0, 800))
            zone = LONDON if rng.random() < 0.5 else UTC
            stretches.append(
                (start.astimezone(zone), start + timedelta(minutes=5 * rng.randrange(0, 20)))
            )
        busy = BusyTimes(stretches)
        merged = busy.merged
        assert merge_busy(merged) == merged  # already merged: kept as it is
        for _ in range(30):
            moment = base + timedelta(minutes=rng.randrange(0, 4200))
            walk = next(((s, e) for s, e in merged if s <= moment < e), None)
            assert busy.at(moment) == walk == busy_at(stretches, moment)
            end = moment + timedelta(minutes=rng.randrange(0, 900))
            minimum = rng.choice([0, 5, 30])
            cursor, expected = moment, []
            for s, e in merged:
                if e <= moment or s >= end:
                    continue
                if s - cursor >= timedelta(minutes=minimum):
                    expected.append((cursor, s))
                cursor = max(cursor, e)
            if end - cursor >= timedelta(minutes=minimum):
                expected.append((cursor, end))
            assert [(g.start, g.end) for g in busy.gaps(moment, end, minimum)] == expected


def test_a_minimum_longer_than_the_window_finds_no_gap_and_no_overflow() -> None:
    """``calendar gaps --min-minutes 99999999999999999999`` once ended in an OverflowError."""
    assert find_gaps([(t(9), t(10))], t(8), t(18), 10**20) == []
    assert spans(find_gaps([(t(9), t(10))], t(8), t(18), 600)) == []
    assert spans(find_gaps([], t(8), t(18), 600)) == [("08:00", "18:00", 600)]
