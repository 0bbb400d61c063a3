"""Anonymous group check-ins (content-spec 7.2): the facilitator's quick entry, and its aggregate.

The facilitator types what the room answered, in whichever form is quicker at the moment:

* a list of ratings: ``4 6 7 3 5`` (commas or semicolons also separate);
* counts per rating: ``3:2, 5:4`` (rating 3 twice, rating 5 four times; ``=`` works like ``:``);
* a counts grid: a first line ``0 1 2 3 4 5 6 7 8 9 10`` and under it one count per rating;
* any mix of the first two: ``4 6 3:2``.

"Prefer not to say" is ``p`` (or ``pass``; ``p:3`` for three of them). Such answers are counted as
answered but not rated: they appear in the number of answers and never in the histogram or median,
and they do not count towards the five ratings needed before anything is shown.

Only counts per rating are kept, never the order in which answers were typed, so the entry cannot
be matched back to where people sat. The aggregate may be shown (histogram and median) only when at
least ``MIN_SHOWN`` people gave a rating; below that nothing about the ratings is shown at all.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass

SCALE_MIN, SCALE_MAX = 0, 10
SCALE = tuple(range(SCALE_MIN, SCALE_MAX + 1))
MIN_SHOWN = 5
"""Spec 7.2: suppress the display when fewer than 5 responses, to avoid identification."""
MAX_COUNT = 500
"""More people than any meeting room holds: a count above this is a typing slip."""
DECLINE_WORDS = ("p", "pass")
_SEPARATORS = re.compile(r"[\s,;]+")
_GRID_HEADER = tuple(str(r) for r in SCALE)


class CheckinError(ValueError):
    """A check-in entry that cannot be read; ``token`` is the part at fault (for highlighting)."""

    def __init__(self, message: str, token: str = "") -> None:
        super().__init__(message)
        self.token = token


@dataclass(frozen=True)
class Tally:
    """How many people gave each rating 0-10, and how many preferred not to say."""

    counts: tuple[int, ...] = (0,) * len(SCALE)
    declined: int = 0

    def __post_init__(self) -> None:
        if len(self.counts) != len(SCALE):
            raise ValueError(f"a tally has {len(SCALE)} counts, one per rating")
        if any(c < 0 for c in self.counts) or self.declined < 0:
            raise ValueError("counts cannot be negative")

    @property
    def rated(self) -> int:
        """People who gave a number."""
        return sum(self.counts)

    @property
    def answered(self) -> int:
        """Everyone who answered, "prefer not to say" included."""
        return self.rated + self.declined

    @property
    def display_allowed(self) -> bool:
        return self.rated >= MIN_SHOWN

    @property
    def median(self) -> float | None:
        if self.rated == 0:
            return None
        values = [r for r, c in zip(SCALE, self.counts, strict=True) for _ in range(c)]
        return float(statistics.median(values))

    def aggregate(self) -> Aggregate | None:
        """What a shared screen or an export may show: None when fewer than 5 gave a rating."""
        if not self.display_allowed:
            return None
        median = self.median
        assert median is not None
        return Aggregate(self.counts, median, self.rated)


@dataclass(frozen=True)
class Aggregate:
    """The only view of a check-in that may leave the facilitator's panel."""

    histogram: tuple[int, ...]
    """People per rating, index = rating 0-10."""
    median: float
    n: int
    """People who gave a rating."""


def tally_from_counts(counts: Mapping[int, int], declined: int = 0) -> Tally:
    """A tally from a counts grid (rating -> people), e.g. filled in from spin boxes."""
    row = [0] * len(SCALE)
    for rating, count in counts.items():
        if rating not in SCALE:
            raise CheckinError(_bad_rating(str(rating)), str(rating))
        _check_count(count, f"{rating}:{count}")
        row[rating] += count
    _check_count(declined, f"p:{declined}")
    return Tally(tuple(row), declined)


def parse_checkin(text: str) -> Tally:
    """Read a facilitator's entry (see the module docstring); CheckinError names the bad token."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        raise CheckinError("Type the answers, e.g. 4 6 7 3 5, or counts such as 3:2, 5:4.")
    if len(lines) >= 2 and tuple(_split(lines[0])) == _GRID_HEADER:
        return _parse_grid(lines[1:])
    row = [0] * len(SCALE)
    declined = 0
    for token in _split(" ".join(lines)):
        sep_char = ":" if ":" in token else "="
        rating_part, sep, count_part = token.partition(sep_char)
        count = 1
        if sep:
            not_a_count = (
                f"'{token}': after '{sep}' put how many people gave that answer, as a whole number."
            )
            count = _count(count_part, token, not_a_count)
        key = rating_part.lower()
        rating = _GRID_HEADER.index(key.lstrip("0") or "0") if _is_rating(key) else None
        if key in DECLINE_WORDS:
            declined += count
        elif rating is not None:
            row[rating] += count
        else:
            raise CheckinError(_bad_rating(rating_part or token), token)
    tally = Tally(tuple(row), declined)
    if tally.answered == 0:
        raise CheckinError("No answers counted: every count is 0.")
    return tally


def _parse_grid(rows: list[str]) -> Tally:
    if len(rows) != 1:
        raise CheckinError("A counts grid has one line of counts under the 0 to 10 line.")
    tokens = _split(rows[0])
    if len(tokens) not in (len(SCALE), len(SCALE) + 1):
        raise CheckinError(
            f"The counts line has {len(tokens)} numbers; it needs {len(SCALE)}, one under each "
            "rating (and optionally one more for prefer not to say)."
        )
    numbers: list[int] = []
    for token in tokens:
        numbers.append(_count(token, token, f"'{token}' is not a count: use whole numbers."))
    declined = numbers[len(SCALE)] if len(numbers) > len(SCALE) else 0
    return Tally(tuple(numbers[: len(SCALE)]), declined)


def _split(text: str) -> list[str]:
    return [t for t in _SEPARATORS.split(text) if t]


def _is_rating(key: str) -> bool:
    """A rating as typed, "7" or "07": ASCII digits (see ``_count``) naming one on the scale."""
    return key.isascii() and key.isdigit() and (key.lstrip("0") or "0") in _GRID_HEADER


def _count(text: str, token: str, not_a_count: str) -> int:
    """A typed count: ASCII digits only ("²" passes isdigit() but int() refuses it), and a slip of
    thousands of digits is "too many", never past int()'s own limit."""
    if not (text.isascii() and text.isdigit()):
        raise CheckinError(not_a_count, token)
    count = int(text) if len(text) <= 6 else MAX_COUNT + 1
    _check_count(count, token)
    return count


def _check_count(count: int, token: str) -> None:
    if count < 0 or count > MAX_COUNT:
        raise CheckinError(f"'{token}': a count must be between 0 and {MAX_COUNT}.", token)


def _bad_rating(token: str) -> str:
    return (
        f"'{token}' is not a rating: use whole numbers from {SCALE_MIN} to {SCALE_MAX}, "
        "or p for prefer not to say."
    )
