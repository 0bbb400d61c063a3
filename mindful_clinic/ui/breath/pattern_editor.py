"""Creating and editing your own breathing patterns.

The form checks every value as it is typed (1-4 phases, 0-20 s each, an in-breath and an out-breath
longer than zero) with the same rules as shipped patterns; an invalid pattern can never be saved.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.breath.pattern import (
    MAX_PHASES,
    BreathPattern,
    Phase,
    PhaseKind,
    validate_phases,
)
from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.ports import PatternStore
from mindful_clinic.ui.shell.fit import resize_within_screen
from mindful_clinic.ui.shell.theme import scaled_font

DEFAULT_CAUTIONS = ("stop_if_dizzy", "not_while_driving_or_in_water", "breath_anchor_choice")


class PatternForm(QWidget):
    """Title plus up to four phase rows; emits ``validity_changed`` as the user types."""

    validity_changed = Signal(bool)

    def __init__(self, pattern: BreathPattern | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(pattern.title if pattern else self.tr("My pattern"))
        self.title.setAccessibleName(self.tr("Pattern name"))
        grid = QGridLayout()
        name_label = QLabel(self.tr("Name"))
        name_label.setBuddy(self.title)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 2)
        self.kinds: list[QComboBox] = []
        self.seconds: list[QDoubleSpinBox] = []
        names = {
            PhaseKind.INHALE: self.tr("Breathe in"),
            PhaseKind.TOP_UP: self.tr("Top-up breath in"),
            PhaseKind.HOLD: self.tr("Hold"),
            PhaseKind.EXHALE: self.tr("Breathe out"),
        }
        existing = list(pattern.phases) if pattern else [
            Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 6)
        ]  # fmt: skip
        for i in range(MAX_PHASES):
            kind = QComboBox()
            kind.addItem(self.tr("(not used)"), None)
            for k, label in names.items():
                kind.addItem(label, k.value)
            kind.setAccessibleName(self.tr("Phase %d: what to do") % (i + 1))
            secs = QDoubleSpinBox()
            secs.setRange(
                0, 60
            )  # wider than allowed, so a mistake gets a message, not a silent clamp
            secs.setDecimals(1)
            secs.setSingleStep(0.5)
            secs.setSuffix(self.tr(" s"))
            secs.setAccessibleName(self.tr("Phase %d: seconds") % (i + 1))
            if i < len(existing):
                kind.setCurrentIndex(kind.findData(existing[i].kind.value))
                secs.setValue(existing[i].seconds)
            phase_label = QLabel(self.tr("Phase %d") % (i + 1))
            phase_label.setBuddy(kind)  # a screen reader hears "Phase 1", not just the choice
            grid.addWidget(phase_label, i + 1, 0)
            grid.addWidget(kind, i + 1, 1)
            grid.addWidget(secs, i + 1, 2)
            kind.currentIndexChanged.connect(self._check)
            secs.valueChanged.connect(self._check)
            self.kinds.append(kind)
            self.seconds.append(secs)
        self.error = QLabel()
        self.error.setProperty("role", "danger")
        self.error.setWordWrap(True)
        self.error.setAccessibleDescription(self.tr("Problem with this pattern"))
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)  # German's longer words wrap in a narrow window, never cut
        col = QVBoxLayout(self)
        col.addLayout(grid)
        col.addWidget(self.summary)
        col.addWidget(self.error)
        self.title.textChanged.connect(self._check)
        self._check()

    def phases(self) -> list[Phase]:
        out = []
        for kind, secs in zip(self.kinds, self.seconds, strict=True):
            value = kind.currentData()
            if value is not None:
                k = PhaseKind(value)
                out.append(Phase(k, secs.value(), optional=k is PhaseKind.HOLD))
        return out

    def problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Please give the pattern a name.")
        try:
            validate_phases(self.phases(), "pattern")
        except ContentError as exc:
            return self._explain(exc)
        return None

    def _explain(self, exc: ContentError) -> str:
        if exc.field.startswith("phases[") and exc.field.endswith(".seconds"):
            n = exc.field[len("phases[") : exc.field.index("]")]
            if "at least" in exc.problem:
                return (
                    self.tr(
                        "Phase %s: each phase needs at least 1 second, so the breath stays gentle. "
                        "A hold of 0 seconds is fine: it means no hold."
                    )
                    % n
                )
            return (
                self.tr(
                    "Phase %s: each phase can last up to 20 seconds (a hold of 0 means no hold)."
                )
                % n
            )
        if "breaths a minute" in exc.problem:
            return self.tr(
                "This is faster than 20 breaths a minute. Fast breathing can bring on "
                "light-headedness, so one whole breath needs at least 3 seconds."
            )
        if "inhale" in exc.problem:
            return self.tr("Add a breath in that lasts longer than 0 seconds.")
        if "exhale" in exc.problem:
            return self.tr("Add a breath out that lasts longer than 0 seconds.")
        return self.tr("Use one to four phases.")

    def _check(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        if problem is None:
            cycle = sum(p.seconds for p in self.phases())
            locale = QLocale()  # "4,0 s" in German, as the boxes above write it
            self.summary.setText(
                self.tr("One breath: %1 s, about %2 breaths a minute.")
                .replace("%1", locale.toString(cycle, "f", 1))
                .replace("%2", locale.toString(60 / cycle, "f", 1))
            )
        else:
            self.summary.setText("")
        self.summary.setVisible(problem is None)  # an empty line would push the message down
        self.validity_changed.emit(problem is None)


class PatternEditorDialog(QDialog):
    """List of the user's patterns with New, Edit, Duplicate and Delete."""

    def __init__(
        self,
        store: PatternStore,
        shipped_ids: set[str],
        on_changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.shipped_ids = shipped_ids
        self.on_changed = on_changed
        self.setWindowTitle(self.tr("My breathing patterns"))
        self.setAccessibleName(self.tr("My breathing patterns"))
        heading = QLabel(self.tr("My breathing patterns"))
        heading.setFont(scaled_font(self, 1.4, QFont.Weight.DemiBold))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your patterns"))
        self.form_host = QVBoxLayout()
        self.form: PatternForm | None = None
        self.new_button = QPushButton(self.tr("New"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        close = self.close_button = QPushButton(self.tr("Close"))
        for b, name in ((self.new_button, self.tr("New pattern")),
                        (self.duplicate_button, self.tr("Duplicate the selected pattern")),
                        (self.delete_button, self.tr("Delete the selected pattern")),
                        (self.save_button, self.tr("Save the pattern")),
                        (close, self.tr("Close"))):  # fmt: skip
            b.setAccessibleName(name)
        self.new_button.clicked.connect(self.new_pattern)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.accept)
        self.list.currentItemChanged.connect(self._selected)

        self.last_deleted: BreathPattern | None = None
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_label.setProperty("role", "muted")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self._show_undo(False)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for b in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(b)
        left.addLayout(row)
        left.addLayout(undo_row)
        right = QVBoxLayout()
        right.addLayout(self.form_host)
        right.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(close)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        col = QVBoxLayout(self)
        col.addWidget(heading)
        col.addLayout(body, 1)
        resize_within_screen(self, 820, 480)
        self.editing_id: str | None = None
        self._refresh_list()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_pattern()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the layout has just taken its new sizes
            self._hold_wrapped_lines()
        return handled

    def _hold_wrapped_lines(self) -> None:
        """Keep the window tall enough for every line of its wrapped text (a problem with the
        pattern, the undo note) at the narrowest it may be made. Qt sizes a window by its
        layout's minimum, which counts a wrapped label as one line: shrunk to that, the phase
        rows were squashed until their words were cut."""
        layout = self.layout()
        if layout is None:
            return
        need = max(  # -1 when nothing wraps
            layout.totalMinimumHeightForWidth(self.minimumWidth()),
            layout.totalMinimumSize().height(),
        )
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _refresh_list(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.store.patterns():
            item = QListWidgetItem(p.title)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
            if p.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = self.list.currentItem() is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _set_form(self, pattern: BreathPattern | None) -> None:
        if self.form is not None:
            self.form_host.removeWidget(self.form)
            self.form.hide()  # not drawn under the new one until Qt deletes it
            self.form.deleteLater()
        self.form = PatternForm(pattern)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self.save_button.setEnabled(self.form.problem() is None)
        self.form_host.addWidget(self.form)
        self.editing_id = pattern.id if pattern else None
        # Tab follows reading order: the list and its buttons, the form, then Save and Close (the
        # form is made after the buttons, so Qt would otherwise put it last).
        fields: list[QWidget] = [self.form.title]
        for kind, secs in zip(self.form.kinds, self.form.seconds, strict=True):
            fields += [kind, secs]
        chain = [self.delete_button, *fields, self.save_button, self.close_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        pattern = self.store.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._set_form(pattern)
        self.duplicate_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)

    def new_pattern(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._set_form(None)

    def save(self) -> bool:
        assert self.form is not None
        if self.form.problem() is not None:
            return False
        title = self.form.title.text().strip()
        taken = self.shipped_ids | {p.id for p in self.store.patterns()}
        pid = self.editing_id or self.store.new_id(title, taken)
        pattern = BreathPattern(
            id=pid,
            title=title,
            phases=tuple(self.form.phases()),
            summary=" / ".join(f"{p.kind.value} {p.seconds:g}" for p in self.form.phases()),
            cautions=DEFAULT_CAUTIONS
            + (
                ("holds_caution",)
                if any(p.kind is PhaseKind.HOLD for p in self.form.phases())
                else ()
            ),
            first_use_notice="holds_caution"
            if any(p.kind is PhaseKind.HOLD for p in self.form.phases())
            else None,
            custom=True,
        )
        self.store.save(pattern)
        self.editing_id = pid
        self._refresh_list(select=pid)
        self.on_changed()
        return True

    def duplicate(self) -> None:
        item = self.list.currentItem()
        pattern = self.store.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if pattern is None:
            return
        copy = self.store.duplicate(pattern, self.shipped_ids)
        self._refresh_list(select=copy.id)
        self._selected(self.list.currentItem())
        self.on_changed()

    def delete(self, confirm: bool = True) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete pattern"),
                self.tr("Delete “%s”? Your practice log keeps its past sessions.") % item.text(),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        pattern_id, title = item.data(Qt.ItemDataRole.UserRole), item.text()
        self.last_deleted = self.store.get(pattern_id)
        self.store.delete(pattern_id)
        self._refresh_list()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_pattern()
        self.undo_label.setText(self.tr("“%s” deleted.") % title)
        self._show_undo(self.last_deleted is not None)
        self.on_changed()

    def undo_delete(self) -> None:
        """Bring back the pattern deleted last, as it was."""
        pattern, self.last_deleted = self.last_deleted, None
        self._show_undo(False)
        if pattern is None:
            return
        self.store.save(pattern)
        self._refresh_list(select=pattern.id)
        self._selected(self.list.currentItem())
        self.on_changed()

    def _show_undo(self, shown: bool) -> None:
        self.undo_label.setVisible(shown)
        self.undo_button.setVisible(shown)
