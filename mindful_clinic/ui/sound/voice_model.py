"""The voice settings and the one speaker, both made when first needed (the first screen needs
neither): guided practices, group mode and Settings -> Voice share them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from mindful_clinic.core.ports import SettingsSections, Speaker
    from mindful_clinic.core.sound.voice import VoiceSettings

SECTION = "voice"


class VoiceModel(QObject):
    message = Signal(str)
    """A one-time sentence for the message bar (no speech engine)."""

    def __init__(
        self,
        store: SettingsSections,
        make_speaker: Callable[[VoiceSettings, Callable[[str], None]], Speaker],
        parent: QObject | None = None,
    ) -> None:
        """``make_speaker(settings, notify)`` makes the speaker (its engine starts on first use)."""
        super().__init__(parent)
        self._store = store
        self._make_speaker = make_speaker
        self._settings: VoiceSettings | None = None
        self._speaker: Speaker | None = None

    @property
    def settings(self) -> VoiceSettings:
        if self._settings is None:
            from mindful_clinic.core.sound.voice import VoiceSettings

            self._settings = VoiceSettings.from_dict(self._store.section(SECTION))
        return self._settings

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:
            self._speaker = self._make_speaker(self.settings, self.message.emit)
        return self._speaker

    def save(self, settings: VoiceSettings) -> None:
        self._settings = settings
        self._store.set_section(SECTION, settings.to_dict())
