"""The sound players: pygame's mixer on SDL's dummy driver, the silent fallback, the factory."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pygame.mixer
import pytest

from mindful_clinic.core.ports import NO_OUTPUT_MESSAGE
from mindful_clinic.core.sound.settings import SoundSettings, apply_to_player
from mindful_clinic.services.sound.player import PygamePlayer, SilentPlayer, make_player


@pytest.fixture(autouse=True)
def fresh_mixer() -> Iterator[None]:
    """Each test opens the mixer itself and leaves it closed."""
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


def ready_player(**kw: object) -> PygamePlayer:
    player = PygamePlayer(**kw)  # type: ignore[arg-type]
    player.prepare(wait=True)
    assert player.ready, player.problem
    return player


def test_nothing_starts_until_first_use() -> None:
    code = (
        "import sys\n"
        "from mindful_clinic.services.sound.player import make_player\n"
        "p = make_player()\n"
        "print(type(p).__name__, 'pygame' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["PygamePlayer", "False"]


def test_plays_through_the_dummy_driver_with_a_small_buffer() -> None:
    player = ready_player()
    assert player.available and player.problem is None
    assert not player.busy()
    player.play("cue_in", "cues")
    assert player.busy()
    assert player.busy("cues")
    assert not player.busy("bells")
    freq, _size, _channels = pygame.mixer.get_init()
    assert freq == 44100


def test_calls_made_while_starting_are_kept_in_order() -> None:
    player = PygamePlayer()
    player.play("bell_start", "bells")  # first use: starts the mixer in the background
    player.start_ambient("ambient_rain", fade_ms=0)
    player.prepare(wait=True)
    assert player.busy("bells")
    assert player.busy("ambient")


def test_ambient_loops_until_stopped() -> None:
    player = ready_player()
    player.start_ambient("ambient_drone", fade_ms=100)
    ambient = pygame.mixer.Channel(0)
    assert ambient.get_busy()
    assert ambient.get_sound().get_length() == pytest.approx(10.0, abs=0.01)
    player.stop_ambient(fade_ms=0)
    assert not ambient.get_busy()


def test_volumes_per_channel_and_mute() -> None:
    player = ready_player()
    player.set_volume("bells", 0.5)
    player.play("bell_bowl", "bells")
    bell = next(
        pygame.mixer.Channel(i)
        for i in range(1, pygame.mixer.get_num_channels())
        if pygame.mixer.Channel(i).get_busy()
    )
    assert bell.get_volume() == pytest.approx(0.5, abs=0.01)
    player.start_ambient("ambient_rain", fade_ms=0)
    player.set_muted(True)
    assert not bell.get_busy()  # a bell stops at once
    assert pygame.mixer.Channel(0).get_volume() == 0.0  # the loop keeps its place, silently
    player.play("cue_in", "cues")
    assert not player.busy("cues")  # nothing new starts while muted
    player.set_muted(False)
    assert pygame.mixer.Channel(0).get_volume() == pytest.approx(0.4, abs=0.01)
    player.set_volume("cues", 0.0)
    player.play("cue_out", "cues")
    assert not player.busy("cues")
    with pytest.raises(ValueError):
        player.set_volume("drums", 0.5)


def test_apply_settings_hands_over_volumes_and_mute() -> None:
    player = ready_player()
    apply_to_player(player, SoundSettings().with_volume("ambient", 0.2).with_muted(True))
    player.start_ambient("ambient_rain", fade_ms=0)
    assert pygame.mixer.Channel(0).get_volume() == 0.0
    player.set_muted(False)
    assert pygame.mixer.Channel(0).get_volume() == pytest.approx(0.2, abs=0.01)


def test_falls_back_to_silence_when_the_mixer_cannot_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("ALSA: Couldn't open audio device: No such file or directory")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    notices: list[str] = []
    player = PygamePlayer(notify=notices.append)
    player.prepare(wait=True)
    assert not player.available
    assert player.problem == NO_OUTPUT_MESSAGE
    assert notices == []  # nothing was wanted yet, so nothing to say
    player.play("cue_in", "cues")
    player.start_ambient("ambient_rain")
    player.play("bell_end", "bells")
    player.stop_ambient()
    assert notices == [NO_OUTPUT_MESSAGE]  # said once, and the practice carries on


def test_failure_while_sounds_were_waiting_is_said_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pygame.mixer, "init", lambda *a, **k: (_ for _ in ()).throw(pygame.error()))
    notices: list[str] = []
    player = PygamePlayer(notify=notices.append)
    player.play("bell_start", "bells")
    player.prepare(wait=True)
    player.play("cue_in", "cues")
    assert notices == [NO_OUTPUT_MESSAGE]


def test_a_missing_sound_does_not_break_playing() -> None:
    player = ready_player()
    player.play("user_bell_missing", "bells")  # logged, not raised
    player.play("cue_in", "cues")
    assert player.busy("cues")


def test_silent_player_says_once_and_does_nothing() -> None:
    notices: list[str] = []
    player = SilentPlayer(notify=notices.append)
    assert not player.available
    for _ in range(3):
        player.play("cue_in", "cues")
        player.start_ambient("ambient_rain")
    assert notices == ["No sound output found; practices carry on silently."]


def test_make_player_can_be_told_to_stay_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(make_player(silent=True), SilentPlayer)
    monkeypatch.setenv("MINDFUL_CLINIC_NO_SOUND", "1")
    assert isinstance(make_player(), SilentPlayer)
    monkeypatch.delenv("MINDFUL_CLINIC_NO_SOUND")
    assert isinstance(make_player(), PygamePlayer)


def test_close_releases_the_device() -> None:
    player = ready_player()
    player.close()
    assert not pygame.mixer.get_init()
    player.play("cue_in", "cues")  # after close: silently ignored


def test_a_burst_of_cues_never_steals_the_ambient_channel() -> None:
    player = ready_player()
    player.start_ambient("ambient_rain", fade_ms=0)
    ambient_sound = pygame.mixer.Channel(0).get_sound()
    for _ in range(40):
        player.play("bell_bowl", "bells")
    assert pygame.mixer.Channel(0).get_sound() is ambient_sound
    assert pygame.mixer.Channel(0).get_busy()
    assert player.busy("bells")


def _no_device(*args: object, **kwargs: object) -> None:
    raise pygame.error("ALSA: Couldn't open audio device: No such file or directory")


def test_a_check_finds_a_missing_device_before_any_sound_is_wanted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rail can say "Sound: unavailable" at start-up: the player tells it what it learnt."""
    monkeypatch.setattr(pygame.mixer, "init", _no_device)
    notices: list[str] = []
    learnt: list[bool] = []
    player = PygamePlayer(notify=notices.append, on_output=lambda: learnt.append(player.available))
    assert player.available  # not known yet
    player.check(wait=True)
    assert not player.available and player.problem == NO_OUTPUT_MESSAGE
    assert learnt == [False]
    assert notices == []  # the message waits until a sound is wanted, and is then said once
    player.play("cue_in", "cues")
    player.play("bell_end", "bells")
    assert notices == [NO_OUTPUT_MESSAGE]


