"""The gate on a fake clock: a practice running when a reminder falls due, a fake lock signal,
"In session" holding a reminder and offering it once when it runs out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.desktop_fakes import FakePresence
from tests.gate_rig import LONDON, MONDAY_9, GateRig


@pytest.fixture
def rig(data_dir: Path, qapp: object) -> GateRig[FakePresence]:
    return GateRig(data_dir, FakePresence())


def test_a_reminder_due_during_a_practice_is_dropped_not_shown_later(
    rig: GateRig[FakePresence],
) -> None:
    rig.activity.set_practice(True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.offered == []
    assert rig.scheduler.current() is None  # answered by the practice
    rig.activity.set_practice(False)
    assert rig.offered == []
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    assert rig.hhmm() == ["10:00"]  # the next one comes as usual


def test_do_not_disturb_and_the_lock_hold_everything_then_one_away_line(
    rig: GateRig[FakePresence],
) -> None:
    rig.presence.set(dnd=True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    rig.presence.set(dnd=False, locked=True)  # the fake lock signal
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    assert rig.offered == [] and rig.away == []
    rig.presence.set(locked=False)
    assert rig.offered == []  # never replayed
    assert len(rig.away) == 1 and rig.away[0] is not None
    assert rig.away[0].at.astimezone(LONDON).strftime("%H:%M") == "10:30"


def test_in_session_holds_a_reminder_and_offers_it_once_when_it_runs_out(
    rig: GateRig[FakePresence],
) -> None:
    rig.scheduler.set_in_session(True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.offered == [] and rig.gate.held() is not None
    rig.clock.advance(60)
    rig.scheduler.set_in_session(False)
    assert rig.hhmm() == ["09:30"]
    rig.scheduler.set_in_session(True)
    rig.scheduler.set_in_session(False)
    assert rig.hhmm() == ["09:30"]  # once


def test_in_session_until_a_time_lets_the_held_reminder_out_by_itself(
    rig: GateRig[FakePresence],
) -> None:
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
