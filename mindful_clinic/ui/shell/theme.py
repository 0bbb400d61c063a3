"""Colours and type: calm, legible, and WCAG AA everywhere.

Palettes are plain data so a test can check every text/background pair for contrast. Font sizes are
multiples of the system font, so the app follows the user's accessibility settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class Palette(NamedTuple):
    """One theme's colours (a named tuple, not a dataclass: it is made at every start)."""

    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    shape_inner: str
    shape_outer: str
    guide: str
    danger: str
    border: str
    """Edges of controls and other non-text indicators: at least 3:1 on window and surface."""


LIGHT = Palette(
    name="light",
    window="#f4f6f5",
    surface="#ffffff",
    text="#1d2a2e",
    muted="#4c5b5f",
    accent="#2b6663",
    accent_text="#ffffff",
    shape_inner="#8cc7c0",
    shape_outer="#2b6663",
    guide="#c9d6d3",
    danger="#9b2f2f",
    border="#6f8582",
)
DARK = Palette(
    name="dark",
    window="#121c1e",
    surface="#1b282b",
    text="#e6eeec",
    muted="#aebdba",
    accent="#86cbc3",
    accent_text="#10201f",
    shape_inner="#3f7f79",
    shape_outer="#86cbc3",
    guide="#31474a",
    danger="#f0a3a3",
    border="#7f9996",
)
HIGH_CONTRAST = Palette(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#e0e0e0",
    accent="#ffd95a",
    accent_text="#000000",
    shape_inner="#5a4a00",
    shape_outer="#ffd95a",
    guide="#595959",
    danger="#ff9c9c",
    border="#c8c8c8",
)
PALETTES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of a #rrggbb colour, 0-255 each."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio between two #rrggbb colours."""

    def lum(hex_colour: str) -> float:
        channels = [c / 255 for c in rgb(hex_colour)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def system_prefers_dark(app: QApplication) -> bool:
    """The system's light or dark choice, read once and kept for the session.

    Qt's colour scheme says it where the platform tells it; where it is unknown (older desktops,
    offscreen) the platform's own palette does, read before ours replaces it. ``refine_system_scheme``
    asks again later, for a scheme the platform reports only once the window is up.
    """
    known = app.property("mc_system_dark")
    if known is None:
        known = scheme_is_dark(app)
        if known is None:
            known = palette_is_dark(app.palette())  # still the platform's: ours is not applied yet
        app.setProperty("mc_system_dark", known)
    return bool(known)


def scheme_is_dark(app: QApplication) -> bool | None:
    """True or False as Qt's colour scheme says; None when the platform does not say."""
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return None
    return scheme == Qt.ColorScheme.Dark


def refine_system_scheme(app: QApplication) -> bool:
    """Ask Qt for the system's scheme and contrast; True if the theme to show has changed."""
    before = (system_prefers_dark(app), bool(app.property("mc_system_high_contrast")))
    dark = scheme_is_dark(app)
    if dark is not None:
        app.setProperty("mc_system_dark", dark)
    hints = app.styleHints()
    accessibility = hints.accessibility()  # Qt 6.10 and later
    high = accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
    app.setProperty("mc_system_high_contrast", high)
    return before != (system_prefers_dark(app), bool(app.property("mc_system_high_contrast")))


def follow_system(app: QApplication, changed: Callable[[], None]) -> None:
    """Call ``changed`` whenever the system switches between light, dark and high contrast."""
    hints = app.styleHints()

    def check(*_args: object) -> None:
        if refine_system_scheme(app):
            changed()

    hints.colorSchemeChanged.connect(check)
    accessibility = hints.accessibility()
    accessibility.contrastPreferenceChanged.connect(check)


def palette_is_dark(qp: QPalette) -> bool:
    window = qp.color(QPalette.ColorRole.Window).lightness()
    return window < qp.color(QPalette.ColorRole.WindowText).lightness()


def resolve(name: str, app: QApplication) -> Palette:
    if name == "system":
        if app.property("mc_system_high_contrast"):
            return HIGH_CONTRAST
        return DARK if system_prefers_dark(app) else LIGHT
    return PALETTES.get(name, LIGHT)


ARROWS = {"down": "M1 1 L11 1 L6 7 Z", "up": "M1 7 L11 7 L6 1 Z"}
"""Triangles for spin boxes and drop-downs, in a 12 x 8 box."""


def arrow_files(folder: Path | None, p: Palette) -> dict[str, str] | None:
    """Arrows in the theme's colours as small SVG files, written once into ``folder``.

    A style sheet draws a styled control's arrows only from image files. None (Qt's own controls,
    without our rounded edges) when there is no folder or it cannot be written.
    """
    if folder is None:
        return None
    files: dict[str, str] = {}
    try:
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        for name, shape in ARROWS.items():
            for state, colour in (("", p.text), ("_off", p.border)):
                file = folder / f"arrow_{name}_{colour[1:]}.svg"
                if not file.exists():
                    file.write_text(
                        '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8" '
                        f'viewBox="0 0 12 8"><path d="{shape}" fill="{colour}"/></svg>\n',
                        encoding="ascii",
                    )
                files[name + state] = file.as_posix()
    except OSError:
        return None
    return files


def apply(app: QApplication, palette: Palette, arrows_folder: Path | None = None) -> None:
    """Sets the Qt palette and one style sheet for the whole app."""
    qp = QPalette()
    qp.setColor(QPalette.ColorRole.Window, QColor(palette.window))
    qp.setColor(QPalette.ColorRole.Base, QColor(palette.surface))
    qp.setColor(QPalette.ColorRole.AlternateBase, QColor(palette.window))
    qp.setColor(QPalette.ColorRole.WindowText, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.Text, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.Button, QColor(palette.surface))
    qp.setColor(QPalette.ColorRole.ButtonText, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.Highlight, QColor(palette.accent))
    qp.setColor(QPalette.ColorRole.HighlightedText, QColor(palette.accent_text))
    qp.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette.muted))
    qp.setColor(QPalette.ColorRole.ToolTipBase, QColor(palette.surface))
    qp.setColor(QPalette.ColorRole.ToolTipText, QColor(palette.text))
    # links (the support page's numbers and web addresses) in the theme, never Qt's default blue
    qp.setColor(QPalette.ColorRole.Link, QColor(palette.accent))
    qp.setColor(QPalette.ColorRole.LinkVisited, QColor(palette.accent))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):  # text on a disabled control: the palette's job, not a style rule on every widget
        qp.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted))
    app.setPalette(qp)
    app.setStyleSheet(style_sheet(palette, arrow_files(arrows_folder, palette)))
    app.setProperty("mc_palette", palette.name)


