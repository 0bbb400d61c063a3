"""Guided practices, voice, the support page, the first-run note, and their settings tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
from mindful_clinic.services.storage.settings import SettingsStore

if TYPE_CHECKING:
    from mindful_clinic.core.sound.settings import PracticeSoundChoices
    from mindful_clinic.core.sound.voice import VoiceSettings
    from mindful_clinic.core.support.contacts import SupportInfo
    from mindful_clinic.services.sound.speech import Speaker
    from mindful_clinic.ui.guided.kind import GuidedKind
    from mindful_clinic.ui.practice.flow import PreparedPractice

# The user's own practices are read at start-up (the home screen lists them); the guided screens, the
# voice and the support texts are built the first time they are needed, so start-up does not wait
# for them.


class GuidedWiring:
    def __init__(
        self,
        custom_practices: CustomPracticeStore,
        store: SettingsStore,
        make_kind: Callable[[GuidedWiring], GuidedKind],
        say: Callable[[str], None],
    ) -> None:
        self.custom_practices = custom_practices
        self.store = store
        self._make_kind = make_kind
        self._say = say
        self._kind: GuidedKind | None = None
        self.view: Any = None
        """The guided screen last opened (the voice follows mute and quiet hours)."""
        self._speaker: Speaker | None = None
        self._voice: VoiceSettings | None = None

    @property
    def voice(self) -> VoiceSettings:
        if self._voice is None:
            from mindful_clinic.core.sound.voice import VoiceSettings

            self._voice = VoiceSettings.from_dict(self.store.section("voice"))
        return self._voice

    @voice.setter
    def voice(self, value: VoiceSettings) -> None:
        self._voice = value

    @property
    def speaker(self) -> Speaker:
        """The one speaker (its engine still starts on first use, not here)."""
        if self._speaker is None:
            from mindful_clinic.services.sound.speech import make_speaker

            self._speaker = make_speaker(self.voice, notify=self._say)
        return self._speaker

    @property
    def kind(self) -> GuidedKind:
        if self._kind is None:
            self._kind = self._make_kind(self)
        return self._kind

    def follow_silence(self, reason: str | None) -> None:
        """Mute or quiet hours began during a guided practice: the voice goes quiet, like the bells."""
        view = self.view
        if reason is not None and view is not None and view.voice and not view.session.is_over:
            view.set_voice(False)
            view.explain_voice(reason)

    def support_info(self) -> SupportInfo:
        from mindful_clinic.core.support.contacts import SupportEdits, merge, shipped_support

        return merge(shipped_support(), SupportEdits.from_dict(self.store.section("support")))

    def make_voice_settings(self) -> QWidget:
        from mindful_clinic.ui.sound.voice_settings import VoiceSettingsWidget

        def save(v: VoiceSettings) -> None:
            self.voice = v
            self.store.set_section("voice", v.to_dict())

        return VoiceSettingsWidget(self.voice, self.speaker, save)

    def make_support_settings(self, on_change: Callable[[SupportInfo], None]) -> QWidget:
        from mindful_clinic.core.support.contacts import SupportEdits, shipped_support
        from mindful_clinic.ui.support.settings import SupportSettings

        shipped = shipped_support()
        edits = SupportEdits.from_dict(self.store.section("support"))
        widget = SupportSettings(
            shipped, edits, lambda e: self.store.set_section("support", e.to_dict())
        )
        widget.changed.connect(on_change)
        return widget


class LazyKind:
    """A practice kind for the practice flow that builds the real one when a practice is opened."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make

    def setup_widget(self, entry: CatalogEntry) -> QWidget:
        return self._make().setup_widget(entry)  # type: ignore[no-any-return]

    def prepare(self, entry: CatalogEntry, choice: Any) -> PreparedPractice:
        return self._make().prepare(entry, choice)  # type: ignore[no-any-return]

    def remember(self, entry: CatalogEntry, choice: Any) -> None:
        self._make().remember(entry, choice)


def wire_guided(
    folder: Path,
    store: SettingsStore,
    clock: Clock,
    say: Callable[[str], None],
    edit_practice: Callable[[object], None] | None = None,
    on_view_created: Callable[[QWidget], None] | None = None,
    sound_choices: Callable[[str | None], PracticeSoundChoices] | None = None,
    save_sound_choices: Callable[[str, PracticeSoundChoices], None] | None = None,
    voice_silenced: Callable[[], str | None] = lambda: None,
    show_once: Callable[[str], bool] = lambda _id: False,
) -> GuidedWiring:
    def make_kind(wiring: GuidedWiring) -> GuidedKind:
        from mindful_clinic.ui.guided.kind import GuidedKind

        def created(view: QWidget) -> None:
            wiring.view = view
            (on_view_created or (lambda _v: None))(view)

        return GuidedKind(
            clock,
            wiring.speaker,
            load_choices=lambda: store.section("guided"),
            save_choices=lambda d: store.set_section("guided", d),
            voice_on=lambda: wiring.voice.enabled,
            on_view_created=created,
            edit_practice=edit_practice,
            sound_choices=sound_choices,
            save_sound_choices=save_sound_choices,
            voice_silenced=voice_silenced,
            show_once=show_once,
        )

    return GuidedWiring(CustomPracticeStore(folder), store, make_kind, say)
