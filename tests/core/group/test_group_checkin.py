"""Parsing the facilitator's check-in entry, and the under-5 rule (content-spec 7.2)."""

from __future__ import annotations

import pytest

from mindful_clinic.core.group.checkin import (
    MIN_SHOWN,
    CheckinError,
    Tally,
    parse_checkin,
    tally_from_counts,
)


def counts(**by_rating: int) -> tuple[int, ...]:
    row = [0] * 11
    for key, n in by_rating.items():
        row[int(key[1:])] = n
    return tuple(row)


@pytest.mark.parametrize(
    "text",
    ["4 6 7 3 5", "4,6,7,3,5", "4, 6, 7, 3, 5", "4;6;7;3;5", "  4\n6 7\n3   5  ", "5 3 7 6 4"],
)
def test_list_of_numbers_in_any_order_or_separator(text: str) -> None:
    tally = parse_checkin(text)
    assert tally.counts == counts(r3=1, r4=1, r5=1, r6=1, r7=1)
    assert (tally.rated, tally.declined, tally.answered) == (5, 0, 5)


def test_counts_per_rating() -> None:
    tally = parse_checkin("3:2, 5:4")
    assert tally.counts == counts(r3=2, r5=4)
    assert parse_checkin("3=2 5=4") == tally


def test_list_and_counts_mix() -> None:
    assert parse_checkin("4 6 3:2").counts == counts(r3=2, r4=1, r6=1)


def test_counts_grid_with_header_line() -> None:
    grid = "0 1 2 3 4 5 6 7 8 9 10\n0 0 1 2 0 4 0 0 0 0 1"
    assert parse_checkin(grid).counts == counts(r2=1, r3=2, r5=4, r10=1)
    with_declines = "0 1 2 3 4 5 6 7 8 9 10\n0 0 1 2 0 4 0 0 0 0 1 3"
    assert parse_checkin(with_declines).declined == 3


def test_prefer_not_to_say_is_answered_but_not_rated() -> None:
    tally = parse_checkin("4 p 5 PASS p:2 6")
    assert tally.declined == 4
    assert tally.rated == 3
    assert tally.answered == 7
    assert tally.median == 5.0


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("4 12 5", "12"),
        ("4 a 5", "a"),
        ("4, 5.5", "5.5"),
        ("-1 4", "-1"),
        ("3:x", "3:x"),
        ("3:", "3:"),
        ("11:2", "11:2"),
        ("3:9999", "3:9999"),
        ("4 six", "six"),
    ],
)
def test_bad_entries_name_the_bad_token(text: str, token: str) -> None:
    with pytest.raises(CheckinError) as err:
        parse_checkin(text)
    assert err.value.token == token
    assert f"'{token}'" in str(err.value) or f"'{token.split(':')[0]}'" in str(err.value)


def test_bad_rating_message_says_what_is_allowed() -> None:
    with pytest.raises(CheckinError, match=r"'12' is not a rating: use whole numbers from 0 to 10"):
        parse_checkin("12")


@pytest.mark.parametrize("text", ["", "   ", "\n", "3:0"])
def test_empty_entries_are_refused(text: str) -> None:
    with pytest.raises(CheckinError):
        parse_checkin(text)


def test_grid_with_wrong_number_of_counts() -> None:
    with pytest.raises(CheckinError, match="needs 11"):
        parse_checkin("0 1 2 3 4 5 6 7 8 9 10\n1 2 3")
    with pytest.raises(CheckinError, match="'x'"):
        parse_checkin("0 1 2 3 4 5 6 7 8 9 10\n0 0 0 0 0 0 0 0 0 0 x")


def test_fewer_than_five_ratings_show_nothing() -> None:
    four = parse_checkin("2 9 5 5 p p p")
    assert four.rated == MIN_SHOWN - 1
    assert not four.display_allowed
    assert four.aggregate() is None
    five = parse_checkin("2 9 5 5 6")
    assert five.display_allowed
    agg = five.aggregate()
    assert agg is not None and agg.n == 5 and agg.median == 5.0


def test_declines_do_not_count_towards_the_five() -> None:
    assert not parse_checkin("1 2 3 4 p p p p p").display_allowed


def test_median_and_histogram() -> None:
    odd = parse_checkin("1 9 3 7 5")
    assert odd.median == 5.0
    even = parse_checkin("4 6 7 3 5 8")
    assert even.median == 5.5
    agg = even.aggregate()
    assert agg is not None
    assert agg.histogram == counts(r3=1, r4=1, r5=1, r6=1, r7=1, r8=1)
    assert sum(agg.histogram) == agg.n == 6
    assert parse_checkin("0:3 10:3").median == 5.0
    assert Tally().median is None


def test_entry_order_is_not_kept() -> None:
    assert parse_checkin("7 3 5 5 1") == parse_checkin("1 3 5 5 7") == parse_checkin("5:2 1 3 7")


def test_counts_grid_from_spin_boxes() -> None:
    tally = tally_from_counts({3: 2, 5: 4}, declined=1)
    assert tally == parse_checkin("3:2 5:4 p")
    with pytest.raises(CheckinError):
        tally_from_counts({12: 1})
    with pytest.raises(CheckinError):
        tally_from_counts({3: -1})


def test_tally_rejects_malformed_rows() -> None:
    with pytest.raises(ValueError):
        Tally((1, 2))
    with pytest.raises(ValueError):
        Tally((0,) * 10 + (-1,))
