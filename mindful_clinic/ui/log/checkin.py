"""The stress check-in before and after a practice: 0-10 with one click or one key (content-spec §4).

Eleven buttons and the keys 0-9; "1" then "0" within a second gives 10 (core.rating_keys, fed with the
injected clock, so a test types it without waiting). Skip is always there, nothing is ever required,
and no earlier answer is shown while rating (to reduce anchoring, §4.2). With ``allow_note`` (the
check-in after a practice) a choice is only selected, an optional note ("Anything you'd like to
note?") can be added, and Done sends both. Emits ``answered((rating or None, note))`` once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.log.rating_keys import KeyResult, RatingKeys
from mindful_clinic.core.log.records import NOTE_MAX
from mindful_clinic.core.time.clock import Clock, SystemClock
from mindful_clinic.ui.shell.theme import scaled_font


def default_question() -> str:
    return QCoreApplication.translate("CheckInWidget", "How stressed do you feel right now?")


class CheckInWidget(QWidget):
    answered = Signal(object)
    """(rating: int | None, note: str). None means the rating was skipped."""

    def __init__(
        self,
        question: str | None = None,
        allow_note: bool = False,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.allow_note = allow_note
        self.keys = RatingKeys()
        self._done = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Stress check-in"))

        self.question = QLabel(question or default_question())
        self.question.setWordWrap(True)
        self.question.setFont(scaled_font(self, 1.5, QFont.Weight.DemiBold))
        self.question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setAccessibleDescription(self.question.text())
        anchors = QLabel(self.tr("0 = not at all, 10 = extremely"))
        anchors.setFont(scaled_font(self, 1.1))
        anchors.setProperty("role", "muted")
        anchors.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        # No QButtonGroup: Qt gives checkable buttons in a group one Tab stop between them, so
        # after a practice (when a rating is chosen, then Done) Tab would reach only "0". Each
        # rating is its own Tab stop before and after a practice alike; digits work too.
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(allow_note)
            button.setProperty("role", "rating")  # little padding: all eleven fit a narrow window
            button.setFont(scaled_font(self, 1.5, QFont.Weight.DemiBold))
            size = button.fontMetrics().horizontalAdvance("10") * 2
            button.setMinimumSize(size, round(size * 0.9))  # a large, easy target for one click
            button.setAccessibleName(self.tr("%1 out of 10").replace("%1", str(value)))
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        self.buttons[0].setToolTip(self.tr("Not at all stressed"))
        self.buttons[10].setToolTip(self.tr("Extremely stressed"))

        hint = QLabel(self.tr("Or type a number: 0 to 9, or 1 then 0 for 10."))
        hint.setProperty("role", "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Anything you'd like to note? (optional)"))
        self.note.setAccessibleName(self.tr("Anything you'd like to note? Optional note"))
        self.note.setMaxLength(NOTE_MAX)
        self.note.setVisible(allow_note)
        em = self.note.fontMetrics().horizontalAdvance("M")
        # wide enough for the whole hint (in any language) plus the box's own padding and frame
        wide = self.note.fontMetrics().horizontalAdvance(self.note.placeholderText()) + em * 2
        self.note.setMinimumWidth(max(em * 24, wide))
        self.note.setMaximumWidth(max(em * 40, wide))
        self.note.returnPressed.connect(self.finish)

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setProperty("role", "quiet")
        self.skip_button.setAccessibleName(self.tr("Skip this question"))
        self.skip_button.setFont(scaled_font(self, 1.15))
        self.skip_button.clicked.connect(self.skip)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleDescription(self.tr("Save my answer"))
        self.done_button.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        self.done_button.setVisible(allow_note)
        self.done_button.clicked.connect(self.finish)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 24, 24, 24)
        col.addStretch(1)
        col.addWidget(self.question)
        col.addSpacing(12)
        col.addLayout(row)
        col.addWidget(anchors)
        col.addWidget(hint)
        col.addSpacing(8)
        col.addWidget(self.note, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addLayout(actions)
        col.addStretch(2)

        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.timeout.connect(self._pending_timeout)

    # -- public --------------------------------------------------------------------------------
    @property
    def selected(self) -> int | None:
        return next((v for v, b in enumerate(self.buttons) if b.isChecked()), None)

    def reset(self) -> None:
        """Clear every trace of an earlier answer (the previous rating is never shown)."""
        self._done = False
        self.keys.reset()
        self._pending_timer.stop()
        self._select(None)
        self.note.clear()

    def choose(self, rating: int) -> None:
        """A rating picked by click or key: answers at once, or selects it when a note is allowed."""
        if self._done:
            return
        if self.allow_note:
            self._select(rating)
            # The keyboard moves on to Done: a screen reader hears the rating chosen with it.
            self.done_button.setAccessibleDescription(
                self.tr("Save my answer: %1 out of 10").replace("%1", str(rating))
            )
            self.done_button.setFocus()
        else:
            self._answer(rating)

    def skip(self) -> None:
        self._answer(None)

    def finish(self) -> None:
        """Done (with a note allowed): the selected rating, or None if none was chosen."""
        pending = self.keys.confirm()
        if pending is not None and pending.rating is not None:
            self._select(pending.rating)
        self._answer(self.selected)

    # -- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.skip()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.keys.pending:
            confirmed = self.keys.confirm()
            self._pending_timer.stop()
            if confirmed is not None and confirmed.rating is not None:
                self.choose(confirmed.rating)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.allow_note:
            self.finish()
            return
        result = self.keys.press(event.text(), self.clock.monotonic())
        if not result.handled:
            super().keyPressEvent(event)
            return
        self._apply(result)

    def _apply(self, result: KeyResult) -> None:
        if result.pending is not None:
            self._select(result.pending, tentative=True)
            self._start_pending_timer()
        elif result.rating is not None:
            self._pending_timer.stop()
            self.choose(result.rating)

    def _start_pending_timer(self) -> None:
        deadline = self.keys.deadline()
        if deadline is None:
            return
        remaining_ms = max(0.0, deadline - self.clock.monotonic()) * 1000
        self._pending_timer.start(int(remaining_ms) + 30)  # a little after: "within" is inclusive

    def _pending_timeout(self) -> None:
        """QTimer may fire early, so the clock decides; if it is not yet time, wait the rest."""
        result = self.keys.poll(self.clock.monotonic())
        if result is None:
            self._start_pending_timer()
        else:
            self._apply(result)

    # -- internals ------------------------------------------------------------------------------
    def _clicked(self, value: int) -> None:
        self.keys.reset()
        self._pending_timer.stop()
        self.choose(value)

    def _select(self, rating: int | None, tentative: bool = False) -> None:
        for value, button in enumerate(self.buttons):
            button.setCheckable(self.allow_note or (tentative and value == rating))
            button.setChecked(value == rating)

    def _answer(self, rating: int | None) -> None:
        if self._done:
            return
        self._done = True
        self._pending_timer.stop()
        note = self.note.text().strip() if self.allow_note else ""
        self.answered.emit((rating, note))
