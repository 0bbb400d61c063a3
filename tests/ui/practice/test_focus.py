"""Focus mode: F11 or its button shows the shape and the words alone, full screen; Esc comes back
to the practice, which carries on; Space still pauses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from mindful_clinic.app.root import App
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_shape import PacerShape
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.guided.kind import GuidedKind
from mindful_clinic.ui.guided.view import GuidedView
from mindful_clinic.ui.shell.shortcuts import SHORTCUTS
from tests.speech_fakes import FakeSpeaker


def pacer(app: App) -> PacerView:
    app.start_practice("box_4444")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=64))  # type: ignore[union-attr]
    view = app.flow.current_widget
    assert isinstance(view, PacerView)
    return view


def test_f11_shows_the_pacer_full_screen_with_the_shape_and_words_alone(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = pacer(app)
    qtbot.keyClick(view, Qt.Key.Key_F11)
    screen = view.focus_screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    assert screen.isFullScreen() and screen.isWindow()
    assert screen.findChildren(QPushButton) == []  # nothing but the shape and the words
    assert isinstance(screen.shape, PacerShape)
    assert screen.words.text() == "Breathe in"
    clock.advance(4.5)
    view.timer.timeout.emit()  # a frame
    assert screen.words.text() == "Hold gently"
    assert screen.under.accessibleDescription() == "Seconds left in this phase"  # not a bare "3"
    assert screen.shape.fill == pytest.approx(view.shape.fill)
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # Space still pauses
    assert view.session.state is SessionState.PAUSED
    assert screen.words.text() == "Paused"
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # leaves focus mode, not the practice
    assert view.focus_screen is None and not screen.isVisible()
    assert app.flow.current_widget is view
    assert view.session.state is SessionState.PAUSED


def test_the_button_opens_focus_mode_and_the_end_of_the_practice_closes_it(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = pacer(app)
    assert view.focus_button.accessibleName().startswith("Focus mode")
    view.focus_button.click()
    screen = view.focus_screen
    assert screen is not None and screen.isVisible()
    clock.advance(64.0)
    view.timer.timeout.emit()
    assert view.focus_screen is None and not screen.isVisible()
    assert app.flow.closing is not None  # the closing screen, in the window


def test_a_guided_practice_in_focus_mode_shows_its_words(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    app.flow.kinds["guided"] = GuidedKind(clock, FakeSpeaker())
    app.start_practice("breathing_space_1")
    app.flow.current_widget.start_button.click()  # type: ignore[union-attr]
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    qtbot.keyClick(view, Qt.Key.Key_F11)
    screen = view.focus_screen
    assert screen is not None and screen.shape is None
    assert screen.words.text() == view.caption.text() != ""
    assert screen.under.text() == view.step_title.text()
    assert [w for w in screen.findChildren(QLabel) if w.isVisible()] == [screen.words, screen.under]
    qtbot.keyClick(screen, Qt.Key.Key_F11)  # F11 again leaves too
    assert view.focus_screen is None
    assert view.session.state is SessionState.RUNNING


def test_f11_is_in_the_shortcut_table() -> None:
    keys = {(s.where, k) for s in SHORTCUTS for k in s.keys}
    assert ("During a practice", "F11") in keys
    assert ("Focus mode", "Esc") in keys
