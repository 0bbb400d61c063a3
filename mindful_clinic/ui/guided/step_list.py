"""The practice editor's list of steps: one calm line each ("3 · Noticing the feet · 0:40").

``StepsModel`` holds the steps being edited and says how long each lasts at the practice's usual
length (the same sharing-out as a sitting). ``StepList`` shows them with Add, Duplicate, Move up, Move
down and Remove; every change to the list can be undone (the Undo button, or Ctrl+Z in the list), so
removing a step needs no "are you sure?".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.guided.practice import OptionError, StepDef, allocate_ms, format_ms

Index = QModelIndex | QPersistentModelIndex


class StepsModel(QAbstractListModel):
    """The steps of the practice being edited, in order."""

    def __init__(self, steps: list[StepDef], length_s: int) -> None:
        super().__init__()
        self._steps = list(steps)
        self._length_s = length_s
        self._timings: list[int | None] = []
        self.used_ids = {s.id for s in steps}
        """Every id this editing has seen, so a new step never takes a removed one's (undo)."""
        self._time()

    @property
    def steps(self) -> list[StepDef]:
        return list(self._steps)

    def step(self, row: int) -> StepDef:
        return self._steps[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        row = index.row()
        title = self._steps[row].title.strip() or QCoreApplication.translate(
            "StepList", "(no title yet)"
        )
        timing = self._timings[row]
        shown = format_ms(timing) if timing is not None else "–"
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("StepList", "%1 · %2 · %3")
                .replace("%1", str(row + 1))
                .replace("%2", title)
                .replace("%3", shown)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("StepList", "Step %1 of %2: %3, %4")
                .replace("%1", str(row + 1))
                .replace("%2", str(len(self._steps)))
                .replace("%3", title)
                .replace("%4", shown)
            )
        return None

    def set_length(self, length_s: int) -> None:
        """The usual length changed: each step's time is shared out again."""
        self._length_s = length_s
        self._changed()

    def new_id(self) -> str:
        n = len(self._steps) + 1
        while f"step_{n}" in self.used_ids:
            n += 1
        self.used_ids.add(f"step_{n}")
        return f"step_{n}"

    def insert(self, row: int, step: StepDef) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._steps.insert(row, step)
        self.used_ids.add(step.id)
        self.endInsertRows()
        self._changed()

    def remove(self, row: int) -> StepDef:
        self.beginRemoveRows(QModelIndex(), row, row)
        step = self._steps.pop(row)
        self.endRemoveRows()
        self._changed()
        return step

    def move(self, row: int, target: int) -> None:
        """Swap a step with its neighbour above or below."""
        low, high = min(row, target), max(row, target)
        self.beginMoveRows(QModelIndex(), high, high, QModelIndex(), low)
        self._steps[low], self._steps[high] = self._steps[high], self._steps[low]
        self.endMoveRows()
        self._changed()

    def replace(self, row: int, step: StepDef) -> None:
        if self._steps[row] != step:
            self._steps[row] = step
            self._changed()

    def _changed(self) -> None:
        self._time()
        if self._steps:
            self.dataChanged.emit(self.index(0), self.index(len(self._steps) - 1))

    def _time(self) -> None:
        """Each step's time at the usual length, as a sitting shares it out (None: cannot yet)."""
        try:
            timings: list[int | None] = list(
                allocate_ms(
                    self._length_s * 1000,
                    [None if s.seconds is None else round(s.seconds * 1000) for s in self._steps],
                    [None if s.weight is None else Fraction(str(s.weight)) for s in self._steps],
                )
            )
        except (OptionError, ArithmeticError, ValueError):
            timings = [None] * len(self._steps)
        self._timings = timings


