"""The home screen: "what can I do in the time I have?"

Time choices filter the library at a glance; favourites and recent practices sit on top so a tired
clinician needs one click. Cards take focus and open with Enter or Space, so the whole screen works
from the keyboard; starring one keeps the focus on its star, wherever the card moves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.practice.catalog import CATEGORIES, Catalog, CatalogEntry, category_words
from mindful_clinic.core.preferences import Preferences
from mindful_clinic.ui.home.practice_card import (
    MIN_WIDTH,
    CardLook,
    PracticeCard,
    card_height,
    lengths_line,
    quick_length,
    start_words,
    text_heights,
)
from mindful_clinic.ui.shell.flow import ChipGroup, FlowLayout
from mindful_clinic.ui.shell.theme import CONTROL, DISPLAY, LIGHT, SECTION, Palette, scaled_font

if TYPE_CHECKING:  # named for the type checker only: PySide makes a class when it is first named
    from PySide6.QtGui import QResizeEvent

TIME_CHOICES: tuple[tuple[str, float | None], ...] = (
    ("1", 1.0),
    ("3", 3.0),
    ("5", 5.0),
    ("10+", 10.0),
    ("all", None),
)
COLUMNS = 3
"""Cards a row at most; fewer where the window is narrower (``columns_for``)."""
GAP = 12
HEADING_AIR = 4
"""A little air above a section's heading (pixels)."""


