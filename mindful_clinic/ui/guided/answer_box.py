"""Typed answers in a guided practice: the calm box under the caption, and the choice at the end.

``AnswerBox`` appears under the caption on a step that invites a few words (``core.guided.answers``)
and is gone on the others. It never takes the keyboard by itself: the user clicks it or tabs to it.
Typing pauses the practice (the step's clock and the voice wait), Enter (or Go on) resumes it with
the words kept in memory, and Escape skips: the words for that step are dropped and the practice
carries on. A list box takes one item a line; Ctrl+Enter goes on.

``KeepWords`` is shown once the practice is over, if anything was typed: the words, each with its own
tick, "Keep these words as a reflection" (kind chosen, ``keep_as`` suggested) and, in worry time,
"Park it until 17:30". Escape or "Let them go" forgets them. Nothing typed is written anywhere unless
the user chooses here; the ``WordsKeeper`` the app hands in does the writing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.guided.answers import (
    MAX_ANSWER,
    Answer,
    AnswerSheet,
    reflection_kind,
    reflection_text,
    worry_text,
)
from mindful_clinic.core.guided.practice import GuidedStep
from mindful_clinic.core.reflect.records import KINDS, ReflectionError
from mindful_clinic.ui.reflect.prompt import kind_labels
from mindful_clinic.ui.shell.local_format import short_time

_OWN_KEYS = {
    Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Left, Qt.Key.Key_Right,
}  # fmt: skip
"""Keys the practice screen's shortcuts (Esc stops, arrows move) must leave to a box or a tick
that has the keyboard. (Space needs nothing: the screen pauses on it only when the focused
control declines it.)"""


class WordsKeeper(Protocol):
    """What the app does with words the user chose to keep (``app.worry.WorryTime``)."""

    def keep(self, text: str, kind: str) -> None:
        """Add a reflection; raises ReflectionError (bad words) or OSError (not written)."""

    def park(self, text: str, at: time) -> str:
        """Park a worry until ``at`` today and say so ("Parked until 17:30"); raises
        ReflectionError (a time already past) or OSError."""
        ...


class _KeysStayHere(QObject):
    """Lets the widget with the keyboard have the keys the practice screen uses as shortcuts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and event.key() in _OWN_KEYS:
            event.accept()
        return False


