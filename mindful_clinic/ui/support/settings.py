"""Settings -> Support: the user's own crisis and support contacts (country, workplace, EAP).

Edits apply as they are made (like the other settings tabs) but only when every row makes sense: a
contact needs a name, and a way to reach it unless it is one of the workplace slots left to fill in.
Only the differences from the shipped list are stored, so a corrected shipped number still arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.support.contacts import (
    Contact,
    SupportEdits,
    SupportInfo,
    diff,
    merge,
    new_contact_id,
)

COLUMNS = ("region", "name", "how", "detail")


class SupportSettings(QWidget):
    changed = Signal(object)
    """The SupportInfo the user now sees (give it to SupportPage.set_info)."""

    def __init__(
        self,
        shipped: SupportInfo,
        edits: SupportEdits,
        save: Callable[[SupportEdits], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shipped = shipped
        self._save = save
        self.contacts: list[Contact] = list(merge(shipped, edits).contacts)
        self.setAccessibleName(self.tr("Support contacts"))
        intro = QLabel(
            self.tr(
                'These contacts appear on the "If you are struggling" page. Add your '
                "occupational health service, your employee assistance programme and any local "
                "lines; remove ones that don't apply where you are."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Support contacts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Name"), self.tr("How to reach them"), self.tr("Details")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "danger")
        self.message.setAccessibleDescription(self.tr("Problem with the contacts"))
        self.message.hide()
        buttons = QGridLayout()
        actions = (
            (self.tr("Add contact"), self.add_contact),
            (self.tr("Remove"), self.remove_contact),
            (self.tr("Move up"), lambda: self.move_contact(-1)),
            (self.tr("Move down"), lambda: self.move_contact(1)),
            (self.tr("Restore the defaults"), self.restore_defaults),
        )
        for i, (text, slot) in enumerate(actions):
            b = QPushButton(text)
            b.setAccessibleName(text)
            b.clicked.connect(slot)
            buttons.addWidget(b, i // 3, i % 3)  # two rows: room for longer languages
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.table, 1)
        col.addWidget(self.message)
        col.addLayout(buttons)
        self.table.itemChanged.connect(self._edited)
        self._fill()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.contacts))
        for row, c in enumerate(self.contacts):
            for col, name in enumerate(COLUMNS):
                self.table.setItem(row, col, QTableWidgetItem(getattr(c, name)))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _edited(self, item: QTableWidgetItem) -> None:
        row, name = item.row(), COLUMNS[item.column()]
        c = self.contacts[row]
        text = item.text().strip()
        self.contacts[row] = replace(
            c,
            region=text if name == "region" else c.region,
            name=text if name == "name" else c.name,
            how=text if name == "how" else c.how,
            detail=text if name == "detail" else c.detail,
        )
        self.apply()

    def add_contact(self) -> None:
        cid = new_contact_id(c.id for c in self.contacts)
        self.contacts.append(Contact(cid, self.tr("New contact"), "", custom=True))
        self._fill()
        self.table.setCurrentCell(len(self.contacts) - 1, 2)
        self.apply()

    def remove_contact(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.contacts):
            del self.contacts[row]
            self._fill()
            self.apply()

    def move_contact(self, delta: int) -> None:
        row, target = self.table.currentRow(), self.table.currentRow() + delta
        if 0 <= row < len(self.contacts) and 0 <= target < len(self.contacts):
            self.contacts[row], self.contacts[target] = self.contacts[target], self.contacts[row]
            self._fill()
            self.table.setCurrentCell(target, 1)
            self.apply()

    def restore_defaults(self) -> None:
        self.contacts = list(self.shipped.contacts)
        self._fill()
        self.apply()

    def problem(self) -> str | None:
        for i, c in enumerate(self.contacts, 1):
            if not c.name:
                return self.tr("Row %d needs a name.") % i
            if not c.how and not c.placeholder:
                return self.tr("Row %d needs a way to reach them (a number or address).") % i
        return None

    def apply(self) -> bool:
        """Save the contacts if they make sense; otherwise say what is missing and save nothing."""
        problem = self.problem()
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        if problem:
            return False
        edits = diff(self.shipped, self.contacts)
        self._save(edits)
        self.changed.emit(merge(self.shipped, edits))
        return True
