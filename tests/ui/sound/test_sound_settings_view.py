"""Settings -> Sound: every edit saves a new SoundSettings; Try plays; imports are listed or refused."""

from __future__ import annotations

import wave
from datetime import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget
from sound_fakes import RecordingPlayer

from mindful_clinic.core.ports import NO_OUTPUT_MESSAGE
from mindful_clinic.core.sound.settings import QuietHours, SoundSettings
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sound.importing import UserSounds
from mindful_clinic.ui.sound.settings import SoundSettingsView
from tests.heard import unnamed_controls


def make_view(
    qtbot, settings: SoundSettings | None = None, player: RecordingPlayer | None = None
) -> tuple[SoundSettingsView, RecordingPlayer, list[SoundSettings]]:  # type: ignore[no-untyped-def]
    saved: list[SoundSettings] = []
    player = player or RecordingPlayer(ManualClock())
    view = SoundSettingsView(settings or SoundSettings(), player, saved.append, UserSounds())
    qtbot.addWidget(view)
    return view, player, saved


def write_tone(path: Path, seconds: float = 1.5, hz: float = 440.0, rate: int = 22050) -> None:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.3 * np.sin(2 * np.pi * hz * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def test_moving_a_volume_slider_saves_and_applies_the_new_volume(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, player, saved = make_view(qtbot)
    with qtbot.waitSignal(view.changed) as signal:
        view.sliders["bells"].setValue(35)
    assert signal.args[0].volume("bells") == pytest.approx(0.35)
    assert saved[-1].volume("bells") == pytest.approx(0.35)
    assert saved[-1].volume("cues") == SoundSettings().volume("cues")
    assert player.volumes["bells"] == pytest.approx(0.35)


def test_mute_is_saved_and_given_to_the_player(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, player, saved = make_view(qtbot)
    view.mute.setChecked(True)
    assert saved[-1].muted and player.muted


def test_quiet_hours_across_midnight_are_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _player, saved = make_view(qtbot)
    view.quiet.setChecked(True)
    view.quiet_from.setTime(QTime(21, 30))
    view.quiet_to.setTime(QTime(6, 45))
    hours = saved[-1].quiet_hours
    assert (hours.enabled, hours.start, hours.end) == (True, time(21, 30), time(6, 45))
    assert hours.contains(time(23, 0)) and hours.contains(time(5, 0))
    assert not hours.contains(time(12, 0))


def test_default_practice_sounds_and_reminder_bell_are_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _player, saved = make_view(qtbot)
    assert not view.reminder_bell.isChecked()  # reminders are visual unless chosen
    view.choice_boxes["inhale_cue"].setChecked(True)
    view.interval.setValue(5)
    view.ambient.setCurrentIndex(view.ambient.findData("drone"))
    view.reminder_bell.setChecked(True)
    d = saved[-1].defaults
    assert (d.inhale_cue, d.exhale_cue, d.interval_bell_min, d.ambient) == (True, False, 5, "drone")
    assert saved[-1].reminder_sound == "bell_interval"


def test_try_plays_each_channel_sample_even_in_quiet_hours(qtbot) -> None:  # type: ignore[no-untyped-def]
    quiet = SoundSettings(quiet_hours=QuietHours(True, time(0, 0), time(23, 59)))
    view, player, saved = make_view(qtbot, quiet)
    view.try_buttons["bells"].click()
    view.try_buttons["cues"].click()
    assert [c.args for c in player.calls if c.method == "play"] == [
        ("bell_interval", "bells"),
        ("cue_in", "cues"),
    ]
    view.preview_timer.setInterval(10)
    with qtbot.waitSignal(view.preview_timer.timeout):
        view.try_buttons["ambient"].click()
    assert player.methods()[-2:] == ["start_ambient", "stop_ambient"]
    assert player.calls[-2].args[0] == "ambient_rain"
    assert saved == []  # trying a sound changes nothing


def test_try_while_muted_says_why_and_plays_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, player, _saved = make_view(qtbot, SoundSettings(muted=True))
    view.try_buttons["bells"].click()
    assert player.played() == []
    assert "muted" in view.preview_note.text()
    assert view.preview_note.isVisibleTo(view)


def test_importing_a_good_wav_lists_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, _player, _saved = make_view(qtbot)
    src = tmp_path / "Garden Bowl.wav"
    write_tone(src)
    with qtbot.waitSignal(view.own_sounds.sounds_changed):
        assert view.import_file(src, "bell")
    [name] = view.own_sounds.names()
    assert name.startswith("user_bell_garden_bowl_")  # slug + short hash of the label
    text = view.own_sounds.sound_list.item(0).text()
    assert "Garden Bowl" in text and "0:01" in text  # the label in the user's own words
    assert not view.own_sounds.error.isVisibleTo(view)
    view.own_sounds.remove_selected()
    assert view.own_sounds.names() == []


def test_importing_a_broken_file_says_why_and_changes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, _player, saved = make_view(qtbot)
    good = tmp_path / "bell.wav"
    write_tone(good)
    view.import_file(good, "bell")
    before = view.own_sounds.names()
    broken = tmp_path / "cracked.wav"
    broken.write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunk-not-audio")
    assert not view.import_file(broken, "bell")
    assert "cracked.wav could not be read as a sound" in view.own_sounds.error.text()
    assert view.own_sounds.error.property("role") == "danger"
    assert view.own_sounds.error.isVisibleTo(view)
    assert view.own_sounds.names() == before
    assert saved == []


def test_no_output_note_appears_only_without_a_player(qtbot) -> None:  # type: ignore[no-untyped-def]
    silent = RecordingPlayer(ManualClock(), available=False, problem=NO_OUTPUT_MESSAGE)
    view, _p, _s = make_view(qtbot, player=silent)
    assert view.no_output.isVisibleTo(view)
    assert "No sound output was found on this computer" in view.no_output.text()
    assert not view.try_buttons["bells"].isEnabled()
    working, _p2, _s2 = make_view(qtbot)
    assert not working.no_output.isVisibleTo(working)


def test_every_control_has_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _p, _s = make_view(qtbot)
    assert unnamed_controls(view) == []


def test_leaving_the_page_ends_an_ambient_preview(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, player, _saved = make_view(qtbot)
    view.show()
    view.try_channel("ambient")
    view.hide()
    assert player.methods()[-2:] == ["start_ambient", "stop_ambient"]
    assert not view.preview_timer.isActive()


def test_every_control_is_reachable_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QScrollBar,
    )

    view, _p, _s = make_view(qtbot)
    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox)
    controls = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w, QScrollBar)  # scroll bars are no tab stops
    ]
    controls.append(view.own_sounds.sound_list)
    assert len(controls) > 15
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls)


