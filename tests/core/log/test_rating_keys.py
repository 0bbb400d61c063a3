"""Typing a rating: 0-9 at once, "1" then "0" within a second is 10, a lone "1" becomes 1."""

from __future__ import annotations

import pytest

from mindful_clinic.core.log.rating_keys import KeyResult, RatingKeys


@pytest.mark.parametrize("key", ["0", "2", "5", "9"])
def test_digits_other_than_one_answer_at_once(key: str) -> None:
    keys = RatingKeys()
    assert keys.press(key, 100.0) == KeyResult(rating=int(key))
    assert not keys.pending


def test_one_then_zero_within_a_second_is_ten() -> None:
    keys = RatingKeys()
    assert keys.press("1", 100.0) == KeyResult(pending=1)
    assert keys.deadline() == 101.0
    assert keys.poll(100.6) is None
    assert keys.press("0", 100.9) == KeyResult(rating=10)
    assert not keys.pending


def test_zero_exactly_at_one_second_still_makes_ten() -> None:
    keys = RatingKeys()
    keys.press("1", 100.0)
    assert keys.press("0", 101.0) == KeyResult(rating=10)


def test_lone_one_becomes_one_after_the_window() -> None:
    keys = RatingKeys()
    keys.press("1", 100.0)
    assert keys.poll(101.0) is None  # not yet: "within a second" includes the second itself
    assert keys.poll(101.01) == KeyResult(rating=1)
    assert keys.poll(102.0) is None  # answered once only


def test_zero_after_the_window_means_the_one_was_the_answer() -> None:
    keys = RatingKeys()
    keys.press("1", 100.0)
    assert keys.press("0", 101.5) == KeyResult(rating=1)


def test_enter_confirms_a_pending_one() -> None:
    keys = RatingKeys()
    assert keys.confirm() is None
    keys.press("1", 100.0)
    assert keys.confirm() == KeyResult(rating=1)
    assert not keys.pending


def test_another_digit_replaces_a_pending_one() -> None:
    keys = RatingKeys()
    keys.press("1", 100.0)
    assert keys.press("7", 100.3) == KeyResult(rating=7)
    keys.press("1", 200.0)
    assert keys.press("1", 200.5) == KeyResult(pending=1)
    assert keys.deadline() == 201.5  # the window restarts


@pytest.mark.parametrize("key", ["", "a", "+", "10", "٣", " "])
def test_other_keys_are_not_handled(key: str) -> None:
    keys = RatingKeys()
    assert keys.press(key, 1.0) == KeyResult(handled=False)


def test_reset_forgets_a_pending_one() -> None:
    keys = RatingKeys()
    keys.press("1", 1.0)
    keys.reset()
    assert keys.poll(5.0) is None
