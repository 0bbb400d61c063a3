"""For everyone: WCAG AA contrast in every theme, and an accessible name on every control."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from mindful_clinic.app import build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.shell.theme import PALETTES, contrast_ratio
from tests.qt_cleanup import stop_timers

CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit)


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


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QScrollBar):
            continue  # Qt's own scroll bars carry their accessible role
        if isinstance(w, CONTROLS) and w.isVisibleTo(root) and not w.accessibleName().strip():
            if isinstance(w, QAbstractButton) and w.text().strip():
                continue  # a button's own text is its accessible name
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


def labels_hiding_text(root: QWidget) -> list[str]:
    """Labels whose accessible name replaces the words on screen (a screen reader hears only it)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    hiding = []
    for label in root.findChildren(QLabel):
        name = label.accessibleName().strip()
        if not name or not label.isVisibleTo(root) or not label.text().strip():
            continue
        doc = QTextDocument()
        doc.setHtml(label.text())
        shown = " ".join(doc.toPlainText().split()) if "<" in label.text() else label.text()
        if shown.strip() not in name:
            hiding.append(f"{name!r} hides {shown[:40]!r}")
    return hiding


def keyboard_problems(root: QWidget) -> list[str]:
    """Tab traps, silent Tab stops and lists named only by their value (on Linux a combo box's name
    is its current choice: only a label whose buddy it is names it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QScrollArea

    problems = []
    buddies = {
        id(label.buddy()): label
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        kind = type(w).__name__
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation():
            problems.append(f"{kind} {w.accessibleName()!r} keeps Tab inside it")
        if isinstance(w, QScrollArea) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            problems.append(f"{kind} {w.objectName()!r} is a silent Tab stop")
        if isinstance(w, QComboBox):
            label = buddies.get(id(w))
            if label is None or label.parentWidget() is not w.parentWidget():
                problems.append(f"QComboBox {w.accessibleName()!r} has no label naming it")
            elif w.accessibleName() == w.currentText():
                problems.append(f"QComboBox named by its value {w.currentText()!r}")
    return problems


def unheard(root: QWidget) -> list[str]:
    return unnamed_controls(root) + labels_hiding_text(root) + keyboard_problems(root)


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
