"""The reminder scheduler: one single-shot timer armed for the next reminder, and nothing else.

Nothing wakes every second. The timer is armed for the next reminder, but never for more than
``max_wait_s`` (5 minutes): on Linux and macOS a timer's countdown stops while the machine sleeps,
so a timer armed at 10:00 for 14:00 would otherwise fire at 17:00 after a 3-hour suspend. Every
firing (and every ``check_now`` from a wake or screen signal, and every settings change) runs one
``_tick``: look at what passed since the last look (``core.wake.plan_wake``: at most one reminder
shown, the rest counted once as missed; after the clock is set back, the next reminder is the next
one after the new time), then arm again. All times come from the injected ``Clock`` and all timers
from an injected factory, so tests drive a whole day, a suspend or a clock change in milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from mindful_clinic.core.ports import TimerFactory
from mindful_clinic.core.reminders.gaps import Interval, busy_at
from mindful_clinic.core.reminders.rules import FOREVER, ReminderState
from mindful_clinic.core.reminders.schedule import (
    DEFAULT_HORIZON,
    LOOKBACK,
    Reminder,
    next_for_settings,
)
from mindful_clinic.core.reminders.wake import (
    MAX_LOOKBACK,
    SleepDetector,
    TimeJump,
    lookback_start,
    plan_wake,
)
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.core.time.zones import as_utc, at_wall, local_zone, zone_named
from mindful_clinic.services.reminders.store import ReminderStore

MAX_WAIT_S = 300.0
DUE_SLACK = timedelta(seconds=0.5)
"""A timer may fire a few milliseconds before the wall clock reaches the reminder; still due."""
MISSED_COUNT_CAP = 50


BusyProvider = Callable[[datetime, datetime, tzinfo], Sequence[Interval] | None]


class QtOneShot:
    """A precise single-shot QTimer calling ``callback``."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(callback)

    def start(self, msec: int) -> None:
        self._timer.start(msec)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()


