"""Settings for reflection and self-checks (issue #19): the prompt after a practice, and the
self-check schedule. Every questionnaire is off until the user turns it on here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from mindful_clinic.core.selfcheck.schedule import SelfCheckSchedule


class ReflectSettings(QWidget):
    changed = Signal()

    def __init__(
        self,
        schedule: SelfCheckSchedule,
        prompt_after: bool,
        save: Callable[[SelfCheckSchedule, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.prompt_after = QCheckBox(self.tr("Offer one reflection after a practice"))
        self.prompt_after.setChecked(prompt_after)
        self.who5 = QComboBox()
        self.who5.setAccessibleName(self.tr("How often to offer the WHO-5"))
        for weeks, text in ((0, self.tr("Off")), (2, self.tr("Every 2 weeks")),
                            (4, self.tr("Every 4 weeks"))):  # fmt: skip
            self.who5.addItem(text, weeks)
        self.who5.setCurrentIndex(max(0, self.who5.findData(schedule.who5_weeks)))
        self.pwls = QCheckBox(self.tr("Offer the one-question burnout check monthly"))
        self.pwls.setChecked(schedule.pwls)
        self.cbi = QCheckBox(self.tr("Offer the Copenhagen Burnout Inventory quarterly"))
        self.cbi.setChecked(schedule.cbi)
        note = QLabel(
            self.tr(
                "Self-checks are private and optional. When one is due, a quiet line on the home "
                "screen says so; nothing else reminds you."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.prompt_after)
        form.addRow(self.tr("WHO-5 well-being check"), self.who5)
        form.addRow(self.pwls)
        form.addRow(self.cbi)
        form.addRow(note)
        self.prompt_after.toggled.connect(self._changed)
        self.who5.currentIndexChanged.connect(self._changed)
        self.pwls.toggled.connect(self._changed)
        self.cbi.toggled.connect(self._changed)

    def schedule(self) -> SelfCheckSchedule:
        return SelfCheckSchedule(
            int(self.who5.currentData()), self.pwls.isChecked(), self.cbi.isChecked()
        )

    def _changed(self, *_args: object) -> None:
        self._save(self.schedule(), self.prompt_after.isChecked())
        self.changed.emit()
