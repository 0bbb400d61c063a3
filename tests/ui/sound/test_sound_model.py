"""The sound model: the rail's mute button from the start, the full settings when first needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame.mixer
import pytest

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
    sound = SoundModel(SettingsStore(data_dir), lambda _notify, _changed: silent)
    button = MuteButton(sound)
    qtbot.addWidget(button)
    assert button.text() == "Sound: on"  # not known yet: nothing has been asked of the device
    sound.check_output()
    assert button.text() == "Sound: unavailable"
    assert "No sound output" in button.toolTip()
    button.click()  # muting still works, and says so
    assert button.text() == "Sound: off"


@pytest.fixture
def no_mixer() -> Iterator[None]:
    """The real player opens pygame's one mixer: closed before and after."""
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


def test_the_rail_learns_from_the_player_that_no_device_opens(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_mixer: None
) -> None:
    """As at start-up on a computer without sound output: the player's worker thread finds out,
    the rail says so without a sound being played; a device that appears later is found by the
    next practice, and the rail says "on" again."""

    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("ALSA: Couldn't open audio device: No such file or directory")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    said: list[str] = []
    sound = build_sound(SettingsStore(data_dir))
    sound.message.connect(said.append)
    button = MuteButton(sound)
    qtbot.addWidget(button)
    sound.check_output()  # what the window does once its background services start
    qtbot.waitUntil(lambda: button.text() == "Sound: unavailable", timeout=5000)
    assert "No sound output" in button.toolTip()
    assert said == []  # said once, when a sound is wanted; the rail shows it meanwhile
    monkeypatch.undo()  # a headset is plugged in
    sound.player.prepare()  # as each practice screen does when it opens
    qtbot.waitUntil(lambda: button.text() == "Sound: on", timeout=5000)
    assert button.toolTip() == ""
