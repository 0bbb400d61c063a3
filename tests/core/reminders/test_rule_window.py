"""An interval rule's own from/to hours and a rule's own practice length."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from mindful_clinic.core.reminders.rules import ReminderRule, RuleError, TimeWindow
from mindful_clinic.core.reminders.schedule import next_reminders

LONDON = ZoneInfo("Europe/London")


def test_an_interval_rule_keeps_to_its_own_hours() -> None:
    rule = ReminderRule("r", "interval", every_minutes=60, window=TimeWindow(time(9), time(12)))
    found = next_reminders([rule], datetime(2026, 1, 5, 7, 0, tzinfo=LONDON), 4, tz=LONDON)
    assert [r.at.astimezone(LONDON).strftime("%a %H:%M") for r in found] == [
        "Mon 10:00",
        "Mon 11:00",
        "Tue 10:00",
        "Tue 11:00",
    ]


def test_a_rule_s_practice_length_is_suggested() -> None:
    rule = ReminderRule("r", "fixed", times=(time(12, 30),), practice_id="p", practice_minutes=3)
    found = next_reminders(
        [rule], datetime(2026, 1, 5, 7, 0, tzinfo=LONDON), 1, tz=LONDON, candidates=[("p", 60)]
    )
    assert found[0].practice_s == 180


def test_round_trip_and_validation() -> None:
    rule = ReminderRule("r", "interval", every_minutes=30, window=TimeWindow(time(9), time(12)))
    assert ReminderRule.from_dict(rule.to_dict()) == rule
    with pytest.raises(RuleError, match="only an interval rule"):
        ReminderRule("f", "fixed", times=(time(9),), window=TimeWindow(time(9), time(12)))
    with pytest.raises(RuleError, match="later than"):
        ReminderRule("r", "interval", every_minutes=30, window=TimeWindow(time(12), time(9)))
