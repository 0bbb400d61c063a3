"""The user's sound settings and the one player, as one object the views follow.

The settings are read when first needed (the first screen needs only "muted"), the player is made
when first needed (a practice, a preview, a bell), and every change is saved, given to the player
and announced on ``settings_changed``: the mute button, the tray, Settings -> Sound and each
practice's cue driver follow that signal. Whether anything can be heard is learnt by the player,
often in its worker thread; ``output_changed`` says so in the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from datetime import datetime

    from mindful_clinic.core.ports import SettingsSections, SoundPlayer
    from mindful_clinic.core.sound.settings import SoundSettings

# The sound settings' module is imported when they are first read, not at start-up: the first
# screen needs only "muted".

SECTION = "sound"
OUTPUT_CHECK_DELAY_MS = 2000
"""After the window's background services start: importing pygame and opening the device in the
player's worker thread then takes nothing from the start-up (it competes for Python's lock)."""

MakePlayer = Callable[[Callable[[str], None], Callable[[], None]], "SoundPlayer"]
"""``make_player(notify, output_changed)``: both may be called from the player's worker thread."""


@runtime_checkable
class ChecksOutput(Protocol):
    """A player that can find out whether a device opens before any sound is wanted."""

    def check(self) -> None: ...


class SoundModel(QObject):
    settings_changed = Signal(object)
    """The new SoundSettings, after every change (saved and given to the player)."""
    message = Signal(str)
    """A one-time sentence for the message bar (a bad stored setting, no sound output)."""
    output_changed = Signal()
    """The player now knows whether anything can be heard (``output_problem``)."""
    _player_learnt = Signal()
    """Emitted by the player, maybe in its worker thread; queued on to ``output_changed``."""

    def __init__(
        self,
        store: SettingsSections,
        make_player: MakePlayer,
        parent: QObject | None = None,
    ) -> None:
        """``make_player(notify, output_changed)`` makes the player (see ``MakePlayer``)."""
        super().__init__(parent)
        self._store = store
        self._make_player = make_player
        self._player: SoundPlayer | None = None
        self._settings: SoundSettings | None = None
        # A slot of this object: a worker's emit reaches it queued, in the window's thread.
        self._player_learnt.connect(self._announce_output)

    @property
    def settings(self) -> SoundSettings:
        """Read when first needed; a stored value that cannot be used is reported once."""
        if self._settings is None:
            from mindful_clinic.core.sound.settings import settings_or_defaults

            self._settings, problem = settings_or_defaults(self._store.section(SECTION))
            if problem:
                self.message.emit(problem)
        return self._settings

    @property
    def muted(self) -> bool:
        """Muted or not, without reading the rest of the settings if they are not read yet."""
        if self._settings is not None:
            return self._settings.muted
        return self._store.section(SECTION).get("muted") is True

    @property
    def player(self) -> SoundPlayer:
        """Made when first needed, with the settings then (the mixer starts on first use)."""
        if self._player is None:
            from mindful_clinic.core.sound.settings import apply_to_player

            self._player = self._make_player(self.message.emit, self._player_learnt.emit)
            apply_to_player(self._player, self.settings)
        return self._player

    def output_problem(self) -> str | None:
        """Why nothing can be heard, once the player knows (no device, or sound switched off)."""
        if self._player is None or self._player.available:
            return None
        return self._player.problem

    def check_output(self) -> None:
        """Make the player (after start-up) and let it try the device in the background, so the
        rail can say when sound is unavailable before a practice wants a sound."""
        if isinstance(self.player, ChecksOutput):
            QTimer.singleShot(OUTPUT_CHECK_DELAY_MS, self, self._check_player)
        self.output_changed.emit()  # a silent player knows at once

    def _check_player(self) -> None:
        if isinstance(self._player, ChecksOutput):
            self._player.check()  # the answer comes back through ``_player_learnt``

    @Slot()
    def _announce_output(self) -> None:
        self.output_changed.emit()

    def use_player(self, player: SoundPlayer) -> None:
        """Play through ``player`` from now on (tests, and a machine switched to silence)."""
        from mindful_clinic.core.sound.settings import apply_to_player

        self._player = player
        apply_to_player(player, self.settings)

    def update(self, settings: SoundSettings) -> None:
        from mindful_clinic.core.sound.settings import apply_to_player

        self._settings = settings
        self._store.set_section(SECTION, settings.to_dict())
        if self._player is not None:  # a player made later starts with these settings
            apply_to_player(self._player, settings)
        self.settings_changed.emit(settings)

    def set_muted(self, muted: bool) -> None:
        if muted != self.muted:
            self.update(self.settings.with_muted(muted))

    def reset(self) -> None:
        """Back to the defaults (after "Delete all my data")."""
        from mindful_clinic.core.sound.settings import SoundSettings

        self.update(SoundSettings())

    def close(self) -> None:
        """Close the player if one was ever made (at quit)."""
        if self._player is not None:
            self._player.close()

    def ring_reminder(self, reminders_ring: bool, now: datetime) -> None:
        """A reminder is due: its bell, if the user chose one and it may play now."""
        from mindful_clinic.core.sound.settings import reminder_bell

        name = reminder_bell(self.settings, reminders_ring, now)
        if name is not None:
            self.player.play(name, "bells")

    def ring_group_bell(self, name: str, channel: str, now: datetime) -> None:
        from mindful_clinic.core.sound.settings import group_bell_allowed

        if group_bell_allowed(self.settings, now, channel):
            self.player.play(name, channel)
