"""A practice on the home screen, drawn as one widget with a real star button.

The home screen shows every practice at once (about twenty cards). Built from three labels and
two layouts each, the cards cost about 5 ms more before the window appears (measured for issue
#12: 4 % more instructions for the whole start). Here the card draws its title, summary and lengths
itself and keeps one child: the favourite star, a real button from the start, so a screen reader
finds it and Tab reaches it right after its card. The card still takes its box (background,
border, hover and focus ring) from the app's style sheet, and its height follows its width like
wrapped labels would (``heightForWidth``).

The card is a push button, and a screen reader hears it as one: "Set up Box breathing", push
button, then its summary and lengths as the description. That is what it is: a click, Enter, Space
or a screen reader's "press" opens its set-up page. Qt's other roles were weighed: its bridge to
Linux screen readers (AT-SPI) calls a grouping a "panel", the word heard before; a list item needs
an accessible interface written in Python, installed as a factory Qt then asks about every widget
(``QAccessible`` made at start-up), and belongs in a list, which a grid of cards under headings is
not. A button needs neither: Qt's own interface for buttons gives the role, the press action, and
the name and description set here.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.ui.shell.theme import Palette

if TYPE_CHECKING:  # named for the type checker only: PySide makes a class when it is first named
    from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent

PADDING_LEFT, PADDING_TOP, PADDING_RIGHT, PADDING_BOTTOM = 16, 12, 12, 14
SPACING = 6
STAR_SIZE = 36
STAR_RADIUS = 9.0
MIN_WIDTH = 220
TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
LENGTHS_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
_TALL = 1 << 20  # "as tall as it needs": the height given when measuring wrapped text


def minutes_label(seconds: int) -> str:
    """Lengths as people say them: "5 min", or seconds for a short one that is not a whole minute."""
    if seconds < 100 and abs(seconds - 60) > 5:
        text, number = QCoreApplication.translate("PracticeCard", "%1 s"), seconds
    else:
        text, number = (
            QCoreApplication.translate("PracticeCard", "%1 min"),
            max(1, round(seconds / 60)),
        )
    return text.replace("%1", QLocale().toString(number))


def lengths_line(seconds: tuple[int, ...]) -> str:
    """ "1 min · 3 min · 5 min" for drawing: a line may break only after a dot, never inside a
    length ("5 / min") or before a dot (no line that starts with "·")."""
    return "\u00a0· ".join(minutes_label(d).replace(" ", "\u00a0") for d in seconds)


def start_words(seconds: int) -> str:
    """A card's Start button: "Start 5 min"."""
    return QCoreApplication.translate("PracticeCard", "Start %s") % minutes_label(seconds)


def wrapped_height(metrics: QFontMetrics, width: int, text: str, advance: int | None = None) -> int:
    """The height of ``text`` wrapped at word breaks to ``width`` (one line's if it fits in one).

    ``advance`` is the text's width on one line, if already known (-1: it has a line break).
    """
    if advance is None:
        advance = -1 if "\n" in text else metrics.horizontalAdvance(text)
    # Strictly narrower: the advance is rounded, and at a width equal to it Qt may still wrap
    # the text (a fraction of a pixel wider), drawing a second line that had no room.
    if 0 <= advance < width:
        return metrics.height()
    return metrics.boundingRect(QRect(0, 0, width, _TALL), TEXT_FLAGS, text).height()


class CardLook:
    """What every card on a screen shares: fonts, colours and the two star icons, made once."""

    def __init__(self, palette: Palette, body_font: QFont, title_font: QFont) -> None:
        self.palette = palette
        self.body_font = body_font
        self.title_font = title_font
        self.body_metrics = QFontMetrics(body_font)
        self.title_metrics = QFontMetrics(title_font)
        self._advances: dict[tuple[bool, str], int] = {}
        self._stars: dict[bool, QIcon] = {}

    def star_icon(self, favourite: bool) -> QIcon:
        """The star, filled in the accent for a favourite, outlined otherwise."""
        icon = self._stars.get(favourite)
        if icon is None:
            icon = QIcon()
            for ratio in (1.0, 2.0):  # sharp on ordinary and high-density screens alike
                icon.addPixmap(star_pixmap(self.palette, favourite, ratio))
            self._stars[favourite] = icon
        return icon

    def text_height(self, title: bool, width: int, text: str) -> int:
        """``wrapped_height`` in the title's or the body's font; one-line widths kept by text.

        Cards share many texts (the lengths line) and layouts ask each card for several widths.
        """
        metrics = self.title_metrics if title else self.body_metrics
        advance = self._advances.get((title, text))
        if advance is None:
            advance = -1 if "\n" in text else metrics.horizontalAdvance(text)
            self._advances[title, text] = advance
        return wrapped_height(metrics, width, text, advance)