def style_sheet(p: Palette, arrows: dict[str, str] | None = None) -> str:
    # Text colours come from the palette (``apply``). No rule ends in a bare ``QWidget``: Qt would
    # test such a rule against every widget (a scroll area's viewport is named by its object name
    # instead), about 3 ms at start-up. Containers marked fill="none" (the main window's page stacks
    # and the home screen's list) show the window through them instead of painting it again.
    # Control edges use ``border`` (3:1 or more, WCAG 1.4.11). A focused control's edge grows from
    # 1 to 2 px into a 1 px margin, so focus never changes a control's size (nor clips its text);
    # on a filled (accent) control the ring takes the text colour, which stands out from both.
    return f"""
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 14px; height: 14px; border: 2px solid {p.border}; background: {p.surface};
    }}
    QCheckBox, QRadioButton {{ min-height: 24px; spacing: 8px; }}
    QCheckBox::indicator {{ border-radius: 4px; }}
    QRadioButton::indicator {{ border-radius: 9px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
        background: {p.accent}; border-color: {p.accent};
    }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {p.text}; }}
    QCheckBox:focus, QRadioButton:focus {{ text-decoration: underline; }}
    QSlider:horizontal {{ min-height: 28px; }}
    QSlider::groove:horizontal {{ height: 6px; background: {p.border}; border-radius: 3px; }}
    QSlider::sub-page:horizontal {{ background: {p.accent}; border-radius: 3px; }}
    QSlider::handle:horizontal {{
        background: {p.surface}; border: 2px solid {p.accent}; width: 16px; height: 16px;
        margin: -7px 0; border-radius: 10px;
    }}
    QSlider::handle:horizontal:focus {{ background: {p.accent}; border: 3px solid {p.text}; }}
    QLineEdit:disabled, QComboBox:disabled {{
        background: {p.window};
    }}
    QMainWindow, QStackedWidget, QScrollArea, QScrollArea > #qt_scrollarea_viewport {{
        background: {p.window};
    }}
    QStackedWidget[fill="none"], QScrollArea[fill="none"],
    QScrollArea[fill="none"] > #qt_scrollarea_viewport {{ background: none; }}
    QLabel[role="muted"] {{ color: {p.muted}; }}
    QLabel[role="danger"] {{ color: {p.danger}; font-weight: 600; }}
    QFrame[role="card"], QPushButton[role="card"] {{
        background: {p.surface}; border: 1px solid {p.guide}; border-radius: 14px;
    }}
    QFrame[role="card"]:hover, QPushButton[role="card"]:hover {{ border-color: {p.accent}; }}
    QFrame[role="card"]:focus, QPushButton[role="card"]:focus {{ border: 2px solid {p.accent}; }}
    /* The home screen's cards are buttons: a card's edge, without a button's margin or ring. */
    QPushButton[role="card"] {{ margin: 0; outline: none; }}
    QFrame[role="divider"] {{ background: {p.guide}; border: none; }}
    QPushButton, QToolButton {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px;
        padding: 0.45em 1.1em; margin: 1px;
    }}
    QToolButton {{ padding: 0.3em 0.7em; }}
    QPushButton:hover, QToolButton:hover {{ border-color: {p.accent}; }}
    QPushButton:focus, QToolButton:focus {{ border: 2px solid {p.accent}; margin: 0; }}
    QPushButton:checked {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
    QPushButton[role="primary"] {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600;
    }}
    QPushButton:checked:focus, QPushButton[role="primary"]:focus {{ border-color: {p.text}; }}
    QPushButton[role="quiet"] {{ background: transparent; border: 1px solid {p.border}; }}
    QPushButton[role="rating"] {{ padding: 0.2em; }}
    QPushButton[role="quiet"]:focus {{ border: 2px solid {p.accent}; }}
    QPushButton[role="nav"] {{
        background: transparent; border: 1px solid transparent; border-radius: 8px;
        padding: 0.5em 0.9em; text-align: left;
    }}
    QPushButton[role="nav"]:checked {{ background: {p.guide}; color: {p.text}; font-weight: 600; }}
    QPushButton[role="nav"]:focus {{ border: 2px solid {p.accent}; }}
    QRadioButton[role="chip"] {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px;
        padding: 0.45em 1.1em; margin: 1px; spacing: 0; min-height: 0; outline: none;
    }}
    QRadioButton[role="chip"]::indicator {{ width: 0; height: 0; border: none; background: none; }}
    QRadioButton[role="chip"]:hover {{ border-color: {p.accent}; }}
    QRadioButton[role="chip"]:focus {{
        border: 2px solid {p.accent}; margin: 0; text-decoration: none;
    }}
    QRadioButton[role="chip"]:checked {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    }}
    QRadioButton[role="chip"]:checked:focus {{ border-color: {p.text}; }}
    QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px; padding: 0.3em;
        margin: 1px;
    }}
    QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
        border: 2px solid {p.accent}; margin: 0;
    }}
    QListView, QTreeView, QTableView {{ border: 1px solid {p.border}; }}
    QComboBox {{ combobox-popup: 0; }}
    QComboBox QAbstractItemView {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; outline: none;
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QComboBox QAbstractItemView::item {{ min-height: 1.8em; padding: 0 0.5em; }}
    QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{
        background: {p.accent}; color: {p.accent_text};
    }}
    /* An inactive tab sits 2 px lower and Qt clips its text to what is left: without the room,
       the dots of a capital umlaut ("Übungen") were cut off. */
    QTabBar::tab {{ min-height: 2.2em; }}
    QTabBar::tab:focus {{ text-decoration: underline; }}
    QProgressBar {{
        background: {p.border}; border: none; border-radius: 6px; height: 12px; text-align: center;
    }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 6px; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
    QScrollBar::handle {{ background: {p.muted}; border-radius: 3px; }}
    QScrollBar::handle:vertical {{ min-height: 40px; }}
    QScrollBar::handle:horizontal {{ min-width: 40px; }}
    QScrollBar::handle:hover {{ background: {p.accent}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    """ + (arrow_rules(p, arrows) if arrows else NATIVE_SPIN_BOXES)


