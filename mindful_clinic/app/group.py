"""Group mode: the facilitator's panel in the window, the practice alone on the shared screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mindful_clinic.core.ports import Speaker
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel
from mindful_clinic.ui.group.room_sound import RoomSound
from mindful_clinic.ui.practice.catalog_model import CatalogModel
from mindful_clinic.ui.shell.main_window import MainWindow
from mindful_clinic.ui.sound.model import SoundModel


def build_group_panel(
    catalog: CatalogModel,
    clock: Clock,
    folder: Path,
    sound: SoundModel,
    speaker: Speaker,
    hold_reminders: Callable[[bool], None],
) -> GroupFacilitatorPanel:
    """The panel, its room sound, and ``hold_reminders(shown)`` while the shared screen is up."""
    from mindful_clinic.services.group.store import GroupStore
    from mindful_clinic.services.sync.follow import personal_file

    store = GroupStore(folder, personal_file("group", clock))  # every computer's, if synced
    panel = GroupFacilitatorPanel(catalog.catalog, clock, store=store)
    room = RoomSound(sound, speaker, clock, parent=panel)
    panel.bell_requested.connect(room.bell)
    panel.group_volume_changed.connect(room.set_group_volume)
    panel.speak_requested.connect(room.say)
    panel.voice_enabled_changed.connect(room.voice_enabled)
    panel.presenter_visible_changed.connect(
        lambda shown: room.presenter_visible(shown, panel.group_volume())
    )
    panel.presenter_visible_changed.connect(hold_reminders)
    catalog.changed.connect(panel.set_catalog)
    return panel


def keyboard_to_next_on_show(panel: GroupFacilitatorPanel, window: MainWindow) -> None:
    """F5 pressed from the rail (right after Ctrl+3) shows the shared screen: the keyboard goes on
    to Next (Page Down), where the facilitator goes on, instead of staying on the rail."""

    def shown(visible: bool) -> None:
        if visible:
            window.bring_keyboard_into_page("group", panel.buttons["next"])

    panel.presenter_visible_changed.connect(shown)
