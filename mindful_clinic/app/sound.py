"""Sound in the app: one player, the user's sound settings, a mute button, cues for every practice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.storage.settings import SettingsStore

if TYPE_CHECKING:
    from mindful_clinic.core.practice.session import PracticeSession
    from mindful_clinic.core.sound.settings import SoundSettings
    from mindful_clinic.services.sound.player import SoundPlayer

SECTION = "sound"


class _Notifier(QObject):
    """Carries the player's one-time messages to the UI thread (the mixer starts on a worker)."""

    message = Signal(str)


class SoundWiring:
    """The sound settings, the player and the views that follow them (a plain class, made at start)."""

    def __init__(
        self, store: SettingsStore, clock: Clock, notifier: _Notifier, say: Callable[[str], None]
    ) -> None:
        self.store = store
        self.clock = clock
        self.notifier = notifier
        self.say = say
        self.mute_button: QPushButton | None = None
        self.listeners: list[Callable[[SoundSettings], None]] = []
        self.drivers: list[QObject] = []
        self._player: SoundPlayer | None = None
        self._settings: SoundSettings | None = None

    @property
    def settings(self) -> SoundSettings:
        """The user's sound settings, read when first needed (the first screen needs only mute).

        A stored value that cannot be used is reported then, once, and the defaults apply.
        """
        if self._settings is None:
            from mindful_clinic.core.sound.settings import settings_or_defaults

            self._settings, problem = settings_or_defaults(self.store.section(SECTION))
            if problem:
                self.say(problem)
        return self._settings

    @settings.setter
    def settings(self, settings: SoundSettings) -> None:
        self._settings = settings

    @property
    def muted(self) -> bool:
        """Muted or not, without reading the rest of the settings if they are not read yet."""
        if self._settings is not None:
            return self._settings.muted
        return self.store.section(SECTION).get("muted") is True

    @property
    def player(self) -> SoundPlayer:
        """Made when first needed (a practice, a preview, a reminder bell), with the settings then.

        Nothing plays before that, so the window does not wait for the sound module at start-up.
        """
        if self._player is None:
            from mindful_clinic.services.sound.player import apply_settings, make_player

            player = make_player(notify=self.notifier.message.emit)
            apply_settings(player, self.settings)  # cheap: the mixer starts on first use
            self._player = player
        return self._player

    @player.setter
    def player(self, player: SoundPlayer) -> None:
        self._player = player

    def close(self) -> None:
        """Close the player if one was ever made (at quit)."""
        if self._player is not None:
            self._player.close()

    def update(self, settings: SoundSettings) -> None:
        self.settings = settings
        self.store.set_section(SECTION, settings.to_dict())
        if self._player is not None:  # a player made later starts with these settings
            from mindful_clinic.services.sound.player import apply_settings

            apply_settings(self._player, settings)
        for driver in list(self.drivers):
            try:
                driver.set_settings(settings)  # type: ignore[attr-defined]
            except RuntimeError:  # the practice screen is gone
                self.drivers.remove(driver)
        for listener in self.listeners:
            listener(settings)
        self._sync_button()

    def set_muted(self, muted: bool) -> None:
        if muted != self.muted:
            self.update(self.settings.with_muted(muted))

    def attach(self, view: QWidget, session: PracticeSession, practice_id: str) -> None:
        """Cues, bells and ambient sound for one practice screen, following its session."""
        from mindful_clinic.ui.sound.cue_driver import CueDriver

        self.player.prepare()  # the mixer warms up in the background while the user settles
        driver = CueDriver(
            session,
            self.player,
            self.clock,
            self.settings.choices_for(practice_id),
            parent=view,
            settings=self.settings,
        )
        view.session_changed.connect(driver.sync)  # type: ignore[attr-defined]
        if hasattr(view, "jumped"):
            view.jumped.connect(driver.on_jumped)
        self.drivers.append(driver)
        driver.destroyed.connect(lambda *_: self._forget(driver))

    def _forget(self, driver: QObject) -> None:
        if driver in self.drivers:
            self.drivers.remove(driver)

    def output_problem(self) -> str | None:
        """Why nothing can be heard, once the player knows (no device, or sound switched off)."""
        if self._player is None or self._player.available:
            return None
        return self._player.problem

    def check_output(self) -> None:
        """Make the player (after start-up) so the rail can say when sound is unavailable."""
        _ = self.player
        self._sync_button()

    def make_mute_button(self) -> QPushButton:
        button = QPushButton()
        button.setCheckable(True)
        button.clicked.connect(lambda checked: self.set_muted(bool(checked)))
        self.mute_button = button
        self._sync_button()
        return button

    def _sync_button(self) -> None:
        b = self.mute_button
        if b is None:
            return
        muted = self.muted
        b.setChecked(muted)
        problem = self.output_problem()
        text = (
            QCoreApplication.translate("Sound", "Sound: unavailable")
            if problem and not muted
            else QCoreApplication.translate("Sound", "Sound: off")
            if muted
            else QCoreApplication.translate("Sound", "Sound: on")
        )
        b.setText(text)
        b.setToolTip(problem or "")
        b.setAccessibleName(
            QCoreApplication.translate("Sound", "Mute all sounds (currently %s)")
            % (
                QCoreApplication.translate("Sound", "muted")
                if muted
                else QCoreApplication.translate("Sound", "on")
            )
        )


def wire_sound(store: SettingsStore, clock: Clock, say: Callable[[str], None]) -> SoundWiring:
    notifier = _Notifier()
    notifier.message.connect(say)
    wiring = SoundWiring(store, clock, notifier, say)
    notifier.message.connect(lambda _text: wiring._sync_button())  # e.g. no device after all
    return wiring
