"""How the group page sits: its heading on top, then the set-up and the session's controls.

Side by side when there is room. In a narrow window they stand one above the other, the part the
facilitator needs now first: the set-up before the session starts, the controls that run it
(stages, check-in, Next, Pause) once it has, so nobody scrolls past the room's preview to move the
session on. The heading stays above both whatever the order, and Tab and a screen reader go
through the page in the order it is shown: Qt would otherwise keep the order the widgets were
made in (Tab) and added in (a screen reader reads a widget's children in that order).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

WIDE = 2.6
"""Side by side once the page is this many times as wide as the set-up at its narrowest: room for
the set-up and the session's wider column (stages and notes) beside it."""


class GroupPageLayout:
    """Lays out ``page``: ``heading``, then ``setup`` and ``session`` in the order that suits."""

    def __init__(self, page: QWidget, heading: QLabel, setup: QWidget, session: QWidget) -> None:
        self._page = page
        self._heading = heading
        self._setup = setup
        self._session = session
        self._session_first = False
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.addWidget(setup, self._stretch(setup))
        self._row.addWidget(session, self._stretch(session))
        col = QVBoxLayout(page)
        col.addWidget(heading)
        col.addLayout(self._row, 1)

    def parts(self) -> tuple[QWidget, QWidget]:
        """The set-up and the session's controls, in the order they are shown (and read)."""
        if self._session_first:
            return (self._session, self._setup)
        return (self._setup, self._session)

    def arrange(self, started: bool) -> None:
        """Side by side when the page is wide enough, else stacked with the session's controls
        first once it has ``started``; Tab and the screen reader's order follow."""
        wide = self._page.width() >= self._setup.minimumSizeHint().width() * WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        session_first = started and not wide
        if self._row.direction() == direction and self._session_first == session_first:
            return
        self._row.setDirection(direction)
        if self._session_first != session_first:
            self._session_first = session_first
            first = self.parts()[0]
            self._row.removeWidget(first)
            self._row.insertWidget(0, first, self._stretch(first))
        self._follow_in_reading_order()
        self._page.updateGeometry()  # a scroll area around the page makes room for the new shape

    def _stretch(self, part: QWidget) -> int:
        """Side by side, the session's column gets three fifths of the width."""
        return 2 if part is self._setup else 3

    def _follow_in_reading_order(self) -> None:
        """Tab, then a screen reader, in the order shown: the heading, the first part, the other.
        Within each part the order it already had stays."""
        parts = (self._heading, *self.parts())
        stops = [w for part in parts[1:] for w in self._tab_stops(part)]
        for before, after in itertools.pairwise(stops):
            QWidget.setTabOrder(before, after)
        for part in parts:
            part.raise_()  # moves it to the end of the page's children, the order read out

    def _tab_stops(self, part: QWidget) -> list[QWidget]:
        """The widgets inside ``part`` that Tab stops at, in the order it stops at them now."""
        stops: list[QWidget] = []
        widget = self._page.nextInFocusChain()
        while widget is not None and widget is not self._page:  # a ring through the window
            owner = widget.parentWidget()
            proxied = owner is not None and owner.focusProxy() is widget  # Tab stops at the owner
            if (
                part.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not proxied
            ):
                stops.append(widget)
            widget = widget.nextInFocusChain()
        return stops