NATIVE_SPIN_BOXES = "QAbstractSpinBox { min-height: 1.9em; }"
"""Without arrow images, Qt draws spin boxes itself: as tall as the other fields."""


def arrow_rules(p: Palette, a: dict[str, str]) -> str:
    """Spin boxes and drop-downs with the same edges as the other fields, and themed arrows."""
    return f"""
    QAbstractSpinBox {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px;
        padding: 0.2em 22px 0.2em 0.3em; margin: 1px;
    }}
    QAbstractSpinBox:focus {{ border: 2px solid {p.accent}; margin: 0; }}
    QAbstractSpinBox:disabled {{ background: {p.window}; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: border; width: 22px; border: none; background: transparent;
    }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QAbstractSpinBox::up-arrow {{ image: url("{a["up"]}"); width: 10px; height: 7px; }}
    QAbstractSpinBox::down-arrow {{ image: url("{a["down"]}"); width: 10px; height: 7px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
        image: url("{a["up_off"]}");
    }}
    QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
        image: url("{a["down_off"]}");
    }}
    QComboBox {{ padding-right: 24px; }}
    QComboBox::drop-down {{
        subcontrol-origin: border; subcontrol-position: center right; width: 24px; border: none;
    }}
    QComboBox::down-arrow {{ image: url("{a["down"]}"); width: 10px; height: 7px; }}
    QComboBox::down-arrow:disabled {{ image: url("{a["down_off"]}"); }}
    """


CONTROL = 1.1
"""Buttons, the navigation and card titles (these in semibold, like the chosen page's button)."""
SECTION = 1.25
"""Section headings and the app's name."""
DISPLAY = 1.7
"""A screen's one main heading."""
# The type scale of the main screens, in multiples of the system font size. Few steps read as
# calmer, and each distinct size and weight is a font Qt loads and rasterises before the first
# paint (about 0.4 ms each): the home screen uses five (body, CONTROL and SECTION, some semibold).


def scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """The widget's font scaled by ``factor`` of the system size (follows accessibility settings)."""
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base <= 0:
        base = 10.0
    font.setPointSizeF(base * factor)
    if weight is not None:
        font.setWeight(weight)
    return font


def palette_of(widget: QWidget) -> Palette:
    """The theme a widget is drawn in (from its window colour), for what a style sheet cannot reach."""
    window = widget.palette().color(QPalette.ColorRole.Window).name()
    for palette in PALETTES.values():
        if palette.window == window:
            return palette
    return DARK if palette_is_dark(widget.palette()) else LIGHT
