"""Every theme's text reaches WCAG AA and its control edges and indicators 3:1 (WCAG 1.4.11).

The colours are read from the palette and from the style sheet each theme actually applies, so a
rule that paints a border or an indicator in a faint colour fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mindful_clinic.ui.shell import theme

THEMES = list(theme.PALETTES.values())
AA_TEXT = 4.5
NON_TEXT = 3.0


def rules(sheet: str) -> dict[str, str]:
    """Selector -> declarations of a style sheet (the f-string's doubled braces already undone)."""
    return {sel.strip(): body for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet)}


def colours_of(body: str, *properties: str) -> list[str]:
    found = []
    for prop in properties:
        for value in re.findall(rf"(?<![-\w]){prop}\s*:\s*([^;]+)", body):
            found += re.findall(r"#[0-9a-fA-F]{6}", value)
    return found


@pytest.mark.parametrize("p", THEMES, ids=lambda p: p.name)
def test_text_reaches_aa_on_every_background(p: theme.Palette) -> None:
    pairs = {
        "text on window": (p.text, p.window),
        "text on surface": (p.text, p.surface),
        "muted on window": (p.muted, p.window),
        "muted on surface": (p.muted, p.surface),
        "danger on window": (p.danger, p.window),
        "danger on surface": (p.danger, p.surface),
        "button text on accent": (p.accent_text, p.accent),
        "chosen nav text on guide": (p.text, p.guide),
    }
    low = {k: round(theme.contrast_ratio(*v), 2) for k, v in pairs.items()}
    assert {k: r for k, r in low.items() if r < AA_TEXT} == {}


@pytest.mark.parametrize("p", THEMES, ids=lambda p: p.name)
def test_every_border_and_indicator_in_the_style_sheet_reaches_three_to_one(
    p: theme.Palette,
) -> None:
    """Borders, focus rings, slider grooves and handles, check marks: against window and surface."""
    low = []
    arrows = {k: f"/arrows/{k}.svg" for k in ("up", "down", "up_off", "down_off")}
    for selector, body in rules(theme.style_sheet(p, arrows)).items():
        if 'role="card"]' in selector and ":" not in selector.split("]")[-1]:
            continue  # a card's resting edge is decoration: the whole card is the target
        if 'role="divider"' in selector or ("nav" in selector and ":checked" in selector):
            continue  # a divider is decoration; the chosen page is also told by weight
        for colour in colours_of(body, "border", "border-color", "background"):
            if colour in (p.window, p.surface) or "QScrollBar" in selector:
                continue  # the background itself, or a scroll bar (the view's edge tells too)
            if "background" in body and colour == p.guide and ":checked" in selector:
                continue
            for bg in (p.window, p.surface):
                ratio = theme.contrast_ratio(colour, bg)
                if ratio < NON_TEXT:
                    low.append(f"{selector}: {colour} on {bg} is {ratio:.2f}:1")
    assert low == []


@pytest.mark.parametrize("p", THEMES, ids=lambda p: p.name)
def test_focus_rings_stand_out_from_the_control_they_circle(p: theme.Palette) -> None:
    """A focused filled button's ring is the text colour: apart from the window and the fill."""
    sheet = rules(theme.style_sheet(p))
    filled = sheet['QPushButton:checked:focus, QPushButton[role="primary"]:focus']
    (ring,) = colours_of(filled, "border-color")
    assert theme.contrast_ratio(ring, p.window) >= NON_TEXT
    (plain,) = colours_of(sheet["QPushButton:focus, QToolButton:focus"], "border")
    assert theme.contrast_ratio(plain, p.window) >= NON_TEXT
    assert theme.contrast_ratio(plain, p.surface) >= NON_TEXT
    # A focused slider handle fills in: the change itself is 3:1 or more (WCAG 2.4.13).
    (focused,) = colours_of(sheet["QSlider::handle:horizontal:focus"], "background")
    (resting,) = colours_of(sheet["QSlider::handle:horizontal"], "background")
    assert theme.contrast_ratio(focused, resting) >= NON_TEXT


