"""Settings -> Keyboard: every shortcut in the app, read from the one table in ui/shell/shortcuts.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.ui.shell.shortcuts import SHORTCUTS, key_text


class KeyboardHelp(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Everything in Mindful Clinic works from the keyboard. Tab moves between controls, "
                "Space or Enter presses the focused button, and these keys do the rest."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Keys"), self.tr("What it does")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, shortcut in enumerate(SHORTCUTS):
            cells = (
                QCoreApplication.translate("Shortcuts", shortcut.where),
                ", ".join(key_text(k) for k in shortcut.keys),
                QCoreApplication.translate("Shortcuts", shortcut.what),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.table, 1)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests)."""
        out = []
        for r in range(self.table.rowCount()):
            where, keys, what = (self.table.item(r, c) for c in range(3))
            assert where is not None and keys is not None and what is not None
            out.append((where.text(), keys.text(), what.text()))
        return out
