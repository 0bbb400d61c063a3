"""Worry time (issue #19, item 4): words kept from a thinking-skills practice, and the one reminder
for a parked worry.

``WorryTime`` is the guided screen's ``WordsKeeper``: it keeps chosen words as a reflection, or
parks a worry until a time later today. A parked worry is reminded once, at its time, by its own
single-shot timer (armed for the next note, never longer than ``MAX_WAIT_S`` so a suspend cannot
make it late): "Worry time: the worry you parked at 11:20", with Look at it now and Snooze, as a
desktop notification with buttons where there is one (else the tray's message) and as a quiet line
on the home screen. It uses the reminders' own view of what the user is doing (``ReminderGate``):
never during a practice, a group or "In session"; under do-not-disturb or a locked screen it waits
and is offered once afterwards. Looking at it opens a small private view: Keep (a reflection of
kind ``other``) or Let it go; either way the note is then deleted. A note offered but never answered
is deleted at the next start; one whose time passed while the app was closed is offered once then.

    park -> WorryStore.add -> _tick -> (time, may_offer) -> offer -> look -> keep / let go
                                                                   -> snooze -> _tick
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import time, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mindful_clinic.core.ports import OneShot, TimerFactory
from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.reflect.worry import WorryNote, due, may_offer, next_time, park_worry
from mindful_clinic.core.reminders.hold import Situation
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.core.time.zones import at_wall, local_zone
from mindful_clinic.ui.reflect.worry import WorryLine, WorryNoteView
from mindful_clinic.ui.reminders.pending import Notifier
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.local_format import short_time

if TYPE_CHECKING:
    from mindful_clinic.app.reflect import Reflect
    from mindful_clinic.app.reminders import Reminders

MAX_WAIT_S = 300.0
"""As the reminder scheduler: a timer's countdown stops while the machine sleeps."""
SNOOZE_MIN = 10


