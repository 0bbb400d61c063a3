"""A body map for the body scan: a silhouette drawn with QPainter and an accessible list of regions.

The silhouette is simple shapes in a 100 x 220 design box scaled to the widget, so no image files
are needed and it stays sharp at any size. The current region is softly filled in the palette's
highlight colour; the list beside it names the same region for screen readers and for anyone who
prefers words to pictures. The picture faces the viewer, so the person's left is on the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from mindful_clinic.core.guided.practice import REGION_LABELS

DESIGN_W, DESIGN_H = 100.0, 220.0


def _rounded(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry))
    return path


def _limb(points: Sequence[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)
    path.closeSubpath()
    return path


SHAPES: dict[str, QPainterPath] = {
    "head": _ellipse(50, 17, 11, 14),
    "neck_shoulders": _limb([(45, 30), (55, 30), (56, 38), (70, 42), (70, 49), (30, 49), (30, 42),
                             (44, 38)]),
    "chest": _rounded(31, 49, 38, 31, 5),
    "abdomen": _rounded(33, 80, 34, 24, 4),
    "pelvis": _rounded(32, 104, 36, 18, 7),
    "arm_r": _limb([(30, 44), (24, 48), (17, 96), (14, 132), (20, 133), (25, 98), (31, 62)]),
    "arm_l": _limb([(70, 44), (76, 48), (83, 96), (86, 132), (80, 133), (75, 98), (69, 62)]),
    "hand_r": _ellipse(16.5, 140, 4.5, 8),
    "hand_l": _ellipse(83.5, 140, 4.5, 8),
    "thigh_r": _rounded(33, 122, 15.5, 44, 6),
    "thigh_l": _rounded(51.5, 122, 15.5, 44, 6),
    "shin_r": _rounded(35, 166, 12, 39, 5),
    "shin_l": _rounded(53, 166, 12, 39, 5),
    "foot_r": _ellipse(39, 210, 8, 5),
    "foot_l": _ellipse(61, 210, 8, 5),
}  # fmt: skip
"""Shapes of the silhouette in the design box."""

REGION_SHAPES: dict[str, tuple[str, ...]] = {
    "face_head": ("head",),
    "shoulders_neck": ("neck_shoulders",),
    "chest_upper_back": ("chest",),
    "abdomen_lower_back": ("abdomen",),
    "pelvis": ("pelvis",),
    "hands_arms": ("arm_l", "arm_r", "hand_l", "hand_r"),
    "legs": ("thigh_l", "thigh_r", "shin_l", "shin_r"),
    "left_leg": ("thigh_l", "shin_l"),
    "right_leg": ("thigh_r", "shin_r"),
    "feet": ("foot_l", "foot_r"),
    "left_foot": ("foot_l",),
    "right_foot": ("foot_r",),
    "whole_body": tuple(SHAPES),
}


def region_label(region: str) -> str:
    """The translated name of a region (the English names live in core.guided.REGION_LABELS)."""
    return QCoreApplication.translate("BodyRegion", REGION_LABELS.get(region, region))


class BodySilhouette(QWidget):
    """The drawing: every shape outlined, the current region's shapes softly filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: str | None = None
        self.setAccessibleName(self.tr("Body map"))
        self.setMinimumSize(QSize(90, 180))

    def sizeHint(self) -> QSize:
        return QSize(150, 300)

    def set_current(self, region: str | None) -> None:
        if region == self.current:
            return
        self.current = region
        self.setAccessibleDescription(
            self.tr("Now: %s") % region_label(region) if region else self.tr("No region")
        )
        self.update()

    def lit_shapes(self) -> tuple[str, ...]:
        return REGION_SHAPES.get(self.current or "", ())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / DESIGN_W, self.height() / DESIGN_H) * 0.96
        painter.translate(
            (self.width() - DESIGN_W * scale) / 2, (self.height() - DESIGN_H * scale) / 2
        )
        painter.scale(scale, scale)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        base = QColor(text)
        base.setAlphaF(0.07)
        outline = QColor(text)
        outline.setAlphaF(0.45)
        lit = QColor(pal.color(QPalette.ColorRole.Highlight))
        whole = self.current == "whole_body"
        lit.setAlphaF(0.45 if whole else 0.75)
        glow = QColor(lit)
        glow.setAlphaF(0.25)
        lit_shapes = set(self.lit_shapes())
        pen = QPen(outline, 1.0 / max(scale, 0.01) * 1.2)
        for name, path in SHAPES.items():
            painter.setPen(pen)
            painter.setBrush(lit if name in lit_shapes else base)
            painter.drawPath(path)
        if lit_shapes and not whole:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(glow, 4.0))
            for name in lit_shapes:
                painter.drawPath(SHAPES[name])
        painter.end()


