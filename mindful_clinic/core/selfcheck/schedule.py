"""When a self-check is offered (issue #19, item 3): each questionnaire is off until the user turns it
on, then offered on its own schedule (WHO-5 every 2 or 4 weeks, PWLS monthly, CBI quarterly).

Plain data in, a list of what is due out; the app shows one quiet line on the home screen for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from mindful_clinic.core.selfcheck.records import SelfCheck

MONTH_DAYS = 30
QUARTER_DAYS = 91
WHO5_CHOICES = (0, 2, 4)
"""Weeks between WHO-5 checks; 0 is off."""


@dataclass(frozen=True)
class SelfCheckSchedule:
    who5_weeks: int = 0
    pwls: bool = False
    cbi: bool = False

    @property
    def any_on(self) -> bool:
        return bool(self.who5_weeks or self.pwls or self.cbi)

    def to_dict(self) -> dict[str, Any]:
        return {"who5_weeks": self.who5_weeks, "pwls": self.pwls, "cbi": self.cbi}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelfCheckSchedule:
        weeks = data.get("who5_weeks", 0)
        if isinstance(weeks, bool) or weeks not in WHO5_CHOICES:
            weeks = 0
        return cls(weeks, data.get("pwls") is True, data.get("cbi") is True)


def _last(checks: Iterable[SelfCheck], answered: str) -> date | None:
    dates = [c.date for c in checks if getattr(c, answered) is not None]
    return max(dates) if dates else None


def due(schedule: SelfCheckSchedule, checks: Iterable[SelfCheck], today: date) -> list[str]:
    """The questionnaires due today ("who5", "pwls", "cbi"), in that order; [] when none is on."""
    checks = list(checks)
    wanted = [
        ("who5", "who5", schedule.who5_weeks * 7),
        ("pwls", "burnout_item", MONTH_DAYS if schedule.pwls else 0),
        ("cbi", "cbi", QUARTER_DAYS if schedule.cbi else 0),
    ]
    out: list[str] = []
    for name, answered, days in wanted:
        if not days:
            continue
        last = _last(checks, answered)
        if last is None or (today - last).days >= days:
            out.append(name)
    return out