@pytest.mark.parametrize("p", THEMES, ids=lambda p: p.name)
def test_the_drop_down_highlight_is_visible(p: theme.Palette) -> None:
    sheet = theme.style_sheet(p)
    assert f"selection-background-color: {p.accent}" in sheet
    assert theme.contrast_ratio(p.accent, p.surface) >= NON_TEXT
    assert theme.contrast_ratio(p.accent_text, p.accent) >= AA_TEXT


def test_the_chart_follows_the_theme(qapp: QApplication) -> None:
    """Insights' weekly chart is painted in each theme: bars in ``border``, the two lines in
    ``muted`` and ``accent`` (told apart by shade and dash), text in ``text`` (WCAG 1.4.11 / AA)."""
    from mindful_clinic.ui.log.week_chart import WeekChart

    for p in THEMES:
        theme.apply(qapp, p)
        seen: dict[str, set[str]] = {}
        for kind in ("bars", "lines"):
            chart = WeekChart()
            chart.resize(600, 320)
            if kind == "bars":
                chart.set_bars(["W1", "W2", "W3"], [3, 5, 2], "Practices", "Practices")
            else:
                chart.set_lines(
                    ["W1", "W2", "W3"],
                    [("Before", [6.0, 5.0, 7.0]), ("After", [3.0, 2.0, 4.0])],
                    "Stress",
                )
            image = chart.grab().toImage()
            seen[kind] = {
                image.pixelColor(x, y).name()
                for x in range(0, image.width(), 1)
                for y in range(0, image.height(), 1)
            }
            chart.deleteLater()
        assert p.border in seen["bars"] and p.text in seen["bars"] | seen["lines"]
        assert p.muted in seen["lines"] and p.accent in seen["lines"]
        for colour in (p.border, p.muted, p.accent):
            assert theme.contrast_ratio(colour, p.window) >= NON_TEXT
        assert theme.contrast_ratio(p.text, p.window) >= AA_TEXT
        assert p.muted != p.accent
    theme.apply(qapp, theme.LIGHT)


def test_system_high_contrast_is_followed(qapp: QApplication) -> None:
    qapp.setProperty("mc_system_high_contrast", True)
    try:
        assert theme.resolve("system", qapp) is theme.HIGH_CONTRAST
        assert theme.resolve("light", qapp) is theme.LIGHT
    finally:
        qapp.setProperty("mc_system_high_contrast", None)


@pytest.mark.parametrize("p", THEMES, ids=lambda p: p.name)
def test_spin_box_and_drop_down_arrows_are_drawn_in_the_theme(p: theme.Palette, tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = theme.arrow_files(tmp_path / "arrows", p)
    assert files is not None
    sheet = theme.style_sheet(p, files)
    for name, colour in (("up", p.text), ("down", p.text), ("up_off", p.border)):
        assert f'url("{files[name]}")' in sheet
        svg = Path(files[name]).read_text(encoding="ascii")
        assert f'fill="{colour}"' in svg
        assert theme.contrast_ratio(colour, p.surface) >= NON_TEXT
    assert theme.arrow_files(None, p) is None  # no folder: Qt's own arrows, no rules for ours
    assert "::up-arrow" not in theme.style_sheet(p)


def test_a_change_of_the_systems_scheme_or_contrast_is_followed(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    calls: list[int] = []
    monkeypatch.setattr(theme, "refine_system_scheme", lambda _app: True)
    theme.follow_system(qapp, lambda: calls.append(1))
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert len(calls) == 2


@pytest.mark.parametrize("p", THEMES, ids=lambda p: p.name)
def test_links_are_readable_in_every_theme(qapp: QApplication, p: theme.Palette) -> None:
    """The support page's numbers and web addresses are links: Qt's default blue (#0000ff) is
    unreadable on the dark and high-contrast backgrounds, so links take the theme's own colour."""
    from PySide6.QtGui import QPalette

    theme.apply(qapp, p)
    try:
        for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
            link = qapp.palette().color(role).name()
            assert theme.contrast_ratio(link, p.window) >= AA_TEXT, (role, link)
            assert theme.contrast_ratio(link, p.surface) >= AA_TEXT, (role, link)
    finally:
        theme.apply(qapp, theme.LIGHT)
