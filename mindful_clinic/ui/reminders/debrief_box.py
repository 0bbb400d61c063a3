"""Settings -> Reminders: which appointments are followed by the short debrief (issue #19, item 2).

By a word in the event's title ("complex", "safeguarding"), or every appointment longer than N
minutes; both are off until set. The debrief is then offered in the next free gap afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from mindful_clinic.core.reminders.debrief import DebriefRule


class DebriefBox(QGroupBox):
    changed = Signal(object)
    """The new DebriefRule."""

    def __init__(self, rule: DebriefRule, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("After a hard appointment"), parent)
        self.word = QLineEdit(rule.word)
        self.word.setAccessibleName(self.tr("Word in the appointment title"))
        self.word.setPlaceholderText(self.tr("for example: complex"))
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Appointments longer than, in minutes"))
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText(self.tr("Off"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(rule.longer_than_min or 0)
        about = QLabel(
            self.tr(
                "After an appointment you mark, the 90-second debrief is offered in the next free "
                "gap in your calendar. Titles are read only on this computer and never saved."
            )
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("A word in the title"), self.word)
        form.addRow(self.tr("Or every appointment longer than"), self.minutes)
        self.word.editingFinished.connect(self._changed)
        self.minutes.valueChanged.connect(self._changed)

    def rule(self) -> DebriefRule:
        minutes = self.minutes.value()
        return DebriefRule(self.word.text().strip(), minutes or None)

    def _changed(self, *_args: object) -> None:
        self.changed.emit(self.rule())
