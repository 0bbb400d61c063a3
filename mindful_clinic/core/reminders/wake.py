"""Sleep-proof reminders: notice suspends and clock changes, and decide what to do afterwards.

A timer armed for a reminder can fire hours late (the machine slept: on Linux and macOS the
monotonic clock stops during suspend while the wall clock runs on), or the wall clock can jump
while the monotonic one does not (the user or NTP set the time). Peers replay every missed
reminder at once after a resume, or show one twice after the clock goes back. Here the timer's
arming is remembered (wall and monotonic time), each firing is compared with it, and ``plan_wake``
turns "what passed since we last looked" into at most one reminder to show and one gentle count
of the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.zones import as_utc

JUMP_TOLERANCE_S = 90.0
"""Wall and monotonic time may disagree this much (NTP slews, a busy event loop) without alarm."""
ON_TIME_GRACE_S = 120.0
"""A reminder noticed up to this late is still shown; later than that it counts as missed."""
MAX_LOOKBACK = timedelta(days=1)
"""After a long absence, count missed reminders from at most this far back."""


class TimeJump(Enum):
    NONE = "none"
    LATE = "late"
    """The timer fired well after its due time, both clocks agreeing (a blocked or slept loop)."""
    FORWARD = "forward"
    """Wall time ran ahead of monotonic time: a suspend, or the clock set forward."""
    BACKWARD = "backward"
    """Wall time went back: the clock was set back."""


@dataclass(frozen=True)
class Armed:
    wall: datetime
    mono: float
    due: datetime | None


class SleepDetector:
    """Remembers when the timer was armed; ``check`` says whether time jumped since."""

    def __init__(self, tolerance_s: float = JUMP_TOLERANCE_S) -> None:
        self.tolerance_s = tolerance_s
        self.armed: Armed | None = None

    def arm(self, wall: datetime, mono: float, due: datetime | None) -> None:
        self.armed = Armed(wall, mono, due)

    def check(self, wall: datetime, mono: float) -> TimeJump:
        if self.armed is None:
            return TimeJump.NONE
        return detect_jump(self.armed, wall, mono, self.tolerance_s)


def detect_jump(
    armed: Armed, wall: datetime, mono: float, tolerance_s: float = JUMP_TOLERANCE_S
) -> TimeJump:
    """Compare wall and monotonic time elapsed since ``armed``, and the lateness against its due."""
    drift = (as_utc(wall) - as_utc(armed.wall)).total_seconds() - (mono - armed.mono)
    if drift < -tolerance_s:
        return TimeJump.BACKWARD
    if drift > tolerance_s:
        return TimeJump.FORWARD
    if armed.due is not None and (as_utc(wall) - as_utc(armed.due)).total_seconds() > tolerance_s:
        return TimeJump.LATE
    return TimeJump.NONE


@dataclass(frozen=True)
class WakePlan:
    due: Reminder | None
    """The one reminder to show now, if one fell due within the grace period."""
    missed: int
    """Reminders that passed unseen; shown as one gentle notice, and only when nothing is due."""
    handled_until: datetime
    """Reminders at or before this have been dealt with; the next is looked for after it."""

    @property
    def notify_missed(self) -> bool:
        return self.due is None and self.missed > 0


def plan_wake(
    passed: Sequence[Reminder],
    now: datetime,
    handled_until: datetime,
    grace_s: float = ON_TIME_GRACE_S,
) -> WakePlan:
    """Reminders in (handled_until, now]: show the latest on-time one, count the rest as missed.

    Never a burst (one reminder at most), never a repeat (``handled_until`` only moves forward, so a
    clock set back does not bring back reminders already shown).
    """
    now, handled_until = as_utc(now), as_utc(handled_until)
    seen = [r for r in passed if handled_until < r.at <= now]
    on_time = [r for r in seen if (now - r.at).total_seconds() <= grace_s]
    due = on_time[-1] if on_time else None
    missed = len(seen) - (1 if due else 0)
    return WakePlan(due, missed, max(handled_until, now))


def lookback_start(handled_until: datetime, now: datetime) -> datetime:
    """Where to count missed reminders from: the last handled moment, at most a day back.

    A handled mark far in the future (a clock that was wrong by days and then corrected) is not
    trusted either: reminders would otherwise stay silent until that date came round.
    """
    handled_until, now = as_utc(handled_until), as_utc(now)
    if handled_until < now - MAX_LOOKBACK:
        return now - MAX_LOOKBACK
    if handled_until > now + MAX_LOOKBACK:
        return now
    return handled_until
