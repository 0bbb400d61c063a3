"""The home screen's quiet line for reflection (issue #19): one tap to the debrief after a hard
appointment, the end-of-day reflection once the working day is over, and a self-check when one the
user turned on is due. Nothing here nags: each is a small flat button the user may ignore.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class ReflectHomeLine(QWidget):
    debrief_requested = Signal()
    reflect_requested = Signal()
    selfcheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.debrief = self._button(
            self.tr("After a hard appointment"),
            self.tr("Start the short debrief after a hard appointment"),
            self.debrief_requested,
        )
        self.reflect = self._button(
            self.tr("One line about today"),
            self.tr("Write one reflection on today"),
            self.reflect_requested,
        )
        self.selfcheck = self._button(
            self.tr("Self-check due"),
            self.tr("Open the self-check that is due"),
            self.selfcheck_requested,
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.debrief, self.reflect, self.selfcheck):
            row.addWidget(b)
        row.addStretch(1)
        self.set_state(end_of_day=False, due=[])

    def _button(self, text: str, explain: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        # The visible words are its name (issue #17); the fuller sentence is said after them.
        button.setAccessibleDescription(explain)
        button.setToolTip(explain)
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def set_state(self, end_of_day: bool, due: list[str]) -> None:
        """Show the end-of-day prompt after working hours and the self-check line when one is due."""
        self.reflect.setVisible(end_of_day)
        self.selfcheck.setVisible(bool(due))
