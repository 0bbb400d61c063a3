"""The "In session" button: no reminder until switched off or the current appointment ends."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from mindful_clinic.core.ports import ReminderScheduling


class SessionButton(QPushButton):
    def __init__(self, scheduler: ReminderScheduling, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self.setCheckable(True)
        self.setAccessibleName(self.tr("In session: hold all reminders"))
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
        self.setText(self.tr("In session: on") if on else self.tr("In session: off"))
