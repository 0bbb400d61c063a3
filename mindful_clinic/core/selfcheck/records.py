"""One self-check as stored: a date and whichever questionnaires the user answered.

Kept in its own private file in the data folder, never in the practice log or anywhere near group
mode. ``summary_row`` gives exactly the command line's JSON keys.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from mindful_clinic.core.selfcheck.scoring import (
    Reading,
    SelfCheckError,
    cbi_scores,
    check_pwls,
    readings,
    who5_raw,
)

JSON_KEYS = ("date", "who5_raw", "who5_percent", "burnout_item", "band", "signpost")


@dataclass(frozen=True)
class SelfCheck:
    id: str
    date: date
    who5: tuple[int, ...] | None = None
    burnout_item: int | None = None
    cbi: tuple[int, ...] | None = None
    """The 19 CBI answers (0 = first answer), or None when not answered this time."""

    def __post_init__(self) -> None:
        if self.who5 is None and self.burnout_item is None and self.cbi is None:
            raise SelfCheckError("a self-check needs at least one questionnaire answered")
        if self.who5 is not None:
            who5_raw(self.who5)
        if self.burnout_item is not None:
            check_pwls(self.burnout_item)
        if self.cbi is not None:
            cbi_scores(self.cbi)

    @property
    def who5_raw(self) -> int | None:
        return None if self.who5 is None else who5_raw(self.who5)

    def as_answers(self) -> dict[str, object]:
        return {"who5": self.who5, "burnout_item": self.burnout_item}

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "who5": None if self.who5 is None else list(self.who5),
            "burnout_item": self.burnout_item,
            "cbi": None if self.cbi is None else list(self.cbi),
        }

    @classmethod
    def from_json(cls, data: object) -> SelfCheck:
        if not isinstance(data, Mapping):
            raise SelfCheckError("a self-check must be an object")
        rid, raw_date = data.get("id"), data.get("date")
        if not isinstance(rid, str) or not rid:
            raise SelfCheckError("a self-check needs an id")
        try:
            on = date.fromisoformat(raw_date if isinstance(raw_date, str) else "")
        except ValueError:
            raise SelfCheckError(f"{raw_date!r} is not a date") from None
        item = data.get("burnout_item")
        if item is not None and (isinstance(item, bool) or not isinstance(item, int)):
            raise SelfCheckError("burnout_item must be a whole number")
        return cls(rid, on, _ints(data.get("who5")), item, _ints(data.get("cbi")))


def new_check(
    on: date,
    who5: Sequence[int] | None = None,
    burnout_item: int | None = None,
    cbi: Sequence[int] | None = None,
) -> SelfCheck:
    return SelfCheck(
        uuid.uuid4().hex[:16],
        on,
        None if who5 is None else tuple(who5),
        burnout_item,
        None if cbi is None else tuple(cbi),
    )


def oldest_first(checks: Sequence[SelfCheck]) -> list[SelfCheck]:
    """By date; checks on the same day keep the order they were added in."""
    return sorted(checks, key=lambda c: c.date)


def read_all(checks: Sequence[SelfCheck]) -> list[tuple[SelfCheck, Reading]]:
    ordered = oldest_first(checks)
    return list(zip(ordered, readings([c.as_answers() for c in ordered]), strict=True))


def summary_row(check: SelfCheck, reading: Reading) -> dict[str, object]:
    """The command line's JSON object for one check (keys exactly ``JSON_KEYS``)."""
    return {
        "date": check.date.isoformat(),
        "who5_raw": check.who5_raw,
        "who5_percent": reading.who5_percent,
        "burnout_item": check.burnout_item,
        "band": None if reading.band is None else reading.band.id,
        "signpost": reading.signpost,
    }


def format_trend(checks: Sequence[SelfCheck]) -> str:
    """Scores and dates only, for a supervision summary the user chose to include it in."""
    rows = read_all(checks)
    if not rows:
        return "Self-check trend: no self-checks recorded.\n"
    lines = ["Self-check trend (scores and dates only):"]
    for c, r in rows:
        parts = []
        if r.who5_percent is not None:
            parts.append(f"WHO-5 {c.who5_raw}/25 ({r.who5_percent} %)")
        if c.burnout_item is not None:
            parts.append(f"burnout item {c.burnout_item}/5")
        if c.cbi is not None:
            s = cbi_scores(c.cbi)
            parts.append("CBI " + ", ".join(f"{k} {v:.0f}" for k, v in s.items()))
        lines.append(f"  {c.date.isoformat()}  " + "; ".join(parts))
    return "\n".join(lines) + "\n"


def _ints(value: object) -> tuple[int, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise SelfCheckError("answers must be a list of whole numbers")
    return tuple(value)
