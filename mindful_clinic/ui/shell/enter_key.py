"""Enter presses the focused button, as Space does, everywhere in a window (not only in dialogs).

Qt's push buttons answer Enter only in dialogs. Installed on a window, this filter sees the Enter key
a focused button leaves unanswered (Qt hands it on to the window) and clicks the button. It also claims
Enter before a screen's own Enter shortcut ("start the practice", "mark a breath"): with a button
focused, Enter means that button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
_WATCHED = "enterActivates"


def _is_plain_enter(event: QKeyEvent) -> bool:
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class EnterActivatesButtons(QObject):
    """Installed on a window; it also watches each button that has been given Enter once, so the
    key reaches the button before any parent (a card, a check-in) can take it for itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        if not _is_plain_enter(event):
            return False
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton | QToolButton) or not button.isEnabled():
            return False
        if watched is not button:
            if not (isinstance(watched, QWidget) and watched.isAncestorOf(button)):
                return False
            if not button.property(_WATCHED):
                button.setProperty(_WATCHED, True)
                button.installEventFilter(self)
        event.accept()
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            button.animateClick()
        return True


def install_enter_activates_buttons(window: QWidget) -> EnterActivatesButtons:
    """Enter clicks whichever button has focus inside ``window``."""
    keys = EnterActivatesButtons(window)
    window.installEventFilter(keys)
    return keys
