"""One optional reflection prompt, after a practice or at the end of the day (issue #19, item 1).

A few words are enough; Escape (or the Skip button) skips, Enter saves. A reminder under the box
asks that notes never identify a client. The widget emits ``saved`` with the new reflection or
``skipped``; the caller decides when to offer it and which prompt comes next (``prompt_at``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.reflect.prompts import Prompt
from mindful_clinic.core.reflect.records import KINDS, ReflectionError, make_reflection
from mindful_clinic.ui.reflect.model import ReflectionModel
from mindful_clinic.ui.shell.theme import scaled_font


def kind_labels(widget: QWidget) -> dict[str, str]:
    return {
        "win": QCoreApplication.translate("ReflectionPrompt", "A small win"),
        "learned": QCoreApplication.translate("ReflectionPrompt", "Something learned"),
        "debrief": QCoreApplication.translate("ReflectionPrompt", "Debrief"),
        "other": QCoreApplication.translate("ReflectionPrompt", "Other"),
    }


class ReflectionPrompt(QWidget):
    saved = Signal(object)
    """The Reflection just written."""
    skipped = Signal()

    def __init__(
        self, prompt: Prompt, today: date, model: ReflectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prompt, self.today, self.model = prompt, today, model
        self.question = QLabel(QCoreApplication.translate("core", prompt.text))
        self.question.setWordWrap(True)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("A few words are enough"))
        self.question.setBuddy(self.answer)  # a screen reader hears the question with the field
        self.answer.setAccessibleName(self.question.text())
        self.answer.setAccessibleDescription(self.tr("Your reflection"))
        self.answer.returnPressed.connect(self.save)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of reflection"))
        for key, label in kind_labels(self).items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(KINDS.index(prompt.kind))
        self.reminder = QLabel(
            self.tr("Private to you. Please leave out anything that could identify a client.")
        )
        self.reminder.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save reflection"))
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("Skip (Esc)"))
        self.skip_button.setAccessibleDescription(self.tr("Skip this reflection"))
        self.skip_button.clicked.connect(self.skip)

        kind_label = QLabel(self.tr("Kind:"))
        kind_label.setBuddy(self.kind)  # names the list for a screen reader (not its value)
        row = QHBoxLayout()
        row.addWidget(kind_label)
        row.addWidget(self.kind)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.save_button)
        self.question.setFont(scaled_font(self, 1.2, QFont.Weight.DemiBold))
        layout = QVBoxLayout(self)
        layout.addStretch(1)  # given a whole page, the prompt stays together in its middle
        for w in (self.question, self.answer, self.reminder, self.problem):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusProxy(self.answer)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
            return
        super().keyPressEvent(event)

    def skip(self) -> None:
        self.skipped.emit()

    def save(self) -> None:
        try:
            reflection = make_reflection(
                self.answer.text(), str(self.kind.currentData()), self.today
            )
            self.model.add(reflection)
        except ReflectionError as exc:
            self._show_problem(str(exc))
            return
        except OSError as exc:
            self._show_problem(self.tr("Not saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.saved.emit(reflection)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
