"""Sound in the app: one player behind the sound model, and cues for every practice screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mindful_clinic.ui.sound.model import SoundModel

if TYPE_CHECKING:
    from mindful_clinic.core.ports import SettingsSections, SoundPlayer
    from mindful_clinic.core.time.clock import Clock
    from mindful_clinic.ui.practice.session_view import SessionView


def build_sound(store: SettingsSections) -> SoundModel:
    """The sound model; the player (and pygame with it) is made the first time a sound is wanted."""

    def make_player(
        notify: Callable[[str], None], output_changed: Callable[[], None]
    ) -> SoundPlayer:
        from mindful_clinic.services.sound.player import make_player

        return make_player(notify=notify, on_output=output_changed)

    return SoundModel(store, make_player)


def attach_practice_sound(
    sound: SoundModel,
    clock: Clock,
    view: SessionView,
    practice_id: str,
) -> None:
    """Cues, bells and ambient sound for one practice screen, following its session."""
    from mindful_clinic.ui.sound.cue_driver import CueDriver

    sound.player.prepare()  # the mixer warms up in the background while the user settles
    settings = sound.settings
    driver = CueDriver(
        view.session,
        sound.player,
        clock,
        settings.choices_for(practice_id),
        view,
        settings=settings,
    )
    view.session_changed.connect(driver.sync)
    view.jumped.connect(driver.on_jumped)
    sound.settings_changed.connect(driver.set_settings)  # gone with the screen