class AnswerBox(QWidget):
    typing_started = Signal()
    """The user began to type on this step (the practice waits)."""
    finished = Signal()
    """Enter or Go on: the words are kept in memory and the practice carries on."""
    skipped = Signal()
    """Escape: this step's words are dropped and the practice carries on."""

    def __init__(self, sheet: AnswerSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.step: GuidedStep | None = None
        self._typing = False
        self._filling = False
        self._keys = _KeysStayHere(self)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.line = QLineEdit()
        self.lines = QPlainTextEdit()
        self.lines.setTabChangesFocus(True)
        self.lines.setMaximumHeight(self.lines.fontMetrics().lineSpacing() * 5)
        for editor in (self.line, self.lines):
            editor.installEventFilter(self._keys)
            editor.installEventFilter(self)
            editor.hide()
        self.line.textEdited.connect(self._edited)
        self.lines.textChanged.connect(self._edited)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.go_on_button = QPushButton(self.tr("Go on"))
        self.go_on_button.setAccessibleName(self.tr("Go on with the practice"))
        self.go_on_button.setProperty("role", "quiet")
        self.go_on_button.clicked.connect(self.go_on)
        self.go_on_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.lines, 1)
        row.addWidget(self.go_on_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.hide()

    # -- which step ---------------------------------------------------------------------------
    def show_step(self, step: GuidedStep) -> None:
        """Offer this step's box (with what was typed for it before), or hide on a step without."""
        self._end_typing()
        self.step = step
        definition = step.answer
        if definition is None:
            self.hide()
            return
        listing = definition.kind == "list"
        editor = self.editor
        other = self.line if listing else self.lines
        other.clearFocus()
        other.hide()
        self._filling = True
        if listing:
            self.lines.setPlainText(self.sheet.text_of(step.index))
        else:
            self.line.setText(self.sheet.text_of(step.index))
            self.line.setMaxLength(MAX_ANSWER[definition.kind])
        self._filling = False
        self.prompt.setText(definition.prompt)
        editor.setAccessibleName(
            self.tr("Your answer, optional and private: %1").replace("%1", definition.prompt)
        )
        if definition.kind == "time":
            self.line.setPlaceholderText(self.tr("A time later today, like 17:30"))
        elif listing:
            self.lines.setPlaceholderText(self.tr("One a line"))
        else:
            self.line.setPlaceholderText(self.tr("A few words, if you like"))
        self.hint.setText(
            self.tr("Optional and private. Typing pauses the practice; %1 goes on, Esc skips.")
            .replace("%1", self.tr("Ctrl+Enter") if listing else self.tr("Enter"))
        )  # fmt: skip
        editor.show()
        self.show()

    @property
    def editor(self) -> QWidget:
        """The box for the step on screen: a line, or several for a list."""
        answer = self.step.answer if self.step is not None else None
        return self.lines if answer is not None and answer.kind == "list" else self.line

    def text(self) -> str:
        return self.lines.toPlainText() if self.editor is self.lines else self.line.text()

    @property
    def typing(self) -> bool:
        return self._typing

    # -- answers ------------------------------------------------------------------------------
    def go_on(self) -> None:
        if self.step is not None and self.step.answer is not None:
            self.sheet.set(self.step.index, self.step.id, self.step.answer, self.text())
        self._end_typing()
        self.finished.emit()

    def skip(self) -> None:
        if self.step is not None:
            self.sheet.clear(self.step.index)
        self._filling = True
        self.line.clear()
        self.lines.clear()
        self._filling = False
        self._end_typing()
        self.skipped.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc skips; Enter in a line, Ctrl+Enter in a list, goes on."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:
            self.skip()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (ctrl or watched is self.line):
            self.go_on()
            return True
        return False

    def _edited(self, *_args: object) -> None:
        if self._filling or self.step is None or self.step.answer is None:
            return
        self.sheet.set(self.step.index, self.step.id, self.step.answer, self.text())
        if not self._typing:
            self._typing = True
            self.go_on_button.show()
            self.typing_started.emit()

    def _end_typing(self) -> None:
        self._typing = False
        self.go_on_button.hide()


class KeepWords(QWidget):
    done = Signal(str)
    """The choice was made: what happened, in a line ("" when the words were let go)."""

    def __init__(
        self,
        title: str,
        sheet: AnswerSheet,
        keeper: WordsKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title, self.sheet, self.keeper = title, sheet, keeper
        self._keys = _KeysStayHere(self)
        self.setAccessibleName(self.tr("Your words from this practice"))
        heading = QLabel(self.tr("Your words"))
        heading.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "Only you have seen these. They are let go now unless you keep them. Please "
                "leave out anything that could identify a client."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.ticks: list[tuple[QCheckBox, Answer]] = []
        for answer in sheet.words():
            tick = QCheckBox(answer.as_line())
            tick.setChecked(True)
            tick.setAccessibleName(self.tr("Keep: %1").replace("%1", answer.as_line()))
            self.ticks.append((tick, answer))
            layout.addWidget(tick)
        self.at = sheet.worry_time()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of reflection"))
        for key, label in kind_labels(self).items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(KINDS.index(reflection_kind(sheet.words())))
        self.keep_button = QPushButton(self.tr("Keep these words as a reflection"))
        self.keep_button.setAccessibleDescription(self.tr("Keep the ticked words as a reflection"))
        self.keep_button.clicked.connect(self.keep)
        self.park_button = QPushButton()
        self.park_button.clicked.connect(self.park)
        self.park_button.setVisible(self.at is not None and bool(sheet.words()))
        if self.at is not None:
            when = short_time(datetime.combine(date.min, self.at))  # 17:30 or 5:30 PM
            self.park_button.setText(self.tr("Park it until %1").replace("%1", when))
            self.park_button.setAccessibleDescription(
                self.tr("Park the worry until %1; you are reminded once").replace("%1", when)
            )
        self.let_go_button = QPushButton(self.tr("Let them go (Esc)"))
        self.let_go_button.setAccessibleDescription(self.tr("Let these words go; nothing is kept"))
        self.let_go_button.clicked.connect(self.let_go)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        kind_label = QLabel(self.tr("Kind:"))
        kind_label.setBuddy(self.kind)  # names the list for a screen reader (not its value)
        row = QHBoxLayout()
        row.addWidget(kind_label)
        row.addWidget(self.kind)
        row.addStretch(1)
        row.addWidget(self.let_go_button)
        row.addWidget(self.keep_button)
        row.addWidget(self.park_button)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(row)
        for w in (self.kind, self.keep_button, self.park_button, self.let_go_button):
            w.installEventFilter(self._keys)
        for tick, _answer in self.ticks:
            tick.installEventFilter(self._keys)
        self.setFocusProxy(self.ticks[0][0] if self.ticks else self.let_go_button)

    def chosen(self) -> list[Answer]:
        return [answer for tick, answer in self.ticks if tick.isChecked()]

    def keep(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self._problem(self.tr("Tick the words to keep, or let them go."))
            return
        text = reflection_text(self.title, chosen)
        if self._try(lambda: self.keeper.keep(text, str(self.kind.currentData()))):
            self._finish(self.tr("Kept as a reflection. You'll find it in History."))

    def park(self) -> None:
        chosen = self.chosen()
        if self.at is None or not chosen:
            self._problem(self.tr("Tick the worry to park, or let it go."))
            return
        said: list[str] = []
        at = self.at
        if self._try(lambda: said.append(self.keeper.park(worry_text(chosen), at))):
            self._finish(said[0] if said else "")

    def let_go(self) -> None:
        self._finish("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.let_go()
            return
        super().keyPressEvent(event)

    def _try(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ReflectionError as exc:
            self._problem(str(exc))
            return False
        except OSError as exc:
            self._problem(self.tr("Not saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        return True

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _finish(self, said: str) -> None:
        self.sheet.discard()  # whatever was not kept is gone from memory too
        self.done.emit(said)
