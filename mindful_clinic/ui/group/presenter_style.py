"""Type and colour for the shared screen, sized for the back of a meeting room.

Sizes are fractions of the screen's height, so a 720p projector and a 4K TV show the same layout;
they are converted to point sizes of the system font (never fixed pixels), with no thin weights.
The calm theme is the app's dark palette (easy on a dim room); the high-contrast option is the app's
high-contrast palette. Both pass WCAG AA for every text (checked in tests/ui/test_group_mode.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from mindful_clinic.ui.shell.theme import DARK, HIGH_CONTRAST, Palette

MIN_TEXT = 0.06
"""The legibility floor for words the group reads (phase words, captions, stage texts)."""
MAIN_TEXT = 0.085
"""Stage words and guided captions; long captions step down towards MIN_TEXT to fit."""
PHASE_WORD = 0.10
DETAIL_TEXT = MIN_TEXT
HEADING_TEXT = 0.045
"""The small stage title at the top (orientation only, never needed to follow along)."""
AXIS_TEXT = 0.06


def presenter_palette(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else DARK


def room_font(widget: QWidget, fraction: float, screen_h: int, weight: QFont.Weight) -> QFont:
    """The widget's (system) font at ``fraction`` of the screen height, as a point size."""
    font = QFont(widget.font())
    dpi = widget.logicalDpiY() or 96
    font.setPointSizeF(max(6.0, fraction * screen_h * 72.0 / dpi))
    font.setWeight(weight)
    return font


def presenter_sheet(p: Palette) -> str:
    """Set on the presenter window itself, so the app-wide style sheet cannot recolour it."""
    return f"""
    QWidget#presenter, QWidget#presenterPage, QWidget#blankPage {{ background: {p.window}; }}
    QWidget#blankPage {{ background: #000000; }}
    QLabel {{ color: {p.text}; background: transparent; }}
    QLabel[role="muted"] {{ color: {p.muted}; }}
    QFrame#controlStrip {{ background: {p.surface}; border-top: 1px solid {p.guide}; }}
    QPushButton {{
        color: {p.text}; background: {p.surface}; border: 1px solid {p.guide};
        border-radius: 8px; padding: 0.3em 0.9em;
    }}
    QPushButton:focus {{ border: 2px solid {p.accent}; }}
    """
