"""Worry time: a worry parked for a chosen time later today (issue #19, item 4).

The note is private. The app reminds once at the chosen time; after that the note is deleted unless
the user chose to keep it (then it becomes an ordinary reflection of kind "other"). Plain data and
rules here; ``app.worry`` does the reminding and a store keeps the notes.

A worry reminder is gentler than a practice reminder: it is never shown during a practice, a group
session or "In session", and while the desktop says do-not-disturb or the screen is locked it
waits, then is offered once (``may_offer``). ``reminded`` marks a note whose reminder was offered:
one still unanswered at the next start is deleted then (``tidy``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from mindful_clinic.core.reflect.records import ReflectionError, check_text
from mindful_clinic.core.reminders.hold import Situation

SNOOZE = timedelta(minutes=10)


@dataclass(frozen=True)
class WorryNote:
    id: str
    text: str
    remind_at: datetime
    """Aware local time chosen by the user, later the same day."""
    reminded: bool = False
    keep: bool = False
    parked_at: datetime | None = None
    """When the worry was parked ("the worry you parked at 11:20")."""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "text": self.text,
            "remind_at": self.remind_at.isoformat(),
            "reminded": self.reminded,
            "keep": self.keep,
            **({"parked_at": self.parked_at.isoformat()} if self.parked_at else {}),
        }

    @classmethod
    def from_json(cls, data: object) -> WorryNote:
        if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
            raise ReflectionError("a worry note needs an id")
        try:
            when = datetime.fromisoformat(str(data.get("remind_at")))
        except ValueError:
            raise ReflectionError("a worry note needs a reminder time") from None
        if when.tzinfo is None:
            raise ReflectionError("a worry note's reminder time needs a time zone")
        try:
            raw = data.get("parked_at")
            parked = datetime.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            parked = None  # only words on the reminder depend on it
        return cls(
            str(data["id"]),
            check_text(str(data.get("text", ""))),
            when,
            data.get("reminded") is True,
            data.get("keep") is True,
            parked if parked is not None and parked.tzinfo is not None else None,
        )


def park_worry(text: str, remind_at: datetime, now: datetime) -> WorryNote:
    """A new note; the time must be later today (worry time is for today, not a to-do list)."""
    if remind_at.tzinfo is None or remind_at <= now:
        raise ReflectionError("choose a time later today")
    if remind_at.date() != now.date():
        raise ReflectionError("worry time is for later today")
    return WorryNote(uuid.uuid4().hex[:16], check_text(text), remind_at, parked_at=now)


def due(notes: Sequence[WorryNote], now: datetime) -> list[WorryNote]:
    """Notes whose time has come and that have not been reminded yet (remind once only)."""
    return [n for n in notes if not n.reminded and n.remind_at <= now]


def mark_reminded(notes: Sequence[WorryNote], ids: set[str]) -> list[WorryNote]:
    return [replace(n, reminded=True) if n.id in ids else n for n in notes]


def tidy(notes: Sequence[WorryNote]) -> list[WorryNote]:
    """What stays on disk: notes not yet reminded, or kept; a reminded note is deleted otherwise."""
    return [n for n in notes if n.keep or not n.reminded]


def next_time(notes: Sequence[WorryNote]) -> datetime | None:
    """When the next reminder falls due (None: nothing is waiting to be reminded)."""
    return min((n.remind_at for n in notes if not n.reminded), default=None)


def snoozed(note: WorryNote, now: datetime, by: timedelta = SNOOZE) -> WorryNote:
    """The note to be offered again ``by`` from now (still once)."""
    return replace(note, remind_at=now + by, reminded=False)


def may_offer(situation: Situation) -> bool:
    """A worry reminder waits through a practice, a group, "In session", do-not-disturb, a locked
    screen or a full-screen window, and is offered once they are over."""
    return not (situation.practice or situation.group or situation.in_session or situation.away)