class ReminderScheduler(QObject):
    reminder_due = Signal(object)
    """A ``core.schedule.Reminder`` to offer now (Start now / Snooze / Skip)."""
    missed = Signal(int)
    """Reminders passed unseen (a suspend, the clock set forward): one gentle notice, once."""
    next_changed = Signal(object)
    """The next ``Reminder`` or None (the tray shows its time)."""
    state_changed = Signal()
    """Pause or "in session" changed."""
    time_jumped = Signal(str)
    """A ``TimeJump`` value other than "none": for a log line, or to re-read calendars."""

    def __init__(
        self,
        store: ReminderStore,
        clock: Clock,
        timer_factory: TimerFactory | None = None,
        busy: BusyProvider | None = None,
        candidates: Sequence[tuple[str, int]] = (),
        *,
        max_wait_s: float = MAX_WAIT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._busy = busy
        self.candidates = list(candidates)
        self._max_wait_s = max_wait_s
        factory = timer_factory or (lambda cb: QtOneShot(cb, self))
        self._timer = factory(self._tick)
        self._detector = SleepDetector()
        self._tz: tzinfo | None = None
        self._running = False
        self._handled_until: datetime | None = None
        self._snoozed: Reminder | None = None
        self._current: Reminder | None = None
        self._next: Reminder | None = None
        self._last_state = store.state
        self._held_for_screen = False
        self.extra_offers: Callable[[datetime, datetime, tzinfo], list[Reminder]] | None = None
        """More reminders over [start, end) from elsewhere: the debrief after a marked
        appointment (issue #19). Offered, held and answered like the others."""
        self.hold_in_session = False
        """True when a ``gate.ReminderGate`` holds reminders during "In session" (it then offers the
        last one once when the session ends); False drops them here, as before."""
        store.add_listener(self.reschedule)

    # -- running ------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin: nothing before now counts as missed."""
        self._running = True
        self._handled_until = self.now()
        self._tick()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def close(self) -> None:
        """Stop and stop listening to the store (before the scheduler is dropped)."""
        self.stop()
        self._store.remove_listener(self.reschedule)

    def reschedule(self) -> None:
        """Rules, calendars or state changed: look again and re-arm."""
        if self._store.state != self._last_state:
            self._last_state = self._store.state
            self.state_changed.emit()
        self._tick()

    def check_now(self) -> None:
        """Connect wake-up, resume or screen-unlock signals here: catches a suspend at once."""
        self._tick()

    # -- what the UI reads ----------------------------------------------------------------------
    @property
    def tz(self) -> tzinfo:
        name = self._store.config.timezone
        if name:
            return zone_named(name)
        if self._tz is None:
            self._tz = local_zone()
        return self._tz

    def now(self) -> datetime:
        """The clock's wall time as a UTC instant (see ``core.zones``)."""
        return as_utc(self._clock.now())

    def next_reminder(self) -> Reminder | None:
        return self._next

    def current(self) -> Reminder | None:
        """The reminder last offered and not yet answered."""
        return self._current

    def upcoming(self, count: int = 3) -> list[Reminder]:
        now = self.now()
        return self._compute(self._after(now), count, DEFAULT_HORIZON)

    def paused_until(self) -> datetime | None:
        return self._store.state.quiet_until(self.now())[0]

    def in_session_until(self) -> datetime | None:
        """When "in session" ends (``FOREVER`` if until switched off), or None when not in session."""
        return self._store.state.quiet_until(self.now())[1]

    def is_armed(self) -> bool:
        return self._timer.is_active()

    # -- actions on a reminder ------------------------------------------------------------------
    def accept(self) -> Reminder | None:
        """ "Start now": the caller starts the practice; the reminder is answered."""
        current, self._current = self._current, None
        return current

    def skip(self) -> None:
        """Let the offered reminder go."""
        self._current = None

    def snooze(self, minutes: int) -> bool:
        """Offer the current reminder again in ``minutes`` (5, 10 or 15 in the UI)."""
        if self._current is None or not 1 <= minutes <= 120:
            return False
        now = self.now()
        self._snoozed = replace(self._current, at=now + timedelta(minutes=minutes), kind="snooze")
        self._current = None
        self._tick()
        return True

    # -- pause and "in session" -----------------------------------------------------------------
    def pause_for(self, minutes: int = 60) -> None:
        until = self.now() + timedelta(minutes=minutes)
        self._store.set_state(replace(self._store.state, paused_until=until))

    def pause_until_tomorrow(self) -> None:
        today = self.now().astimezone(self.tz).date()
        until = at_wall(today + timedelta(days=1), time(0, 0), self.tz)
        self._store.set_state(replace(self._store.state, paused_until=until))

    def pause_until_resumed(self) -> None:
        """ "Until I resume": no reminder until the user resumes."""
        self._store.set_state(replace(self._store.state, paused_until=FOREVER))

    def resume(self) -> None:
        """End a pause and "in session"."""
        self._store.set_state(ReminderState())

    def set_in_session(self, on: bool, until_appointment_end: bool = False) -> datetime | None:
        """Switch "in session" on (until off, or until the current appointment ends) or off.

        Returns when it ends: the appointment's end, or None for "until switched off" (also when
        no appointment is in progress).
        """
        until: datetime | None = None
        if on and until_appointment_end and self._busy is not None:
            now = self.now()
            current = busy_at(self._busy(now - LOOKBACK, now + LOOKBACK, self.tz) or [], now)
            until = current[1] if current else None
        self._store.set_state(replace(self._store.state, in_session=on, in_session_until=until))
        return until

    def hold_for_shared_screen(self, shown: bool) -> None:
        """Nothing personal on a shared screen: while a group presenter is up, reminders wait as
        "In session" does; afterwards the clinician's own "In session" choice is as it was."""
        if shown and self.in_session_until() is None:
            self.set_in_session(True)
            self._held_for_screen = True
        elif not shown and self._held_for_screen:
            self.set_in_session(False)
            self._held_for_screen = False

    # -- the one place that looks at the time ---------------------------------------------------
    def _tick(self) -> None:
        if not self._running:
            return
        now, mono = self.now(), self._clock.monotonic()
        jump = self._detector.check(now, mono)
        if jump is not TimeJump.NONE:
            self._tz = None  # the machine may have moved zones while asleep
            self.time_jumped.emit(jump.value)
        if jump is TimeJump.BACKWARD:
            # The clock was wrong ahead and has been put right: the reminders from the new time on
            # are the ones the user still has to come; waiting until the old time would lose them.
            self._handled_until = now
        handled = self._handled_until or now
        if handled > now + MAX_LOOKBACK:
            handled = now  # marked while the clock was days ahead: do not stay silent until then
        since = lookback_start(handled, now)
        looked_until = now + DUE_SLACK
        passed: list[Reminder] = []
        if since < looked_until:
            passed = self._compute(since, MISSED_COUNT_CAP, looked_until - since)
        plan = plan_wake(passed, looked_until, since)
        self._handled_until = max(handled, plan.handled_until)
        if self._snoozed is not None and self._snoozed.at <= plan.handled_until:
            self._snoozed = None
        self._arm(now, mono)
        if plan.due is not None:
            self._current = plan.due
            self.reminder_due.emit(plan.due)
        elif plan.notify_missed:
            self.missed.emit(plan.missed)

    def _arm(self, now: datetime, mono: float) -> None:
        self._timer.stop()
        upcoming = self._compute(self._after(now), 1, DEFAULT_HORIZON)
        nxt = upcoming[0] if upcoming else None
        if nxt != self._next:
            self._next = nxt
            self.next_changed.emit(nxt)
        if nxt is None and not any(r.enabled for r in self._store.config.rules):
            self._detector.arm(now, mono, None)
            return  # nothing can ever be due: no timer at all
        wait = self._max_wait_s if nxt is None else (nxt.at - now).total_seconds()
        wait = min(max(wait, 0.0), self._max_wait_s)
        self._detector.arm(now, mono, nxt.at if nxt else None)
        self._timer.start(math.ceil(wait * 1000))

    def _after(self, now: datetime) -> datetime:
        """Look for the next reminder after now, or after the last one handled if that is later
        (the clock went back) unless the mark is implausibly far ahead."""
        h = self._handled_until
        if h is None or h > now + MAX_LOOKBACK:
            return now
        return max(now, h)

    def _offers(self, after: datetime, horizon: timedelta) -> list[Reminder]:
        if self.extra_offers is None:
            return []
        return self.extra_offers(after - LOOKBACK, after + horizon, self.tz)

    def _compute(self, after: datetime, count: int, horizon: timedelta) -> list[Reminder]:
        tz = self.tz
        now = self.now()
        paused, session = self._store.state.quiet_until(now)
        busy = None
        if self._busy is not None:
            # whole local days, so the calendar cache's memo holds for a day of ticks
            first = (after - LOOKBACK).astimezone(tz).date() - timedelta(days=1)
            last = (after + horizon).astimezone(tz).date() + timedelta(days=2)
            busy = self._busy(at_wall(first, time(0, 0), tz), at_wall(last, time(0, 0), tz), tz)
        return next_for_settings(
            self._store.config,
            after,
            count,
            tz=tz,
            busy=busy,
            candidates=self.candidates,
            paused_until=paused,
            in_session_until=None if self.hold_in_session else session,
            extra=(*((self._snoozed,) if self._snoozed else ()), *self._offers(after, horizon)),
            horizon=horizon,
        )
