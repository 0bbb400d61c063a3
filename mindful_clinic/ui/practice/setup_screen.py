"""What every practice's set-up screen offers the practice flow: start with a choice, or go back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class SetupScreen(QWidget):
    start_requested = Signal(object)
    """Emits the choice the user made (a PracticeChoice, GuidedOptions...)."""
    back_requested = Signal()
