"""The guided practice's Voice button: "Voice: on", "Voice: off", or "Voice: unavailable".

Pressed (filled) means the guidance is spoken. Without a speech engine nothing can be spoken, so
the button is neither pressed nor pressable: it is drawn in the theme's disabled colours (its text
AA, its edge 3:1, as every theme's disabled control) and a screen reader hears it as unavailable,
with the reason as its description. The user's wish to hear the voice is kept by the practice
screen, not by this button's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from mindful_clinic.core.ports import Speaker


class VoiceButton(QPushButton):
    def __init__(self, on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setChecked(on)

    def show_voice(self, wanted: bool, speaker: Speaker) -> None:
        """Show whether the voice is ``wanted`` and, if it is, whether ``speaker`` can speak."""
        # Asked only when the voice is wanted: finding the speech engine can take a moment.
        missing = wanted and not speaker.available and speaker.problem is not None
        with QSignalBlocker(self):  # showing the state is not the user pressing the button
            self.setChecked(wanted and not missing)
        self.setEnabled(not missing)
        if missing:
            self.setText(self.tr("Voice: unavailable"))
            self.setToolTip(str(speaker.problem))
            self.setAccessibleDescription(str(speaker.problem))
        else:
            self.setText(self.tr("Voice: on") if wanted else self.tr("Voice: off"))
            self.setToolTip("")
            self.setAccessibleDescription(self.tr("Speak the guidance aloud"))
