"""When self-checks are offered: off until turned on, then WHO-5 every 2 or 4 weeks, the burnout
item monthly and the CBI quarterly, counted from the last time each was answered."""

from __future__ import annotations

from datetime import date, timedelta

from mindful_clinic.core.selfcheck.records import new_check
from mindful_clinic.core.selfcheck.schedule import SelfCheckSchedule, due

TODAY = date(2026, 11, 24)
CBI = [1] * 19


def test_nothing_is_due_until_the_user_turns_it_on() -> None:
    assert not SelfCheckSchedule().any_on
    assert due(SelfCheckSchedule(), [], TODAY) == []


def test_each_is_due_at_first_and_then_on_its_own_schedule() -> None:
    every = SelfCheckSchedule(who5_weeks=2, pwls=True, cbi=True)
    assert due(every, [], TODAY) == ["who5", "pwls", "cbi"]
    done = [new_check(TODAY - timedelta(days=13), who5=[3] * 5, burnout_item=2, cbi=CBI)]
    assert due(every, done, TODAY) == []
    assert due(every, done, TODAY + timedelta(days=1)) == ["who5"]  # 14 days on
    assert due(every, done, TODAY + timedelta(days=17)) == ["who5", "pwls"]  # 30 days on
    assert due(every, done, TODAY + timedelta(days=78)) == ["who5", "pwls", "cbi"]  # 91 days
    four = SelfCheckSchedule(who5_weeks=4)
    assert due(four, done, TODAY + timedelta(days=1)) == []


def test_a_check_without_the_who5_does_not_count_for_it() -> None:
    only_pwls = [new_check(TODAY, burnout_item=3)]
    assert due(SelfCheckSchedule(who5_weeks=2, pwls=True), only_pwls, TODAY) == ["who5"]


def test_settings_round_trip_and_odd_values_fall_back_to_off() -> None:
    s = SelfCheckSchedule(4, True, False)
    assert SelfCheckSchedule.from_dict(s.to_dict()) == s
    assert SelfCheckSchedule.from_dict({"who5_weeks": 3, "pwls": "yes"}) == SelfCheckSchedule()
    assert SelfCheckSchedule.from_dict({"who5_weeks": True}) == SelfCheckSchedule()
