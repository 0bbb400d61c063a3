"""The keys a presentation clicker sends, shared by the facilitator panel and the presenter window.

Clickers pretend to be keyboards: Page Down / Page Up (or Right / Left) for next and previous, B or
"." to blank the screen, F5 (or Shift+F5) to start the show and Esc to end it. Both windows install
the same shortcuts, so the clicker works whichever window has the focus. Window-wide shortcuts still
let a focused text field keep its own keys: typing "4 6 7" or "." into the check-in box never moves
the session on (Qt asks the focused widget first, through ShortcutOverride).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

NEXT, PREVIOUS, BLANK, START, END, PAUSE = (
    "next",
    "previous",
    "blank",
    "start_presenter",
    "end_presenter",
    "pause",
)
ACTIONS = (NEXT, PREVIOUS, BLANK, START, END, PAUSE)

_K = Qt.Key
CLICKER_KEYS: dict[str, tuple[QKeySequence, ...]] = {
    NEXT: (QKeySequence(_K.Key_PageDown), QKeySequence(_K.Key_Right)),
    PREVIOUS: (QKeySequence(_K.Key_PageUp), QKeySequence(_K.Key_Left)),
    BLANK: (QKeySequence(_K.Key_B), QKeySequence(_K.Key_Period)),
    START: (QKeySequence(_K.Key_F5), QKeySequence("Shift+F5")),
    END: (QKeySequence(_K.Key_Escape),),
    PAUSE: (QKeySequence(_K.Key_Space),),
}


def install_clicker_keys(
    widget: QWidget, handler: Callable[[str], None]
) -> dict[str, list[QShortcut]]:
    """Window-wide shortcuts on ``widget`` calling ``handler(action)``; active while it is shown."""
    shortcuts: dict[str, list[QShortcut]] = {}
    for action, sequences in CLICKER_KEYS.items():
        for seq in sequences:
            sc = QShortcut(seq, widget)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.setAutoRepeat(False)
            sc.activated.connect(lambda a=action: handler(a))
            shortcuts.setdefault(action, []).append(sc)
    return shortcuts


def set_action_enabled(shortcuts: dict[str, list[QShortcut]], action: str, enabled: bool) -> None:
    """Let a key reach other widgets while its action means nothing (Space on a focused button)."""
    for sc in shortcuts.get(action, []):
        sc.setEnabled(enabled)
