"""A progress bar that moves smoothly on screen and tells a screen reader its value in a few steps.

A plain QProgressBar updated 30 times a second sends a value change to the screen reader each time:
chatter that drowns out everything else. This one draws its exact fraction, and changes its
accessible value (what a screen reader reads) only when the bar crosses one of ``steps`` steps.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QStyle, QStyleOptionProgressBar, QStylePainter, QWidget

DRAWN_STEPS = 1000


class QuietProgressBar(QProgressBar):
    def __init__(self, steps: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, steps)
        self.setTextVisible(False)
        self.setValue(0)
        self.fraction = 0.0

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction`` (0 to 1) at once; the accessible value follows in whole steps."""
        fraction = min(1.0, max(0.0, fraction))
        if fraction == self.fraction:
            return
        self.fraction = fraction
        step = int(fraction * self.maximum())
        if step != self.value():
            self.setValue(step)
        self.update()

    def paintEvent(self, _event: object) -> None:
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        option.minimum = 0
        option.maximum = DRAWN_STEPS
        option.progress = round(self.fraction * DRAWN_STEPS)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_ProgressBar, option)