def columns_for(width: int) -> int:
    """How many cards fit side by side in ``width`` pixels (at least one, at most ``COLUMNS``)."""
    return max(1, min(COLUMNS, (width + GAP) // (MIN_WIDTH + GAP)))


def entries_for_time(catalog: Catalog, choice: float | None) -> list[CatalogEntry]:
    """1/3/5 minutes: practices that can be done within that time; 10+: the longer practices."""
    if choice is None:
        return catalog.entries()
    if choice >= 10:
        return [e for e in catalog.entries() if max(e.durations_s) >= 9.5 * 60]
    # A minute's grace: a 63 s breath session still counts as "1 minute".
    return [e for e in catalog.entries() if e.shortest_s <= choice * 60 + 15]


class CardScrollArea(QScrollArea):
    """The cards' scroll area: says when the width its viewport shows changes, so the grid can
    reflow.

    It reads the width in its own ``resizeEvent`` (the area less its always-shown scroll bar) and
    asks nothing of ``viewport()``: PySide looks up the most derived type of a widget it has not
    seen, and for the viewport that loads about 75 widget classes and their enums (about 7 ms at
    start-up). A ``viewportEvent`` or an event filter would do the same for every event class
    (about 20 M instructions).
    """

    width_changed = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Said before Qt sizes the cards' widget to the new width, so the grid is laid out once,
        # at its new columns, before the next paint. With the vertical bar always shown, Qt
        # counts it out of this width already.
        self.width_changed.emit(self.maximumViewportSize().width())
        super().resizeEvent(event)


class HomeView(QWidget):
    practice_chosen = Signal(str)
    """A card was opened: its set-up page (at ``length_for`` its id, if the time was chosen)."""
    start_now_requested = Signal(str, int)
    """A card's Start: (practice id, seconds), straight to the practice."""
    edit_patterns_requested = Signal()

    def __init__(
        self,
        catalog: Catalog,
        prefs: Preferences,
        save_prefs: Callable[[], None],
        palette: Palette = LIGHT,
        parent: QWidget | None = None,
        *,
        cards_now: bool = True,
    ) -> None:
        """``cards_now=False`` leaves the cards to a ``rebuild`` once the screen is in its place."""
        super().__init__(parent)
        self.palette_ = palette
        self.catalog = catalog
        self.prefs = prefs
        self._save_prefs = save_prefs
        self.time_choice: float | None = None
        self.setAccessibleName(self.tr("Home"))

        heading = QLabel(self.tr("What can I do in the time I have?"))
        self._heading = heading
        heading.setFont(scaled_font(self, DISPLAY, QFont.Weight.DemiBold))
        heading.setWordWrap(True)
        # The lines the root adds later (today's reminders, the reflection line) sit in a box made
        # before the time choices, so Tab reaches them in reading order, before the choices and
        # the cards (a widget joins the focus chain after the last one of its new parent).
        self.top_box = QWidget(self)
        self._tops = QVBoxLayout(self.top_box)
        self._tops.setContentsMargins(0, 0, 0, 0)
        self.top_box.hide()
        # An empty widget before the time choices in the focus chain: the lines' buttons follow it.
        self._last_top_stop = QWidget(self.top_box)
        self._last_top_stop.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Qt orders only Tab stops
        self._last_top_stop.hide()  # never reached itself
        # One of several: radio buttons drawn as chips, Tab on the checked one (``ChipGroup``).
        self.time_group = ChipGroup(self)
        self._chip_minutes: dict[QAbstractButton, float | None] = {}
        # The choices wrap onto a second line rather than widen the page (narrow window, 200 %).
        chips = FlowLayout(spacing=8)
        self._chips = chips
        for key, minutes in TIME_CHOICES:
            text = self.tr("Everything") if minutes is None else self.tr("%s min") % key
            b = self.time_group.add_chip(text, self._chip_name(minutes))
            b.setFont(scaled_font(self, CONTROL))
            self._chip_minutes[b] = minutes
            chips.addWidget(b)
            if minutes is None:
                b.setChecked(True)
        self.patterns_button = QPushButton(self.tr("My breathing patterns…"))
        self.patterns_button.setProperty("role", "quiet")
        # The visible words stay its name (issue #17); the longer explanation is its description.
        explain = self.tr("Create or edit your own breathing patterns")
        self.patterns_button.setAccessibleDescription(explain)
        self.patterns_button.setToolTip(explain)
        self.patterns_button.clicked.connect(self.edit_patterns_requested)
        # After the choices, against the right edge. All of them wrap onto more lines where the
        # width runs short (a narrow window, a longer language: tests/ui/shell/test_pseudo_locale.py)
        # instead of squeezing their words.
        chips.add_trailing(self.patterns_button)
        self.time_group.buttonClicked.connect(self._time_clicked)

        # One grid for every section (headings span its columns): fewer widgets and layouts than a
        # grid per section, each of which Qt would style and lay out at start-up. As many columns
        # as fit the scroll area's width (``columns``), placed again when that changes.
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(GAP)
        self.grid.setVerticalSpacing(GAP)
        self.columns = COLUMNS
        self._blocks: list[tuple[QWidget, list[PracticeCard]]] = []
        scroll = CardScrollArea()
        scroll.setProperty("fill", "none")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to the cards
        # Always there, so the cards keep their width when a time choice makes the list short
        # enough to fit (and the first layout is done once, not again after a scroll bar appears).
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll_area = scroll
        scroll.width_changed.connect(self._width_changed)

        col = QVBoxLayout(self)
        self._col = col
        self._top_lines = 0
        col.setContentsMargins(24, 20, 24, 12)
        col.addWidget(heading)
        col.addWidget(self.top_box)
        col.addLayout(chips)
        col.addSpacing(8)
        col.addWidget(scroll, 1)
        self.cards: list[PracticeCard] = []
        self._to_make: list[tuple[str, list[CatalogEntry]]] = []
        if cards_now:
            self.rebuild()

    def _chip_name(self, minutes: float | None) -> str:
        """What a screen reader says for a time choice ("1 min" alone is terse): proper plurals."""
        if minutes is None:
            return self.tr("Show everything")
        if minutes >= 10:  # the name holds the words shown ("10+ min"), for voice control
            return self.tr("I have %n+ minutes", "", int(minutes))
        return self.tr("I have %n minutes", "", int(minutes))

    def _width_changed(self, width: int) -> None:
        columns = columns_for(width)
        if columns != self.columns:
            self.columns = columns
            self._place()

    def add_top_line(self, widget: QWidget) -> None:
        """A quiet line under the heading (today's reminders, a reminder waiting); the root adds
        them, in order."""
        self._top_lines += 1
        self._tops.addWidget(widget)
        self.top_box.show()
        # A widget given a new parent joins the end of the window's focus chain, after the cards:
        # its buttons are put back after the previous line's, before the time choices.
        for stop in [widget, *widget.findChildren(QWidget)]:
            if stop.focusPolicy() & Qt.FocusPolicy.TabFocus and not stop.findChildren(QWidget):
                QWidget.setTabOrder(self._last_top_stop, stop)
                self._last_top_stop = stop

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.rebuild()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.rebuild()

    def _time_clicked(self, button: QAbstractButton) -> None:
        self.set_time_choice(self._chip_minutes.get(button))

    def set_time_choice(self, minutes: float | None) -> None:
        self.time_choice = minutes
        for b in self.time_group.buttons():
            b.setChecked(self._chip_minutes.get(b) == minutes)
        self.rebuild()

    def section_titles(self) -> dict[str, str]:
        def core(text: str) -> str:
            return QCoreApplication.translate("core", text)

        titles = {"favourites": self.tr("Favourites"), "recent": self.tr("Recent")}
        # The same words as ``mindful-clinic practices --show`` prints.
        titles.update({cat: category_words(cat, core) for cat in CATEGORIES})
        return titles

    def sections(self) -> list[tuple[str, list[CatalogEntry]]]:
        """Favourites, then recent practices, then each category: every practice once, in the first
        section that holds it (a recent favourite is not shown again under Recent or its kind)."""
        visible = entries_for_time(self.catalog, self.time_choice)
        ids = {e.id for e in visible}
        shown: set[str] = set()
        out: list[tuple[str, list[CatalogEntry]]] = []

        def add(key: str, entries: list[CatalogEntry]) -> None:
            fresh = []
            for e in entries:
                if e.id not in shown:
                    shown.add(e.id)
                    fresh.append(e)
            if fresh:
                out.append((key, fresh))

        for key, id_list in (("favourites", self.prefs.favourites), ("recent", self.prefs.recent)):
            add(key, [e for i in id_list if i in ids and (e := self.catalog.get(i)) is not None])
        for cat in CATEGORIES:
            add(cat, [e for e in visible if e.category == cat])
        return out

    def rebuild(self, first: int | None = None, *, focus_star: str | None = None) -> None:
        """Make the headings and cards for the time chosen, and place them.

        ``first`` makes only that many cards now, those a first screen can show
        (``cards_to_fill``), and leaves the rest to ``finish_cards``: at start-up the window
        appears before the cards below it are made (the root finishes them once it is on screen).
        ``focus_star`` moves the focus to that practice's new star before the old cards go: hiding
        a focused widget makes Qt pass the focus on, card by card as each is hidden, to the rail.
        """
        old: list[QWidget] = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                old.append(widget)
        self.cards = []
        self._blocks = []
        self._look = self._card_look()
        self._to_make = self.sections()
        if not self._to_make:
            empty = QLabel(self.tr("Nothing fits that time yet. Try a longer choice."))
            empty.setProperty("role", "muted")
            empty.setWordWrap(True)
            self._blocks.append((empty, []))
        self._make_cards(first)
        self._place()
        if focus_star is not None:
            self._focus_star(focus_star)
        for widget in old:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()

    def _focus_star(self, practice_id: str) -> None:
        """Focus the practice's star, shown at once (the layout would show it in the next turn of
        the event loop): a screen reader hears its new name and state. Scrolled into view once the
        grid has its new height, as the card may have moved to Favourites or back."""
        card = next((c for c in self.cards if c.entry.id == practice_id), None)
        if card is None:
            return
        card.show()
        card.star.setFocus(Qt.FocusReason.OtherFocusReason)
        star = card.star
        QTimer.singleShot(0, star, lambda: self.scroll_area.ensureWidgetVisible(star))

    def finish_cards(self) -> None:
        """Make the cards ``rebuild(first=...)`` left, after the others.

        Qt puts each into the focus chain after the cards already in the grid, so Tab runs on
        from the first screen's cards into these (tests/ui/home/test_first_screen.py)."""
        if self._to_make:
            self._make_cards(None)
            self._place()

    def _make_cards(self, limit: int | None) -> None:
        """Make up to ``limit`` (None: all) of the cards still to make, section by section."""
        titles = self.section_titles()
        made: list[PracticeCard] = []
        while self._to_make and (limit is None or len(made) < limit):
            key, entries = self._to_make[0]
            if self._blocks and self._blocks[-1][0].property("section") == key:
                cards = self._blocks[-1][1]  # a section begun before: its heading is there
            else:
                label = QLabel(titles.get(key, key))
                label.setProperty("section", key)
                label.setFont(scaled_font(self, SECTION, QFont.Weight.DemiBold))
                label.setContentsMargins(0, HEADING_AIR, 0, 0)
                label.setWordWrap(True)
                cards = []
                self._blocks.append((label, cards))
            room = len(entries) if limit is None else min(len(entries), limit - len(made))
            for entry in entries[:room]:
                card = PracticeCard(
                    entry,
                    entry.id in self.prefs.favourites,
                    self._look,
                    start_s=quick_length(entry, self.time_choice),
                )
                card.chosen.connect(self.practice_chosen)
                card.start_requested.connect(self.start_now_requested)
                card.favourite_toggled.connect(self._toggle_favourite)
                cards.append(card)
                made.append(card)
            if room == len(entries):
                self._to_make.pop(0)
            else:
                self._to_make[0] = (key, entries[room:])
        self.cards += made

    def cards_to_fill(self, room: QSize) -> int:
        """How many cards the first screen shows when the home screen has ``room`` (the page
        beside the rail, before anything is laid out: ``rebuild(first=...)``).

        The grid is measured ahead, heading by heading and row by row, from each card's own texts
        and no widget: the rows that begin inside the height left under the heading and the time
        choices. Start is counted as narrow and low as its words, so a card is never counted
        taller than it will be and the count errs on the side of a card too many.
        """
        margins = self._col.contentsMargins()
        width = max(1, room.width() - margins.left() - margins.right())
        above = margins.top() + margins.bottom() + self._col.spacing() * 3 + 8
        above += self._heading.heightForWidth(width) + self._chips.heightForWidth(width)
        bottom = room.height() - above
        columns = columns_for(width)
        card_width = max(1, (width - GAP * (columns - 1)) // columns)
        look = self._card_look()
        heading = QFontMetrics(scaled_font(self, SECTION, QFont.Weight.DemiBold)).height()
        heading += HEADING_AIR
        line = look.body_metrics.height()
        top, count = 0, 0
        for _key, entries in self.sections():
            top += heading + GAP
            for first in range(0, len(entries), columns):
                if top >= bottom:
                    return count
                row = entries[first : first + columns]
                tallest = 0
                for entry in row:
                    words = start_words(quick_length(entry, self.time_choice))
                    start = look.body_metrics.horizontalAdvance(words)
                    drawn = lengths_line(entry.durations_s)
                    heights = text_heights(look, entry, drawn, card_width, start)
                    tallest = max(tallest, card_height(look, heights, line))
                top += tallest + GAP
                count += len(row)
        return count

    def _card_look(self) -> CardLook:
        title_font = scaled_font(self, CONTROL, QFont.Weight.DemiBold)
        return CardLook(self.palette_, QFont(self.font()), title_font)

    def _place(self) -> None:
        """Put the headings and cards into the grid at ``columns`` cards a row."""
        grid, columns = self.grid, self.columns
        for heading, cards in self._blocks:
            for widget in (heading, *cards):
                grid.removeWidget(widget)
        for r in range(grid.rowCount()):
            grid.setRowStretch(r, 0)
        for c in range(max(COLUMNS, grid.columnCount())):
            grid.setColumnStretch(c, 1 if c < columns else 0)
        row = 0
        for heading, cards in self._blocks:
            grid.addWidget(heading, row, 0, 1, columns)
            row += 1
            for i, card in enumerate(cards):
                grid.addWidget(card, row + i // columns, i % columns)
            row += -(-len(cards) // columns)
        grid.setRowStretch(row, 1)  # the cards stay at the top of a tall window

    def _toggle_favourite(self, practice_id: str) -> None:
        """Star or unstar, and rebuild: the card moves to Favourites or back. The focus stays on
        its star if it was there (Space on the star, or a click)."""
        focused = any(c.star.hasFocus() for c in self.cards if c.entry.id == practice_id)
        self.prefs.toggle_favourite(practice_id)
        self._save_prefs()
        self.rebuild(focus_star=practice_id if focused else None)

    def length_for(self, practice_id: str) -> int | None:
        """The length a set-up page opens at: what fits the time chosen here (None: no time
        chosen, so the user's usual length)."""
        entry = self.catalog.get(practice_id)
        if entry is None or self.time_choice is None or self.time_choice >= 10:
            return None
        return quick_length(entry, self.time_choice)

    def visible_ids(self) -> list[str]:
        return [c.entry.id for c in self.cards]
