"""History: every logged practice in a table, filtered by practice and period; edit, delete, undo.

The table's model is month-paged (ui/log/history_model.py): row counts come from the log's per-month tallies,
and a month's records are read only when its rows are drawn, a few months kept at hand. So "All
time" over ten years opens as fast as the last 30 days, the end of the scroll bar is the oldest
practice at once, and memory stays flat however far the user scrolls. Edits go through the store, which
validates them like any record; a delete can be undone until the next delete.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.log.records import LogRecord, RecordError
from mindful_clinic.core.ports import LogBook, LogStoreError
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.log.edit_dialog import EditSessionDialog
from mindful_clinic.ui.log.history_model import HistoryModel
from mindful_clinic.ui.shell.flow import FlowLayout
from mindful_clinic.ui.shell.theme import scaled_font

PERIODS: tuple[tuple[object, int | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryView", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("HistoryView", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("HistoryView", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("HistoryView", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("HistoryView", "All time"), None),
)
"""(label, days back including today); None = everything."""
DEFAULT_PERIOD = 1
NOTE_CHARS = 12
"""The note column keeps room for about this many characters when the others are fitted."""


class HistoryView(QWidget):
    changed = Signal()
    """After an edit, a delete or an undo: the insights page may want to refresh."""

    def __init__(
        self,
        store: LogBook,
        clock: Clock,
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``actions`` (Export, Import, Save summary as PDF from ui.log_actions) get buttons here;
        the table refreshes after each has run."""
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.last_deleted: LogRecord | None = None
        self.editor: EditSessionDialog | None = None
        self._fresh = True
        self._fitted: list[int] = []  # the widths _fit_columns set, until the user drags one

        heading = self.heading = QLabel(self.tr("History"))  # the page above its tabs takes it
        heading.setFont(scaled_font(self, 1.6, QFont.Weight.DemiBold))
        self.practice = QComboBox()
        self.practice.setAccessibleName(self.tr("Show practice"))
        self.practice.setSizeAdjustPolicy(  # a long practice name never widens the page
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.practice.setMinimumContentsLength(14)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Show period"))
        for label, days in PERIODS:
            self.period.addItem(self.tr(str(label)), days)
        self.period.setCurrentIndex(DEFAULT_PERIOD)
        filters = QHBoxLayout()
        for text, combo, stretch in ((self.tr("Practice"), self.practice, 1),
                                     (self.tr("Period"), self.period, 0)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(combo)  # names the list for a screen reader (not only its choice)
            filters.addWidget(label)
            filters.addWidget(combo, stretch)
        # A row of their own, so the filters keep their room at any width, that wraps onto a second
        # line rather than making the page wider than the window (German: four long names).
        tools = FlowLayout()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            # Its words are its name; the action's tool tip, which says more (ui/log/actions.py),
            # is its description: a screen reader hears what it does, not the name twice.
            button.setAccessibleName(action.text().rstrip("…"))
            tools.addWidget(button)
            # Connected after the action's own handler, so this runs once an import is done.
            action.triggered.connect(lambda _checked=False: self.refresh())

        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logged practices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.viewport().installEventFilter(self)  # refit the columns as its width changes
        self.empty = QLabel(self.tr("No practices logged in this period yet."))
        self.empty.setProperty("role", "muted")

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(
            self.tr("Edit the ratings or note of the selected practice")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected practice"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the delete"))
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_label)
        buttons.addWidget(self.undo_button)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.addWidget(heading)
        col.addLayout(filters)
        col.addLayout(tools)
        col.addWidget(self.table, 1)
        col.addWidget(self.empty)
        col.addLayout(buttons)

        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence(Qt.Key.Key_F2), self.edit_selected),
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.practice.currentIndexChanged.connect(self._filters_changed)
        self.period.currentIndexChanged.connect(self._filters_changed)
        self._show_undo(False)
        self.refresh()
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        """Up to date whenever it comes into view (a practice, an import or another process)."""
        if not self._fresh:
            self.refresh()
        self._fresh = False
        super().showEvent(event)

    # -- filters ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the practices and the records of the chosen period (after a practice, say)."""
        chosen = self.practice.currentData()
        self.practice.blockSignals(True)
        self.practice.clear()
        self.practice.addItem(self.tr("All practices"), None)
        for practice_id, title in self.store.practices():
            self.practice.addItem(title, practice_id)
        index = self.practice.findData(chosen)
        self.practice.setCurrentIndex(max(index, 0))
        self.practice.blockSignals(False)
        self._load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's width changed: fit the columns again, unless the user has dragged one."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.table.viewport()
            and self._fitted == [self.table.columnWidth(c) for c in range(len(self._fitted))]
        ):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Column widths from the headers and the widest texts they hold (every practice title,
        the longest date and duration), measured with the font, so no row is read for them; the
        user can still drag them, and the note column takes the rest.

        The duration column is as wide as "29:59 of 30:00 (ended early)", which few rows say.
        Where that would leave the note less than ``NOTE_CHARS`` and scroll the table sideways (a
        long language), the column gives way, down to its title's width, and those rows end in
        "…"; where even that would not spare the scrolling (a narrow window), nothing is cut."""
        metrics = self.table.fontMetrics()
        dates, duration = self.model.widest_texts()
        titles = [self.practice.itemText(i) for i in range(1, self.practice.count())]
        widest = (dates, titles, [duration], ["10 → 10"])
        pad, most = 3 * metrics.averageCharWidth(), 40 * metrics.averageCharWidth()
        widths = []
        for column, texts in enumerate(widest):
            text = max([self.model.headers[column], *texts], key=metrics.horizontalAdvance)
            widths.append(min(metrics.horizontalAdvance(text) + pad, most))
        note = NOTE_CHARS * metrics.averageCharWidth()
        over = sum(widths) + note - self.table.viewport().width()
        spare = widths[2] - (metrics.horizontalAdvance(self.model.headers[2]) + pad)
        if 0 < over <= spare:
            widths[2] -= over
        # The stretched note column is never narrower than the width last set on it (at first
        # the header's default, 100 px): set it to its share, or the table scrolls sideways.
        for column, width in enumerate([*widths, note]):
            self.table.setColumnWidth(column, width)
        self._fitted = widths

    def period_start(self) -> date | None:
        days = self.period.currentData()
        if days is None:
            return None
        return self.clock.now().date() - timedelta(days=int(days) - 1)

    def _filters_changed(self) -> None:
        self._load()

    def _load(self) -> None:
        practice, start = self.practice.currentData(), self.period_start()
        first = start.isoformat()[:7] if start else ""
        months = [(m, n) for m, n in reversed(self.store.months(practice)) if m >= first]
        self.model.set_months(
            months, lambda month: self.store.month_records(month, practice), start
        )
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(0)

    # -- actions ---------------------------------------------------------------------------------
    def selected_record(self) -> LogRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(rows[0].row())

    def select_record(self, record_id: str, month: str) -> bool:
        row = self.model.row_of(record_id, month)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def edit_selected(self) -> EditSessionDialog | None:
        """Open the editor for the selected practice (non-blocking); saving goes through the store."""
        record = self.selected_record()
        if record is None:
            return None
        self.editor = EditSessionDialog(record, self, title=self.model.title(record))
        self.editor.save_requested.connect(self._save_edit)
        self.editor.open()
        return self.editor

    def _save_edit(self, record_id: str, before: int | None, after: int | None, note: str) -> None:
        try:
            saved = self.store.update(
                record_id,
                stress_before=before,
                stress_after=after,
                note=note,
            )
        except (RecordError, LogStoreError) as exc:
            if self.editor is not None:
                self.editor.show_error(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        if self.editor is not None:
            self.editor.accept()
        self._load()
        self.select_record(record_id, saved.month)
        self.changed.emit()

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        self.last_deleted = self.store.delete(record.id)
        self._load()
        title = self.model.title(record)  # as its row named it
        self.undo_label.setText(self.tr("Deleted: %1.").replace("%1", title))
        # The keyboard goes to Undo: a screen reader hears what was deleted with it.
        self.undo_button.setAccessibleDescription(self.undo_label.text())
        self._show_undo(True)
        self.undo_button.setFocus()
        self.changed.emit()

    def undo(self) -> None:
        record = self.last_deleted
        if record is None:
            return
        self.store.restore(record)
        self.last_deleted = None
        self._show_undo(False)
        self._load()
        self.select_record(record.id, record.month)
        self.table.setFocus()
        self.changed.emit()

    def _show_undo(self, visible: bool) -> None:
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)
