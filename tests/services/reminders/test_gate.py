"""The gate on a fake clock: a practice running when a reminder falls due, a fake lock signal,
"In session" holding a reminder and offering it once when it runs out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.reminders.gate import AppActivity, ReminderGate
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from tests.desktop_fakes import FakePresence
from tests.fakes import FakeTimer

LONDON = ZoneInfo("Europe/London")
MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=LONDON)


class GateRig:
    def __init__(self, data_dir: Path) -> None:
        self.store = ReminderStore(SettingsStore(data_dir))
        rule = ReminderRule("half-hourly", "interval", every_minutes=30)
        self.store.set_config(ReminderSettings(rules=(rule,), timezone="Europe/London"))
        self.clock = ManualClock(MONDAY_9)
        self.timers: list[FakeTimer] = []
        self.scheduler = ReminderScheduler(self.store, self.clock, self._timer, None, [("b", 300)])
        self.activity = AppActivity()
        self.presence = FakePresence()
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


@pytest.fixture
def rig(data_dir: Path, qapp: object) -> GateRig:
    return GateRig(data_dir)


def test_a_reminder_due_during_a_practice_is_dropped_not_shown_later(rig: GateRig) -> None:
    rig.activity.set_practice(True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.offered == []
    assert rig.scheduler.current() is None  # answered by the practice
    rig.activity.set_practice(False)
    assert rig.offered == []
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    assert rig.hhmm() == ["10:00"]  # the next one comes as usual


def test_do_not_disturb_and_the_lock_hold_everything_then_one_away_line(rig: GateRig) -> None:
    rig.presence.set(dnd=True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    rig.presence.set(dnd=False, locked=True)  # the fake lock signal
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    assert rig.offered == [] and rig.away == []
    rig.presence.set(locked=False)
    assert rig.offered == []  # never replayed
    assert len(rig.away) == 1 and rig.away[0] is not None
    assert rig.away[0].at.astimezone(LONDON).strftime("%H:%M") == "10:30"


def test_in_session_holds_a_reminder_and_offers_it_once_when_it_runs_out(rig: GateRig) -> None:
    rig.scheduler.set_in_session(True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.offered == [] and rig.gate.held() is not None
    rig.clock.advance(60)
    rig.scheduler.set_in_session(False)
    assert rig.hhmm() == ["09:30"]
    rig.scheduler.set_in_session(True)
    rig.scheduler.set_in_session(False)
    assert rig.hhmm() == ["09:30"]  # once


def test_in_session_until_a_time_lets_the_held_reminder_out_by_itself(rig: GateRig) -> None:
    from dataclasses import replace

    until = MONDAY_9 + timedelta(minutes=40)
    rig.store.set_state(replace(rig.store.state, in_session=True, in_session_until=until))
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.offered == []
    session_timer = rig.timers[1]
    assert session_timer.active
    rig.clock.advance((session_timer.interval_ms or 0) / 1000)
    session_timer.callback()
    assert rig.hhmm() == ["09:30"]
