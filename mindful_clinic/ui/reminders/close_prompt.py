"""Closing the window without a tray: keep reminders running in the background, or quit?

Asked once; the answer is remembered (and can be changed in Settings → Reminders). Running in the
background, the app shows a small persistent notification where the desktop can ("Mindful Clinic is
still running" with Open and Quit), since without a tray there is nothing else on screen to say so.
The root calls ``CloseGuard.on_close`` from the main window's ``closeEvent``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

BACKGROUND, QUIT, ASK = "background", "quit", "ask"


class Notifier(Protocol):
    action_invoked: Any

    def can_answer(self) -> bool: ...

    def show(self, title: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int: ...

    def close(self, notification_id: int) -> None: ...


Asker = Callable[[QWidget | None], str]
"""Shows the question; returns BACKGROUND, QUIT, or "" for Cancel."""


class CloseGuard(QObject):
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        remembered: Callable[[], str],
        remember: Callable[[str], None],
        notifier: Notifier | None = None,
        ask: Asker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._remembered = remembered
        self._remember = remember
        self._notifier = notifier
        self._ask = ask or self.ask
        self._note = 0
        if notifier is not None:
            notifier.action_invoked.connect(self._action)

    enabled = False
    """True when there is no tray: closing the window then asks (``eventFilter``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the main window: a close without a tray asks, hides, or quits."""
        if not self.enabled or event.type() != QEvent.Type.Close or not event.spontaneous():
            return False  # only the user closing the window asks; Quit (Ctrl+Q) just quits
        window = watched if isinstance(watched, QWidget) else None
        choice = self.on_close(window)
        if choice == BACKGROUND and window is not None:
            event.ignore()
            window.hide()
            return True
        if choice == QUIT:
            self.quit_requested.emit()
            return False
        event.ignore()
        return True

    def on_close(self, window: QWidget | None) -> str:
        """What closing the window does: BACKGROUND (hide it, keep running), QUIT, or "" (stay)."""
        choice = self._remembered()
        if choice not in (BACKGROUND, QUIT):
            choice = self._ask(window)
            if not choice:
                return ""
            self._remember(choice)
        if choice == BACKGROUND:
            self._show_note()
        return choice

    def window_shown(self) -> None:
        """The window is back: the "still running" note is no longer needed."""
        if self._note and self._notifier is not None:
            self._notifier.close(self._note)
        self._note = 0

    def ask(self, window: QWidget | None) -> str:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close Mindful Clinic"))
        box.setText(self.tr("Keep reminders running after the window closes?"))
        box.setInformativeText(
            self.tr(
                "There is no system tray here, so closing the window would stop your reminders. "
                "You can change this later in Settings → Reminders."
            )
        )
        keep = box.addButton(self.tr("Keep reminders running"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setAccessibleName(self.tr("Close Mindful Clinic"))
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return BACKGROUND
        if clicked is quit_button:
            return QUIT
        return ""

    def _show_note(self) -> None:
        if self._notifier is None or not self._notifier.can_answer() or self._note:
            return
        self._note = self._notifier.show(
            self.tr("Mindful Clinic is still running"),
            self.tr("Your reminders carry on. Open the app to change them, or quit."),
            [("open", self.tr("Open")), ("quit", self.tr("Quit"))],
        )

    def _action(self, nid: int, key: str) -> None:
        if nid != self._note or not nid:
            return
        self._note = 0
        if key == "open":
            self.open_requested.emit()
        elif key == "quit":
            self.quit_requested.emit()
