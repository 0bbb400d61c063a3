"""The "In session" button: no reminder until switched off or the current appointment ends.

Its words say what it does to reminders, not a bare "on" or "off": "In session: reminders on" while
it is off, "In session: reminders held" while it is on. A bare "In session: off" read as "this
practice is not a session". Short, so the rail stays narrow in German ("Im Termin: Erinnerungen
an/aus"). The words are its name (label in name), the tool tip its description; a screen reader
also hears pressed or not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from mindful_clinic.core.ports import ReminderScheduling
from mindful_clinic.ui.shell.main_window import RailButton


class SessionButton(RailButton):
    """A rail button: while on, it is drawn in the chosen page's semibold, and the rail is wide
    enough for that (``RailButton.sizeHint``) and for the wider of its two labels, so switching it
    never moves the page beside the rail."""

    def __init__(self, scheduler: ReminderScheduling, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self.setCheckable(True)
        self.setToolTip(
            self.tr(
                "While on, no reminder appears. It switches itself off when the calendar's current "
                "appointment ends."
            )
        )
        self.toggled.connect(self._toggled)
        scheduler.state_changed.connect(self.refresh)
        scheduler.next_changed.connect(lambda _next: self.refresh())  # ends with the appointment
        self.refresh()

    def _toggled(self, on: bool) -> None:
        self._scheduler.set_in_session(on, until_appointment_end=on)

    def refresh(self) -> None:
        on = self._scheduler.in_session_until() is not None
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)
        self.setText(self.labels()[on])

    def labels(self) -> tuple[str, str]:
        """(off, on)."""
        return self.tr("In session: reminders on"), self.tr("In session: reminders held")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        wider = max(metrics.horizontalAdvance(label) for label in self.labels())
        return QSize(
            hint.width() + max(0, wider - metrics.horizontalAdvance(self.text())), hint.height()
        )
