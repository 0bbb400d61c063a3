"""Offering the after-a-hard-appointment debrief in the next gap that fits it."""

from __future__ import annotations

from datetime import UTC, datetime

from mindful_clinic.core.reminders.debrief import DebriefRule, debrief_offers


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 2, hour, minute, tzinfo=UTC)


DAY = [
    (at(9), at(9, 50), "Review"),
    (at(10), at(11, 30), "Complex case: family meeting"),
    (at(11, 30), at(12), "Supervision"),
    (at(13), at(13, 20), "Brief check"),
    (at(13, 21), at(14), "Intake"),
]


def test_off_until_the_user_marks_appointments() -> None:
    assert debrief_offers(DAY, DebriefRule(), at(8), at(18)) == []


def test_a_word_in_the_title_offers_the_next_gap_that_fits() -> None:
    offers = debrief_offers(DAY, DebriefRule(word="complex"), at(8), at(18))
    assert offers == [at(12)]  # back-to-back supervision first, then the lunch gap


def test_long_appointments_and_a_one_minute_gap_is_too_short() -> None:
    offers = debrief_offers(DAY, DebriefRule(longer_than_min=15), at(8), at(18))
    # 9:50 gap is 10 min (after Review); 13:20 gap is 1 min, too short, so 14:00
    assert offers == [at(9, 50), at(12), at(14)]
