"""When to offer the short debrief after a hard appointment (issue #19, item 2).

The user marks appointments in Settings -> Reminders: by a word in the event title (say "complex"),
or every appointment longer than N minutes; both are off until chosen. After a marked appointment
the debrief (``after_hard_appointment``, about 90 s) is offered at the start of the next free gap
long enough for it and a minute spare. Plain data in, times out: the reminders service does the
offering, and the titles never leave the user's machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from mindful_clinic.core.reminders.gaps import SUGGESTION_MARGIN_S, find_gaps
from mindful_clinic.core.time.zones import as_utc

DEBRIEF_PRACTICE = "after_hard_appointment"
DEBRIEF_S = 90


@dataclass(frozen=True)
class DebriefRule:
    word: str = ""
    """Marks an appointment whose title contains it (any case); "" for none."""
    longer_than_min: int | None = None
    """Marks every appointment longer than this many minutes; None for none."""

    @property
    def active(self) -> bool:
        return bool(self.word.strip()) or self.longer_than_min is not None

    def marks(self, title: str, start: datetime, end: datetime) -> bool:
        word = self.word.strip().casefold()
        if word and word in title.casefold():
            return True
        minutes = (as_utc(end) - as_utc(start)).total_seconds() / 60
        return self.longer_than_min is not None and minutes > self.longer_than_min


def debrief_offers(
    events: Iterable[tuple[datetime, datetime, str]],
    rule: DebriefRule,
    window_start: datetime,
    window_end: datetime,
    needed_s: int = DEBRIEF_S + SUGGESTION_MARGIN_S,
) -> list[datetime]:
    """UTC times to offer the debrief: one per gap that follows at least one marked appointment."""
    if not rule.active:
        return []
    chosen = list(events)
    busy = [(s, e) for s, e, _ in chosen]
    gaps = find_gaps(busy, window_start, window_end, min_minutes=needed_s / 60)
    offers: list[datetime] = []
    for start, end, title in chosen:
        if not rule.marks(title, start, end):
            continue
        after = next((g for g in gaps if g.start >= as_utc(end)), None)
        if after is not None and after.start not in offers:
            offers.append(after.start)
    return sorted(offers)
