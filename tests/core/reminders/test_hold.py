"""The hold rule: never during a practice; held through a group or "In session"; counted while away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mindful_clinic.core.reminders.hold import Decision, HoldBook, Situation, decide, still_relevant
from mindful_clinic.core.reminders.schedule import Reminder

NOW = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)


def gap(minutes_left: int) -> Reminder:
    return Reminder(
        NOW, "gap", ("gaps",), "breath", 300, NOW + timedelta(minutes=minutes_left), True
    )


def fixed() -> Reminder:
    return Reminder(NOW, "fixed", ("lunch",), "breath", 300)


def test_the_order_of_the_rule() -> None:
    assert decide(Situation()) is Decision.SHOW
    assert decide(Situation(practice=True, group=True, dnd=True)) is Decision.DROP
    assert decide(Situation(group=True, locked=True)) is Decision.HOLD
    assert decide(Situation(in_session=True)) is Decision.HOLD
    assert decide(Situation(fullscreen=True)) is Decision.AWAY


def test_a_reminder_due_in_a_practice_is_answered_by_it_and_never_comes_back() -> None:
    book = HoldBook()
    out = book.due(fixed(), Situation(practice=True), NOW)
    assert out.show is None and out.dropped == fixed()
    assert book.release(Situation(), NOW + timedelta(minutes=1)).show is None


def test_held_through_a_group_session_and_offered_once_after() -> None:
    book = HoldBook()
    assert book.due(gap(20), Situation(group=True), NOW).show is None
    assert book.release(Situation(group=True), NOW + timedelta(minutes=5)).show is None
    out = book.release(Situation(), NOW + timedelta(minutes=10))
    assert out.show == gap(20)
    assert book.release(Situation(), NOW + timedelta(minutes=11)).show is None  # once


def test_a_gap_that_closed_during_the_hold_is_not_offered() -> None:
    book = HoldBook()
    book.due(gap(7), Situation(in_session=True), NOW)
    out = book.release(Situation(), NOW + timedelta(minutes=7))
    assert out.show is None and out.dropped == gap(7)


def test_a_stale_fixed_reminder_is_not_offered_after_a_long_session() -> None:
    assert still_relevant(fixed(), NOW + timedelta(minutes=29))
    assert not still_relevant(fixed(), NOW + timedelta(minutes=31))


def test_the_newer_of_two_held_reminders_is_kept() -> None:
    book = HoldBook()
    book.due(fixed(), Situation(group=True), NOW)
    later = Reminder(NOW + timedelta(minutes=30), "fixed", ("b",))
    assert book.due(later, Situation(group=True), NOW).dropped == fixed()
    assert book.release(Situation(), NOW + timedelta(minutes=31)).show == later


def test_away_reminders_are_counted_and_summarised_once_never_replayed() -> None:
    book = HoldBook()
    assert book.due(fixed(), Situation(locked=True), NOW).show is None
    assert book.due(gap(20), Situation(dnd=True), NOW).show is None
    back = book.release(Situation(), NOW + timedelta(minutes=2))
    assert back.show is None and back.away_count == 2
    assert book.release(Situation(), NOW + timedelta(minutes=3)).away_count == 0


def test_a_held_reminder_turns_into_an_away_line_if_the_screen_locks_meanwhile() -> None:
    book = HoldBook()
    book.due(gap(30), Situation(group=True), NOW)
    assert book.release(Situation(locked=True), NOW).show is None
    assert book.release(Situation(), NOW + timedelta(minutes=1)).away_count == 1


def test_a_suspend_while_away_joins_the_one_away_line() -> None:
    book = HoldBook()
    assert book.missed(3, Situation(locked=True)).away_count == 0
    assert book.missed(0, Situation()).away_count == 3
