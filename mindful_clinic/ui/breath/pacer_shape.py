"""The breathing shape: a soft circle that grows on the in-breath, rests on holds, shrinks on the out.

It holds no timing of its own: the practice screen tells it how full the breath is (0-1), computed from
the session clock, and it draws that. A faint guide ring shows where a full breath will reach, so the
eye can follow the movement without counting.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from mindful_clinic.ui.shell.theme import LIGHT, Palette

MIN_FRACTION = 0.32
"""Radius at empty lungs, as a fraction of the largest radius: never a dot, always visible."""


class PacerShape(QWidget):
    def __init__(self, palette: Palette = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._fill = 0.0
        self._dimmed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAccessibleName(self.tr("Breathing guide shape"))

    @property
    def fill(self) -> float:
        return self._fill

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_fill(self, fill: float) -> None:
        fill = min(max(fill, 0.0), 1.0)
        if fill == self._fill:
            return
        # Repaint only when the edge moves by a quarter pixel or more: a hold costs nothing.
        moved_px = abs(fill - self._fill) * self.max_radius() * (1 - MIN_FRACTION)
        self._fill = fill
        if moved_px >= 0.25 or fill in (0.0, 1.0):
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Paused: the shape stays where it is, a little faded."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.update()

    def max_radius(self) -> float:
        return min(self.width(), self.height()) / 2 - 6

    def radius(self) -> float:
        r_max = self.max_radius()
        return r_max * (MIN_FRACTION + (1 - MIN_FRACTION) * self._fill)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        r_max = self.max_radius()
        guide = QPen(QColor(p.guide), 2)
        painter.setPen(guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r_max, r_max)
        r = self.radius()
        gradient = QRadialGradient(centre, r)
        inner, outer = QColor(p.shape_inner), QColor(p.shape_outer)
        if self._dimmed:
            inner.setAlphaF(0.45)
            outer.setAlphaF(0.45)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        painter.end()
