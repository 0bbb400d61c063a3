"""Rows of chips: one-of-several choices drawn as rounded buttons, and a row that wraps them.

The home screen's time choices sit in a ``FlowLayout``: in a narrow window, a longer language or at
200 % they take two lines instead of pushing the page wider than the window (modelled on Qt's Flow
Layout example). The chips themselves (``ChipGroup``) are radio buttons, so a screen reader says
"radio button, 3 of 5" and the arrow keys choose, as for any one-of-several choice; the breath
set-up's lengths use them too.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLayout,
    QLayoutItem,
    QRadioButton,
    QWidget,
)


class ChipGroup(QButtonGroup):
    """An exclusive group of chips: real ``QRadioButton``s that the style sheet draws as rounded
    buttons (``role="chip"``, the indicator hidden), whose one Tab stop is the checked chip.

    Qt gives a radio group one Tab stop only once one of its buttons has had focus (the last one
    focused); before that Tab enters at the first chip, whichever is checked. Following the checked
    chip from the start, and after a choice made in code, puts Tab where a screen reader user
    expects it. The arrow keys then move the choice (Qt clicks the next chip: ``buttonClicked``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setExclusive(True)
        self.buttonToggled.connect(self._tab_to_checked)

    def add_chip(self, text: str, name: str) -> QRadioButton:
        """A chip showing ``text``, named ``name`` for screen readers (which holds ``text``)."""
        chip = QRadioButton(text)
        chip.setProperty("role", "chip")
        chip.setAccessibleName(name)
        self.addButton(chip)
        self._tab_to_checked()
        return chip

    def add_length(self, seconds: int) -> QRadioButton:
        """A chip for a practice length: "1 min", named "1 minute" for screen readers.

        The name holds the words shown (WCAG 2.5.3, so a voice user can say them) in a real
        plural. Lengths are offered in whole minutes, rounded: resonance breathing's 1-minute
        length is five whole 11-second breaths, 0:55, and still "1 min" (never "0 min").
        """
        minutes = max(1, round(seconds / 60))
        text = self.tr("%1 min").replace("%1", str(minutes))
        return self.add_chip(text, self.tr("%n minute(s)", "", minutes))

    def _tab_to_checked(self, *_toggled: object) -> None:
        """Tab stops at the checked chip only (the first one while none is checked); the others
        still take focus from a click or an arrow key."""
        chips = self.buttons()
        stop: QAbstractButton | None = self.checkedButton() or (chips[0] if chips else None)
        for chip in chips:
            chip.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if chip is stop else Qt.FocusPolicy.ClickFocus
            )


class FlowLayout(QLayout):
    """Items left to right at their size hints, wrapping to a new line where the next one would
    not fit; as tall as its lines (``heightForWidth``). A widget added with ``add_trailing`` goes
    last, against the right edge (of the last line, or of a line of its own)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._trailing: QWidget | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_trailing(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._trailing = widget

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._gap * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """One item a line: as narrow as the widest item."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._gap, 0
            if item.widget() is not None and item.widget() is self._trailing:
                x = max(x, area.right() + 1 - hint.width())
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()