def test_settings_changed_elsewhere_are_shown_not_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _player, saved = make_view(qtbot)
    view.set_settings(SoundSettings(muted=True).with_volume("cues", 0.2))
    assert view.mute.isChecked() and view.sliders["cues"].value() == 20
    assert saved == []
    view.sliders["bells"].setValue(50)  # a later edit keeps the mute made elsewhere
    assert saved[-1].muted and saved[-1].volume("cues") == pytest.approx(0.2)


def test_stored_settings_fill_the_controls(qtbot) -> None:  # type: ignore[no-untyped-def]
    stored = SoundSettings.from_dict(
        {
            "volumes": {"ambient": 0.25},
            "quiet_hours": {"enabled": True, "start": "23:00", "end": "06:30"},
            "defaults": {"exhale_cue": True, "interval_bell_min": 10, "ambient": "rain"},
            "reminder_sound": "bell_interval",
        }
    )
    view, _player, saved = make_view(qtbot, stored)
    assert view.sliders["ambient"].value() == 25
    assert view.quiet.isChecked() and view.quiet_to.time() == QTime(6, 30)
    assert view.choice_boxes["exhale_cue"].isChecked() and view.interval.value() == 10
    assert view.ambient.currentData() == "rain" and view.reminder_bell.isChecked()
    assert saved == []


def test_the_quiet_hours_time_boxes_say_which_part_the_keyboard_is_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As the reminders' working hours do: "Quiet hours start, Hours", then "Minutes"."""
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QAccessible

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))  # 24-hour: hours, then minutes
    try:
        view = make_view(qtbot)[0]
        view.show()
        view.quiet_from.setFocus()
        qtbot.waitUntil(view.quiet_from.hasFocus)
        interface = QAccessible.queryAccessibleInterface(view.quiet_from)
        assert interface.text(QAccessible.Text.Description) == "Hours"
        qtbot.keyClick(view.quiet_from, Qt.Key.Key_End)
        assert interface.text(QAccessible.Text.Description) == "Minutes"
    finally:
        QLocale.setDefault(before)
