"""For everyone: WCAG AA contrast in every theme, and an accessible name on every control."""

from __future__ import annotations

import pytest

from mindful_clinic.app import build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.shell.theme import PALETTES, contrast_ratio
from tests.heard import unheard
from tests.qt_cleanup import stop_timers


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_text_colour_passes_aa(name: str) -> None:
    p = PALETTES[name]
    pairs = [
        (p.text, p.window), (p.text, p.surface), (p.muted, p.window), (p.muted, p.surface),
        (p.accent_text, p.accent), (p.danger, p.window), (p.danger, p.surface),
        (p.text, p.guide),
    ]  # fmt: skip
    for fg, bg in pairs:
        assert contrast_ratio(fg, bg) >= 4.5, (name, fg, bg)
    # The shape and focus rings are graphics: WCAG asks 3:1 against what surrounds them.
    assert contrast_ratio(p.shape_outer, p.window) >= 3.0
    assert contrast_ratio(p.accent, p.window) >= 3.0


def test_every_control_on_the_main_screens_has_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock()
    app = build(clock)
    qtbot.addWidget(app.window)
    app.prefs.seen_notices.append("holds_caution")
    app.window.show()
    assert unheard(app.window) == []
    app.start_practice("box_4444")
    assert unheard(app.window) == []
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[union-attr]
    assert unheard(app.window) == []  # the check-in before
    app.flow.current_widget.answered.emit((5, ""))  # type: ignore[union-attr]
    assert unheard(app.window) == []  # the pacer
    for page in ("history", "insights", "group", "support", "settings"):
        app.window.show_page(page)
        assert unheard(app.window) == [], page
    tabs = app.settings_page.content.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        assert unheard(app.window) == [], tabs.tabText(i)
    stop_timers(app.window, app.qapp)  # the pacer is still running


def test_text_follows_the_system_font_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    original = QApplication.font()
    try:
        big = QFont(original)
        big.setPointSizeF(original.pointSizeF() * 1.5)
        QApplication.setFont(big)
        app = build(ManualClock())
        qtbot.addWidget(app.window)
        app.flow.checkin_factory = None
        app.start_practice("even_5_5")
        app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[union-attr]
        word = app.flow.current_widget.phase_word  # type: ignore[union-attr]
        assert word.font().pointSizeF() == pytest.approx(big.pointSizeF() * 2.6)
        stop_timers(app.window, app.qapp)
    finally:
        QApplication.setFont(original)


def test_every_practice_set_up_screen_is_heard_and_reached(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = build(ManualClock())
    qtbot.addWidget(app.window)
    app.window.show()
    for practice_id in app.catalog.catalog.ids():
        assert app.start_practice(practice_id)
        assert unheard(app.window) == [], practice_id
        app.flow.cancel()
    stop_timers(app.window, app.qapp)
