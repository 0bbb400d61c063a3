"""A quiet line on the home screen for the reminder waiting for an answer.

It stays until the reminder is answered (here, in the notification, the corner notice or the tray
menu), so a notification that was dismissed or missed can still be acted on. Its buttons are plain
keyboard buttons in the app's palette; after Snooze or Skip it says what happens next ("Next
reminder 14:40") without buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SNOOZE_MINUTES = (5, 10, 15)


class ReminderBanner(QFrame):
    start_requested = Signal()
    snooze_requested = Signal(int)
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # quiet, and right in every theme
        self.setAccessibleName(self.tr("Reminder waiting"))
        row = QHBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setAccessibleName(self.tr("Reminder"))
        row.addWidget(self.message, 1)
        self.start_button = self._button(self.tr("Start now"), self.tr("Start now"), row)
        self.start_button.clicked.connect(self.start_requested)
        self.snooze_buttons: list[QPushButton] = []
        for minutes in SNOOZE_MINUTES:
            b = self._button(
                self.tr("Snooze {n}").format(n=minutes),
                self.tr("Snooze {n} minutes").format(n=minutes),
                row,
            )
            b.clicked.connect(lambda _=False, m=minutes: self.snooze_requested.emit(m))
            self.snooze_buttons.append(b)
        self.skip_button = self._button(self.tr("Skip"), self.tr("Skip this reminder"), row)
        self.skip_button.clicked.connect(self.skip_requested)
        self.hide()

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(name)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(b)
        return b

    def buttons(self) -> list[QPushButton]:
        return [self.start_button, *self.snooze_buttons, self.skip_button]

    def show_pending(self, text: str) -> None:
        self.message.setText(text)
        for b in self.buttons():
            b.setVisible(True)
        self.show()

    def show_status(self, text: str) -> None:
        """After an answer: what happens next, no buttons."""
        self.message.setText(text)
        for b in self.buttons():
            b.setVisible(False)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.message.clear()
        self.hide()

    def is_pending(self) -> bool:
        return not self.isHidden() and not self.start_button.isHidden()

    def take_focus(self) -> bool:
        if not self.is_pending():
            return False
        self.start_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
