"""Insights' weekly charts, painted directly with QPainter (issue #21: a page switch in 100 ms).

Two small charts over the last weeks: bars (practices per week) and lines (median stress before and
after on one 0-10 axis). Qt Charts built a graphics scene for each, which cost more than the rest of
the page together; these draw the same figures in a few dozen painter calls and are built once, then
given new figures. Colours come from the theme (ui/shell/theme.py): bars in ``border`` (3:1 or more
on the window, WCAG 1.4.11), "before" in ``muted`` and dashed, "after" in ``accent`` and solid, told
apart by shade and by dash, never by hue alone. A week with no rated session is a gap: a line is
never drawn across it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mindful_clinic.ui.shell.theme import palette_of

Runs = list[list[tuple[int, float]]]
"""A line as its runs of consecutive weeks: (week index, value)."""


def nice_top(largest: float, ticks: int = 4) -> tuple[float, float]:
    """The axis top and tick step for values up to ``largest``: steps of 1, 2 or 5 times a power
    of ten, at most ``ticks`` steps."""
    rough = max(largest, 1.0) / ticks
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    step = max(step, 1.0)
    return math.ceil(largest / step) * step or step, step


def runs_of(values: Sequence[float | None]) -> Runs:
    """Consecutive weeks that have a value, each run its own list (a gap is never bridged)."""
    runs: Runs = []
    for i, v in enumerate(values):
        if v is None:
            continue
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, v))
        else:
            runs.append([(i, v)])
    return runs


class WeekChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.bars: list[int] = []
        self.bar_name = ""
        self.lines: list[tuple[str, Runs]] = []
        self.axis_title = ""
        self.top, self.step = 4.0, 1.0
        self.setMinimumHeight(self.fontMetrics().height() * 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 60, self.minimumHeight())

    # -- figures --------------------------------------------------------------------------------
    def set_bars(self, labels: list[str], counts: list[int], name: str, axis_title: str) -> None:
        self.labels, self.bars, self.bar_name, self.lines = labels, counts, name, []
        self.axis_title = axis_title
        self.top, self.step = nice_top(max([4, *counts]))
        self.update()

    def set_lines(
        self, labels: list[str], lines: list[tuple[str, Sequence[float | None]]], axis_title: str
    ) -> None:
        """Each line by name, with one value (or None: no rated session) per week; 0-10 axis."""
        self.labels, self.bars = labels, []
        self.lines = [(name, runs_of(values)) for name, values in lines]
        self.axis_title = axis_title
        self.top, self.step = 10.0, 2.0
        self.update()

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = palette_of(self)
        text, guide, border = QColor(p.text), QColor(p.guide), QColor(p.border)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line_h = fm.height()
        tick_labels = [f"{self.step * k:g}" for k in range(round(self.top / self.step) + 1)]
        left = line_h + 6 + max(fm.horizontalAdvance(t) for t in tick_labels) + 6
        plot = QRectF(left, line_h, self.width() - left - 8, self.height() - line_h * 4 - 8)
        if plot.width() < 20 or plot.height() < 20:
            return
        painter.setPen(text)  # the axis title, turned to read upwards
        painter.save()
        painter.translate(line_h * 0.9, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -line_h, plot.height(), line_h * 1.2),
                         Qt.AlignmentFlag.AlignCenter, self.axis_title)  # fmt: skip
        painter.restore()

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / self.top

        for k, label in enumerate(tick_labels):  # grid and values
            y = y_of(self.step * k)
            painter.setPen(QPen(guide, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line_h / 2, left - 6, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
        n = max(len(self.labels), 1)
        slot = plot.width() / n
        every = max(
            1, math.ceil(max([1, *(fm.horizontalAdvance(t) + 8 for t in self.labels)]) / slot)
        )
        for i, label in enumerate(self.labels):  # week labels, thinned out if they would touch
            if i % every == 0:
                x = plot.left() + slot * (i + 0.5)
                painter.drawText(QRectF(x - slot * every / 2, plot.bottom() + 4, slot * every,
                                        line_h), Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
        painter.setPen(QPen(border, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        legend: list[tuple[str, QPen]] = []
        if self.bars:
            painter.setBrush(border)
            for i, count in enumerate(self.bars):
                if count:
                    x = plot.left() + slot * (i + 0.2)
                    painter.drawRect(
                        QRectF(x, y_of(count), slot * 0.6, plot.bottom() - y_of(count))
                    )
            legend.append((self.bar_name, QPen(border, line_h * 0.6)))
        for which, (name, runs) in enumerate(self.lines):
            pen = QPen(QColor(p.muted if which == 0 else p.accent), 2.5)
            if which == 0:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(pen.color())
            for run in runs:
                points = [QPointF(plot.left() + slot * (i + 0.5), y_of(v)) for i, v in run]
                painter.drawPolyline(points)
                for point in points:
                    painter.drawEllipse(point, 3, 3)
            legend.append((name, pen))
        x, y = plot.left(), plot.bottom() + line_h * 1.8
        for name, pen in legend:  # the legend, under the week labels
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 22, y + line_h / 2))
            painter.setPen(text)
            painter.drawText(QPointF(x + 28, y + fm.ascent()), name)
            x += 28 + fm.horizontalAdvance(name) + 24
        painter.end()
