"""A quiet moment at the end of a practice: what was done, and the way on.

Shown after the after-rating (or straight after the practice when check-ins are off). It says what
was done in plain words ("3 minutes of slow, even breathing · 6 → 4"; a title that already names
the length it ran is enough on its own: "One-minute breathing space · 6 → 3") and offers Done,
Again and, when no note was written yet, a note. It never praises and never scores the change: the
two ratings stand side by side, with no difference, arrow colour or judgement.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mindful_clinic.core.log.outcome import PracticeOutcome
from mindful_clinic.core.log.records import NOTE_MAX
from mindful_clinic.ui.shell.theme import DISPLAY, scaled_font

_NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty"
    r"|eine[rnm]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|fünfzehn|zwanzig|dreißig"
)
_LENGTH = rf"(?:{_NUMBER})[\s-]*(?:minutes?|minuten?|seconds?|sekunden?)"
"""A length as a title says it: "3 minutes", "one minute", "One-minute", "Drei-Minuten", "einer
Minute"."""
_LENGTH_IN_TITLE = re.compile(rf",\s*{_LENGTH}$", re.IGNORECASE)
"""A title that ends with its own length ("Body scan, 3 minutes", "STOPP, eine Minute"): the
sentence says the length once, so it is left out of the title there."""
_NAMES_LENGTH = re.compile(rf"\b{_LENGTH}\b", re.IGNORECASE)
"""A length anywhere in a title ("One-minute breathing space", "Drei-Minuten-Atempause")."""
SUMMARY_FRAME = "%1 of %2"
"""The English summary: "3 minutes of slow, even breathing" (%1 the length, %2 the practice)."""


def practice_words(title: str, *, lower: bool = True) -> str:
    """A title as it reads inside a sentence: "Slow, even breathing" -> "slow, even breathing".

    Names in capitals (RAIN, STOP) and titles starting with a number keep their form. ``lower``
    False keeps the case as it is: right for German, whose nouns keep their capital ("Atemübung"),
    and wherever the title starts the sentence."""
    words = _LENGTH_IN_TITLE.sub("", title.strip())
    first = words.split(" ", 1)[0]
    if lower and len(first) > 1 and first[0].isupper() and first[1:].islower():
        return words[0].lower() + words[1:]
    return words


