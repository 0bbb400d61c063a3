"""A time box that tells a screen reader which part of the time the keyboard is in.

A ``QTimeEdit`` has a Tab stop for each part of the time (the hours, the minutes, and AM or PM in a
12-hour locale), but a screen reader hears every stop alike: "Working hours start, spin button,
08:00". Moving from the hours to the minutes is a change inside one widget, so nothing at all is
heard, and a user typing "30" cannot tell whether it sets the hours or the minutes.

Qt has no signal for the part changing (``currentSection`` follows the cursor), so the box checks
``currentSection()`` after each thing that can move it (focus, Tab, the arrow keys, a click) and
keeps its accessible description on that part's name. A screen reader reads the description with
the name when the box gets the focus, and says the new one when it changes while the box has the
focus (Orca and NVDA both do): "Hours", then "Minutes" after Tab. The name stays the visible
label's words, as every control's does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

if TYPE_CHECKING:  # named for the type checker only: PySide makes a class when it is first named
    from PySide6.QtGui import QFocusEvent, QKeyEvent


class SectionTimeEdit(QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moving = 0
        # A click puts the text cursor in a part: the only move that reaches no handler below.
        self.lineEdit().cursorPositionChanged.connect(self._cursor_moved)
        self.follow_section()

    def section_name(self) -> str:
        """The part of the time the keyboard is in, in words ("Hours", "Minutes", "AM or PM")."""
        names = {
            QDateTimeEdit.Section.HourSection: self.tr("Hours"),
            QDateTimeEdit.Section.MinuteSection: self.tr("Minutes"),
            QDateTimeEdit.Section.SecondSection: self.tr("Seconds"),
            QDateTimeEdit.Section.AmPmSection: self.tr("AM or PM"),
        }
        return names.get(self.currentSection(), "")

    def follow_section(self) -> None:
        """Describe the part the keyboard is in now (a screen reader hears the change)."""
        name = self.section_name()
        if name != self.accessibleDescription():
            self.setAccessibleDescription(name)

    @contextmanager
    def _one_move(self) -> Iterator[None]:
        """Qt moves the cursor through other parts on its way (Tab into the box passes the last
        part before the first): only where it ends is described, so nothing in between is heard."""
        self._moving += 1
        try:
            yield
        finally:
            self._moving -= 1
        if not self._moving:
            self.follow_section()

    def _cursor_moved(self, _old: int, _new: int) -> None:
        if not self._moving:
            self.follow_section()

    def focusInEvent(self, event: QFocusEvent) -> None:
        with self._one_move():  # Tab lands on the first part, Shift+Tab on the last
            super().focusInEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        with self._one_move():
            return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        with self._one_move():  # Left, Right, Home, End, or a separator typed
            super().keyPressEvent(event)
