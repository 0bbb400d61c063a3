"""One step of a practice as a form: its title, on-screen and spoken words, timing and body region.

The words are edited in ``ChoiceTextBox``es, so the choices read as words and an "Insert a choice"
button beside each box adds one. ``changed`` carries the step as it would be stored after each edit;
a step's other parts (its sound cue, its head-to-feet wording, its loving-kindness focus) are kept.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.guided.practice import REGION_LABELS, StepDef
from mindful_clinic.ui.guided.body_map import region_label
from mindful_clinic.ui.guided.choice_box import ChoiceTextBox, InsertChoiceButton
from mindful_clinic.ui.shell.theme import scaled_font


class StepForm(QWidget):
    changed = Signal(object)
    """The edited StepDef."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step: StepDef | None = None
        self._filling = False

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Step title"))
        title_label = self._label(self.tr("Step title"), self.title)

        self.caption = ChoiceTextBox(names)
        self.caption.setAccessibleName(self.tr("On-screen words"))
        self.caption.setPlaceholderText(self.tr("What the screen shows during this step"))
        caption_label = self._label(self.tr("On-screen words"), self.caption)
        self.caption_insert = InsertChoiceButton(
            self.caption, self.tr("Insert a choice into the on-screen words")
        )

        self.spoken = ChoiceTextBox(names)
        self.spoken.setAccessibleName(self.tr("Spoken words"))
        self.spoken.setPlaceholderText(self.tr("Leave empty for a quiet step"))
        spoken_label = self._label(self.tr("Spoken words"), self.spoken)
        self.same = QCheckBox(self.tr("Same as on screen"))
        self.same.setAccessibleName(self.tr("Spoken words are the same as on screen"))
        self.spoken_insert = InsertChoiceButton(
            self.spoken, self.tr("Insert a choice into the spoken words")
        )

        self.timing = QComboBox()
        self.timing.addItem(self.tr("A share of the time"), "weight")
        self.timing.addItem(self.tr("Fixed seconds"), "seconds")
        self.timing.setAccessibleName(self.tr("Timing"))
        timing_label = self._label(self.tr("Timing"), self.timing)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0.0, 3600.0)
        self.amount.setDecimals(1)
        self.amount.setAccessibleName(self.tr("Seconds"))
        for inner in self.amount.findChildren(QLineEdit):
            inner.setAccessibleName(self.amount.accessibleName())
        self.amount_label = self._label(self.tr("Seconds"), self.amount)
        self.region = QComboBox()
        self.region.addItem(self.tr("None"), "")
        for key in REGION_LABELS:
            self.region.addItem(region_label(key), key)
        self.region.setAccessibleName(self.tr("Body region"))
        region_label_ = self._label(self.tr("Body region"), self.region)
        self.hint = QLabel(
            self.tr(
                "A share scales with the length chosen (as seconds at the usual length); fixed "
                "seconds do not."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.kept = QLabel(
            self.tr(
                "This step has its own words for a scan from head to feet; they stay as they are."
            )
        )
        self.kept.setWordWrap(True)
        self.kept.setProperty("role", "muted")

        lines = self.fontMetrics().lineSpacing()
        self.caption.setFixedHeight(lines * 3 + 22)
        self.spoken.setFixedHeight(lines * 4 + 22)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.heading)
        title_row = QHBoxLayout()
        title_row.addWidget(title_label)
        title_row.addWidget(self.title, 1)
        col.addLayout(title_row)
        col.addSpacing(4)
        col.addWidget(caption_label)
        col.addLayout(_beside(self.caption, self.caption_insert))
        col.addSpacing(4)
        spoken_row = QHBoxLayout()
        spoken_row.addWidget(spoken_label)
        spoken_row.addSpacing(16)
        spoken_row.addWidget(self.same)
        spoken_row.addStretch(1)
        col.addLayout(spoken_row)
        col.addLayout(_beside(self.spoken, self.spoken_insert))
        col.addSpacing(4)
        grid = (
            QGridLayout()
        )  # two rows, so the form fits a narrow window without scrolling sideways
        grid.setHorizontalSpacing(8)
        grid.addWidget(timing_label, 0, 0)
        grid.addWidget(self.timing, 0, 1)
        grid.addWidget(self.amount_label, 0, 2)
        grid.addWidget(self.amount, 0, 3)
        grid.addWidget(region_label_, 1, 0)
        grid.addWidget(self.region, 1, 1, 1, 3)
        grid.setColumnStretch(4, 1)
        col.addLayout(grid)
        col.addWidget(self.hint)
        col.addWidget(self.kept)

        self.title.textChanged.connect(lambda _t: self._edited())
        self.caption.edited.connect(self._caption_edited)
        self.spoken.edited.connect(lambda _t: self._edited())
        self.same.toggled.connect(self._same_toggled)
        self.timing.currentIndexChanged.connect(lambda _i: self._edited())
        self.amount.valueChanged.connect(lambda _v: self._edited())
        self.region.currentIndexChanged.connect(lambda _i: self._edited())
        self.show_step(None, 0, 0)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def show_step(self, step: StepDef | None, number: int, count: int) -> None:
        """Fill the form with ``step`` (number ``number`` of ``count``); None: no step chosen."""
        self._step = step
        self._filling = True
        self.setEnabled(step is not None)
        if step is None:
            self.heading.setText(self.tr("No step chosen"))
            for box in (self.caption, self.spoken):
                box.set_stored_text("")
            self.title.clear()
        else:
            self.heading.setText(
                self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(count))
            )
            self.title.setText(step.title)
            self.caption.set_stored_text(step.caption)
            same = bool(step.spoken) and step.spoken == step.caption
            self.same.setChecked(same)
            self.spoken.set_stored_text(step.spoken)
            self.spoken.setReadOnly(same)
            self.spoken_insert.setEnabled(not same)
            fixed = step.seconds is not None
            self.timing.setCurrentIndex(1 if fixed else 0)
            amount = step.seconds if step.seconds is not None else step.weight
            self.amount.setValue(float(amount or 0))
            self.region.setCurrentIndex(max(0, self.region.findData(step.region or "")))
        self.kept.setVisible(
            step is not None and bool(step.caption_head_to_feet or step.spoken_head_to_feet)
        )
        self._filling = False

    def step(self) -> StepDef | None:
        """The step as the form says it now (None: no step chosen)."""
        if self._step is None:
            return None
        value = self.amount.value()
        number: float = int(value) if value.is_integer() else value
        fixed = self.timing.currentData() == "seconds"
        caption = self.caption.stored_text().strip()
        return replace(
            self._step,
            title=self.title.text().strip(),
            caption=caption,
            spoken=caption if self.same.isChecked() else self.spoken.stored_text().strip(),
            seconds=number if fixed else None,
            weight=None if fixed else number,
            region=str(self.region.currentData()) or None,
        )

    def _caption_edited(self, _stored: str) -> None:
        if self.same.isChecked() and not self._filling:
            self._filling = True  # the spoken words follow; one change reported, not two
            self.spoken.set_stored_text(self.caption.stored_text())
            self._filling = False
        self._edited()

    def _same_toggled(self, same: bool) -> None:
        self.spoken.setReadOnly(same)
        self.spoken_insert.setEnabled(not same)
        if same:
            self.spoken.set_stored_text(self.caption.stored_text())
        self._edited()

    def _edited(self) -> None:
        step = self.step()
        if not self._filling and step is not None:
            self._step = step
            self.changed.emit(step)


def _beside(box: QWidget, button: QWidget) -> QHBoxLayout:
    """A text box with the button that adds to it at its top right."""
    row = QHBoxLayout()
    row.addWidget(box, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row
