"""The reminder gate on a fake clock, with the presence a test gives it (tests of the gate and of
presence that has to be asked for)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.desktop.presence import Presence
from mindful_clinic.services.reminders.gate import AppActivity, ReminderGate
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from tests.fakes import FakeTimer

LONDON = ZoneInfo("Europe/London")
MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=LONDON)
P = TypeVar("P", bound=Presence)


class GateRig(Generic[P]):
    """A reminder every half hour from 09:00 on a fake clock, through the gate to the screen:
    what it offers, and the one "while you were away" line."""

    def __init__(self, data_dir: Path, presence: P) -> None:
        self.store = ReminderStore(SettingsStore(data_dir))
        rule = ReminderRule("half-hourly", "interval", every_minutes=30)
        self.store.set_config(ReminderSettings(rules=(rule,), timezone="Europe/London"))
        self.clock = ManualClock(MONDAY_9)
        self.timers: list[FakeTimer] = []
        self.scheduler = ReminderScheduler(self.store, self.clock, self._timer, None, [("b", 300)])
        self.activity = AppActivity()
        self.presence = presence
        self.gate = ReminderGate(self.scheduler, self.activity, self.presence, self._timer)
        self.offered: list[Reminder] = []
        self.away: list[Reminder | None] = []
        self.gate.offer.connect(self.offered.append)
        self.gate.away.connect(self.away.append)
        self.scheduler.start()

    def _timer(self, callback: Callable[[], None]) -> FakeTimer:
        self.timers.append(FakeTimer(callback))
        return self.timers[-1]

    def run_until(self, wall: datetime) -> None:
        timer = self.timers[0]
        while (
            timer.active
            and self.clock.now() + timedelta(milliseconds=timer.interval_ms or 0) <= wall
        ):
            self.clock.advance((timer.interval_ms or 0) / 1000)
            timer.active = False
            timer.callback()

    def hhmm(self) -> list[str]:
        return [r.at.astimezone(LONDON).strftime("%H:%M") for r in self.offered]