def tick_icon(colour: QColor, side: int) -> QIcon:
    """A quiet tick for a region already visited (an empty icon of the same size otherwise)."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        image = QPixmap(round(side * ratio), round(side * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        if colour.isValid():
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colour, max(1.4, side / 9)))
            path = QPainterPath()
            path.moveTo(side * 0.2, side * 0.52)
            path.lineTo(side * 0.42, side * 0.74)
            path.lineTo(side * 0.8, side * 0.3)
            painter.drawPath(path)
            painter.end()
        icon.addPixmap(image)
    return icon


PROGRESS_LIST_STYLE = """
QListWidget { background: transparent; border: none; }
QListWidget::item { padding: 3px 2px; border: none; }
QListWidget::item:selected, QListWidget::item:hover {
    background: transparent; color: palette(window-text);
}
"""
"""The region list reads as a calm progress list, not a list box: no frame, no selection bar."""


class BodyMap(QWidget):
    """The silhouette with this sitting's regions beside it, read as a calm progress list: those
    done muted with a tick, the current one in bold, those to come plain. The list stays a list
    for a screen reader (each region says "done", "now" or nothing)."""

    def __init__(self, regions: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.silhouette = BodySilhouette()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Body regions"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setStyleSheet(PROGRESS_LIST_STYLE)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it follows the practice; not a control
        self.list.currentRowChanged.connect(self._keep_current)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.silhouette, 3)
        row.addWidget(self.list, 2)
        self._regions: list[str] = []
        self._current: str | None = None
        self.set_regions(regions)

    @property
    def current(self) -> str | None:
        return self._current

    def set_regions(self, regions: Sequence[str]) -> None:
        self._regions = list(regions)
        self.list.blockSignals(True)
        self.list.clear()
        for r in self._regions:
            item = QListWidgetItem(region_label(r))
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.list.addItem(item)
        self.list.blockSignals(False)
        metrics = self.list.fontMetrics()
        widest = max([metrics.horizontalAdvance(region_label(r)) for r in self._regions] or [0])
        self.list.setFixedWidth(widest + metrics.horizontalAdvance("M") * 5)
        self.set_current(self._current)

    def set_current(self, region: str | None) -> None:
        """Highlight a region (None: nothing), select it in the list and describe it."""
        self._current = region
        self.silhouette.set_current(region)
        row = self._regions.index(region) if region in self._regions else -1
        self.list.blockSignals(True)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._mark_progress(row)
        self.list.setAccessibleDescription(
            self.tr("Now: %s") % region_label(region) if region else ""
        )

    def _mark_progress(self, row: int) -> None:
        """Done: muted with a tick; now: bold; to come: plain."""
        pal = self.list.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        side = self.list.fontMetrics().height()
        done_icon, blank = tick_icon(muted, side), tick_icon(QColor(), side)
        self.list.setIconSize(QSize(side, side))
        for i in range(self.list.count()):
            item = self.list.item(i)
            label = region_label(str(item.data(Qt.ItemDataRole.UserRole)))
            font = QFont(self.list.font())
            font.setBold(i == row)
            item.setFont(font)
            done = 0 <= i < row
            item.setIcon(done_icon if done else blank)
            item.setForeground(muted if done else text)
            spoken = (
                self.tr("%s, done") % label
                if done
                else self.tr("%s, now") % label
                if i == row
                else label
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _keep_current(self, _row: int) -> None:
        """The list follows the practice; a click in it must not move the highlight elsewhere."""
        self.set_current(self._current)

    def selected_label(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None and item.isSelected() else None
