"""Reminder rules and settings round-trip through JSON and refuse bad input in plain words."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import pytest

from mindful_clinic.core.reminders.rules import (
    FOREVER,
    CalendarEntry,
    ReminderRule,
    ReminderSettings,
    ReminderState,
    RuleError,
    TimeWindow,
    parse_hhmm,
)
from mindful_clinic.core.time.zones import localize, zone_named


def test_rule_round_trip() -> None:
    rule = ReminderRule(
        "lunch", "fixed", frozenset({0, 2}), (time(16), time(12, 30)), enabled=False
    )
    data = json.loads(json.dumps(rule.to_dict()))
    assert data["weekdays"] == ["mon", "wed"]
    assert data["times"] == ["12:30", "16:00"]
    assert ReminderRule.from_dict(data) == rule


def test_settings_round_trip() -> None:
    settings = ReminderSettings(
        rules=(ReminderRule("i", "interval", every_minutes=45, practice_id="resonance"),),
        working_hours=TimeWindow(time(7, 30), time(19)),
        min_gap_minutes=10,
        quiet_hours=TimeWindow(time(21), time(7)),
        sound=True,
        timezone="Europe/London",
    )
    assert ReminderSettings.from_dict(json.loads(json.dumps(settings.to_dict()))) == settings


def test_defaults_when_keys_are_missing() -> None:
    assert ReminderSettings.from_dict({}) == ReminderSettings()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"id": "a", "kind": "hourly"}, "kind 'hourly'"),
        ({"id": "a", "kind": "fixed"}, "at least one time"),
        ({"id": "a", "kind": "fixed", "times": ["25:00"]}, "not a time"),
        ({"id": "a", "kind": "interval", "every_minutes": 2}, "between 5 and 1440"),
        ({"id": "a", "kind": "gap", "weekdays": []}, "at least one weekday"),
        ({"id": "a", "kind": "gap", "weekdays": ["funday"]}, "not a weekday"),
        ({"id": "", "kind": "gap"}, "needs an id"),
        ("nonsense", "must be an object"),
    ],
)
def test_bad_rules_are_refused_with_a_plain_reason(data: object, words: str) -> None:
    with pytest.raises(RuleError, match=words):
        ReminderRule.from_dict(data)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(RuleError, match="working hours"):
        ReminderSettings.from_dict({"working_hours": {"start": "18:00", "end": "08:00"}})
    with pytest.raises(RuleError, match="minimum gap"):
        ReminderSettings.from_dict({"min_gap_minutes": 0})
    with pytest.raises(RuleError, match="unknown time zone"):
        ReminderSettings.from_dict({"timezone": "Europe/Atlantis"})
    with pytest.raises(RuleError, match="share an id"):
        ReminderSettings(rules=(ReminderRule("a", "gap"), ReminderRule("a", "gap")))


def test_with_rule_replaces_in_place_and_without_rule_removes() -> None:
    s = ReminderSettings()
    first = s.rules[0]
    changed = s.with_rule(ReminderRule(first.id, "gap", frozenset({5})))
    assert [r.id for r in changed.rules] == [r.id for r in s.rules]
    assert changed.rules[0].weekdays == frozenset({5})
    assert first.id not in [r.id for r in changed.without_rule(first.id).rules]


def test_quiet_hours_window_crossing_midnight() -> None:
    w = TimeWindow(time(22), time(7))
    assert w.contains(time(23)) and w.contains(time(3)) and not w.contains(time(12))
    assert TimeWindow(time(8), time(18)).contains(time(8)) and not TimeWindow(
        time(8), time(18)
    ).contains(time(18))


def test_state_pause_and_session() -> None:
    now = datetime(2026, 1, 5, 10, tzinfo=UTC)
    state = ReminderState(paused_until=now + timedelta(hours=1), in_session=True)
    assert state.quiet_until(now) == (now + timedelta(hours=1), FOREVER)
    assert state.quiet_until(now + timedelta(hours=2))[0] is None
    back = ReminderState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert back == state


def test_calendar_entry_round_trip_and_validation() -> None:
    entry = CalendarEntry("/x/clinic.ics", datetime(2026, 1, 5, 9, tzinfo=UTC), None)
    assert CalendarEntry.from_dict(entry.to_dict()) == entry
    with pytest.raises(RuleError):
        CalendarEntry.from_dict({"path": "/x.ics", "last_read": "2026-01-05T09:00"})


def test_parse_hhmm() -> None:
    assert parse_hhmm(" 9:05 ") == time(9, 5)
    for bad in ("9", "09:60", "ab:cd", "1:2:3"):
        with pytest.raises(RuleError):
            parse_hhmm(bad)


def test_zone_helpers() -> None:
    london = zone_named("Europe/London")
    spring_gap = localize(datetime(2026, 3, 29, 1, 30), london)
    assert spring_gap == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # = 02:30 BST
    with pytest.raises(ValueError, match="unknown time zone"):
        zone_named("Mars/Olympus")
