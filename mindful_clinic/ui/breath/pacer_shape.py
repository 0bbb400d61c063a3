"""The breathing shape: a soft circle that grows on the in-breath, rests on holds, shrinks on the out.

It holds no timing of its own: the practice screen tells it how full the breath is (0-1), computed from
the session clock, and it draws that. A faint guide ring shows where a full breath will reach, so the
eye can follow the movement without counting.

Smooth and light: every change of fullness is painted on the next frame (a move too small to see
costs one small paint, never a stalled shape), and only the square around the circle is repainted.
What never moves (the guide ring, and the background when the shape is ``opaque``) is drawn once into
a cached pixmap and copied. A hold, when the fullness does not change, costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mindful_clinic.ui.shell.theme import LIGHT, Palette

MIN_FRACTION = 0.32
"""Radius at empty lungs, as a fraction of the largest radius: never a dot, always visible."""


class PacerShape(QWidget):
    def __init__(
        self, palette: Palette = LIGHT, parent: QWidget | None = None, *, opaque: bool = False
    ) -> None:
        """``opaque`` paints the palette's window colour behind the circle itself, so nothing under
        the shape repaints with it (the shared screen, whose background is that colour)."""
        super().__init__(parent)
        self._palette = palette
        self._fill = 0.0
        self._dimmed = False
        self._opaque = opaque
        self._static: QPixmap | None = None
        """The guide ring (and the background when opaque), drawn once per size and palette."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        self.setAccessibleName(self.tr("Breathing guide shape"))

    @property
    def fill(self) -> float:
        return self._fill

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._static = None
        self.update()

    def set_fill(self, fill: float) -> None:
        """Any change is painted: the shading of the circle's edge shows moves far below a pixel,
        and skipping them left the shape standing still for up to half a second around each turn
        of the breath (measured in scripts/bench_frames.py)."""
        fill = min(max(fill, 0.0), 1.0)
        if fill == self._fill:
            return
        before = self.radius()
        self._fill = fill
        self._update_circle(max(before, self.radius()))

    def set_dimmed(self, dimmed: bool) -> None:
        """Paused: the shape stays where it is, a little faded."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self._update_circle(self.radius())

    def _update_circle(self, r: float) -> None:
        """Repaint the square holding a circle of radius ``r``, not the whole widget."""
        cx, cy = self.width() / 2, self.height() / 2
        pad = 3  # the antialiased edge
        self.update(QRect(int(cx - r) - pad, int(cy - r) - pad, int(2 * r) + 2 * pad + 1,
                          int(2 * r) + 2 * pad + 1))  # fmt: skip

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._static = None
        super().resizeEvent(event)

    def max_radius(self) -> float:
        return min(self.width(), self.height()) / 2 - 6

    def radius(self) -> float:
        r_max = self.max_radius()
        return r_max * (MIN_FRACTION + (1 - MIN_FRACTION) * self._fill)

    def _static_layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._static is None:
            p = self._palette
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(p.window) if self._opaque else Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            r_max = self.max_radius()
            # The ring the breath fills towards: a graphical object a breath is read against,
            # so in the indicator colour (3:1 on the window), also from the back of a room.
            painter.setPen(QPen(QColor(p.border), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), r_max, r_max)
            painter.end()
            self._static = pixmap
        return self._static

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._static_layer())  # clipped to the repainted square
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
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
