"""The cue driver: one precise timer, re-armed from the session clock, cues on the boundaries.

The timer is driven by hand: advance the ManualClock to where the timer would fire, then call its
timeout handler. No sleeping, and a wrong interval or a wrong cue fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sound_fakes import RecordingPlayer

from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.practice.timeline import CyclicTimeline, Segment, StepTimeline
from mindful_clinic.core.sound.settings import PracticeSoundChoices, QuietHours, SoundSettings
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.sound.cue_driver import CueDriver, arm_ms

BOTH = PracticeSoundChoices(inhale_cue=True, exhale_cue=True)


@dataclass(frozen=True)
class Step:
    text: str
    cue: str | None = None


def four_six(cycles: int) -> CyclicTimeline:
    """Breathe in for 4 s, out for 6 s."""
    return CyclicTimeline([Segment("inhale", 4), Segment("exhale", 6)], cycles)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=datetime(2026, 1, 5, 12, 0, tzinfo=UTC))


@pytest.fixture
def player(clock: ManualClock) -> RecordingPlayer:
    return RecordingPlayer(clock)


def fire(driver: CueDriver, clock: ManualClock) -> None:
    """Move the clock to where the armed timer would fire, then fire it."""
    assert driver.timer.isActive()
    clock.advance(driver.timer.interval() / 1000)
    driver.on_timeout()


def heard(player: RecordingPlayer) -> list[tuple[float, str]]:
    """(clock time to the microsecond, sound) of every play() call."""
    return [(round(t, 6), name) for t, name in player.played_at()]


def run_until(driver: CueDriver, clock: ManualClock, monotonic: float) -> None:
    """Fire the timer as time passes, up to the given clock reading."""
    while (
        driver.timer.isActive() and clock.monotonic() + driver.timer.interval() / 1000 <= monotonic
    ):
        fire(driver, clock)


def to_next_sound(driver: CueDriver, clock: ManualClock, player: RecordingPlayer) -> int:
    """Fire the timer until something plays (or it stops); returns how many firings it took."""
    before, firings = len(player.calls), 0
    while driver.timer.isActive() and len(player.calls) == before:
        fire(driver, clock)
        firings += 1
    return firings


def make(
    qapp: QApplication,
    timeline: CyclicTimeline | StepTimeline,
    clock: ManualClock,
    player: RecordingPlayer,
    choices: PracticeSoundChoices = BOTH,
    **kw: object,
) -> tuple[PracticeSession, CueDriver]:
    session = PracticeSession(timeline, clock)
    driver = CueDriver(session, player, clock, choices, **kw)  # type: ignore[arg-type]
    session.start()
    driver.start()
    return session, driver


def test_one_precise_single_shot_timer_to_each_cued_boundary(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(3)
    session, driver = make(qapp, timeline, clock, player)
    assert player.prepared == 1
    assert driver.timer.isSingleShot()
    assert driver.timer.timerType() is Qt.TimerType.PreciseTimer
    assert player.played_at() == [(1000.0, "bell_start"), (1000.0, "cue_in")]
    assert driver.timer.interval() == arm_ms(4.0)
    firings = []
    while driver.timer.isActive():
        firings.append(to_next_sound(driver, clock, player))
    assert firings == [2] * 6  # an early wake, then the last few milliseconds exactly
    assert heard(player) == [
        (1000.0, "bell_start"),
        (1000.0, "cue_in"),
        (1004.0, "cue_out"),
        (1010.0, "cue_in"),
        (1014.0, "cue_out"),
        (1020.0, "cue_in"),
        (1024.0, "cue_out"),
        (1030.0, "bell_end"),
    ]
    assert session.is_over


def test_a_late_timer_is_re_armed_from_the_clock_not_by_adding_intervals(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(3)
    _session, driver = make(qapp, timeline, clock, player)
    clock.advance(4.030)  # the timer came 30 ms late
    driver.on_timeout()
    assert player.played()[-1] == "cue_out"
    assert driver.timer.interval() == arm_ms(5.970)  # the next boundary stays at 10 s
    to_next_sound(driver, clock, player)
    assert heard(player)[-1] == (1010.0, "cue_in")


def test_an_early_timer_waits_for_the_boundary(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(3)
    _session, driver = make(qapp, timeline, clock, player)
    player.clear()
    clock.advance(3.9)  # 100 ms early
    driver.on_timeout()
    assert player.played() == []
    assert driver.timer.interval() == arm_ms(0.1)
    to_next_sound(driver, clock, player)
    assert heard(player) == [(1004.0, "cue_out")]


def test_cues_follow_the_choices_and_holds_are_silent(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    box = CyclicTimeline([Segment(k, 4) for k in ("inhale", "hold", "exhale", "hold")], 1)
    choices = PracticeSoundChoices(exhale_cue=True, start_bell=False, end_bell=False)
    _session, driver = make(qapp, box, clock, player, choices)
    assert driver.timer.interval() == arm_ms(8.0)  # straight to the exhale: nothing at 4 s
    to_next_sound(driver, clock, player)
    assert heard(player) == [(1008.0, "cue_out")]
    assert driver.timer.interval() == arm_ms(8.0)  # then to the end
    to_next_sound(driver, clock, player)
    assert player.played() == ["cue_out"]
    assert not driver.timer.isActive()


def test_pause_and_resume_shift_the_cues_by_the_pause(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(2)
    session, driver = make(qapp, timeline, clock, player, BOTH)
    clock.advance(2.0)
    session.pause()
    driver.on_paused()
    assert not driver.timer.isActive()
    clock.advance(60.0)
    driver.on_timeout()  # a stray firing while paused plays nothing
    assert player.played() == ["bell_start", "cue_in"]
    session.resume()
    driver.on_resumed()
    assert driver.timer.interval() == arm_ms(2.0)
    to_next_sound(driver, clock, player)
    assert heard(player)[-1] == (1064.0, "cue_out")


def test_stop_silences_without_an_end_bell(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(2)
    choices = PracticeSoundChoices(inhale_cue=True, ambient="rain")
    session, driver = make(qapp, timeline, clock, player, choices)
    assert ("start_ambient", ("ambient_rain", 2000)) in [(c.method, c.args) for c in player.calls]
    clock.advance(5)
    session.stop()
    driver.on_stopped()
    assert not driver.timer.isActive()
    assert player.methods()[-1] == "stop_ambient"
    assert "bell_end" not in player.played()


def test_a_polled_stop_is_noticed_when_the_timer_fires(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(2)
    session, driver = make(qapp, timeline, clock, player)
    session.stop()  # the view forgot to tell the driver
    to_next_sound(driver, clock, player)
    assert player.played() == ["bell_start", "cue_in"]
    assert not driver.timer.isActive()


def test_interval_bells_in_a_timed_practice_and_the_end(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = StepTimeline([Segment("self_paced", 300)])
    choices = PracticeSoundChoices(interval_bell_min=2, ambient="drone")
    _session, driver = make(qapp, timeline, clock, player, choices)
    finished: list[bool] = []
    driver.finished.connect(lambda: finished.append(True))
    while driver.timer.isActive():
        to_next_sound(driver, clock, player)
    assert heard(player) == [
        (1000.0, "bell_start"),
        (1120.0, "bell_interval"),
        (1240.0, "bell_interval"),
        (1300.0, "bell_end"),
    ]
    assert player.methods()[-1] == "stop_ambient"
    assert finished == [True]


def test_guided_steps_play_the_cue_they_name_and_jumps_cue_the_new_step(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    steps = [
        Segment("step", 30, payload=Step("arrive", "bell_interval")),
        Segment("step", 30, payload=Step("feet")),
        Segment("step", 30, payload=Step("hands", "cue_in")),
    ]
    choices = PracticeSoundChoices(start_bell=False, end_bell=False)
    session, driver = make(qapp, StepTimeline(steps), clock, player, choices)
    played: list[str] = []
    driver.cue_played.connect(played.append)
    assert player.played() == ["bell_interval"]
    assert driver.timer.interval() == arm_ms(60.0)  # the silent step is skipped
    clock.advance(10)
    session.next_segment()  # to "feet": silent
    driver.on_jumped()
    session.next_segment()  # to "hands"
    driver.on_jumped()
    assert player.played() == ["bell_interval", "cue_in"]
    assert played == ["cue_in"]
    assert driver.timer.interval() == arm_ms(30.0)  # to the end


def test_quiet_hours_and_mute_in_settings_keep_a_practice_silent(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(2)
    quiet = SoundSettings(quiet_hours=QuietHours(True, time(11, 0), time(13, 0)))
    choices = PracticeSoundChoices(inhale_cue=True, exhale_cue=True, ambient="rain")
    _session, driver = make(qapp, timeline, clock, player, choices, settings=quiet)
    run_until(driver, clock, 1004.0)
    assert player.played() == []
    assert "start_ambient" not in player.methods()
    driver.set_settings(SoundSettings())  # quiet hours switched off mid-practice
    assert "start_ambient" in player.methods()
    to_next_sound(driver, clock, player)
    assert player.played() == ["cue_in"]
    driver.set_settings(SoundSettings().with_muted(True))
    assert player.methods()[-1] == "stop_ambient"
    run_until(driver, clock, 1014.0)
    assert player.played() == ["cue_in"]


def test_a_timer_hours_late_plays_only_the_newest_cue(
    qapp: QApplication, clock: ManualClock, player: RecordingPlayer
) -> None:
    timeline = four_six(100)
    _session, driver = make(qapp, timeline, clock, player)
    player.clear()
    clock.advance(95.0)  # a suspended laptop: 19 boundaries passed
    driver.on_timeout()
    assert player.played() == ["cue_out"]
    assert driver.timer.interval() == arm_ms(5.0)


def test_long_waits_wake_early_by_more_than_the_kernel_slack() -> None:
    for seconds in (0.5, 4.0, 6.0, 60.0, 600.0):
        early_ms = seconds * 1000 - arm_ms(seconds)
        assert seconds * 1000 * 0.001 + 1 < early_ms < seconds * 1000 * 0.003 + 7
    assert arm_ms(0.013) == 13  # the last short wait goes to the boundary itself
    assert arm_ms(0.0199) == 19
    assert arm_ms(-0.5) == 0
