"""The sound design table: the single source the generator, the player and the tests share."""

from __future__ import annotations

from mindful_clinic.core.sound.design import AMBIENT_SOUNDS, BY_NAME, SOUNDS
from mindful_clinic.core.sound.settings import CHANNELS

EXPECTED = {
    "bell_bowl",
    "bell_start",
    "bell_end",
    "bell_interval",
    "cue_in",
    "cue_out",
    "ambient_rain",
    "ambient_drone",
}


def test_the_set_is_complete_and_named_once() -> None:
    assert {s.name for s in SOUNDS} == EXPECTED
    assert len(BY_NAME) == len(SOUNDS)


def test_levels_leave_headroom_and_cues_sit_below_bells() -> None:
    assert all(s.peak_dbfs <= -1.0 for s in SOUNDS)
    assert all(s.rms_dbfs < s.peak_dbfs for s in SOUNDS)
    loudest_cue = max(s.peak_dbfs for s in SOUNDS if s.kind == "cue")
    softest_bell = min(s.peak_dbfs for s in SOUNDS if s.kind == "bell")
    assert loudest_cue < softest_bell
    assert BY_NAME["bell_interval"].peak_dbfs < BY_NAME["bell_bowl"].peak_dbfs  # the soft one


def test_bowl_lasts_about_six_seconds_and_loops_are_short() -> None:
    assert 5.0 <= BY_NAME["bell_bowl"].duration_s <= 7.0
    loops = [s for s in SOUNDS if s.loop]
    assert {s.name for s in loops} == set(AMBIENT_SOUNDS.values())
    assert all(6.0 <= s.duration_s <= 12.0 for s in loops)


def test_every_sound_belongs_to_a_volume_channel() -> None:
    assert all(s.channel in CHANNELS for s in SOUNDS)
    assert BY_NAME["cue_in"].channel == "cues"
    assert BY_NAME["bell_end"].channel == "bells"
    assert BY_NAME["ambient_rain"].channel == "ambient"


def test_drone_partials_fit_whole_cycles_in_the_loop() -> None:
    drone = BY_NAME["ambient_drone"]
    cycles = drone.dominant_hz * drone.duration_s
    assert abs(cycles - round(cycles)) < 1e-9
