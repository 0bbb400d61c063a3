"""What every practice's set-up screen offers the practice flow: start with a choice, or go back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from mindful_clinic.ui.shell.theme import scaled_font


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

    def start_and_back(self, start: Callable[[], None]) -> tuple[QPushButton, QPushButton]:
        """The screen's Start (Enter) and Back (Esc) buttons, with their keys: Start calls
        ``start``, Back asks to go back. The caller lays them out."""
        start_button = QPushButton(QCoreApplication.translate("SetupScreen", "Start"))
        start_button.setProperty("role", "primary")
        start_button.setFont(scaled_font(self, 1.25, QFont.Weight.DemiBold))
        start_button.setAccessibleName(
            QCoreApplication.translate("SetupScreen", "Start the practice (Enter)")
        )
        start_button.setDefault(True)
        back = QPushButton(QCoreApplication.translate("SetupScreen", "Back"))
        back.setAccessibleName(
            QCoreApplication.translate("SetupScreen", "Back to all practices (Esc)")
        )
        start_button.clicked.connect(start)
        back.clicked.connect(self.back_requested)
        for key, slot in ((Qt.Key.Key_Return, start), (Qt.Key.Key_Enter, start),
                          (Qt.Key.Key_Escape, self.back_requested.emit)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return start_button, back
