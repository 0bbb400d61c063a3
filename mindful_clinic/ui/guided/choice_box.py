"""A text box for step words in which the person's choices read as words: ``[your anchor]``.

The stored ``{anchor}`` never shows. The box holds the readable form (``core.guided.choice_text``):
each choice is drawn as a soft chip, Backspace or Delete next to one removes it whole, and the
"Insert a choice" button beside the box offers the choices by name ("Your anchor (the breath, the
feet…)") at the cursor. ``stored_text()`` gives the words back exactly as the practice file keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QPushButton, QWidget

from mindful_clinic.core.guided.choice_text import from_readable, to_readable, token, tokens
from mindful_clinic.core.guided.practice import OPTION_VALUES
from mindful_clinic.ui.shell.theme import palette_of


def choice_names() -> dict[str, str]:
    """What each choice is called inside the words, in the user's language."""
    names = {
        "eyes": QCoreApplication.translate("ChoiceBox", "your eyes"),
        "posture": QCoreApplication.translate("ChoiceBox", "your posture"),
        "anchor": QCoreApplication.translate("ChoiceBox", "your anchor"),
        "touch": QCoreApplication.translate("ChoiceBox", "your kind touch"),
    }
    return {option: names.get(option, option) for option in OPTION_VALUES}


def choice_offers() -> dict[str, str]:
    """What the "Insert a choice" menu says for each: its name and what the person may choose."""
    offers = {
        "eyes": QCoreApplication.translate("ChoiceBox", "Your eyes (open, lowered or closed)"),
        "posture": QCoreApplication.translate(
            "ChoiceBox", "Your posture (sitting, lying or standing)"
        ),
        "anchor": QCoreApplication.translate(
            "ChoiceBox", "Your anchor (the breath, sounds, the feet…)"
        ),
        "touch": QCoreApplication.translate("ChoiceBox", "Your kind touch (a hand on the heart…)"),
    }
    return {option: offers.get(option, option) for option in OPTION_VALUES}


class ChoiceHighlighter(QSyntaxHighlighter):
    """Draws every choice in the words as a chip (its own background and weight)."""

    def __init__(self, document: QTextDocument, names: dict[str, str], owner: QWidget) -> None:
        super().__init__(document)
        self.names = names
        self.chip = QTextCharFormat()
        self.restyle(owner)

    def restyle(self, owner: QWidget) -> None:
        p = palette_of(owner)
        self.chip.setBackground(QColor(p.guide))
        self.chip.setForeground(QColor(p.text))
        self.chip.setFontWeight(QFont.Weight.DemiBold)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for t in tokens(text, self.names):
            self.setFormat(t.start, t.end - t.start, self.chip)


class ChoiceTextBox(QPlainTextEdit):
    """Step words with choices shown by name; ``edited`` carries the stored text after each change."""

    edited = Signal(str)

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.setTabChangesFocus(True)  # Tab moves on through the form, as everywhere else
        self.highlighter = ChoiceHighlighter(self.document(), names, self)
        self.textChanged.connect(lambda: self.edited.emit(self.stored_text()))

    def set_stored_text(self, stored: str) -> None:
        """Show stored words (``{anchor}``) in readable form, without reporting an edit."""
        self.blockSignals(True)
        self.setPlainText(to_readable(stored, self.names))
        self.blockSignals(False)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def stored_text(self) -> str:
        return from_readable(self.toPlainText(), self.names)

    def insert_choice(self, option: str) -> None:
        """Put the choice at the cursor, with a space either side where words would touch it."""
        cursor = self.textCursor()
        text = self.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        words = token(option, self.names)
        if before and not before.isspace() and before not in "([\"'":
            words = " " + words
        if after and after.isalnum():
            words += " "
        cursor.insertText(words)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Backspace just after a choice, or Delete just before one, removes the whole choice."""
        cursor = self.textCursor()
        key = event.key()
        if not cursor.hasSelection() and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            block = cursor.block()
            at = cursor.positionInBlock()
            for t in tokens(block.text(), self.names):
                if (key == Qt.Key.Key_Backspace and t.end == at) or (
                    key == Qt.Key.Key_Delete and t.start == at
                ):
                    cursor.setPosition(block.position() + t.start)
                    cursor.setPosition(block.position() + t.end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                    self.setTextCursor(cursor)
                    return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.highlighter.restyle(self)  # light, dark or high contrast: the chips follow


class InsertChoiceButton(QPushButton):
    """ "Insert a choice": a menu of the choices by name; the chosen one goes into ``box``."""

    def __init__(self, box: ChoiceTextBox, accessible_name: str) -> None:
        super().__init__(self.tr("Insert a choice"))
        self.box = box
        self.setAccessibleName(accessible_name)
        self.setProperty("role", "quiet")
        self.choices = QMenu(self)
        self.choices.setAccessibleName(self.tr("Choices to insert"))
        for option, offer in choice_offers().items():
            action = QAction(offer, self.choices)
            action.triggered.connect(lambda _c=False, o=option: self.box.insert_choice(o))
            self.choices.addAction(action)
        self.setMenu(self.choices)
