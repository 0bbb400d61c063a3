"""The neutral grounding screen shown after Stop (content-spec 8.3).

Stopping early is part of practising, never a failure: the screen offers orienting cues (look around,
name three things you can see, feel your feet) and a way to support, with no timer and no hurry.
Any practice screen can show it; the guided view does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from mindful_clinic.ui.shell.theme import scaled_font


class GroundingScreen(QWidget):
    continue_requested = Signal()
    support_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Coming back to the room"))
        heading = QLabel(self.tr("You've stopped, and that's fine."))
        heading.setFont(scaled_font(self, 2.0, QFont.Weight.DemiBold))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        intro = QLabel(self.tr("Take a moment to come back to the room, in your own time."))
        intro.setFont(scaled_font(self, 1.25))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)
        self.cues = QLabel(
            "\n".join(
                (
                    self.tr("Look around you, and name three things you can see."),
                    self.tr("Notice your feet on the floor, and what is supporting you."),
                    self.tr("Listen for a sound or two: near, then further away."),
                )
            )
        )
        self.cues.setFont(scaled_font(self, 1.25))
        self.cues.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cues.setWordWrap(True)
        self.cues.setAccessibleDescription(self.tr("Ways to come back to the room"))
        # Says what it does: the practice has stopped, and this finishes it (no resuming).
        self.continue_button = QPushButton(self.tr("Finish the practice"))
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        self.continue_button.setAccessibleName(self.tr("Finish the practice (Enter)"))
        self.support_button = QPushButton(self.tr("Need support?"))
        self.support_button.setProperty("role", "quiet")
        self.support_button.setAccessibleName(self.tr("Need support? Show support contacts"))
        self.continue_button.clicked.connect(self.continue_requested)
        self.support_button.clicked.connect(self.support_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.continue_requested)
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 24)
        col.addStretch(1)
        col.addWidget(heading)
        col.addWidget(intro)
        col.addSpacing(16)
        col.addWidget(self.cues)
        col.addSpacing(24)
        col.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
