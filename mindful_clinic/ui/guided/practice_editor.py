"""Editing a guided practice of one's own: a copy of a shipped one with changed steps and words.

Every change is checked at once by the same schema as shipped content, and the first problem is shown
in plain words under the table ("Step 3, on-screen words: is required"); Save stays disabled until the
practice is valid, so an invalid practice is never written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.practice import REGION_LABELS, GuidedPractice, StepDef, format_ms
from mindful_clinic.core.guided.schema import practice_to_mapping
from mindful_clinic.core.ports import PracticeStore
from mindful_clinic.ui.guided.body_map import region_label
from mindful_clinic.ui.shell.fit import resize_within_screen

TITLE, CAPTION, SPOKEN, TIMING, AMOUNT, REGION = range(6)
TEXT_FIELDS = {TITLE: "title", CAPTION: "caption", SPOKEN: "spoken"}


class PracticeEditorDialog(QDialog):
    saved = Signal(str)
    """The id of the practice just saved."""

    def __init__(
        self, practice: GuidedPractice, store: PracticeStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.practice = practice
        self.store = store
        self.steps: list[StepDef] = list(practice.steps)
        self.setWindowTitle(self.tr("Edit practice: %s") % practice.title)
        self.setAccessibleName(self.tr("Practice editor"))
        resize_within_screen(self, 1000, 620)

        self.title = QLineEdit(practice.title)
        self.title.setAccessibleName(self.tr("Practice title"))
        self.summary = QLineEdit(practice.summary)
        self.summary.setAccessibleName(self.tr("One-line summary"))
        self.lengths = QLineEdit(", ".join(f"{d / 60:g}" for d in practice.durations_s))
        self.lengths.setAccessibleName(self.tr("Lengths in minutes, separated by commas"))
        self.lengths.setPlaceholderText(self.tr("for example: 3, 5"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Lengths (minutes)"), self.lengths)

        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Steps"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step title"), self.tr("On-screen words"), self.tr("Spoken words"),
             self.tr("Timing"), self.tr("Amount"), self.tr("Body region")]
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CAPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPOKEN, QHeaderView.ResizeMode.Stretch)
        for column in (TIMING, AMOUNT, REGION):  # each choice shown whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 4 + 10)
        self.table.setColumnWidth(TITLE, self.fontMetrics().horizontalAdvance("M") * 11)
        hint = QLabel(
            self.tr(
                "Timing: a share scales with the length chosen (write it as seconds at the usual "
                "length); fixed seconds always last the same."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add step"))
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for b, slot in ((self.add_button, self.add_step), (self.remove_button, self.remove_step),
                        (self.up_button, lambda: self.move_step(-1)),
                        (self.down_button, lambda: self.move_step(1))):  # fmt: skip
            b.setAccessibleName(b.text())
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Check result"))
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save this practice"))
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)

        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.table, 1)
        col.addWidget(hint)
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addWidget(self.box)

        self.table.itemChanged.connect(self._text_edited)
        for edit in (self.title, self.summary, self.lengths):
            edit.textChanged.connect(lambda _t: self.check())
        self._cell_labels: list[QLabel] = []
        self._fill()

    # -- the table --------------------------------------------------------------------------------
    def _name_cell(self, widget: QWidget, name: str) -> None:
        """A list in a cell is named by a label whose buddy it is (on Linux a combo box's own name
        is its current choice); the label is not shown: the column heading says it on screen."""
        label = QLabel(name, self.table.viewport())
        label.setBuddy(widget)
        label.hide()
        self._cell_labels.append(label)

    def _fill(self) -> None:
        for label in self._cell_labels:
            label.deleteLater()
        self._cell_labels.clear()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            for col, name in TEXT_FIELDS.items():
                self.table.setItem(row, col, QTableWidgetItem(getattr(step, name)))
            timing = QComboBox()
            timing.addItem(self.tr("Share"), "weight")
            timing.addItem(self.tr("Fixed seconds"), "seconds")
            timing.setCurrentIndex(0 if step.seconds is None else 1)
            timing.setAccessibleName(self.tr("Timing of step %d") % (row + 1))
            amount = QDoubleSpinBox()
            amount.setRange(0.0, 3600.0)
            amount.setDecimals(1)
            amount.setValue(float(step.seconds if step.seconds is not None else step.weight or 0))
            amount.setAccessibleName(self.tr("Seconds or share for step %d") % (row + 1))
            region = QComboBox()
            region.addItem(self.tr("None"), "")
            for key in REGION_LABELS:
                region.addItem(region_label(key), key)
            region.setCurrentIndex(max(0, region.findData(step.region or "")))
            region.setAccessibleName(self.tr("Body region of step %d") % (row + 1))
            timing.currentIndexChanged.connect(lambda _i, r=row: self._timing_edited(r))
            amount.valueChanged.connect(lambda _v, r=row: self._timing_edited(r))
            region.currentIndexChanged.connect(lambda _i, r=row: self._region_edited(r))
            self.table.setCellWidget(row, TIMING, timing)
            self.table.setCellWidget(row, AMOUNT, amount)
            self.table.setCellWidget(row, REGION, region)
            self._name_cell(timing, timing.accessibleName())
            self._name_cell(region, region.accessibleName())
        self.table.blockSignals(False)
        self.check()

    def _text_edited(self, item: QTableWidgetItem) -> None:
        name = TEXT_FIELDS.get(item.column())
        if name is not None and 0 <= item.row() < len(self.steps):
            text = item.text().strip()
            step = self.steps[item.row()]
            if name == "title":
                step = replace(step, title=text)
            elif name == "caption":
                step = replace(step, caption=text)
            else:
                step = replace(step, spoken=text)
            self.steps[item.row()] = step
            self.check()

    def _timing_edited(self, row: int) -> None:
        timing = self.table.cellWidget(row, TIMING)
        amount = self.table.cellWidget(row, AMOUNT)
        assert isinstance(timing, QComboBox) and isinstance(amount, QDoubleSpinBox)
        value = amount.value()
        number: float = int(value) if value.is_integer() else value
        if timing.currentData() == "seconds":
            self.steps[row] = replace(self.steps[row], seconds=number, weight=None)
        else:
            self.steps[row] = replace(self.steps[row], weight=number, seconds=None)
        self.check()

    def _region_edited(self, row: int) -> None:
        region = self.table.cellWidget(row, REGION)
        assert isinstance(region, QComboBox)
        self.steps[row] = replace(self.steps[row], region=str(region.currentData()) or None)
        self.check()

    def add_step(self) -> None:
        taken = {s.id for s in self.steps}
        n = len(self.steps) + 1
        while f"step_{n}" in taken:
            n += 1
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(self.steps)
        self.steps.insert(row, StepDef(id=f"step_{n}", title=self.tr("New step"), caption="",
                                       weight=30))  # fmt: skip
        self._fill()
        self.table.setCurrentCell(row, CAPTION)

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._fill()
            self.table.setCurrentCell(min(row, len(self.steps) - 1), TITLE)

    def move_step(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if 0 <= row < len(self.steps) and 0 <= target < len(self.steps):
            self.steps[row], self.steps[target] = self.steps[target], self.steps[row]
            self._fill()
            self.table.setCurrentCell(target, TITLE)

    # -- checking and saving ----------------------------------------------------------------------
    def durations(self) -> list[int] | None:
        try:
            minutes = [
                float(p) for p in self.lengths.text().replace(";", ",").split(",") if p.strip()
            ]
        except ValueError:
            return None
        if not minutes or any(m <= 0 for m in minutes):
            return None
        return sorted({round(m * 60) for m in minutes})

    def mapping(self) -> dict[str, Any]:
        # Your own practice is the script you edited, scaled to every length you choose: the
        # shipped scripts for other lengths would no longer match your steps.
        data = practice_to_mapping(replace(self.practice, steps=tuple(self.steps), scripts={}))
        data["title"] = self.title.text().strip()
        data["summary"] = self.summary.text().strip()
        durations = self.durations() or []
        data["durations_s"] = durations
        if durations:
            default = self.practice.default_duration_s
            data["default_duration_s"] = default if default in durations else durations[0]
        return data

    def check(self) -> GuidedPractice | None:
        """Validate the practice as it stands; show the first problem in plain words."""
        result: GuidedPractice | None = None
        if self.durations() is None:
            self._problem(self.tr("Lengths: give minutes separated by commas, for example 3, 5."))
        else:
            try:
                result = self.store.validate(self.mapping())
            except ContentError as exc:
                self._problem(self.explain(exc))
        if result is not None:
            lengths = ", ".join(format_ms(d * 1000) for d in result.durations_s)
            self.message.setProperty("role", "muted")
            self.message.setText(
                self.tr("Ready to save: %1 steps; lengths %2.")
                .replace("%1", str(len(result.steps)))
                .replace("%2", lengths)
            )
            self._restyle()
        self.save_button.setEnabled(result is not None)
        return result

    def explain(self, exc: ContentError) -> str:
        names = {"caption": self.tr("on-screen words"), "spoken": self.tr("spoken words"),
                 "title": self.tr("title"), "weight": self.tr("share"),
                 "seconds": self.tr("fixed seconds"), "region": self.tr("body region")}  # fmt: skip
        field = exc.field
        if field.startswith("steps[") and "]" in field:
            number, _, rest = field[len("steps[") :].partition("]")
            part = names.get(rest.lstrip("."), rest.lstrip(".") or self.tr("timing"))
            return (
                self.tr("Step %1, %2: %3")
                .replace("%1", number)
                .replace("%2", part)
                .replace("%3", exc.problem)
            )
        if field == "durations_s":
            return self.tr("Lengths: %s") % exc.problem
        return f"{names.get(field, field).capitalize()}: {exc.problem}"

    def _problem(self, text: str) -> None:
        self.message.setProperty("role", "danger")
        self.message.setText(text)
        self._restyle()

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def save(self) -> None:
        practice = self.check()
        if practice is None:
            return
        saved = self.store.save(practice)
        self.saved.emit(saved.id)
        self.accept()

    def keyPressEvent(self, event: Any) -> None:
        # Enter edits table cells; it must not save the dialog by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            return
        super().keyPressEvent(event)


def edit_practice(
    parent: QWidget | None,
    practice: GuidedPractice,
    store: PracticeStore,
    taken_ids: set[str],
    on_saved: Callable[[str], None] = lambda _id: None,
) -> int:
    """Open the editor (modal): a user's own practice as it is, a shipped one as a fresh copy."""
    start = practice if practice.custom else store.copy_of(practice, taken_ids)
    dialog = PracticeEditorDialog(start, store, parent)
    dialog.saved.connect(on_saved)
    return dialog.exec()