def test_a_check_lets_a_working_device_go_again() -> None:
    learnt: list[bool] = []
    player = PygamePlayer(on_output=lambda: learnt.append(player.available))
    player.check(wait=True)
    assert learnt == [True] and player.available
    assert not pygame.mixer.get_init()  # not held all day by a window that plays nothing
    player.set_volume("cues", 0.5)  # settings given meanwhile wait for the real start
    assert not pygame.mixer.get_init()
    player.play("cue_in", "cues")
    player.prepare(wait=True)
    assert player.ready and player.busy("cues")
    assert learnt == [True, True]


def test_a_practice_starting_during_the_check_gets_its_sounds() -> None:
    player = PygamePlayer()
    player.check()
    player.play("bell_start", "bells")  # the check goes on to start the mixer
    player.prepare(wait=True)
    assert player.ready and player.busy("bells")


def test_a_device_that_appears_later_is_found_by_the_next_practice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    learnt: list[bool] = []
    monkeypatch.setattr(pygame.mixer, "init", _no_device)
    player = PygamePlayer(on_output=lambda: learnt.append(player.available))
    player.prepare(wait=True)
    player.play("cue_in", "cues")  # a sound while there is no device: no new try per sound
    assert not player.available and learnt == [False]
    monkeypatch.undo()  # a headset is plugged in
    player.prepare(wait=True)  # the next practice opens
    assert player.available and player.ready and learnt == [False, True]
    player.play("cue_in", "cues")
    assert player.busy("cues")
