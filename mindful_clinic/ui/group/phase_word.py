"""The shared screen's phase word ("Breathe in", "Hold", "Breathe out"), drawn from a picture made in
advance, so that the word changes on the phase boundary with one copy, painted at once.

Words a tenth of the screen's height tall are too large for Qt's glyph cache: drawing one costs a few
milliseconds each time at 4K. A practice uses only a handful of words, so each is drawn once into a
pixmap for the current font, colour and width (``prepare`` draws the expected ones before they are
needed) and copied from then on. Any change of font (the window's size), colour (the theme), width
or language drops the pictures; the words seen so far are drawn again ahead of their next use.
The widget paints its own background, so nothing behind it repaints with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mindful_clinic.ui.shell.theme import Palette

FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
WARM_MS = 60
"""Words are drawn ahead one at a time, this far apart, so that no frame waits for all of them."""


class PhaseWord(QWidget):
    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._text = ""
        self._pictures: dict[str, QPixmap] = {}
        self._known: list[str] = []
        """Every word drawn so far, in order: drawn again after the pictures are dropped."""
        self.renders = 0
        """How many words were drawn into pictures (the rest of the time, a copy is painted)."""
        self.warm_timer = QTimer(self)
        """Draws the known words that have no picture yet, one per shot, while nothing else happens."""
        self.warm_timer.setSingleShot(True)
        self.warm_timer.setInterval(WARM_MS)
        self.warm_timer.timeout.connect(self._warm_one)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # -- what it shows ----------------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str, *, now: bool = False) -> None:
        """Show ``text``; ``now`` paints it before returning (on a phase boundary) instead of on
        the next pass of the event loop."""
        if text == self._text:
            return
        before = self._word_rect()
        lines_before = self.heightForWidth(self.width())
        self._text = text
        self.setAccessibleName(text)
        if self.heightForWidth(self.width()) != lines_before:
            self.updateGeometry()  # a word that wraps onto two lines: the layout makes room
        changed = before.united(self._word_rect())
        if now and self.isVisible():
            self.repaint(changed)
        else:
            self.update(changed)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._drop_pictures()

    def expect(self, words: Iterable[str]) -> None:
        """Words that will be shown: drawn ahead, a little later, so that showing them is a copy."""
        for word in words:
            if word and word not in self._known:
                self._known.append(word)
        self._warm_later()

    def prepare(self) -> None:
        """Draw every expected and seen word now."""
        for word in self._known:
            self._picture(word)

    def _warm_later(self) -> None:
        if self.isVisible() and any(w not in self._pictures for w in self._known):
            self.warm_timer.start()

    def _warm_one(self) -> None:
        missing = [w for w in self._known if w not in self._pictures]
        if missing and self.isVisible():
            self._picture(missing[0])
            self._warm_later()

    # -- drawing ----------------------------------------------------------------------------------
    def _picture(self, text: str) -> QPixmap:
        picture = self._pictures.get(text)
        if picture is not None:
            return picture
        width = max(1, self.width())
        box = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), FLAGS, text)
        ratio = self.devicePixelRatioF()
        picture = QPixmap(QSize(max(1, box.width()), max(1, box.height())) * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor(self._palette.window))
        painter = QPainter(picture)
        painter.setFont(self.font())
        painter.setPen(QColor(self._palette.text))
        painter.drawText(QRect(0, 0, box.width(), box.height()), FLAGS, text)
        painter.end()
        self._pictures[text] = picture
        if text not in self._known:
            self._known.append(text)
        self.renders += 1
        return picture

    def _word_rect(self) -> QRect:
        """Where the current word's picture sits: centred in the widget."""
        if not self._text:
            return QRect()
        size = self._picture(self._text).deviceIndependentSize().toSize()
        return QRect(
            (self.width() - size.width()) // 2, (self.height() - size.height()) // 2, size.width(),
            size.height(),
        )  # fmt: skip

    def _drop_pictures(self) -> None:
        self._pictures.clear()
        self.updateGeometry()
        self.update()
        self._warm_later()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """One line, or more when the word must wrap at ``width`` (measured, not drawn)."""
        metrics = self.fontMetrics()
        box = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), FLAGS, self._text)
        return max(metrics.height(), box.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(self._palette.window))
        if self._text:
            rect = self._word_rect()
            painter.drawPixmap(rect.topLeft(), self._picture(self._text))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._drop_pictures()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._pictures.clear()  # words wrap at the width
            self._warm_later()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._warm_later()

    def hideEvent(self, event: QHideEvent) -> None:
        self.warm_timer.stop()
        super().hideEvent(event)