def star_pixmap(palette: Palette, favourite: bool, ratio: float) -> QPixmap:
    """The star drawn at ``ratio`` device pixels a pixel, in the accent or the muted colour."""
    side = round(STAR_RADIUS * 2 + 2)
    image = QPixmap(round(side * ratio), round(side * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    colour = QColor(palette.accent if favourite else palette.muted)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.4))
    if favourite:
        painter.setBrush(colour)
    painter.drawPath(star_path(side / 2, side / 2, STAR_RADIUS))
    painter.end()
    return image


def star_path(cx: float, cy: float, outer: float) -> QPainterPath:
    """A five-pointed star around (cx, cy), its inner radius 0.44 of the outer."""
    path = QPainterPath()
    for i in range(10):
        r = outer if i % 2 == 0 else outer * 0.44
        angle = math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + r * math.cos(angle), cy - r * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def quick_length(entry: CatalogEntry, minutes: float | None = None) -> int:
    """The length a card starts at in one step: the shortest, or with a time chosen on the home
    screen the longest that fits it (a minute's grace, as the home screen's own filter gives)."""
    if minutes is not None and minutes < 10:
        fitting = [d for d in entry.durations_s if d <= minutes * 60 + 15]
        if fitting:
            return max(fitting)
    return entry.shortest_s


def text_heights(
    look: CardLook, entry: CatalogEntry, lengths_drawn: str, width: int, start_width: int
) -> tuple[int, int, int]:
    """Heights of the title, the summary and the lengths' own lines (0: they sit on one line
    beside Start, ``start_width`` wide) in a card ``width`` pixels wide."""
    inner = max(1, width - PADDING_LEFT - PADDING_RIGHT)
    beside_start = max(1, inner - start_width - SPACING)
    one_line = look.body_metrics.height()
    lengths = look.text_height(False, beside_start, lengths_drawn)
    return (
        look.text_height(True, max(1, inner - STAR_SIZE - SPACING), entry.title),
        look.text_height(False, inner, entry.summary),
        # Too long for one line beside Start: a line (or lines) of their own, full width.
        0 if lengths <= one_line else look.text_height(False, inner, lengths_drawn),
    )


def card_height(look: CardLook, heights: tuple[int, int, int], start_height: int) -> int:
    """A card's height from its ``text_heights`` and its Start button's height."""
    title, summary, lengths = heights
    top_row = max(title, STAR_SIZE)
    start_row = max(look.body_metrics.height(), start_height)
    own_lines = lengths + SPACING if lengths else 0
    return (
        PADDING_TOP + top_row + SPACING + summary + SPACING + own_lines + start_row + PADDING_BOTTOM
    )


