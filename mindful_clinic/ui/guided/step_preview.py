"""The step as the practice will show and say it: the person's choices filled in, as in a sitting.

Uses ``core.guided.practice.render``, the very function a sitting's plan fills its steps with, so what
the preview says is what the practice says.

Its two texts are Tab stops, read in turn after the form. A screen reader hears each with what it
is: "Preview of Feet, on screen: ..." and "Preview of Feet, said: ...", the words themselves in the
name (as seen, for voice control too), and that the choices are filled in as the description.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mindful_clinic.core.guided.practice import GuidedOptions, StepDef, render
from mindful_clinic.ui.shell.theme import scaled_font


class StepPreview(QFrame):
    def __init__(
        self,
        words: Mapping[str, Mapping[str, str]],
        options: GuidedOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.words = words
        self.options = options
        self.setProperty("role", "card")
        heading = QLabel(self.tr("Preview"))
        heading.setFont(scaled_font(self, 1.0, QFont.Weight.DemiBold))
        note = QLabel(self.tr("as the practice will show and say it, with your current choices"))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(note, 1)
        self.shown = self._text(scaled_font(self, 1.15))
        self.said_heading = QLabel(self.tr("Said:"))
        self.said_heading.setProperty("role", "muted")
        self.said = self._text(self.font())
        self.shown.setAccessibleDescription(
            self.tr("As the practice will show it, with your current choices filled in")
        )
        self.said.setAccessibleDescription(
            self.tr("As the practice will say it, with your current choices filled in")
        )
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(4)
        col.addLayout(top)
        col.addWidget(self.shown)
        col.addWidget(self.said_heading)
        col.addWidget(self.said)

    def _text(self, font: QFont) -> QLabel:
        label = QLabel()
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop: read in turn after the form
        return label

    def show_step(self, step: StepDef | None) -> None:
        if step is None:
            self.shown.setText(self.tr("Choose a step to see it here."))
            self.shown.setAccessibleName(self.tr("Preview: %1").replace("%1", self.shown.text()))
            self.said.setText("")
            self.said.setAccessibleName("")
            self.said_heading.setVisible(False)
            self.said.setVisible(False)
            return
        self.shown.setText(self._render(step.caption) or self.tr("(nothing on screen yet)"))
        self.said_heading.setVisible(True)
        self.said.setVisible(True)
        self.said.setText(self._render(step.spoken) or self.tr("Nothing: a quiet step."))
        title = step.title.strip()
        names = (
            (self.tr("Preview of %1, on screen: %2"), self.tr("Preview, on screen: %1")),
            (self.tr("Preview of %1, said: %2"), self.tr("Preview, said: %1")),
        )
        for label, (named, untitled) in zip((self.shown, self.said), names, strict=True):
            text = label.text()
            label.setAccessibleName(
                _filled(named, title, text) if title else untitled.replace("%1", text)
            )

    def _render(self, text: str) -> str:
        try:
            said = render(text, self.words, self.options)
        except KeyError:
            said = "{"
        if "{" in said or "}" in said:  # curly brackets typed by hand: the check explains them
            return self.tr("(the preview follows once the words can be read)")
        return said


def _filled(words: str, title: str, text: str) -> str:
    """``words`` with the step's title for %1 and the text for %2, each put in once: a "%2" typed
    into a title, or a "%1" into the step's words, stays as typed."""
    return text.join(part.replace("%1", title) for part in words.split("%2"))
