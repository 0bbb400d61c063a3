"""The voice settings and the one speaker, both made when first needed (the first screen needs
neither): guided practices, group mode and Settings -> Voice share them.

A speech problem ("No speech engine found; captions carry on.") is said once, where it is useful:
a screen with its own line beside a Voice button (a guided practice, Settings -> Voice) takes it
from the speaker (``take_notice``) as it asks for words; only a problem no screen took, as in group
mode, goes on to the window's message bar, once the event loop comes round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from mindful_clinic.core.ports import SettingsSections, Speaker
    from mindful_clinic.core.sound.voice import VoiceSettings

SECTION = "voice"


class VoiceModel(QObject):
    message = Signal(str)
    """A one-time sentence for the message bar (no speech engine), unless a screen showed it."""

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
            self._speaker = self._make_speaker(self.settings, self._problem_arose)
        return self._speaker

    def _problem_arose(self, _text: str) -> None:
        # The screen that asked for the words takes the notice in the same turn of the event loop.
        QTimer.singleShot(0, self, self._tell_if_untaken)

    def _tell_if_untaken(self) -> None:
        notice = self._speaker.take_notice() if self._speaker is not None else None
        if notice:
            self.message.emit(notice)

    def save(self, settings: VoiceSettings) -> None:
        self._settings = settings
        self._store.set_section(SECTION, settings.to_dict())