class PracticeCard(QPushButton):
    """A practice on the home screen: a button that opens its set-up page (a click, Enter, Space or
    a screen reader's press); its Start button starts it at once at ``start_s`` seconds
    (``start_requested``)."""

    chosen = Signal(str)
    favourite_toggled = Signal(str)
    start_requested = Signal(str, int)
    """(practice id, seconds): start now, with no set-up page."""

    def __init__(
        self,
        entry: CatalogEntry,
        favourite: bool,
        look: CardLook,
        parent: QWidget | None = None,
        *,
        start_s: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.look = look
        self.favourite = favourite
        self.lengths = " · ".join(minutes_label(d) for d in entry.durations_s)
        self._lengths_drawn = lengths_line(entry.durations_s)
        self._measured: dict[int, tuple[int, int, int]] = {}
        self.setProperty("role", "card")
        # Its box (background, edge, hover and focus ring) is the style sheet's card rule, drawn
        # behind it as behind a frame; a button's own painting (a bevel, a label) is not needed.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # A button keeps its own height (a shorter card would sit centred beside a taller one);
        # a card fills its row's height, as the frame it was did.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(MIN_WIDTH)
        self.setAccessibleName(self.tr("Set up %s") % entry.title)
        described = self.tr("%1 Lengths: %2").replace("%1", entry.summary)
        described = described.replace("%2", self.lengths)
        if favourite:
            described += " " + self.tr("In your favourites.")
        self.setAccessibleDescription(described)
        self.setToolTip(entry.summary)
        self.clicked.connect(lambda: self.chosen.emit(entry.id))

        self.star = QPushButton(self)
        self.star.setProperty("role", "quiet")
        self.star.setCheckable(True)
        self.star.setChecked(favourite)
        self.star.setFixedSize(STAR_SIZE, STAR_SIZE)
        self.star.setIcon(look.star_icon(favourite))
        self.star.setIconSize(QSize(STAR_SIZE // 2 + 2, STAR_SIZE // 2 + 2))
        self.star.setAccessibleName(
            self.tr("Remove %s from favourites") % entry.title
            if favourite
            else self.tr("Add %s to favourites") % entry.title
        )
        self.star.setToolTip(self.star.accessibleName())
        self.star.clicked.connect(lambda: self.favourite_toggled.emit(entry.id))
        self.star.move(self._star_box().topLeft())

        self.start_s = start_s if start_s is not None else entry.shortest_s
        self.start_button = QPushButton(start_words(self.start_s), self)
        # The words on the button first ("Start 5 min", for voice control), then which practice.
        self.start_button.setAccessibleName(
            self.tr("%1: %2").replace("%1", self.start_button.text()).replace("%2", entry.title)
        )
        self.start_button.setToolTip(self.tr("Start now, with no set-up"))
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(lambda: self.start_requested.emit(entry.id, self.start_s))
        self.start_button.resize(self.start_button.sizeHint())
        self.start_button.move(self._start_box().topLeft())

    def _start_box(self) -> QRect:
        size = self.start_button.sizeHint()
        return QRect(
            self.width() - PADDING_RIGHT - size.width(),
            self.height() - PADDING_BOTTOM - size.height(),
            size.width(),
            size.height(),
        )

    def _star_box(self) -> QRect:
        return QRect(self.width() - PADDING_RIGHT - STAR_SIZE, PADDING_TOP, STAR_SIZE, STAR_SIZE)

    # -- size: the height a width needs, like word-wrapped labels -----------------------------------
    def _text_heights(self, width: int) -> tuple[int, int, int]:
        """``text_heights`` at ``width``; layouts ask for a handful of widths while they settle,
        so each answer is kept."""
        known = self._measured.get(width)
        if known is None:
            start_width = self.start_button.sizeHint().width()
            known = text_heights(self.look, self.entry, self._lengths_drawn, width, start_width)
            self._measured[width] = known
        return known

    def lengths_on_own_line(self) -> bool:
        """Whether the lengths have their own line(s) above Start at the card's width."""
        return self._text_heights(self.width())[2] > 0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return card_height(
            self.look, self._text_heights(width), self.start_button.sizeHint().height()
        )

    def sizeHint(self) -> QSize:
        width = MIN_WIDTH + 110
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self.heightForWidth(MIN_WIDTH))

    # -- drawing ---------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # star top right, Start bottom right
        self.star.move(self._star_box().topLeft())
        self.start_button.setGeometry(self._start_box())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        look = self.look  # the box is drawn already (``WA_StyledBackground``)
        title_h, summary_h, lengths_h = self._text_heights(self.width())
        inner = self.width() - PADDING_LEFT - PADDING_RIGHT
        left = PADDING_LEFT
        top_row = max(title_h, STAR_SIZE)
        title_top = PADDING_TOP + (top_row - title_h) // 2
        summary_top = PADDING_TOP + top_row + SPACING
        painter = QPainter(self)
        painter.setPen(QColor(look.palette.text))
        painter.setFont(look.title_font)
        title_box = QRect(left, title_top, inner - STAR_SIZE - SPACING, title_h)
        painter.drawText(title_box, TEXT_FLAGS, self.entry.title)
        painter.setFont(look.body_font)
        painter.setPen(QColor(look.palette.muted))
        painter.drawText(QRect(left, summary_top, inner, summary_h), TEXT_FLAGS, self.entry.summary)
        start = self._start_box()
        if lengths_h:  # lines of their own, full width, just above Start
            box = QRect(left, start.top() - SPACING - lengths_h, inner, lengths_h)
            painter.drawText(box, LENGTHS_FLAGS, self._lengths_drawn)
        else:  # one line beside Start, level with its words
            box = QRect(left, start.top(), start.left() - SPACING - left, start.height())
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, flags, self._lengths_drawn)
        painter.end()

    # -- input -----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens it too (Qt's buttons take Enter only in dialogs; in the window the app's
        Enter filter clicks it first). Space and clicks are the button's own."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)
