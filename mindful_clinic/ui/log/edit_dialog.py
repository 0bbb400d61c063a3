"""Editing one logged practice: the two ratings (0-10 or none) and the note.

The dialog only collects the values and asks to save them (``save_requested``); the history view
saves through the store, which validates them as it validates every record, and keeps the dialog
open with the reason if they are refused.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mindful_clinic.core.log.records import NOTE_MAX, LogRecord

NONE_VALUE = -1
"""The spin boxes' lowest step, shown as "none": a skipped rating."""


class EditSessionDialog(QDialog):
    save_requested = Signal(str, object, object, str)
    """(record id, stress before or None, stress after or None, note)."""

    def __init__(self, record: LogRecord, parent: QWidget | None = None, title: str = "") -> None:
        """``title``: the practice as History names it (else the title stored with it)."""
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Edit practice"))
        self.setAccessibleName(self.tr("Edit practice"))
        self.before = self._rating_box(record.stress_before, self.tr("Stress before, 0 to 10"))
        self.after = self._rating_box(record.stress_after, self.tr("Stress after, 0 to 10"))
        self.note = QLineEdit(record.note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setAccessibleName(self.tr("Note"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.request_save)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setProperty("role", "danger")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(QLabel(title or record.practice_title or record.practice_id))
        form.addRow(self.tr("Stress before"), self.before)
        form.addRow(self.tr("Stress after"), self.after)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        form.addRow(buttons)

    def _rating_box(self, value: int | None, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NONE_VALUE, 10)
        box.setSpecialValueText(self.tr("none"))
        box.setValue(NONE_VALUE if value is None else value)
        box.setAccessibleName(name)
        return box

    @staticmethod
    def rating(box: QSpinBox) -> int | None:
        return None if box.value() == NONE_VALUE else box.value()

    def show_error(self, text: str) -> None:
        """Why the values were refused; the dialog stays open so they can be corrected."""
        self.error.setText(text)
        self.error.show()

    def request_save(self) -> None:
        self.save_requested.emit(
            self.record.id, self.rating(self.before), self.rating(self.after), self.note.text()
        )
