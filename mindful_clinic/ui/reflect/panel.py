"""Reflections in History: listed newest first, editable and removable (issue #19, item 1).

A separate widget so History (ui/log/history.py) can add it as a tab or section. Never shown in group
mode: the group screens are given no reflection model at all.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.reflect.records import KINDS, Reflection, ReflectionError, make_reflection
from mindful_clinic.ui.reflect.model import ReflectionModel
from mindful_clinic.ui.reflect.prompt import kind_labels
from mindful_clinic.ui.shell.local_format import short_date


class ReflectionsPanel(QWidget):
    def __init__(self, model: ReflectionModel, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.today = model, today
        self.labels = kind_labels(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your reflections"))
        self.list.currentItemChanged.connect(self._show_current)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Reflection text"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("A few words are enough"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of reflection"))
        for key in KINDS:
            self.kind.addItem(self.labels[key], key)
        self.reminder = QLabel(
            self.tr("Private to you. Please leave out anything that could identify a client.")
        )
        self.reminder.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setAccessibleName(self.tr("New reflection"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save reflection"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete reflection"))
        self.delete_button.clicked.connect(self.delete)

        kind_label = QLabel(self.tr("Kind:"))
        kind_label.setBuddy(self.kind)  # names the list for a screen reader (not its value)
        buttons = QHBoxLayout()
        buttons.addWidget(kind_label)
        buttons.addWidget(self.kind)
        buttons.addStretch(1)
        for b in (self.new_button, self.delete_button, self.save_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.reminder)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for r in sorted(self.model.all(), key=lambda r: r.date, reverse=True):
            words = " ".join(r.text.split())
            item = QListWidgetItem(f"{short_date(r.date)}  {self.labels[r.kind]}: {words}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.list.addItem(item)
            if r.id == select:
                self.list.setCurrentItem(item)
        if self.list.count() == 0:
            self.status.setText(self.tr("No reflections yet."))
        if select is None:
            self.start_new()

    def current(self) -> Reflection | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Reflection) else None

    def start_new(self) -> None:
        self.list.setCurrentRow(-1)
        self.text.clear()
        self.kind.setCurrentIndex(0)
        self.delete_button.setEnabled(False)

    def _show_current(self) -> None:
        r = self.current()
        self.delete_button.setEnabled(r is not None)
        if r is not None:
            self.text.setPlainText(r.text)
            self.kind.setCurrentIndex(KINDS.index(r.kind))

    def save(self) -> None:
        kind = str(self.kind.currentData())
        existing = self.current()
        try:
            if existing is None:
                r = make_reflection(self.text.toPlainText(), kind, self.today)
                self.model.add(r)
            else:
                r = existing.edited(text=self.text.toPlainText(), kind=kind)
                self.model.update(r)
        except ReflectionError as exc:
            self.status.setText(str(exc))
            return
        except OSError as exc:
            self.status.setText(self.tr("Not saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Saved."))
        self.refresh(select=r.id)

    def delete(self) -> None:
        r = self.current()
        if r is None:
            return
        try:
            self.model.delete(r.id)
        except OSError as exc:
            self.status.setText(self.tr("Not deleted: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Deleted."))
        self.refresh()
