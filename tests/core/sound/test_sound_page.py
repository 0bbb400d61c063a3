"""The rules behind Settings -> Sound: which sound Try plays, the reminder bell, imported labels."""

from __future__ import annotations

from mindful_clinic.core.sound.design import BY_NAME
from mindful_clinic.core.sound.page import (
    PREVIEW_SOUNDS,
    REMINDER_BELL,
    clock_duration,
    imported_label,
    preview_sound,
    with_reminder_bell,
    without_sound,
)
from mindful_clinic.core.sound.settings import CHANNELS, SoundSettings


def test_every_channel_previews_a_shipped_sound() -> None:
    assert set(PREVIEW_SOUNDS) | {"ambient"} == set(CHANNELS)
    assert preview_sound("bells") == "bell_interval"
    assert preview_sound("cues") == "cue_in"
    assert preview_sound("ambient") == "ambient_rain"
    assert preview_sound("ambient", "drone") == "ambient_drone"
    assert all(preview_sound(c) in BY_NAME for c in CHANNELS)


def test_reminder_bell_is_off_by_default_and_keeps_a_chosen_sound() -> None:
    s = SoundSettings()
    assert s.reminder_sound is None
    assert with_reminder_bell(s, True).reminder_sound == REMINDER_BELL
    chosen = SoundSettings(reminder_sound="user_bell_garden")
    assert with_reminder_bell(chosen, True).reminder_sound == "user_bell_garden"
    assert with_reminder_bell(chosen, False).reminder_sound is None


def test_removing_the_reminder_sound_falls_back_to_the_soft_bell() -> None:
    chosen = SoundSettings(reminder_sound="user_bell_garden")
    assert without_sound(chosen, "user_bell_garden").reminder_sound == REMINDER_BELL
    assert without_sound(chosen, "user_bell_other") is chosen


def test_labels_and_lengths_read_as_a_person_would_write_them() -> None:
    assert imported_label("user_bell_tibetan_bowl", "bell") == "tibetan bowl"
    assert imported_label("user_guidance_evening", "guidance") == "evening"
    assert [clock_duration(x) for x in (4.2, 59.6, 754, 3723)] == [
        "0:04",
        "1:00",
        "12:34",
        "1:02:03",
    ]
