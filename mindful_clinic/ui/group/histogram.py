"""The group check-in histogram for the shared screen: bars for ratings 0-10, the median marked.

It draws only an ``Aggregate`` (which exists only when at least 5 people gave a rating), so it cannot
show a suppressed check-in. Numbers are sized from the widget's height to be read across a room.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from mindful_clinic.core.group.checkin import SCALE, Aggregate
from mindful_clinic.ui.shell.theme import Palette


class GroupHistogram(QWidget):
    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._aggregate: Aggregate | None = None
        self._label_px = 24.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Group answers, 0 to 10"))

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_label_px(self, px: float) -> None:
        """Height of the rating numbers, chosen by the window from the screen height."""
        self._label_px = px
        self.update()

    def set_aggregate(self, aggregate: Aggregate | None) -> None:
        if aggregate != self._aggregate:
            self._aggregate = aggregate
            desc = ""
            if aggregate is not None:
                desc = ", ".join(
                    f"{r}: {c}" for r, c in zip(SCALE, aggregate.histogram, strict=True)
                )
            self.setAccessibleDescription(desc)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        agg = self._aggregate
        if agg is None:
            return
        p = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self._label_px * 72.0 / (self.logicalDpiY() or 96)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        label_h = self._label_px * 1.5
        marker_h = self._label_px * 0.7
        slots = len(SCALE)
        margin = self.width() * 0.04
        slot_w = (self.width() - 2 * margin) / slots
        bar_w = slot_w * 0.7
        top = label_h  # room for the count above the tallest bar
        base = self.height() - label_h - marker_h
        peak = max(agg.histogram) or 1
        for r, count in zip(SCALE, agg.histogram, strict=True):
            x = margin + r * slot_w
            h = (base - top) * count / peak
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.shape_outer) if count else QColor(p.guide))
            bar = QRectF(x + (slot_w - bar_w) / 2, base - max(h, 3.0), bar_w, max(h, 3.0))
            painter.drawRoundedRect(bar, 6, 6)
            painter.setPen(QColor(p.text))
            painter.drawText(QRectF(x, base, slot_w, label_h), Qt.AlignmentFlag.AlignCenter, str(r))
            if count:
                painter.setPen(QColor(p.muted))
                painter.drawText(
                    QRectF(x, bar.top() - label_h, slot_w, label_h),
                    Qt.AlignmentFlag.AlignCenter,
                    str(count),
                )
        # The median: an accent triangle under the rating numbers (between two when it falls there).
        mx = margin + (agg.median + 0.5) * slot_w
        y0 = base + label_h
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.accent))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(mx, y0),
                    QPointF(mx - marker_h * 0.6, y0 + marker_h),
                    QPointF(mx + marker_h * 0.6, y0 + marker_h),
                ]
            )
        )
        painter.end()
