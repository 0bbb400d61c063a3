"""Guided practices, the voice, the support texts and their settings tabs.

The user's own practices are read at start-up (the home screen lists them); the guided screens, the
voice and the support texts are built the first time they are needed, so start-up does not wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from mindful_clinic.core.ports import SettingsSections, Speaker
    from mindful_clinic.core.practice.catalog import CatalogEntry
    from mindful_clinic.core.sound.voice import VoiceSettings
    from mindful_clinic.core.support.contacts import SupportInfo
    from mindful_clinic.ui.practice.flow import PracticeKind, PreparedPractice
    from mindful_clinic.ui.practice.setup_screen import SetupScreen
    from mindful_clinic.ui.support.settings import SupportSettings


class LazyKind:
    """A practice kind for the practice flow that builds the real one when a practice is opened."""

    def __init__(self, make: Callable[[], PracticeKind]) -> None:
        self._make = make
        self._kind: PracticeKind | None = None

    @property
    def kind(self) -> PracticeKind:
        if self._kind is None:
            self._kind = self._make()
        return self._kind

    def setup_widget(self, entry: CatalogEntry) -> SetupScreen:
        return self.kind.setup_widget(entry)

    def prepare(self, entry: CatalogEntry, choice: object) -> PreparedPractice:
        return self.kind.prepare(entry, choice)

    def remember(self, entry: CatalogEntry, choice: object) -> None:
        self.kind.remember(entry, choice)


class Voice(QObject):
    """The voice settings and the one speaker, both made when first needed."""

    message = Signal(str)
    """A one-time sentence for the message bar (no speech engine)."""

    def __init__(self, store: SettingsSections, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings: VoiceSettings | None = None
        self._speaker: Speaker | None = None

    @property
    def settings(self) -> VoiceSettings:
        if self._settings is None:
            from mindful_clinic.core.sound.voice import VoiceSettings

            self._settings = VoiceSettings.from_dict(self._store.section("voice"))
        return self._settings

    @property
    def speaker(self) -> Speaker:
        """The one speaker (its engine still starts on first use, not here)."""
        if self._speaker is None:
            from mindful_clinic.services.sound.speech import make_speaker

            self._speaker = make_speaker(self.settings, notify=self.message.emit)
        return self._speaker

    def save(self, settings: VoiceSettings) -> None:
        self._settings = settings
        self._store.set_section("voice", settings.to_dict())

    def make_settings_tab(self) -> QWidget:
        from mindful_clinic.ui.sound.voice_settings import VoiceSettingsWidget

        return VoiceSettingsWidget(self.settings, self.speaker, self.save)


def support_info(store: SettingsSections) -> SupportInfo:
    """The shipped support contacts with the user's own edits."""
    from mindful_clinic.core.support.contacts import SupportEdits, merge, shipped_support

    return merge(shipped_support(), SupportEdits.from_dict(store.section("support")))


def make_support_settings(store: SettingsSections) -> SupportSettings:
    from mindful_clinic.core.support.contacts import SupportEdits, shipped_support
    from mindful_clinic.ui.support.settings import SupportSettings

    edits = SupportEdits.from_dict(store.section("support"))
    return SupportSettings(
        shipped_support(), edits, lambda e: store.set_section("support", e.to_dict())
    )
