"""Focus mode: the practice full screen, with the shape and the words and nothing else.

A window of its own, owned by the practice screen, which keeps it up to date as it refreshes
(``SessionView.update_focus``); the practice itself goes on in the main window underneath. Esc or
F11 leaves focus mode (never the practice), and Space still pauses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mindful_clinic.ui.shell.theme import scaled_font

FOCUS_KEY = "F11"
"""Enters and leaves focus mode during a practice (listed in ui/shell/shortcuts.py)."""


OWN_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Space)


class FocusScreen(QWidget):
    left = Signal()
    """The user left focus mode (Esc, F11, or the window was closed)."""
    pause_requested = Signal()

    def __init__(self, shape: QWidget | None, parent: QWidget) -> None:
        """``shape``: the moving guide (the pacer's), or None for words alone."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Focus mode"))
        self.setAccessibleName(self.tr("Focus mode: press Esc to leave"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.shape = shape
        self.words = QLabel()
        self.words.setFont(scaled_font(self, 2.6, QFont.Weight.DemiBold))
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setWordWrap(True)
        self.words.setAccessibleDescription(self.tr("What to do now"))
        self.under = QLabel()
        self.under.setProperty("role", "muted")
        self.under.setFont(scaled_font(self, 1.6))
        self.under.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.under.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(64, 48, 64, 48)
        col.addStretch(1)
        if shape is not None:
            col.addWidget(shape, 6)
        col.addSpacing(16)
        col.addWidget(self.words)
        col.addWidget(self.under)
        col.addStretch(1)
        self._leaving = False

    def event(self, event: QEvent) -> bool:
        # Its own keys come here first, never to the practice screen's shortcuts (whose Esc stops).
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and event.key() in OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.left.emit()
        elif event.key() == Qt.Key.Key_Space:
            self.pause_requested.emit()
        else:
            super().keyPressEvent(event)

    def set_words(self, words: str, under: str = "", about: str = "") -> None:
        """``words`` large, ``under`` below them; ``about`` says what ``under`` is to a screen
        reader ("Seconds left in this phase": a bare "3" means nothing heard alone)."""
        if self.words.text() != words:
            self.words.setText(words)
        if self.under.text() != under:
            self.under.setText(under)
        if self.under.accessibleDescription() != about:
            self.under.setAccessibleDescription(about)
        self.under.setVisible(bool(under))

    def leave(self) -> None:
        """Close without saying so (the practice screen asked)."""
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if not self._leaving:  # closed by the window manager: as Esc
            self.left.emit()
