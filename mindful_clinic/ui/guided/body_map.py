"""A body map for the body scan: a silhouette drawn with QPainter and an accessible list of regions.

The silhouette is simple shapes in a 100 x 220 design box scaled to the widget, so no image files
are needed and it stays sharp at any size. The current region is softly filled in the palette's
highlight colour; the list beside it names the same region for screen readers and for anyone who
prefers words to pictures. The picture faces the viewer, so the person's left is on the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
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


class BodyMap(QWidget):
    """The silhouette with the list of this sitting's regions beside it."""

    def __init__(self, regions: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.silhouette = BodySilhouette()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Body regions"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
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
        self.list.setFixedWidth(widest + metrics.horizontalAdvance("M") * 3)
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
        self.list.setAccessibleDescription(
            self.tr("Now: %s") % region_label(region) if region else ""
        )

    def _keep_current(self, _row: int) -> None:
        """The list follows the practice; a click in it must not move the highlight elsewhere."""
        self.set_current(self._current)

    def selected_label(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None and item.isSelected() else None
