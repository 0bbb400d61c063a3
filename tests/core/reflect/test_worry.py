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
