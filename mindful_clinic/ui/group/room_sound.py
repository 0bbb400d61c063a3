"""Sound in the room during a group session: bells on the bells channel at the group's volume,
the voice at the same volume, and the clinician's own volume back when the shared screen closes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mindful_clinic.core.ports import Speaker
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.sound.model import SoundModel

GROUP_CHANNEL = "bells"
"""Room bells use the bells channel, set to the group volume while a group session runs."""


class RoomSound(QObject):
    def __init__(
        self,
        sound: SoundModel,
        speaker: Speaker,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound = sound
        self._speaker = speaker
        self._clock = clock
        self._personal_volume = 1.0

    def bell(self, which: str) -> None:
        self._sound.ring_group_bell(f"bell_{which}", GROUP_CHANNEL, self._clock.now())

    def set_group_volume(self, volume: float) -> None:
        self._sound.player.set_volume(GROUP_CHANNEL, volume)
        self._speaker.set_volume(volume)

    def say(self, text: str) -> None:
        self._speaker.say(text)

    def voice_enabled(self, on: bool) -> None:
        if not on:
            self._speaker.stop()

    def presenter_visible(self, shown: bool, group_volume: float) -> None:
        """The shared screen opened (at ``group_volume``) or closed (the user's volume returns)."""
        if shown:
            self._sound.player.prepare()
            self._personal_volume = self._sound.settings.volume(GROUP_CHANNEL)
            self.set_group_volume(group_volume)
        else:
            self._sound.player.set_volume(GROUP_CHANNEL, self._personal_volume)
