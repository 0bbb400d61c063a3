"""The debrief after a hard appointment, offered in the next calendar gap (issue #19, item 2).

The user marks appointments in Settings -> Reminders (a word in the title, or longer than N
minutes; kept in the ``debrief`` settings section). The calendar cache holds each appointment with
its title in memory; ``core.reminders.debrief`` picks the gaps; the scheduler offers them like any
reminder (kind ``debrief``, the ``after_hard_appointment`` practice for 90 s).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from mindful_clinic.core.ports import SettingsSections
from mindful_clinic.core.reminders.debrief import (
    DEBRIEF_PRACTICE,
    DEBRIEF_S,
    DebriefRule,
    debrief_offers,
)
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.services.reminders.calendar_import import CalendarCache

SECTION = "debrief"


def load_rule(settings: SettingsSections) -> DebriefRule:
    data = settings.section(SECTION)
    word = data.get("word")
    minutes = data.get("longer_than_min")
    ok_minutes = isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0
    return DebriefRule(word if isinstance(word, str) else "", minutes if ok_minutes else None)


def save_rule(settings: SettingsSections, rule: DebriefRule) -> None:
    settings.set_section(SECTION, {"word": rule.word, "longer_than_min": rule.longer_than_min})


def debrief_reminders(
    cache: CalendarCache, rule: Callable[[], DebriefRule]
) -> Callable[[datetime, datetime, tzinfo], list[Reminder]]:
    """The scheduler's ``extra_offers``: a debrief reminder in each gap after a marked appointment."""

    def offers(start: datetime, end: datetime, _tz: tzinfo) -> list[Reminder]:
        chosen = rule()
        if not chosen.active:
            return []
        events = cache.appointments(start, end)
        return [
            Reminder(at, "debrief", ("debrief",), DEBRIEF_PRACTICE, DEBRIEF_S)
            for at in debrief_offers(events, chosen, start, end)
        ]

    return offers