class WorryTime(QObject):
    offered = Signal(str)
    """A worry reminder was offered (its text, which never holds the worry itself)."""
    answered = Signal(str)
    """ "kept", "let_go" or "snoozed"."""

    def __init__(self, reflect: Reflect, clock: Clock, window: QWidget) -> None:
        super().__init__(window)
        self.reflect, self.clock, self.window = reflect, clock, window
        self.tz: Callable[[], tzinfo] = local_zone
        self.situation: Callable[[], Situation] = Situation
        self.notifier: Notifier | None = None
        self.tray_message: Callable[[str, str], None] | None = None
        self.line = WorryLine()
        self.line.look_requested.connect(self.look)
        self.line.snooze_requested.connect(self.snooze)
        self.pending: str | None = None
        """The id of the note whose reminder waits for an answer."""
        self.view: WorryNoteView | None = None
        self.notification = 0
        self._running = False
        self._timer: OneShot | None = None
        self.use_timer(None)

    def use_timer(self, factory: TimerFactory | None) -> None:
        """The timer (a QTimer, or a test's fake)."""
        if self._timer is not None:
            self._timer.stop()
        if factory is None:
            from mindful_clinic.services.reminders.timer import QtOneShot

            self._timer = QtOneShot(self._tick, self)
        else:
            self._timer = factory(self._tick)

    # -- the words a practice hands over (WordsKeeper) ----------------------------------------------
    def keep(self, text: str, kind: str) -> None:
        self.reflect.reflections.add(make_reflection(text, kind, self.clock.now().date()))
        self.reflect.refresh_panel()

    def park(self, text: str, at: time) -> str:
        now = self.clock.now().astimezone(self.tz())
        note = park_worry(text, at_wall(now.date(), at, self.tz()), now)
        self.reflect.worries.add(note)
        self._tick()
        return translate("WorryTime", "Parked until %1. You'll be reminded once.").replace(
            "%1", short_time(note.remind_at.astimezone(self.tz()))
        )

    # -- reminding --------------------------------------------------------------------------------
    def attach(self, reminders: Reminders, add_home_line: Callable[[QWidget], None]) -> None:
        """Use the reminders' gate, notifier, tray and time zone; put the line on the home screen."""
        answering = reminders.answering
        self.tz = lambda: reminders.scheduler.tz
        self.situation = answering.gate.situation
        self.notifier = answering.notifier
        self.tray_message = reminders.tray.show_message
        answering.notifier.action_invoked.connect(self._action)
        for changed in (
            answering.presence.changed,
            answering.activity.changed,
            reminders.scheduler.state_changed,
        ):
            changed.connect(self._tick)
        add_home_line(self.line)

    def start(self) -> None:
        """After the stores are read: a note offered last time and never answered is deleted; a
        note whose time passed while the app was closed is offered once now."""
        store = self.reflect.worries
        if any(n.reminded and not n.keep for n in store.items):
            self._quietly(lambda: store.reminded(set()))
        self._running = True
        self._tick()

    def stop(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()

    def check_now(self) -> None:
        self._tick()

    def forget(self) -> None:
        """ "Delete all my data": nothing waits for an answer any more."""
        if self.view is not None:
            self.view.blockSignals(True)  # closing it is not an answer: the notes are gone
            self.view.close()
        self._clear()
        self._tick()

    def _tick(self) -> None:
        if not self._running or self._timer is None:
            return
        self._timer.stop()
        notes = self.reflect.worries.items
        now = self.clock.now()
        waiting = due(notes, now)
        if self.pending is None and waiting and may_offer(self.situation()):
            self._offer(min(waiting, key=lambda n: n.remind_at))
            notes = self.reflect.worries.items
        nxt = next_time(notes)
        if nxt is None:
            return
        wait = min(max((nxt - now).total_seconds(), 0.0), MAX_WAIT_S)
        self._timer.start(math.ceil(wait * 1000))

    def text_for(self, note: WorryNote) -> str:
        parked = note.parked_at or note.remind_at
        return translate("WorryTime", "Worry time: the worry you parked at %1.").replace(
            "%1", short_time(parked.astimezone(self.tz()))
        )

    def _offer(self, note: WorryNote) -> None:
        if not self._quietly(lambda: self.reflect.worries.offered(note.id)):
            return
        self.pending = note.id
        text = self.text_for(note)
        title = translate("WorryTime", "Worry time")
        notifier = self.notifier
        shown = 0
        if notifier is not None and notifier.can_answer():
            shown = notifier.show(title, text, self.actions())
        self.notification = shown
        if not shown and self.tray_message is not None:
            self.tray_message(title, text)
        self.line.show_pending(text)
        self.offered.emit(text)

    @staticmethod
    def actions() -> list[tuple[str, str]]:
        return [
            ("default", translate("WorryTime", "Open Mindful Clinic")),
            ("worry_look", translate("WorryTime", "Look at it now")),
            ("worry_snooze", translate("WorryTime", "Snooze 10 min")),
        ]

    def _action(self, nid: int, key: str) -> None:
        if nid != self.notification or self.pending is None:
            return
        if key in ("default", "worry_look"):
            self.look()
        elif key == "worry_snooze":
            self.snooze()

    # -- answers ----------------------------------------------------------------------------------
    def look(self) -> WorryNoteView | None:
        """The small private view of the note: Keep or Let it go."""
        note = self.reflect.worries.get(self.pending) if self.pending else None
        if note is None:
            self._clear()
            return None
        bring = getattr(self.window, "bring_forward", None)
        if callable(bring):
            bring()
        parked = (note.parked_at or note.remind_at).astimezone(self.tz())
        view = WorryNoteView(short_time(parked), note.text, self.window)
        view.kept.connect(lambda: self._keep(note))
        view.let_go.connect(lambda: self._let_go(note.id))
        self.view = view
        view.open()
        view.keep_button.setFocus()
        return view

    def snooze(self) -> None:
        if self.pending is None:
            return
        note_id = self.pending
        if self._quietly(lambda: self.reflect.worries.snooze(note_id, self.clock.now())):
            self._clear()
            self.answered.emit("snoozed")
            self._tick()

    def _keep(self, note: WorryNote) -> None:
        try:
            self.keep(note.text, "other")
        except (ValueError, OSError) as exc:  # not kept: the note stays, nothing is lost
            self._say(str(exc))
            return
        self._let_go(note.id, "kept")

    def _let_go(self, note_id: str, how: str = "let_go") -> None:
        self._quietly(lambda: self.reflect.worries.let_go(note_id))
        self._clear()
        self.answered.emit(how)
        self._tick()

    def _clear(self) -> None:
        self.pending = None
        self.view = None
        notifier = self.notifier
        if self.notification and notifier is not None:
            notifier.close(self.notification)
        self.notification = 0
        self.line.clear()

    def _quietly(self, action: Callable[[], object]) -> bool:
        """Run a store write; a full or read-only disk is said once in plain words."""
        try:
            action()
        except OSError as exc:
            self._say(
                translate("WorryTime", "Your parked worries could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return False
        return True

    def _say(self, text: str) -> None:
        self.reflect.say(text)
