"""The sound model: the rail's mute button from the start, the full settings when first needed."""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.app.sound import build_sound
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.sound.model import SECTION
from mindful_clinic.ui.sound.mute_button import MuteButton


def test_the_mute_button_shows_the_stored_choice(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store = SettingsStore(data_dir)
    store.set_section(SECTION, {"muted": True})
    sound = build_sound(store)
    button = MuteButton(sound)
    qtbot.addWidget(button)
    assert button.isChecked()
    assert button.text() == "Sound: off"
    button.click()
    assert button.text() == "Sound: on"
    assert SettingsStore(data_dir).section(SECTION)["muted"] is False  # saved at once


def test_unusable_settings_are_reported_once_and_the_defaults_apply(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store = SettingsStore(data_dir)
    store.set_section(SECTION, {"muted": "maybe", "volumes": "loud"})
    said: list[str] = []
    sound = build_sound(store)
    sound.message.connect(said.append)
    button = MuteButton(sound)
    qtbot.addWidget(button)
    assert not button.isChecked()  # "maybe" is not a yes
    assert sound.settings.muted is False
    assert sound.settings.to_dict() == type(sound.settings)().to_dict()
    _ = sound.settings
    assert len(said) == 1
    assert "could not be used" in said[0]


def test_the_rail_says_unavailable_when_nothing_can_be_heard(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.services.sound.player import SilentPlayer
    from mindful_clinic.ui.sound.model import SoundModel
    from mindful_clinic.ui.sound.mute_button import MuteButton

    silent = SilentPlayer(reason="No sound output found; practices carry on silently.")
    sound = SoundModel(SettingsStore(data_dir), lambda _notify: silent)
    button = MuteButton(sound)
    qtbot.addWidget(button)
    assert button.text() == "Sound: on"  # not known yet: nothing has been asked of the device
    sound.check_output()
    assert button.text() == "Sound: unavailable"
    assert "No sound output" in button.toolTip()
    button.click()  # muting still works, and says so
    assert button.text() == "Sound: off"
