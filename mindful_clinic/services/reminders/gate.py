"""Between the scheduler and the screen: a due reminder is shown, dropped, held or counted as away.

The scheduler says *when* a reminder falls due; the gate asks what the user is doing (``Activity``:
a practice, a group session, "In session"; ``Presence``: do-not-disturb, a locked screen) and applies
``core.reminders.hold``. It re-asks whenever either changes, and when "In session" runs out on its
own. Only ``offer`` and ``away`` reach the user; a reminder answered by a practice is let go in the
scheduler (``skip``), so nothing is replayed later.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from mindful_clinic.core.ports import OneShot
from mindful_clinic.core.reminders.hold import HoldBook, Outcome, Situation
from mindful_clinic.core.reminders.rules import FOREVER
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.services.desktop.presence import Presence
from mindful_clinic.services.reminders.timer import QtOneShot, ReminderScheduler


class Activity(Protocol):
    """What the app is doing; the composition root answers from its practice flow and group."""

    def practice_running(self) -> bool: ...

    def group_session(self) -> bool: ...


class AppActivity(QObject):
    """An ``Activity`` the root keeps up to date: ``set_practice`` / ``set_group`` from its signals."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._practice = False
        self._group = False

    def practice_running(self) -> bool:
        return self._practice

    def group_session(self) -> bool:
        return self._group

    def set_practice(self, running: bool) -> None:
        if running != self._practice:
            self._practice = running
            self.changed.emit()

    def set_group(self, running: bool) -> None:
        if running != self._group:
            self._group = running
            self.changed.emit()


class ReminderGate(QObject):
    offer = Signal(object)
    """A ``Reminder`` to offer now (a notification with Start, Snooze, Skip)."""
    away = Signal(object)
    """Back after reminders passed unseen: the next ``Reminder`` (or None) for one quiet line."""
    dropped = Signal(object)
    """A ``Reminder`` let go: answered by a practice, or no longer relevant when a hold ended."""

    def __init__(
        self,
        scheduler: ReminderScheduler,
        activity: AppActivity | Activity,
        presence: Presence,
        timer_factory: Callable[[Callable[[], None]], OneShot] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._activity = activity
        self._presence = presence
        self._book = HoldBook()
        factory = timer_factory or (lambda cb: QtOneShot(cb, self))
        self._session_end = factory(self.reconsider)
        scheduler.hold_in_session = True  # "In session" holds a reminder here instead of losing it
        scheduler.reminder_due.connect(self._due)
        scheduler.missed.connect(self._missed)
        scheduler.state_changed.connect(self.reconsider)
        presence.changed.connect(self.reconsider)
        changed = getattr(activity, "changed", None)
        if changed is not None:
            changed.connect(self.reconsider)

    def situation(self) -> Situation:
        p = self._presence.state()
        return Situation(
            practice=self._activity.practice_running(),
            group=self._activity.group_session(),
            in_session=self._scheduler.in_session_until() is not None,
            dnd=p.dnd,
            locked=p.locked,
            fullscreen=p.fullscreen,
        )

    def held(self) -> Reminder | None:
        return self._book.held

    def reconsider(self) -> None:
        """Something changed (a practice ended, the screen unlocked...): offer what was held."""
        self._apply(self._book.release(self.situation(), self._scheduler.now()))

    def _due(self, reminder: Reminder) -> None:
        self._apply(self._book.due(reminder, self.situation(), self._scheduler.now()))

    def _missed(self, count: int) -> None:
        self._apply(self._book.missed(count, self.situation()))

    def _apply(self, outcome: Outcome) -> None:
        self._arm_session_end()
        if outcome.dropped is not None:
            if self._scheduler.current() == outcome.dropped:
                self._scheduler.skip()
            self.dropped.emit(outcome.dropped)
        if outcome.away_count:
            self.away.emit(self._scheduler.next_reminder())
        if outcome.show is not None:
            self.offer.emit(outcome.show)

    def _arm_session_end(self) -> None:
        """A held reminder must come out when "In session" runs out by itself (no signal for that)."""
        self._session_end.stop()
        until = self._scheduler.in_session_until()
        if self._book.held is None or until is None or until >= FOREVER:
            return
        wait = (until - self._scheduler.now()).total_seconds()
        self._session_end.start(max(0, math.ceil(wait * 1000)) + 50)

    def now(self) -> datetime:
        return self._scheduler.now()