class _Change(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class StepList(QWidget):
    """The steps and the buttons that change the list; ``current_changed`` gives the row (or -1)."""

    current_changed = Signal(int)

    def __init__(self, model: StepsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.undo_stack = QUndoStack(self)
        self.view = QListView()
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Steps"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.setStyleSheet("QListView::item { padding: 0.35em 0.4em; }")
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.current_changed.emit(current.row())
        )

        self.add_button = self._button(self.tr("Add step"), self.add_step)
        self.duplicate_button = self._button(self.tr("Duplicate"), self.duplicate_step)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_step(-1))
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_step(1))
        self.remove_button = self._button(self.tr("Remove"), self.remove_step)
        self.undo_button = self._button(self.tr("Undo"), self.undo_stack.undo)
        self.add_button.setAccessibleDescription(self.tr("Add a step after this one"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate this step"))
        self.up_button.setAccessibleDescription(self.tr("Move this step up"))
        self.down_button.setAccessibleDescription(self.tr("Move this step down"))
        self.remove_button.setAccessibleName(self.tr("Remove this step"))
        self.undo_button.setAccessibleDescription(self.tr("Undo the last change to the steps"))
        self.up_button.setToolTip(self.tr("Alt+Up in the list"))
        self.down_button.setToolTip(self.tr("Alt+Down in the list"))
        self.remove_button.setToolTip(self.tr("Delete in the list; Undo brings it back"))
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(
                self.tr("Undo: %1 (Ctrl+Z in the list)").replace("%1", text) if text else ""
            )
        )
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_step),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence("Alt+Up"), lambda: self.move_step(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_step(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.add_button, self.duplicate_button, self.up_button,
                               self.down_button, self.remove_button, self.undo_button)):  # fmt: skip
            grid.addWidget(b, i // 2, i % 2)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.view, 1)
        col.addLayout(grid)
        model.rowsInserted.connect(lambda *_a: self._enable())
        model.rowsRemoved.connect(lambda *_a: self._enable())
        model.rowsMoved.connect(lambda *_a: self._enable())
        self._enable()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    @property
    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int) -> None:
        """Make ``row`` current; always reported, since a step moved to the current row (or its
        number) changes while the row stays the same."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            if self.view.currentIndex() == index:
                self.current_changed.emit(row)
            else:
                self.view.setCurrentIndex(index)
        else:
            self.current_changed.emit(-1)
        self._enable()

    def _enable(self) -> None:
        row, count = self.current_row, self.model.rowCount()
        self.duplicate_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- changes, each undoable -------------------------------------------------------------------
    def add_step(self) -> None:
        row = self.current_row + 1 if self.current_row >= 0 else self.model.rowCount()
        step = StepDef(id=self.model.new_id(), title=self.tr("New step"), caption="", weight=30)
        self._push(self.tr("add a step"), row, step)

    def duplicate_step(self) -> None:
        row = self.current_row
        if row >= 0:
            step = replace(self.model.step(row), id=self.model.new_id())
            self._push(self.tr("duplicate a step"), row + 1, step)

    def _push(self, text: str, row: int, step: StepDef) -> None:
        def do() -> None:
            self.model.insert(row, step)
            self.select(row)

        def undo() -> None:
            self.model.remove(row)
            self.select(max(0, row - 1) if self.model.rowCount() else -1)  # where the person was

        self.undo_stack.push(_Change(text, do, undo))

    def remove_step(self) -> None:
        row = self.current_row
        if row < 0:
            return
        step = self.model.step(row)

        def do() -> None:
            self.model.remove(row)
            self.select(min(row, self.model.rowCount() - 1))

        def undo() -> None:
            self.model.insert(row, step)
            self.select(row)

        self.undo_stack.push(_Change(self.tr("remove a step"), do, undo))

    def move_step(self, delta: int) -> None:
        row = self.current_row
        target = row + delta
        if not (0 <= row < self.model.rowCount() and 0 <= target < self.model.rowCount()):
            return

        def there() -> None:
            self.model.move(row, target)
            self.select(target)

        def back() -> None:
            self.model.move(target, row)
            self.select(row)

        self.undo_stack.push(_Change(self.tr("move a step"), there, back))
