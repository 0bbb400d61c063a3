"""Group mode: the facilitator's panel in the window, the practice alone on the shared screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from mindful_clinic.app.sound import SoundWiring
from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.core.time.clock import Clock

GROUP_CHANNEL = "bells"
"""Room bells use the bells channel, set to the group volume while a group session runs."""


def make_group_panel(
    catalog: Catalog,
    clock: Clock,
    folder: Path,
    sound: SoundWiring,
    speaker: object,
    on_presenter_visible: Callable[[bool], None],
) -> QWidget:
    from mindful_clinic.core.sound.settings import SoundPurpose, sound_decision
    from mindful_clinic.services.group.store import GroupStore
    from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel

    panel = GroupFacilitatorPanel(catalog, clock, store=GroupStore(folder))
    personal_volume = {"bells": sound.settings.volume(GROUP_CHANNEL)}

    def bell(which: str) -> None:
        decision = sound_decision(
            sound.settings,
            now=clock.now(),
            purpose=SoundPurpose.PRACTICE,
            in_user_practice=True,
            channel=GROUP_CHANNEL,
        )
        if decision.allowed:
            sound.player.play(f"bell_{which}", GROUP_CHANNEL)

    def group_volume(volume: float) -> None:
        sound.player.set_volume(GROUP_CHANNEL, volume)
        speaker.set_volume(volume)  # type: ignore[attr-defined]

    def presenter_visible(shown: bool) -> None:
        if shown:
            sound.player.prepare()
            personal_volume["bells"] = sound.settings.volume(GROUP_CHANNEL)
            group_volume(panel.setup.volume_slider.value() / 100)
        else:
            sound.player.set_volume(GROUP_CHANNEL, personal_volume["bells"])
        on_presenter_visible(shown)

    panel.bell_requested.connect(bell)
    panel.group_volume_changed.connect(group_volume)
    panel.speak_requested.connect(speaker.say)  # type: ignore[attr-defined]
    panel.voice_enabled_changed.connect(lambda on: on or speaker.stop())  # type: ignore[attr-defined]
    panel.presenter_visible_changed.connect(presenter_visible)
    return panel