class ClosingScreen(QWidget):
    """``done_requested``: back home; ``again_requested``: the same practice once more.
    ``note`` holds the note the user wrote here (empty if none)."""

    done_requested = Signal()
    again_requested = Signal()

    def __init__(
        self, outcome: PracticeOutcome, *, offer_note: bool, parent: QWidget | None = None
    ) -> None:
        """``offer_note``: no note was asked for yet (check-ins off), so offer one here."""
        super().__init__(parent)
        self.outcome = outcome
        self.setAccessibleName(self.tr("The end of the practice"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.summary = QLabel(self.done_text())
        self.summary.setFont(scaled_font(self, DISPLAY, QFont.Weight.DemiBold))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.spoken_text())
        self.quiet = QLabel(self.tr("Go on when you're ready."))
        self.quiet.setProperty("role", "muted")
        self.quiet.setFont(scaled_font(self, 1.15))
        self.quiet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quiet.setWordWrap(True)
        self.written = QLabel(
            self.tr("Your note: %s") % outcome.note if outcome.note else ""
        )  # the note from the after-rating, so it is seen once more
        self.written.setProperty("role", "muted")
        self.written.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written.setWordWrap(True)

        self.note_button = QPushButton(self.tr("Add a note"))
        self.note_button.setProperty("role", "quiet")
        self.note_button.setAccessibleName(self.tr("Add a note to this practice"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("Anything you'd like to note? (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note for this practice (optional)"))
        em = self.note_edit.fontMetrics().horizontalAdvance("M")
        self.note_edit.setMinimumWidth(em * 20)
        self.note_edit.setMaximumWidth(em * 36)
        self.note_edit.returnPressed.connect(self.done_requested)
        self.note_button.clicked.connect(self.open_note)

        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        self.done_button.setAccessibleName(self.tr("Done: back to all practices (Enter)"))
        self.done_button.setDefault(True)
        self.again_button = QPushButton(self.tr("Again"))
        self.again_button.setFont(scaled_font(self, 1.15))
        self.again_button.setAccessibleName(self.tr("Do this practice again"))
        self.done_button.clicked.connect(self.done_requested)
        self.again_button.clicked.connect(self.again_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._key_done)

        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.again_button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 24)
        col.addStretch(2)
        col.addWidget(self.summary)
        col.addSpacing(6)
        col.addWidget(self.quiet)
        col.addWidget(self.written)
        col.addSpacing(28)
        col.addLayout(actions)
        col.addSpacing(8)
        col.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.note_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(3)
        self.setTabOrder(self.again_button, self.done_button)
        # In their layout first: a widget without a parent shown on its own would be a window.
        self.written.setVisible(bool(outcome.note))
        self.note_button.setVisible(offer_note)
        self.note_edit.hide()

    @property
    def note(self) -> str:
        return self.note_edit.text().strip()

    def open_note(self) -> None:
        self.note_button.hide()
        self.note_edit.show()
        self.note_edit.setFocus()

    def _key_done(self) -> None:
        """Enter presses the focused button (Again, Add a note); otherwise, and with Esc, Done."""
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isVisible():
            focused.click()
        else:
            self.done_requested.emit()

    # -- words -------------------------------------------------------------------------------------
    def length_text(self) -> str:
        seconds = max(0, round(self.outcome.actual_s))
        if seconds < 60:
            if seconds == 1:
                return self.tr("1 second")
            return self.tr("%1 seconds").replace("%1", str(seconds))
        minutes = max(1, round(seconds / 60))
        if minutes == 1:
            return self.tr("1 minute")
        return self.tr("%1 minutes").replace("%1", str(minutes))

    def title_words(self, frame: str) -> str:
        """The practice's title for the sentence ``frame`` (a translated %1/%2 text): lower-cased
        only in the English frame ("3 minutes of slow, even breathing"). A translation keeps the
        title's case and puts it first where that reads better (German: "Box-Atmung · 3 Minuten",
        never "3 Minuten box-Atmung")."""
        return practice_words(self.outcome.practice_title, lower=frame == SUMMARY_FRAME)

    def title_says_length(self) -> bool:
        """The title itself names the length the practice ran ("One-minute breathing space", run
        to its end): the line is then the title alone, never "1 minute of one-minute breathing
        space". A practice stopped early still says how long it ran; a length at the end of a
        title ("Body scan, 3 minutes") is left out of the sentence instead (``practice_words``)."""
        inner = _LENGTH_IN_TITLE.sub("", self.outcome.practice_title.strip())
        return self.outcome.completed and _NAMES_LENGTH.search(inner) is not None

    def done_text(self) -> str:
        """ "3 minutes of slow, even breathing · 6 → 4": what was done, and the two ratings."""
        if self.title_says_length():
            text = self.outcome.practice_title.strip()
        else:
            frame = self.tr("%1 of %2")
            text = frame.replace("%1", self.length_text()).replace("%2", self.title_words(frame))
        ratings = self.ratings_text()
        return f"{text} · {ratings}" if ratings else text

    def ratings_text(self) -> str:
        before, after = self.outcome.stress_before, self.outcome.stress_after
        if before is not None and after is not None:
            return f"{before} → {after}"
        if before is not None:
            return self.tr("stress %1 before").replace("%1", str(before))
        if after is not None:
            return self.tr("stress %1 now").replace("%1", str(after))
        return ""

    def spoken_text(self) -> str:
        """The summary as a screen reader should say it (an arrow reads badly)."""
        before, after = self.outcome.stress_before, self.outcome.stress_after
        text = self.done_text()
        if before is not None and after is not None and self.title_says_length():
            return (
                self.tr("%1. Stress %2 before, %3 after.")
                .replace("%1", self.outcome.practice_title.strip())
                .replace("%2", str(before))
                .replace("%3", str(after))
            )
        if before is not None and after is not None:
            frame = self.tr("%1 of %2")  # the title is lower-cased as in the summary, or not at all
            said = (
                self.tr("%1 of %2. Stress %3 before, %4 after.")
                .replace("%1", self.length_text())
                .replace("%2", self.title_words(frame))
                .replace("%3", str(before))
                .replace("%4", str(after))
            )
            return said
        return text
