"""What to do with a reminder that falls due while the user is busy or away: show, drop or hold.

A reminder exists to offer a pause; it must never interrupt one, nor a group, nor a consultation,
nor a presentation. The rule, in order:

- during a practice, a check-in or a guided session the reminder is *answered by that practice*:
  it is dropped, silently;
- during a group session or while "In session" it is *held*, and offered once when that ends, if it
  is still relevant (a calendar gap that has closed is not offered; another reminder is offered only
  within ``STALE_AFTER`` of when it fell due);
- while the desktop says the user is away or must not be disturbed (do-not-disturb, a locked screen,
  a full-screen window) it is *counted*, never replayed: once the user is back, one quiet line says
  so and names the next reminder ("You were away; your next gap is 14:40").

``HoldBook`` keeps the one held reminder and the away count; it is plain data and takes the time as an
argument, so tests drive it without a clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from mindful_clinic.core.reminders.schedule import Reminder

STALE_AFTER = timedelta(minutes=30)
"""A held fixed or interval reminder older than this is no longer offered when the hold ends."""
GAP_MARGIN = timedelta(minutes=1)
"""A gap with less than this left has closed: nothing fits in it any more."""


class Decision(Enum):
    SHOW = "show"
    DROP = "drop"
    HOLD = "hold"
    AWAY = "away"


@dataclass(frozen=True)
class Situation:
    """What the user is doing now, as far as the app and the desktop can tell."""

    practice: bool = False
    """A practice, a check-in or a guided session is under way in the app."""
    group: bool = False
    """A group session is running (the presenter is up)."""
    in_session: bool = False
    """The user switched "In session" on."""
    dnd: bool = False
    locked: bool = False
    fullscreen: bool = False

    @property
    def away(self) -> bool:
        return self.dnd or self.locked or self.fullscreen


def decide(situation: Situation) -> Decision:
    """The rule for a reminder falling due in ``situation``."""
    if situation.practice:
        return Decision.DROP
    if situation.group or situation.in_session:
        return Decision.HOLD
    if situation.away:
        return Decision.AWAY
    return Decision.SHOW


def still_relevant(reminder: Reminder, now: datetime) -> bool:
    """Worth offering at ``now``: a gap still open for a minute, anything else not yet stale."""
    if reminder.free_until is not None:
        return reminder.free_until - now >= GAP_MARGIN
    return now - reminder.at <= STALE_AFTER


@dataclass(frozen=True)
class Outcome:
    """What the caller should do now: offer ``show``, or say "you were away" (``away_count`` > 0)."""

    show: Reminder | None = None
    dropped: Reminder | None = None
    away_count: int = 0


@dataclass
class HoldBook:
    held: Reminder | None = None
    away_count: int = 0

    def due(self, reminder: Reminder, situation: Situation, now: datetime) -> Outcome:
        """``reminder`` fell due now."""
        decision = decide(situation)
        if decision is Decision.SHOW:
            self.held = None
            return Outcome(show=reminder, away_count=self._take_away())
        if decision is Decision.DROP:
            return Outcome(dropped=reminder)
        if decision is Decision.HOLD:
            older, self.held = self.held, reminder  # the newer one has more to offer
            return Outcome(dropped=older)
        self.away_count += 1
        return Outcome(dropped=reminder)

    def missed(self, count: int, situation: Situation) -> Outcome:
        """Reminders passed unseen (a suspend): counted into the away line, said once."""
        self.away_count += max(count, 0)
        if decide(situation) is Decision.SHOW:
            return Outcome(away_count=self._take_away())
        return Outcome()

    def release(self, situation: Situation, now: datetime) -> Outcome:
        """The situation changed: offer what was held, once, if it is time and still relevant."""
        decision = decide(situation)
        if decision is Decision.HOLD:
            return Outcome()
        held, self.held = self.held, None
        if decision is Decision.DROP:
            return Outcome(dropped=held)  # a practice began: it answers the held reminder too
        if decision is Decision.AWAY:
            if held is not None:
                self.away_count += 1
            return Outcome(dropped=held)
        away = self._take_away()
        if held is not None and still_relevant(held, now):
            return Outcome(show=held, away_count=away)
        return Outcome(dropped=held, away_count=away)

    def _take_away(self) -> int:
        count, self.away_count = self.away_count, 0
        return count
