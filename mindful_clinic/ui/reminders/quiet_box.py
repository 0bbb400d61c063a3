"""Settings → Reminders: pause reminders from the window, and what this desktop lets the app see.

Pausing lives in the window as well as the tray: for 1 hour, until tomorrow, or until you resume.
Below it, one plain paragraph says what the app can detect here (do-not-disturb, a locked screen, a
full-screen window) so nobody relies on something it cannot see. And the answer to "when I close the
window" (keep reminders running, or quit) can be changed here after it was given once.
"""

from __future__ import annotations

import sys
from datetime import datetime, tzinfo
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from mindful_clinic.core.reminders.rules import FOREVER
from mindful_clinic.ui.reminders.detection import detection_text
from mindful_clinic.ui.shell.flow import FlowLayout
from mindful_clinic.ui.shell.local_format import day_and_time

CLOSE_CHOICES = ("ask", "background", "quit")


class Pausing(Protocol):
    """The scheduler's pause controls (``ReminderScheduler``)."""

    @property
    def tz(self) -> tzinfo: ...

    def paused_until(self) -> datetime | None: ...


class QuietBox(QGroupBox):
    pause_hour_requested = Signal()
    pause_tomorrow_requested = Signal()
    pause_until_resumed_requested = Signal()
    resume_requested = Signal()
    close_choice_changed = Signal(str)
    """"ask", "background" (keep reminders running) or "quit"."""

    def __init__(
        self,
        pausing: Pausing,
        detects: frozenset[str],
        close_choice: str = "ask",
        platform: str = sys.platform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("QuietBox", "Pause and presence"), parent)
        self._pausing = pausing
        form = QFormLayout(self)
        self.status = QLabel(self)
        self.status.setAccessibleName(QCoreApplication.translate("QuietBox", "Pause status"))
        form.addRow(self.status)
        row = FlowLayout()  # wraps onto a second line rather than widening the page
        self.pause_buttons: list[QPushButton] = []
        for text, signal in (
            (QCoreApplication.translate("QuietBox", "Pause for 1 hour"), self.pause_hour_requested),
            (
                QCoreApplication.translate("QuietBox", "Pause until tomorrow"),
                self.pause_tomorrow_requested,
            ),
            (
                QCoreApplication.translate("QuietBox", "Pause until I resume"),
                self.pause_until_resumed_requested,
            ),
        ):
            b = QPushButton(text, self)
            b.setAccessibleName(text)
            b.clicked.connect(lambda _=False, s=signal: self._emit(s))
            row.addWidget(b)
            self.pause_buttons.append(b)
        self.resume_button = QPushButton(
            QCoreApplication.translate("QuietBox", "Resume reminders"), self
        )
        self.resume_button.setAccessibleName(
            QCoreApplication.translate("QuietBox", "Resume reminders")
        )
        self.resume_button.clicked.connect(lambda: self._emit(self.resume_requested))
        row.addWidget(self.resume_button)
        form.addRow(row)
        self.detection = QLabel(detection_text(detects, platform), self)
        self.detection.setWordWrap(True)
        self.detection.setAccessibleName(
            QCoreApplication.translate("QuietBox", "What the app can detect")
        )
        form.addRow(self.detection)
        self.on_close = QComboBox(self)
        self.on_close.addItem(QCoreApplication.translate("QuietBox", "Ask me"), "ask")
        self.on_close.addItem(
            QCoreApplication.translate("QuietBox", "Keep reminders running"), "background"
        )
        self.on_close.addItem(QCoreApplication.translate("QuietBox", "Quit"), "quit")
        self.on_close.setAccessibleName(
            QCoreApplication.translate("QuietBox", "When I close the window")
        )
        index = self.on_close.findData(close_choice if close_choice in CLOSE_CHOICES else "ask")
        self.on_close.setCurrentIndex(max(index, 0))
        self.on_close.currentIndexChanged.connect(
            lambda _i: self.close_choice_changed.emit(str(self.on_close.currentData()))
        )
        form.addRow(
            QCoreApplication.translate("QuietBox", "When I close the window:"), self.on_close
        )
        self.refresh()

    def _emit(self, signal: SignalInstance) -> None:
        signal.emit()
        self.refresh()

    def refresh(self, *_args: object) -> None:
        paused = self._pausing.paused_until()
        if paused is None:
            self.status.setText(QCoreApplication.translate("QuietBox", "Reminders are on."))
        elif paused >= FOREVER:
            self.status.setText(
                QCoreApplication.translate(
                    "QuietBox", "Reminders are paused until you resume them."
                )
            )
        else:
            when = day_and_time(paused.astimezone(self._pausing.tz))
            self.status.setText(
                QCoreApplication.translate("QuietBox", "Reminders are paused until {time}.").format(
                    time=when
                )
            )
        for b in self.pause_buttons:
            b.setVisible(paused is None)
        self.resume_button.setVisible(paused is not None)
