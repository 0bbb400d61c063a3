"""Guided practices, the voice, the support texts and their settings tabs.

The user's own practices are read at start-up (the home screen lists them); the guided screens, the
voice and the support texts are built the first time they are needed, so start-up does not wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mindful_clinic.ui.sound.voice_model import VoiceModel

if TYPE_CHECKING:
    from mindful_clinic.core.ports import SettingsSections, Speaker
    from mindful_clinic.core.sound.voice import VoiceSettings
    from mindful_clinic.core.support.contacts import SupportInfo
    from mindful_clinic.ui.support.settings import SupportSettings


def build_voice(store: SettingsSections) -> VoiceModel:
    """The voice model; the speaker (QtTextToSpeech) is made when first needed."""

    def make_speaker(settings: VoiceSettings, notify: Callable[[str], None]) -> Speaker:
        from mindful_clinic.services.sound.speech import make_speaker

        return make_speaker(settings, notify=notify)

    return VoiceModel(store, make_speaker)


def make_voice_settings(voice: VoiceModel) -> QWidget:
    from mindful_clinic.ui.sound.voice_settings import VoiceSettingsWidget

    return VoiceSettingsWidget(voice.settings, voice.speaker, voice.save)


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
