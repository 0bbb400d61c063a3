"""Guided practices, voice, the support page, the first-run note, and their settings tabs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mindful_clinic.core.clock import Clock
from mindful_clinic.core.sound_settings import PracticeSoundChoices
from mindful_clinic.core.support import SupportEdits, SupportInfo, merge, shipped_support
from mindful_clinic.core.voice_settings import VoiceSettings
from mindful_clinic.services.custom_practices import CustomPracticeStore
from mindful_clinic.services.settings import SettingsStore
from mindful_clinic.services.speech import Speaker, make_speaker
from mindful_clinic.ui.guided_kind import GuidedKind


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


@dataclass
class GuidedWiring:
    kind: GuidedKind
    speaker: Speaker
    voice: VoiceSettings
    custom_practices: CustomPracticeStore
    store: SettingsStore

    def support_info(self) -> SupportInfo:
        return merge(shipped_support(), SupportEdits.from_dict(self.store.section("support")))

    def make_voice_settings(self) -> QWidget:
        from mindful_clinic.ui.voice_settings import VoiceSettingsWidget

        def save(v: VoiceSettings) -> None:
            self.voice = v
            self.store.set_section("voice", v.to_dict())

        return VoiceSettingsWidget(self.voice, self.speaker, save)

    def make_support_settings(self, on_change: Callable[[SupportInfo], None]) -> QWidget:
        from mindful_clinic.ui.support_settings import SupportSettings

        shipped = shipped_support()
        edits = SupportEdits.from_dict(self.store.section("support"))
        widget = SupportSettings(
            shipped, edits, lambda e: self.store.set_section("support", e.to_dict())
        )
        widget.changed.connect(on_change)
        return widget


def wire_guided(
    folder: Path,
    store: SettingsStore,
    clock: Clock,
    say: Callable[[str], None],
    edit_practice: Callable[[object], None] | None = None,
    on_view_created: Callable[[QWidget], None] | None = None,
    sound_choices: Callable[[str | None], PracticeSoundChoices] | None = None,
    save_sound_choices: Callable[[str, PracticeSoundChoices], None] | None = None,
) -> GuidedWiring:
    voice = VoiceSettings.from_dict(store.section("voice"))
    speaker = make_speaker(voice, notify=say)  # the engine starts on first use, not here
    holder: dict[str, GuidedWiring] = {}
    kind = GuidedKind(
        clock,
        speaker,
        load_choices=lambda: store.section("guided"),
        save_choices=lambda d: store.set_section("guided", d),
        voice_on=lambda: holder["w"].voice.enabled,
        on_view_created=on_view_created or (lambda _v: None),
        edit_practice=edit_practice,
        sound_choices=sound_choices,
        save_sound_choices=save_sound_choices,
    )
    wiring = GuidedWiring(kind, speaker, voice, CustomPracticeStore(folder), store)
    holder["w"] = wiring
    return wiring
