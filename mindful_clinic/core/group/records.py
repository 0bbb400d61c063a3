"""What is kept of a group session, and the rows a team lead exports.

Only aggregates are kept (content-spec 7.2): the date, the practice, and for each check-in how many
answered, how many gave a rating, the median and the count per rating. No names, no times of day and
never the order in which answers were typed. A check-in with fewer than 5 ratings keeps only its
numbers of answers: its median and distribution are not stored at all, so they cannot leak later
through an export either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from mindful_clinic.core.group.checkin import SCALE, Tally

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class CheckinSummary:
    answered: int
    rated: int
    median: float | None
    """None when fewer than 5 gave a rating (suppressed)."""
    distribution: tuple[int, ...] | None
    """People per rating 0-10; None when suppressed."""

    @classmethod
    def from_tally(cls, tally: Tally) -> CheckinSummary:
        agg = tally.aggregate()
        if agg is None:
            return cls(tally.answered, tally.rated, None, None)
        return cls(tally.answered, tally.rated, agg.median, agg.histogram)

    def to_json(self) -> dict[str, Any]:
        return {
            "answered": self.answered,
            "rated": self.rated,
            "median": self.median,
            "distribution": list(self.distribution) if self.distribution is not None else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CheckinSummary:
        answered, rated = data["answered"], data["rated"]
        if not _count(answered) or not _count(rated) or rated > answered:
            raise ValueError("answered and rated must be counts, rated <= answered")
        dist = data.get("distribution")
        median = data.get("median")
        if dist is None:
            return cls(answered, rated, None, None)
        if (
            not isinstance(dist, list)
            or len(dist) != len(SCALE)
            or not all(_count(c) for c in dist)
            or sum(dist) != rated
            or not isinstance(median, (int, float))
            or isinstance(median, bool)
        ):
            raise ValueError("distribution must be 11 counts adding up to rated, with a median")
        return cls(answered, rated, float(median), tuple(dist))


@dataclass(frozen=True)
class GroupRecord:
    date: date
    practice_id: str
    practice_title: str
    duration_s: int
    """The practice's planned length."""
    before: CheckinSummary | None
    """None when the check-in was skipped."""
    after: CheckinSummary | None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "practice_id": self.practice_id,
            "practice_title": self.practice_title,
            "duration_s": self.duration_s,
            "before": self.before.to_json() if self.before else None,
            "after": self.after.to_json() if self.after else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> GroupRecord:
        if not isinstance(data, Mapping):
            raise ValueError("a group record must be an object")
        pid, title, duration = data["practice_id"], data["practice_title"], data["duration_s"]
        if not isinstance(pid, str) or not isinstance(title, str) or not _count(duration):
            raise ValueError("practice_id and practice_title are texts, duration_s a count")
        before, after = data.get("before"), data.get("after")
        return cls(
            date=date.fromisoformat(data["date"]),
            practice_id=pid,
            practice_title=title,
            duration_s=duration,
            before=CheckinSummary.from_json(before) if before is not None else None,
            after=CheckinSummary.from_json(after) if after is not None else None,
        )


CSV_COLUMNS: tuple[str, ...] = (
    "date",
    "practice_id",
    "practice_title",
    "duration_s",
    *(
        f"{when}_{what}"
        for when in ("before", "after")
        for what in ("answered", "rated", "median", *(f"n{r}" for r in SCALE))
    ),
)
"""One row per session; ``before_n4`` is how many rated 4 before. Empty cells mean not recorded."""


def csv_row(record: GroupRecord) -> dict[str, str]:
    row = {
        "date": record.date.isoformat(),
        "practice_id": record.practice_id,
        "practice_title": record.practice_title,
        "duration_s": str(record.duration_s),
    }
    for when, summary in (("before", record.before), ("after", record.after)):
        row[f"{when}_answered"] = str(summary.answered) if summary else ""
        row[f"{when}_rated"] = str(summary.rated) if summary else ""
        median = summary.median if summary else None
        row[f"{when}_median"] = f"{median:g}" if median is not None else ""
        for r in SCALE:
            dist = summary.distribution if summary else None
            row[f"{when}_n{r}"] = str(dist[r]) if dist is not None else ""
    return row


def json_rows(records: list[GroupRecord]) -> list[dict[str, Any]]:
    return [r.to_json() for r in records]


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
