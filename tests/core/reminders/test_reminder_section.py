"""The reminders section read item by item: one bad rule, calendar or value costs only itself, and
whatever could not be read is written back as it was by the next save."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time
from typing import Any

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderState, TimeWindow
from mindful_clinic.core.reminders.section import read_section

LUNCH = {"id": "lunch", "kind": "fixed", "times": ["12:30"]}
TEA = {"id": "tea", "kind": "fixed", "times": ["15:00"]}
LATE = {"id": "late", "kind": "fixed", "times": ["25:00"]}
NEWER = {"id": "walk", "kind": "walk", "steps": 500}
"""A rule a newer version of the app wrote: a kind this one does not know."""


def section(**settings: Any) -> dict[str, Any]:
    return {"version": 1, "settings": settings}


def saved(read: Any, **changes: Any) -> dict[str, Any]:
    now = {"config": read.config, "state": read.state, "calendars": read.calendars, **changes}
    return dict(read.to_dict(now["config"], now["state"], now["calendars"], 1))


def test_a_bad_rule_is_left_out_and_the_others_are_used() -> None:
    read = read_section(section(rules=[LUNCH, LATE, TEA, NEWER]))
    assert [r.id for r in read.config.rules] == ["lunch", "tea"]
    assert read.left_out == (
        "reminder rule 'late' time '25:00' is not a time like 14:05",
        "reminder rule 'walk': kind 'walk' is not one of fixed, interval, gap",
    )
    assert read.damaged is None


def test_a_save_puts_the_bad_rules_back_at_their_places() -> None:
    read = read_section(section(rules=[LUNCH, LATE, TEA, NEWER]))
    config = read.config.with_rule(ReminderRule("noon", "fixed", times=(time(12),)))
    rules = saved(read, config=config)["settings"]["rules"]
    assert rules[:4] == [LUNCH, LATE, TEA, NEWER]
    assert rules[4]["id"] == "noon"
    rules = saved(read, config=read.config.without_rule("lunch"))["settings"]["rules"]
    assert rules == [LATE, TEA, NEWER]


def test_a_rule_saved_unchanged_keeps_a_field_only_a_newer_version_knows() -> None:
    tea = {**TEA, "sound_name": "bowl"}
    read = read_section(section(rules=[LUNCH, tea]))
    assert saved(read)["settings"]["rules"] == [LUNCH, tea]
    edited = replace(read.config.rules[1], times=(time(16),))
    rules = saved(read, config=read.config.with_rule(edited))["settings"]["rules"]
    assert rules[1] == edited.to_dict()  # edited here: written as this version knows it


def test_the_second_rule_with_an_id_is_left_out_and_kept() -> None:
    other_lunch = {"id": "lunch", "kind": "gap"}
    read = read_section(section(rules=[LUNCH, other_lunch]))
    assert [r.kind for r in read.config.rules] == ["fixed"]
    assert read.left_out == ("two reminder rules have the id 'lunch'",)
    assert saved(read)["settings"]["rules"] == [LUNCH, other_lunch]


def test_a_bad_value_uses_its_default_and_is_kept_until_the_user_sets_it() -> None:
    quiet = {"start": "22:00", "end": "7"}
    read = read_section(section(rules=[LUNCH], quiet_hours=quiet, min_gap_minutes=10))
    assert read.config.quiet_hours is None and read.config.min_gap_minutes == 10
    assert read.left_out == ("quiet hours end '7' is not a time like 14:05",)
    assert saved(read, config=replace(read.config, merge_minutes=3))["settings"]["quiet_hours"] == (
        quiet
    )
    mine = TimeWindow(time(21), time(6))
    out = saved(read, config=replace(read.config, quiet_hours=mine))
    assert out["settings"]["quiet_hours"] == mine.to_dict()


def test_a_bad_state_means_no_pause_until_a_new_one_is_set() -> None:
    data = {**section(rules=[LUNCH]), "state": {"paused_until": "after lunch"}}
    read = read_section(data)
    assert read.state == ReminderState()
    assert read.left_out == ("the pause or in-session state: 'after lunch' is not a date and time",)
    assert saved(read)["state"] == {"paused_until": "after lunch"}
    pause = ReminderState(paused_until=datetime(2026, 3, 30, 13, tzinfo=UTC))
    assert saved(read, state=pause)["state"] == pause.to_dict()


def test_a_bad_calendar_entry_is_left_out_and_kept() -> None:
    good = {"path": "/cal/a.ics", "last_read": None, "last_error": None}
    bad = {"path": "/cal/b.ics", "last_read": "yesterday"}
    read = read_section({**section(), "calendars": [bad, good, {"file": "c.ics"}]})
    assert [c.path for c in read.calendars] == ["/cal/a.ics"]
    assert read.left_out == (
        "calendar /cal/b.ics: 'yesterday' is not a date and time",
        "a calendar entry needs a path",
    )
    assert saved(read)["calendars"] == [bad, good, {"file": "c.ics"}]


def test_keys_a_newer_version_added_are_written_back() -> None:
    data = {**section(rules=[LUNCH], snooze_minutes=10), "badges": {"shown": 3}}
    out = saved(read_section(data))
    assert out["settings"]["snooze_minutes"] == 10 and out["badges"] == {"shown": 3}


def test_a_structure_that_cannot_be_read_item_by_item_is_damaged() -> None:
    assert read_section(["not", "settings"]).damaged is not None
    read = read_section({**section(rules={"lunch": LUNCH}), "calendars": "a.ics"})
    assert read.damaged == "rules must be a list; calendars must be a list"
    assert [r.id for r in read.config.rules] == ["gaps", "every-90"]  # the defaults
    assert read_section({"settings": "quiet"}).damaged == "reminder settings must be an object"


def test_a_reason_never_carries_control_characters_or_a_whole_file() -> None:
    hostile = {"id": "x\x1b[2J" + "y" * 5000, "kind": "nap"}
    (reason,) = read_section(section(rules=[hostile])).left_out
    assert "\x1b" not in reason and len(reason) <= 200
