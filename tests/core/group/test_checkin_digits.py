"""A facilitator's check-in entry in any characters is a CheckinError naming the part at fault:
"²" passes ``str.isdigit()`` but ``int()`` refuses it, and a count of 5,000 digits passes both
checks but exceeds ``int()``'s own limit (a plain ValueError, which the panel does not catch)."""

from __future__ import annotations

import pytest

from mindful_clinic.core.group.checkin import CheckinError, parse_checkin

GRID = "0 1 2 3 4 5 6 7 8 9 10\n"


@pytest.mark.parametrize(
    ("entry", "token"),
    [("3:²", "3:²"), ("² 4 5", "²"), ("١ 4 5", "١"), ("3:" + "9" * 5000, "3:" + "9" * 5000),
     (GRID + "1 1 1 1 1 1 1 1 1 1 ²", "²"), (GRID + "1 1 1 1 1 1 1 1 1 1 " + "9" * 5000,
     "9" * 5000)],
)  # fmt: skip
def test_unusual_digits_and_huge_counts_are_a_checkin_error(entry: str, token: str) -> None:
    with pytest.raises(CheckinError) as caught:
        parse_checkin(entry)
    assert caught.value.token == token


def test_plain_entries_read_as_before() -> None:
    tally = parse_checkin("07 4 4:2 10=1 p")
    assert tally.counts[7] == 1 and tally.counts[4] == 3 and tally.counts[10] == 1
    assert tally.declined == 1
