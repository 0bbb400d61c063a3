"""Worry time's reminder on the home screen, and the small private view of a parked worry.

``WorryLine`` is a quiet line at the top of the home screen while a worry reminder waits for an
answer: "Worry time: the worry you parked at 11:20", with Look at it now and Snooze. It never shows
the worry itself (a colleague may see the screen). ``WorryNoteView`` shows the words, to the user
alone, with Keep (as a reflection) and Let it go (Esc): either way the note is then gone from the
worry list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WorryLine(QFrame):
    look_requested = Signal()
    snooze_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Worry time"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.look_button = QPushButton(self.tr("Look at it now"))
        self.look_button.setAccessibleDescription(
            self.tr("Look at the worry you parked, privately")
        )
        self.look_button.clicked.connect(self.look_requested)
        self.snooze_button = QPushButton(self.tr("Snooze 10 min"))
        self.snooze_button.setAccessibleDescription(self.tr("Remind me of the worry in 10 minutes"))
        self.snooze_button.clicked.connect(self.snooze_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.message, 1)
        row.addWidget(self.look_button)
        row.addWidget(self.snooze_button)
        self.hide()

    def show_pending(self, text: str) -> None:
        self.message.setText(text)
        self.show()

    def clear(self) -> None:
        self.message.clear()
        self.hide()


class WorryNoteView(QDialog):
    kept = Signal()
    let_go = Signal()

    def __init__(self, when: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Worry time"))
        self.setAccessibleName(self.tr("The worry you parked"))
        intro = QLabel(
            self.tr("You parked this at %1. Fifteen minutes for it now, then let it rest.")
            .replace("%1", when)
        )  # fmt: skip
        intro.setWordWrap(True)
        self.words = QLabel(text)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.words.setAccessibleName(self.tr("Your worry"))
        questions = QLabel(self.tr("What could you do? What can only wait?"))
        questions.setWordWrap(True)
        questions.setProperty("role", "muted")
        self.keep_button = QPushButton(self.tr("Keep as a reflection"))
        self.keep_button.setAccessibleName(self.tr("Keep these words as a reflection"))
        self.keep_button.clicked.connect(self._keep)
        self.let_go_button = QPushButton(self.tr("Let it go (Esc)"))
        self.let_go_button.setAccessibleName(self.tr("Let the worry go; the note is deleted"))
        self.let_go_button.clicked.connect(self._let_go)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.let_go_button)
        row.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        for w in (intro, self.words, questions):
            layout.addWidget(w)
        layout.addLayout(row)
        self._answered = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._let_go()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closed without a choice: the worry was looked at, and is let go as worry time says."""
        self._let_go()

    def _keep(self) -> None:
        if not self._answered:
            self._answered = True
            self.kept.emit()
        self.done(QDialog.DialogCode.Accepted)

    def _let_go(self) -> None:
        if not self._answered:
            self._answered = True
            self.let_go.emit()
        self.done(QDialog.DialogCode.Rejected)
