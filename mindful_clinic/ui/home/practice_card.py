"""A practice on the home screen, drawn as one widget.

The home screen shows every practice at once (about twenty cards). Built from labels and layouts,
each card cost six widgets and four layouts to create, style and paint, a fifth of the app's
start-up. Here the card draws its title, summary and lengths itself and keeps one real child: the
favourite star, so the star stays a button that Tab reaches and Space toggles. The card still takes
its box (background, border, hover and focus ring) from the app's style sheet, and its height
follows its width like wrapped labels would (``heightForWidth``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.ui.qt_values import ALIGN_BOTTOM, ALIGN_LEFT, ALIGN_TOP, STRONG_FOCUS, WORD_WRAP
from mindful_clinic.ui.shell.theme import Palette, rgb

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QEnterEvent,
        QFocusEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
    )

# ``Qt`` itself is imported in the handlers only, and the text is drawn with the pen the painter takes
# from the card's palette (the theme's text colour): ``QPainter.setPen`` would build all of ``Qt``'s
# enums and ``QWidget.style()`` all of ``QStyle``'s, 13 and 5 ms. See ui/qt_values.py.

PADDING_LEFT, PADDING_TOP, PADDING_RIGHT, PADDING_BOTTOM = 16, 12, 12, 14
SPACING = 6
STAR_SIZE = 36
STAR_RADIUS = 9.0
MIN_WIDTH = 220
TEXT_FLAGS = ALIGN_LEFT | ALIGN_TOP | WORD_WRAP
_TALL = 1 << 20  # "as tall as it needs": the height given when measuring wrapped text


def minutes_label(seconds: int) -> str:
    """Lengths as people say them: "5 min", or seconds for a short one that is not a whole minute."""
    if seconds < 100 and abs(seconds - 60) > 5:
        return f"{seconds} s"
    return f"{max(1, round(seconds / 60))} min"


def muted_opacity(palette: Palette) -> float:
    """The opacity at which the text colour, over the card, comes closest to the muted colour.

    Secondary text is drawn as the text colour made partly transparent (least squares over the
    three channels), so it keeps the theme's hue; ``tests/ui/test_practice_card.py`` checks that
    the result still passes WCAG AA on every palette.
    """
    text, muted, surface = (rgb(c) for c in (palette.text, palette.muted, palette.surface))
    along = sum((t - s) * (m - s) for t, m, s in zip(text, muted, surface, strict=True))
    span = sum((t - s) ** 2 for t, s in zip(text, surface, strict=True))
    return 1.0 if span == 0 else min(1.0, max(0.0, along / span))


def blended(palette: Palette, opacity: float) -> str:
    """The colour the eye sees: the text colour at ``opacity`` over the card's surface."""
    text, surface = rgb(palette.text), rgb(palette.surface)
    mixed = (round(t * opacity + s * (1 - opacity)) for t, s in zip(text, surface, strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def wrapped_height(metrics: QFontMetrics, width: int, text: str, advance: int | None = None) -> int:
    """The height of ``text`` wrapped at word breaks to ``width`` (one line's if it fits in one).

    ``advance`` is the text's width on one line, if already known (-1: it has a line break).
    """
    if advance is None:
        advance = -1 if "\n" in text else metrics.horizontalAdvance(text)
    if 0 <= advance <= width:
        return metrics.height()
    return metrics.boundingRect(QRect(0, 0, width, _TALL), TEXT_FLAGS, text).height()


class CardLook:
    """What every card on a screen shares: fonts and colours, made once for all of them."""

    def __init__(
        self,
        palette: Palette,
        body_font: QFont,
        title_font: QFont,
        stars_shown: bool = True,
        on_engaged: Callable[[], None] | None = None,
    ) -> None:
        """``stars_shown=False``: the cards draw their stars until ``on_engaged`` (``make_star``)."""
        self.palette = palette
        self.body_font = body_font
        self.title_font = title_font
        self.body_metrics = QFontMetrics(body_font)
        self.title_metrics = QFontMetrics(title_font)
        self.muted_opacity = muted_opacity(palette)
        self._advances: dict[tuple[bool, str], int] = {}
        self.stars_shown = stars_shown
        self.on_engaged = on_engaged
        self._stars: dict[tuple[bool, bool, float], QPixmap] = {}

    def star_image(self, favourite: bool, boxed: bool, ratio: float) -> QPixmap:
        """The star, filled in the accent for a favourite, drawn once for every card that shows it.

        ``boxed`` adds the star button's box, as its style sheet draws it, for a card whose button
        is not made yet. ``ratio`` is the screen's device pixel ratio, so the star stays sharp.
        """
        key = (favourite, boxed, ratio)
        image = self._stars.get(key)
        if image is None:
            image = QPixmap(round(STAR_SIZE * ratio), round(STAR_SIZE * ratio))
            image.setDevicePixelRatio(ratio)
            image.fill(QColor(0, 0, 0, 0))
            colour = self.palette.accent if favourite else self.palette.muted
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if boxed:
                frame = QPainterPath()
                # inside the button's 1 px margin, in its border colour (ui/shell/theme.py)
                frame.addRoundedRect(QRectF(1.5, 1.5, STAR_SIZE - 3, STAR_SIZE - 3), 10, 10)
                painter.strokePath(frame, line_pen(self.palette.border))
            path = star_path(STAR_SIZE / 2, STAR_SIZE / 2, STAR_RADIUS)
            if favourite:
                painter.fillPath(path, solid_brush(colour))
            painter.strokePath(path, outline_pen(colour))
            painter.end()
            self._stars[key] = image
        return image

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


def star_button(favourite: bool, parent: QWidget) -> QPushButton:
    """The favourite toggle: a real, focusable, checkable button with a see-through face.

    The card draws the star beneath it (``PracticeCard.paintEvent``), so the button needs no icon
    and no painting of its own; its border, hover and focus ring still come from the style sheet.
    """
    button = QPushButton(parent)
    button.setCheckable(True)
    button.setChecked(favourite)
    button.setProperty("role", "quiet")
    button.setFixedSize(STAR_SIZE, STAR_SIZE)
    return button


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


_brushes: dict[str, QBrush] = {}
_pens: dict[tuple[str, float], QPen] = {}


def solid_brush(colour: str) -> QBrush:
    """A solid brush made from a pixmap: ``QBrush(QColor)`` would build all of ``Qt``'s enums."""
    if colour not in _brushes:
        solid = QPixmap(4, 4)
        solid.fill(QColor(colour))
        _brushes[colour] = QBrush(solid)
    return _brushes[colour]


def outline_pen(colour: str, width: float = 1.4) -> QPen:
    if (colour, width) not in _pens:
        pen = QPen()
        pen.setColor(QColor(colour))
        pen.setWidthF(width)
        _pens[colour, width] = pen
    return _pens[colour, width]


def line_pen(colour: str) -> QPen:
    """A one-pixel line, as style-sheet borders are drawn."""
    return outline_pen(colour, 1.0)


class PracticeCard(QFrame):
    """A practice on the home screen: focusable, opened with a click, Enter or Space."""

    chosen = Signal(str)
    favourite_toggled = Signal(str)

    def __init__(
        self,
        entry: CatalogEntry,
        favourite: bool,
        look: CardLook,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.look = look
        self.lengths = " · ".join(minutes_label(d) for d in entry.durations_s)
        self.setProperty("role", "card")
        self.setProperty("focusPolicy", STRONG_FOCUS)
        self._hand_cursor = False
        self._measured: dict[int, tuple[int, int, int]] = {}
        self.setAccessibleName(self.tr("Start %s") % entry.title)
        described = self.tr("%1 Lengths: %2").replace("%1", entry.summary)
        described = described.replace("%2", self.lengths)
        if favourite:  # said before the star button exists (see ``make_star``)
            described += " " + self.tr("In your favourites.")
        self.setAccessibleDescription(described)
        self.setToolTip(entry.summary)
        self.setMinimumWidth(MIN_WIDTH)
        self.favourite = favourite
        self._star: QPushButton | None = None
        if look.stars_shown:
            self.make_star()

    # -- the favourite star --------------------------------------------------------------------------
    @property
    def star(self) -> QPushButton:
        """The star button, made now if the card has been drawing it so far."""
        return self._star or self.make_star()

    def make_star(self) -> QPushButton:
        """Make the real star button, placed just after the card in the Tab order.

        The home screen makes every star at the first pointer or keyboard visit to a card
        (``CardLook.on_engaged``): twenty buttons fewer for Qt to make, style, lay out and paint
        before the window first appears. Until then the card draws the star and the button's box
        (``_draw_star``), so nothing changes to the eye.
        """
        if self._star is not None:
            return self._star
        button = star_button(self.favourite, self)
        title = self.entry.title
        button.setAccessibleName(
            self.tr("Remove %s from favourites") % title
            if self.favourite
            else self.tr("Add %s to favourites") % title
        )
        button.setToolTip(button.accessibleName())
        button.clicked.connect(lambda: self.favourite_toggled.emit(self.entry.id))
        button.move(self._star_box().topLeft())
        self._star = button
        if self.isVisible():
            button.show()
        QWidget.setTabOrder(self, button)
        return button

    def _star_box(self) -> QRect:
        return QRect(self.width() - PADDING_RIGHT - STAR_SIZE, PADDING_TOP, STAR_SIZE, STAR_SIZE)

    # -- size: the height a width needs, like word-wrapped labels -----------------------------------
    def _text_heights(self, width: int) -> tuple[int, int, int]:
        """Heights of the title, summary and lengths when the card is ``width`` pixels wide.

        Layouts ask for a handful of widths while they settle, so each answer is kept.
        """
        known = self._measured.get(width)
        if known is not None:
            return known
        inner = max(1, width - PADDING_LEFT - PADDING_RIGHT)
        look = self.look
        heights = (
            look.text_height(True, max(1, inner - STAR_SIZE - SPACING), self.entry.title),
            look.text_height(False, inner, self.entry.summary),
            look.text_height(False, inner, self.lengths),
        )
        self._measured[width] = heights
        return heights

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        title, summary, lengths = self._text_heights(width)
        top_row = max(title, STAR_SIZE)
        return PADDING_TOP + top_row + SPACING + summary + SPACING + lengths + PADDING_BOTTOM

    def sizeHint(self) -> QSize:
        width = MIN_WIDTH + 110
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self.heightForWidth(MIN_WIDTH))

    # -- drawing ---------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # the star stays top right
        if self._star is not None:
            self._star.move(self._star_box().topLeft())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the card's box, hover and focus ring, from the style sheet
        look = self.look
        title_h, summary_h, _ = self._text_heights(self.width())
        inner = self.width() - PADDING_LEFT - PADDING_RIGHT
        left = PADDING_LEFT
        top_row = max(title_h, STAR_SIZE)
        title_top = PADDING_TOP + (top_row - title_h) // 2
        summary_top = PADDING_TOP + top_row + SPACING
        painter = QPainter(self)  # its pen is the theme's text colour, from the card's palette
        painter.setFont(look.title_font)
        painter.drawText(
            QRect(left, title_top, inner - STAR_SIZE - SPACING, title_h), TEXT_FLAGS,
            self.entry.title,
        )  # fmt: skip
        painter.setFont(look.body_font)
        painter.setOpacity(look.muted_opacity)
        painter.drawText(QRect(left, summary_top, inner, summary_h), TEXT_FLAGS, self.entry.summary)
        bottom = QRect(left, summary_top + summary_h, inner, 0)
        bottom.setBottom(self.height() - PADDING_BOTTOM - 1)
        painter.drawText(bottom, ALIGN_LEFT | ALIGN_BOTTOM | WORD_WRAP, self.lengths)
        painter.setOpacity(1.0)
        self._draw_star(painter)
        painter.end()

    def _draw_star(self, painter: QPainter) -> None:
        """The star under the see-through star button (and its box, until the button exists)."""
        image = self.look.star_image(self.favourite, self._star is None, self.devicePixelRatioF())
        painter.drawPixmap(self._star_box().topLeft(), image)

    # -- input -----------------------------------------------------------------------------------------
    def enterEvent(self, event: QEnterEvent) -> None:
        if not self._hand_cursor:  # set when the pointer first comes by, not at start-up
            from PySide6.QtCore import Qt

            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self._hand_cursor = True
        self._engaged()
        super().enterEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._engaged()  # before Tab moves on: the star is next in the focus chain
        super().focusInEvent(event)

    def _engaged(self) -> None:
        look = self.look
        if not look.stars_shown:
            look.stars_shown = True
            if look.on_engaged is not None:
                look.on_engaged()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:  # released outside: changed mind
            self.chosen.emit(self.entry.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.entry.id)
        else:
            super().keyPressEvent(event)
