"""Sound in the room: the group's volume while the shared screen is up, the user's afterwards."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sound_fakes import RecordingPlayer

from mindful_clinic.app.sound import build_sound
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.group.room_sound import GROUP_CHANNEL, RoomSound
from tests.speech_fakes import FakeSpeaker


def test_the_room_hears_the_group_volume_and_the_user_gets_theirs_back(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    sound = build_sound(SettingsStore(tmp_path))
    sound.update(sound.settings.with_volume(GROUP_CHANNEL, 0.8))
    player, speaker = RecordingPlayer(clock), FakeSpeaker()
    sound.use_player(player)
    room = RoomSound(sound, speaker, clock)
    room.presenter_visible(True, 0.3)
    assert player.volumes[GROUP_CHANNEL] == 0.3 and speaker.volume == 0.3
    room.bell("start")
    assert player.played() == ["bell_start"]
    room.presenter_visible(False, 0.3)
    assert player.volumes[GROUP_CHANNEL] == 0.8


def test_no_bell_rings_when_muted(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    sound = build_sound(SettingsStore(tmp_path))
    player = RecordingPlayer(clock)
    sound.use_player(player)
    sound.set_muted(True)
    RoomSound(sound, FakeSpeaker(), clock).bell("end")
    assert player.played() == []
