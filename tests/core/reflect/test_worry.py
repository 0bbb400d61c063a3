"""Worry time: parked for later today, reminded once, gone afterwards unless kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from mindful_clinic.core.reflect.records import ReflectionError
from mindful_clinic.core.reflect.worry import WorryNote, due, mark_reminded, park_worry, tidy

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 11, 0, tzinfo=TZ)


def test_parked_for_later_today_only() -> None:
    note = park_worry("The referral letter", NOW + timedelta(hours=6), NOW)
    assert WorryNote.from_json(note.to_json()) == note
    with pytest.raises(ReflectionError, match="later today"):
        park_worry("x", NOW - timedelta(minutes=1), NOW)
    with pytest.raises(ReflectionError, match="later today"):
        park_worry("x", NOW + timedelta(days=1), NOW)


def test_reminded_once_then_deleted_unless_kept() -> None:
    a = park_worry("Letter", NOW + timedelta(hours=6), NOW)
    b = replace(park_worry("Rota", NOW + timedelta(hours=6), NOW), keep=True)
    later = NOW + timedelta(hours=6, minutes=1)
    assert due([a, b], NOW) == []
    assert due([a, b], later) == [a, b]
    notes = mark_reminded([a, b], {a.id, b.id})
    assert due(notes, later) == []
    assert [n.text for n in tidy(notes)] == ["Rota"]
    assert [n.text for n in tidy([a])] == ["Letter"]  # not yet reminded: kept


def test_the_next_reminder_is_the_earliest_not_yet_offered() -> None:
    from mindful_clinic.core.reflect.worry import next_time

    a = park_worry("Letter", NOW + timedelta(hours=6), NOW)
    b = park_worry("Rota", NOW + timedelta(hours=2), NOW)
    assert next_time([a, b]) == b.remind_at
    assert next_time(mark_reminded([a, b], {b.id})) == a.remind_at
    assert next_time([]) is None


def test_a_snoozed_worry_comes_back_ten_minutes_later_still_once() -> None:
    from mindful_clinic.core.reflect.worry import snoozed

    note = mark_reminded([park_worry("Letter", NOW + timedelta(hours=1), NOW)], set())[0]
    later = snoozed(replace(note, reminded=True), NOW + timedelta(hours=1))
    assert later.remind_at == NOW + timedelta(hours=1, minutes=10) and not later.reminded


def test_a_worry_reminder_waits_for_a_practice_a_group_and_the_desktop() -> None:
    from mindful_clinic.core.reflect.worry import may_offer
    from mindful_clinic.core.reminders.hold import Situation

    assert may_offer(Situation())
    for busy in ("practice", "group", "in_session", "dnd", "locked", "fullscreen"):
        assert not may_offer(Situation(**{busy: True}))


def test_the_parking_time_is_kept_and_an_older_note_without_it_still_reads() -> None:
    note = park_worry("Letter", NOW + timedelta(hours=1), NOW)
    assert note.parked_at == NOW
    assert WorryNote.from_json(note.to_json()).parked_at == NOW
    old = {k: v for k, v in note.to_json().items() if k != "parked_at"}
    assert WorryNote.from_json(old).parked_at is None
