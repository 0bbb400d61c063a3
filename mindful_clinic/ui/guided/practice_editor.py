"""Editing a guided practice of one's own: a copy of a shipped one with changed steps and words.

On the left, the steps in a calm list (Add, Duplicate, Move up/down, Remove, Undo); on the right, the
chosen step as a form, its choices shown as words ("[your anchor]", never ``{anchor}``), and below it
a preview of the step as the practice will say it with the person's choices filled in.

Every change is checked at once by the same schema as shipped content, and the first problem is shown
in plain words under the steps ("Step 3, on-screen words: is required"); Save stays disabled until the
practice is valid, so an invalid practice is never written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.practice import GuidedOptions, GuidedPractice, StepDef, format_ms
from mindful_clinic.core.guided.schema import practice_to_mapping
from mindful_clinic.core.ports import PracticeStore
from mindful_clinic.ui.guided.choice_box import choice_names
from mindful_clinic.ui.guided.step_form import StepForm
from mindful_clinic.ui.guided.step_list import StepList, StepsModel
from mindful_clinic.ui.guided.step_preview import StepPreview
from mindful_clinic.ui.shell.fit import resize_within_screen, scrolling


class PracticeEditorDialog(QDialog):
    saved = Signal(str)
    """The id of the practice just saved."""

    def __init__(
        self,
        practice: GuidedPractice,
        store: PracticeStore,
        parent: QWidget | None = None,
        options: GuidedOptions | None = None,
    ) -> None:
        """``options``: the person's current choices, filled into the preview (None: the usual)."""
        super().__init__(parent)
        self.practice = practice
        self.store = store
        self.setWindowTitle(self.tr("Edit practice: %s") % practice.title)
        self.setAccessibleName(self.tr("Practice editor"))
        resize_within_screen(self, 1120, 700)

        self.title = QLineEdit(practice.title)
        self.title.setAccessibleName(self.tr("Practice title"))
        self.summary = QLineEdit(practice.summary)
        self.summary.setAccessibleName(self.tr("One-line summary"))
        self.lengths = QLineEdit(", ".join(f"{d / 60:g}" for d in practice.durations_s))
        self.lengths.setAccessibleName(self.tr("Lengths in minutes, separated by commas"))
        self.lengths.setPlaceholderText(self.tr("for example: 3, 5"))
        top = QGridLayout()
        for row, column, text, edit in (
            (0, 0, self.tr("Title"), self.title),
            (0, 2, self.tr("Lengths (minutes)"), self.lengths),
            (1, 0, self.tr("Summary"), self.summary),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            top.addWidget(label, row, column)
            top.addWidget(edit, row, column + 1, 1, 3 if row else 1)
        top.setColumnStretch(1, 3)
        top.setColumnStretch(3, 1)

        self.model = StepsModel(list(practice.steps), self._usual_length())
        self.step_list = StepList(self.model)
        self.step_list.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.form = StepForm(choice_names())
        self.preview = StepPreview(practice.words, options or GuidedOptions())
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(4, 0, 12, 0)
        right_col.setSpacing(8)
        right_col.addWidget(self.form)
        right_col.addWidget(self.preview)
        right_col.addStretch(1)
        self.step_area = scrolling(right)
        self.step_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        divider = QFrame()
        divider.setProperty("role", "divider")
        divider.setFixedWidth(1)
        panes = QHBoxLayout()
        panes.setSpacing(16)
        panes.addWidget(self.step_list, 2)
        panes.addWidget(divider)
        panes.addWidget(self.step_area, 5)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Check result"))
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save this practice"))
        self.save_button.setProperty("role", "primary")
        self.cancel_button = self.box.button(QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)

        col = QVBoxLayout(self)
        col.setSpacing(10)
        col.addLayout(top)
        col.addLayout(panes, 1)
        col.addWidget(self.message)
        col.addWidget(self.box)
        self._reading_order()

        for edit in (self.title, self.summary):
            edit.textChanged.connect(lambda _t: self.check())
        self.lengths.textChanged.connect(lambda _t: self._lengths_edited())
        self.step_list.current_changed.connect(self._show_step)
        self.form.changed.connect(self._step_edited)
        self.model.rowsInserted.connect(lambda *_a: self.check())
        self.model.rowsRemoved.connect(lambda *_a: self.check())
        self.model.rowsMoved.connect(lambda *_a: self.check())
        self.step_list.select(0)
        self.step_list.view.setFocus()  # the steps first: the practice's title is rarely changed
        self.check()

    def _reading_order(self) -> None:
        """Tab follows the page: practice fields, the steps and their buttons, the chosen step, its
        preview, then Save and Cancel (last, never before the form)."""
        chain: list[QWidget] = [self.title, self.lengths, self.summary, self.step_list.view]
        chain += self.step_list.findChildren(QAbstractButton)
        f = self.form
        chain += [f.title, f.caption, f.caption_insert, f.same, f.spoken, f.spoken_insert]
        chain += [f.timing, f.amount, f.region, self.preview.shown, self.preview.said]
        buttons = [b for b in self.box.buttons() if isinstance(b, QWidget)]
        chain += sorted(buttons, key=lambda b: b.x())  # as the platform placed them
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        for b in (*self.step_list.findChildren(QAbstractButton), *buttons):
            if hasattr(b, "setAutoDefault"):
                b.setAutoDefault(False)  # Enter in a field never saves or removes by accident

    # -- the steps --------------------------------------------------------------------------------
    @property
    def steps(self) -> list[StepDef]:
        return self.model.steps

    def _show_step(self, row: int) -> None:
        step = self.model.step(row) if 0 <= row < self.model.rowCount() else None
        self.form.show_step(step, row + 1, self.model.rowCount())
        self.preview.show_step(step)

    def _step_edited(self, step: StepDef) -> None:
        row = self.step_list.current_row
        if 0 <= row < self.model.rowCount():
            self.model.replace(row, step)
            self.preview.show_step(step)
            self.check()

    def _lengths_edited(self) -> None:
        self.model.set_length(self._usual_length())
        self.check()

    def _usual_length(self) -> int:
        durations = self.durations() if hasattr(self, "lengths") else None
        if not durations:
            return self.practice.default_duration_s
        default = self.practice.default_duration_s
        return default if default in durations else durations[0]

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
            data["default_duration_s"] = self._usual_length()
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
        problem = exc.problem
        if "{" in problem or "}" in problem:  # the schema's words name the stored form
            problem = self.tr(
                "curly brackets cannot be used in the words; to add a choice, use Insert a choice."
            )
        if field.startswith("steps[") and "]" in field:
            number, _, rest = field[len("steps[") :].partition("]")
            part = names.get(rest.lstrip("."), rest.lstrip(".") or self.tr("timing"))
            return (
                self.tr("Step %1, %2: %3")
                .replace("%1", number)
                .replace("%2", part)
                .replace("%3", problem)
            )
        if field == "durations_s":
            return self.tr("Lengths: %s") % problem
        return f"{names.get(field, field).capitalize()}: {problem}"

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not save the dialog by accident; a focused button still takes it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QAbstractButton
        ):
            return
        super().keyPressEvent(event)


def edit_practice(
    parent: QWidget | None,
    practice: GuidedPractice,
    store: PracticeStore,
    taken_ids: set[str],
    on_saved: Callable[[str], None] = lambda _id: None,
    options: GuidedOptions | None = None,
) -> int:
    """Open the editor (modal): a user's own practice as it is, a shipped one as a fresh copy.
    ``options``: the person's current choices for the practice, shown in the preview."""
    start = practice if practice.custom else store.copy_of(practice, taken_ids)
    dialog = PracticeEditorDialog(start, store, parent, options)
    dialog.saved.connect(on_saved)
    return dialog.exec()
