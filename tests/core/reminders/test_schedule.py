"""When is the next reminder? Weekdays, midnight, DST in London and New York, overlaps, suppression."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from mindful_clinic.core.reminders.rules import FOREVER, ReminderRule, TimeWindow
from mindful_clinic.core.reminders.schedule import Reminder, merge_close, next_reminders

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
ALL_DAYS = frozenset(range(7))


def at(y: int, mo: int, d: int, h: int, mi: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def fixed(*times: str, days: frozenset[int] = frozenset(range(5)), rid: str = "f") -> ReminderRule:
    parsed = tuple(time(int(t[:2]), int(t[3:])) for t in times)
    return ReminderRule(rid, "fixed", days, parsed)


def every(minutes: int, days: frozenset[int] = frozenset(range(5)), rid: str = "i") -> ReminderRule:
    return ReminderRule(rid, "interval", days, every_minutes=minutes)


def times_of(reminders: list[Reminder], tz: ZoneInfo = LONDON) -> list[str]:
    """Local times with their offsets, as a clinician in ``tz`` would read them."""
    return [r.at.astimezone(tz).isoformat() for r in reminders]


def test_fixed_times_skip_the_weekend() -> None:
    friday_afternoon = at(2026, 1, 9, 13)
    got = next_reminders([fixed("12:30")], friday_afternoon, 2, tz=LONDON)
    assert times_of(got) == ["2026-01-12T12:30:00+00:00", "2026-01-13T12:30:00+00:00"]


def test_interval_stays_inside_working_hours_and_crosses_midnight() -> None:
    got = next_reminders(
        [every(60)],
        at(2026, 1, 5, 16, 30),
        3,
        tz=LONDON,
        working_hours=TimeWindow(time(8), time(18)),
    )
    assert times_of(got) == [
        "2026-01-05T17:00:00+00:00",
        "2026-01-06T09:00:00+00:00",
        "2026-01-06T10:00:00+00:00",
    ]


def test_midnight_rule_fires_at_the_start_of_the_next_day() -> None:
    got = next_reminders([fixed("00:00", days=ALL_DAYS)], at(2026, 1, 5, 23, 59), 1, tz=LONDON)
    assert got[0].at == at(2026, 1, 6, 0, 0)


def test_strictly_after() -> None:
    got = next_reminders([fixed("12:30")], at(2026, 1, 5, 12, 30), 1, tz=LONDON)
    assert got[0].at == at(2026, 1, 6, 12, 30)


def test_london_spring_forward_moves_a_missing_time_forward_once() -> None:
    # 29 March 2026: clocks go from 01:00 GMT to 02:00 BST; 01:30 does not exist that day
    got = next_reminders(
        [fixed("01:30", "09:00", days=ALL_DAYS)], at(2026, 3, 28, 12), 4, tz=LONDON
    )
    assert times_of(got) == [
        "2026-03-29T02:30:00+01:00",
        "2026-03-29T09:00:00+01:00",
        "2026-03-30T01:30:00+01:00",
        "2026-03-30T09:00:00+01:00",
    ]


def test_london_spring_day_is_23_hours_between_two_nine_oclocks() -> None:
    got = next_reminders([fixed("09:00", days=ALL_DAYS)], at(2026, 3, 28, 8), 2, tz=LONDON)
    assert got[1].at - got[0].at == timedelta(hours=23)
    assert got[1].at.astimezone(LONDON).hour == 9
    assert at(2026, 3, 29, 9) - at(2026, 3, 28, 9) == timedelta(hours=24)  # why the core uses UTC


def test_london_autumn_back_gives_a_repeated_time_only_once() -> None:
    # 25 October 2026: 01:00-02:00 happens twice (BST then GMT)
    got = next_reminders([fixed("01:30", days=ALL_DAYS)], at(2026, 10, 24, 12), 2, tz=LONDON)
    assert times_of(got) == ["2026-10-25T01:30:00+01:00", "2026-10-26T01:30:00+00:00"]


def test_london_autumn_interval_keeps_wall_clock_steps() -> None:
    rule = every(60, days=ALL_DAYS)
    got = next_reminders([rule], at(2026, 10, 24, 17, 30), 2, tz=LONDON)
    assert times_of(got) == ["2026-10-25T09:00:00+00:00", "2026-10-25T10:00:00+00:00"]
    assert got[0].at - at(2026, 10, 24, 17) == timedelta(hours=17)  # the autumn night is longer


def test_new_york_spring_forward() -> None:
    # 8 March 2026: 02:00 EST -> 03:00 EDT
    got = next_reminders(
        [fixed("02:30", "08:00", days=ALL_DAYS)], at(2026, 3, 7, 12, tz=NEW_YORK), 3, tz=NEW_YORK
    )
    assert times_of(got, NEW_YORK) == [
        "2026-03-08T03:30:00-04:00",
        "2026-03-08T08:00:00-04:00",
        "2026-03-09T02:30:00-04:00",
    ]


def test_new_york_fall_back() -> None:
    # 1 November 2026: 01:00-02:00 happens twice
    got = next_reminders(
        [fixed("01:30", days=ALL_DAYS)], at(2026, 10, 31, 12, tz=NEW_YORK), 2, tz=NEW_YORK
    )
    assert times_of(got, NEW_YORK) == ["2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"]


def test_same_time_from_two_rules_is_one_reminder() -> None:
    rules = [fixed("10:00"), every(60)]
    got = next_reminders(rules, at(2026, 1, 5, 9, 30), 2, tz=LONDON)
    assert got[0].at == at(2026, 1, 5, 10)
    assert got[0].kind == "fixed"
    assert set(got[0].rule_ids) == {"f", "i"}
    assert got[1].at == at(2026, 1, 5, 11)


def test_near_reminders_merge_within_the_window_and_not_beyond() -> None:
    rules = [fixed("10:02"), every(60)]
    merged = next_reminders(rules, at(2026, 1, 5, 9, 30), 1, tz=LONDON)
    assert merged[0].at == at(2026, 1, 5, 10, 2)  # the fixed time wins over the interval
    apart = next_reminders(
        rules, at(2026, 1, 5, 9, 30), 2, tz=LONDON, merge_window=timedelta(minutes=1)
    )
    assert [r.at for r in apart] == [at(2026, 1, 5, 10), at(2026, 1, 5, 10, 2)]


def test_a_merged_reminder_does_not_come_back_when_asked_again_later() -> None:
    rules = [fixed("10:00"), every(62)]  # interval at 09:02, 10:04, ...
    first = next_reminders(rules, at(2026, 1, 5, 9, 30), 1, tz=LONDON)
    assert first[0].at == at(2026, 1, 5, 10)
    after_it = next_reminders(rules, at(2026, 1, 5, 10, 1), 1, tz=LONDON)
    assert after_it[0].at != at(2026, 1, 5, 10, 4)


def test_reminders_are_always_at_least_the_window_apart() -> None:
    rules = [fixed("09:03", "09:06", "12:00", "12:01"), every(5), every(7, rid="j")]
    got = next_reminders(rules, at(2026, 1, 5, 8), 60, tz=LONDON)
    gaps = [b.at - a.at for a, b in pairwise(got)]
    assert len(got) == 60
    assert min(gaps) >= timedelta(minutes=5)


def test_gap_rule_offers_the_start_of_each_gap_with_a_practice_that_fits() -> None:
    busy = [
        (at(2026, 1, 5, 8), at(2026, 1, 5, 13, 53)),
        (at(2026, 1, 5, 14), at(2026, 1, 5, 17, 30)),
    ]
    candidates = [("one", 60), ("five", 300), ("ten", 600)]
    rule = ReminderRule("g", "gap")
    got = next_reminders([rule], at(2026, 1, 5, 7), 2, tz=LONDON, busy=busy, candidates=candidates)
    assert got[0].at == at(2026, 1, 5, 13, 53)
    assert got[0].free_until == at(2026, 1, 5, 14)
    assert got[0].before_appointment
    assert (got[0].practice_id, got[0].practice_s) == ("five", 300)  # 7 min minus a minute
    assert got[1].at == at(2026, 1, 5, 17, 30)
    assert not got[1].before_appointment  # the working day ends at 18:00
    assert (got[1].practice_id, got[1].practice_s) == ("ten", 600)


def test_gap_rule_without_a_calendar_offers_nothing() -> None:
    assert next_reminders([ReminderRule("g", "gap")], at(2026, 1, 5, 7), 3, tz=LONDON) == []


def test_fixed_and_interval_reminders_never_interrupt_an_appointment() -> None:
    busy = [(at(2026, 1, 5, 9, 45), at(2026, 1, 5, 11, 15))]
    got = next_reminders([every(30)], at(2026, 1, 5, 9), 2, tz=LONDON, busy=busy)
    assert [r.at for r in got] == [at(2026, 1, 5, 9, 30), at(2026, 1, 5, 11, 30)]


def test_pause_in_session_and_quiet_hours_hold_reminders_back() -> None:
    rules = [every(30, days=ALL_DAYS)]
    start = at(2026, 1, 5, 9)
    paused = next_reminders(rules, start, 1, tz=LONDON, paused_until=at(2026, 1, 5, 11, 10))
    assert paused[0].at == at(2026, 1, 5, 11, 30)
    session = next_reminders(rules, start, 1, tz=LONDON, in_session_until=at(2026, 1, 5, 12))
    assert session[0].at == at(2026, 1, 5, 12)
    assert next_reminders(rules, start, 1, tz=LONDON, in_session_until=FOREVER) == []
    quiet = TimeWindow(time(22), time(10, 15))  # crosses midnight
    held = next_reminders(rules, start, 1, tz=LONDON, quiet_hours=quiet)
    assert held[0].at == at(2026, 1, 5, 10, 30)


def test_disabled_rules_and_unchosen_weekdays_are_silent() -> None:
    off = ReminderRule("x", "fixed", ALL_DAYS, (time(12),), enabled=False)
    saturday_only = fixed("12:00", days=frozenset({5}), rid="sat")
    got = next_reminders([off, saturday_only], at(2026, 1, 5, 9), 1, tz=LONDON)
    assert got[0].at == at(2026, 1, 10, 12)


def test_a_snooze_wins_over_a_rule_at_the_same_moment() -> None:
    snooze = Reminder(at(2026, 1, 5, 10, 1), "snooze", ("f",), "five", 300)
    got = next_reminders([every(60)], at(2026, 1, 5, 9, 30), 1, tz=LONDON, extra=[snooze])
    assert got[0].kind == "snooze"
    assert got[0].at == at(2026, 1, 5, 10, 1)


def test_merge_close_keeps_order_and_rule_ids() -> None:
    a = Reminder(at(2026, 1, 5, 10), "interval", ("a",))
    b = Reminder(at(2026, 1, 5, 10, 3), "gap", ("b",))
    c = Reminder(at(2026, 1, 5, 10, 20), "fixed", ("c",))
    merged = merge_close([c, b, a], timedelta(minutes=5))
    assert [(r.at, r.kind, r.rule_ids) for r in merged] == [
        (b.at, "gap", ("b", "a")),
        (c.at, "fixed", ("c",)),
    ]


def test_naive_after_is_refused() -> None:
    with pytest.raises(ValueError):
        next_reminders([fixed("10:00")], datetime(2026, 1, 5, 9), 1, tz=LONDON)


def test_interval_steps_are_real_time_through_the_repeated_autumn_hour() -> None:
    night = TimeWindow(time(0, 0), time(4, 0))
    got = next_reminders(
        [every(5, days=ALL_DAYS)], at(2026, 10, 25, 0, 50), 40, tz=LONDON, working_hours=night
    )
    steps = {b.at - a.at for a, b in pairwise(got)}
    assert steps == {timedelta(minutes=5)}
    repeated = [r for r in got if r.at.astimezone(LONDON).hour == 1]
    assert len(repeated) == 24  # 01:00-01:55 twice: BST, then GMT
