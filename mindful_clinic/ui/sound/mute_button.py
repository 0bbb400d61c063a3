"""The mute button on the window's rail: one click silences every sound, and it shows the state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from mindful_clinic.core.sound.settings import SoundSettings
    from mindful_clinic.ui.sound.model import SoundModel


class MuteButton(QPushButton):
    def __init__(self, model: SoundModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.clicked.connect(lambda checked: model.set_muted(bool(checked)))
        self._model = model
        model.settings_changed.connect(self._show)
        # Bound methods, not lambdas: the player's worker may answer after the button is gone.
        model.output_changed.connect(self._show_output)
        self._show_muted(model.muted)

    def _show(self, settings: SoundSettings) -> None:
        self._show_muted(settings.muted)

    def _show_output(self) -> None:
        self._show_muted(self._model.muted)

    def _show_muted(self, muted: bool) -> None:
        problem = self._model.output_problem()
        self.setChecked(muted)
        if muted:
            self.setText(self.tr("Sound: off"))
        elif problem:
            self.setText(self.tr("Sound: unavailable"))  # never "on" when nothing can be heard
        else:
            self.setText(self.tr("Sound: on"))
        self.setToolTip(problem or "")
        # The visible words ("Sound: off") are its name (issue #17); what a press does is said after.
        self.setAccessibleDescription(
            self.tr("Press to switch all sounds back on")
            if muted
            else self.tr("Press to mute all sounds")
        )
