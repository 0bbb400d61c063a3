"""What every practice's set-up screen offers the practice flow: start with a choice, or go back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class SetupScreen(QWidget):
    start_requested = Signal(object)
    """Emits the choice the user made (a PracticeChoice, GuidedOptions...)."""
    back_requested = Signal()

    def choose_length(self, seconds: int) -> None:
        """Offer the length nearest ``seconds`` (the time chosen on the home screen). Screens
        with lengths choose it; others keep theirs."""
        group = getattr(self, "length_group", None)
        best = None
        for b in group.buttons() if group is not None else []:
            value = b.property("duration_s") or b.property("length_s")
            if b.property("breaths") or not value:
                continue
            if best is None or abs(int(value) - seconds) < abs(int(best[0]) - seconds):
                best = (value, b)
        if best is not None:
            best[1].click()
