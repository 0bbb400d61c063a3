"""Suspends and clock changes: detected from wall and monotonic time; at most one reminder after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.reminders.wake import (
    Armed,
    SleepDetector,
    TimeJump,
    detect_jump,
    lookback_start,
    plan_wake,
)

T0 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


def r(minutes: float) -> Reminder:
    return Reminder(T0 + timedelta(minutes=minutes), "interval", ("i",))


def test_on_time_firing_is_no_jump() -> None:
    armed = Armed(T0, 100.0, T0 + timedelta(minutes=5))
    assert detect_jump(armed, T0 + timedelta(minutes=5, seconds=1), 401.0) is TimeJump.NONE


def test_suspend_shows_as_wall_time_running_ahead() -> None:
    armed = Armed(T0, 100.0, T0 + timedelta(minutes=5))
    woke = T0 + timedelta(hours=3, minutes=5)
    assert detect_jump(armed, woke, 100.0 + 300) is TimeJump.FORWARD


def test_clock_set_back_shows_as_wall_time_behind() -> None:
    armed = Armed(T0, 100.0, T0 + timedelta(minutes=5))
    assert detect_jump(armed, T0 - timedelta(minutes=55), 400.0) is TimeJump.BACKWARD


def test_late_timer_with_agreeing_clocks() -> None:
    # Windows counts sleep in its monotonic clock: both clocks agree but the timer is hours late
    armed = Armed(T0, 100.0, T0 + timedelta(minutes=5))
    later = timedelta(hours=3)
    assert detect_jump(armed, T0 + later, 100.0 + later.total_seconds()) is TimeJump.LATE


def test_dst_change_is_not_a_jump() -> None:
    london = ZoneInfo("Europe/London")
    armed_at = datetime(2026, 10, 25, 0, 58, tzinfo=london)  # BST
    fired = datetime(2026, 10, 25, 1, 3, fold=1, tzinfo=london)  # GMT, 1 h 5 min later
    detector = SleepDetector()
    detector.arm(armed_at, 0.0, None)
    assert detector.check(fired, 3900.0) is TimeJump.NONE


def test_detector_unarmed_sees_nothing() -> None:
    assert SleepDetector().check(T0, 5.0) is TimeJump.NONE


def test_after_a_long_sleep_one_gentle_count_and_no_burst() -> None:
    passed = [r(30), r(60), r(90), r(120), r(150), r(180)]
    plan = plan_wake(passed, T0 + timedelta(minutes=185), T0)
    assert plan.due is None
    assert plan.missed == 6
    assert plan.notify_missed
    assert plan.handled_until == T0 + timedelta(minutes=185)


def test_waking_just_after_a_reminder_shows_that_one_only() -> None:
    passed = [r(30), r(60), r(180)]
    plan = plan_wake(passed, T0 + timedelta(minutes=181), T0)
    assert plan.due == r(180)
    assert plan.missed == 2
    assert not plan.notify_missed  # the reminder itself is the one notice


def test_nothing_is_shown_twice_when_the_clock_goes_back() -> None:
    handled = T0 + timedelta(hours=1)
    plan = plan_wake([r(30)], T0, handled)
    assert plan.due is None and plan.missed == 0
    assert plan.handled_until == handled


def test_lookback_is_at_most_a_day_and_ignores_a_far_future_mark() -> None:
    now = T0 + timedelta(days=3)
    assert lookback_start(T0, now) == now - timedelta(days=1)
    assert lookback_start(T0 + timedelta(days=10), T0) == T0
    assert lookback_start(T0 - timedelta(hours=2), T0) == T0 - timedelta(hours=2)
