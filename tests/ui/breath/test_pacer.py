"""The pacer as a user meets it: start, follow the words and the shape, pause, stop, reduced motion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mindful_clinic.app import App
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.breath.setup import BreathSetup


def start(app: App, practice_id: str, choice: PracticeChoice) -> PacerView:
    assert app.start_practice(practice_id)
    setup = app.flow.current_widget
    assert isinstance(setup, BreathSetup)
    setup.start_requested.emit(choice)
    view = app.flow.current_widget
    assert isinstance(view, PacerView)
    return view


def test_box_breathing_words_and_shape_follow_the_clock(app: App, clock: ManualClock) -> None:
    view = start(app, "box_4444", PracticeChoice(duration_s=60))
    assert view.phase_word.text() == "Breathe in"
    small = view.shape.radius()
    clock.advance(2.0)
    view.refresh()
    assert view.phase_word.text() == "Breathe in"
    assert view.countdown.text() == "2"
    middle = view.shape.radius()
    clock.advance(2.5)  # 4.5 s: holding at the top
    view.refresh()
    assert view.phase_word.text() == "Hold gently"
    full = view.shape.radius()
    clock.advance(1.0)
    view.refresh()
    assert view.shape.radius() == pytest.approx(full)  # a hold rests
    assert small < middle < full
    clock.advance(4.0)  # 9.5 s: breathing out
    view.refresh()
    assert view.phase_word.text() == "Breathe out"
    assert view.shape.radius() < full
    clock.advance(4.0)  # 13.5 s: resting at the bottom
    view.refresh()
    assert view.phase_word.text() == "Rest"
    assert view.remaining.text() == "0:51 left"


def test_pause_holds_everything_still(app: App, clock: ManualClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "extended_4_6", PracticeChoice(duration_s=180))
    clock.advance(3.0)
    view.refresh()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    radius, remaining = view.shape.radius(), view.remaining.text()
    clock.advance(120.0)
    view.refresh()
    assert view.phase_word.text() == "Paused"
    assert view.pause_button.text() == "Resume"
    assert (view.shape.radius(), view.remaining.text()) == (radius, remaining)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    clock.advance(2.0)
    view.refresh()
    assert view.phase_word.text() == "Breathe out"


def test_escape_stops_and_the_outcome_records_the_real_time(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = start(app, "resonance_5_5", PracticeChoice(duration_s=300))
    clock.advance(33.0)
    with qtbot.waitSignal(app.flow.finished) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        app.flow.closing.done_button.click()  # the closing screen: Done
    outcome = blocker.args[0]
    assert outcome.completed is False
    assert outcome.actual_s == pytest.approx(33.0)
    assert outcome.planned_s == pytest.approx(297.0)
    assert app.practise.currentWidget() is app.home


def test_a_finished_practice_returns_home_completed(app: App, clock: ManualClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "weil_478", PracticeChoice(duration_s=1200))
    clock.advance(4 * 19)
    with qtbot.waitSignal(app.flow.finished) as blocker:
        view.refresh()
        app.flow.closing.done_button.click()  # the closing screen: Done
    assert blocker.args[0].completed is True
    assert blocker.args[0].actual_s == pytest.approx(76.0)
    assert view.session.state is SessionState.FINISHED


def test_reduced_motion_shows_a_calm_bar_and_no_moving_shape(app: App, clock: ManualClock) -> None:
    app.prefs.reduced_motion = True
    view = start(app, "even_5_5", PracticeChoice(duration_s=60))
    assert not view.shape.isVisible()
    assert view.bar.isVisible()
    clock.advance(2.5)
    view.refresh()
    assert view.phase_word.text() == "Breathe in"
    assert view.bar.fraction == pytest.approx(0.5)
    assert view.bar.value() == 2  # a screen reader hears the bar in quarters


def test_holds_can_be_switched_off_and_are_recorded_as_a_variant(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = start(app, "box_4444", PracticeChoice(duration_s=60, holds=False))
    clock.advance(4.5)
    view.refresh()
    assert view.phase_word.text() == "Breathe out"
    with qtbot.waitSignal(app.flow.finished) as blocker:
        view.stop()
        app.flow.closing.done_button.click()  # the closing screen: Done
    assert blocker.args[0].variant == "holds_off"


def test_just_breathe_naturally_is_always_there(app: App, clock: ManualClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "cyclic_sigh", PracticeChoice(duration_s=60))
    assert view.natural_button.isVisible()
    view.natural_button.click()
    assert view.session.state is SessionState.STOPPED
    assert view.natural_panel.isVisible()


def test_self_paced_sighing_counts_marked_breaths(app: App, clock: ManualClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "cyclic_sigh", PracticeChoice(duration_s=60, mode="self_paced"))
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.breaths_marked == 3
    assert "Breaths marked: 3" in view.hint.text()


def test_first_use_of_holds_shows_the_caution_once(app: App, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app.prefs.seen_notices.clear()
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: shown.append(box.text()))
    start(app, "box_4444", PracticeChoice(duration_s=60)).stop()
    start(app, "box_4444", PracticeChoice(duration_s=60)).stop()
    assert len(shown) == 1 and "pregnant" in shown[0]


def test_the_last_choice_is_offered_again(app: App) -> None:
    start(app, "extended_4_8", PracticeChoice(duration_s=600, tempo=1.2)).stop()
    app.start_practice("extended_4_8")
    setup = app.flow.current_widget
    assert isinstance(setup, BreathSetup)
    assert setup.choice().duration_s == 600 and setup.choice().tempo == pytest.approx(1.2)


def test_space_presses_the_focused_button_instead_of_pausing(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "box_4444", PracticeChoice(duration_s=60))
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=1000)
    view.stop_button.setFocus()
    qtbot.keyClick(view.stop_button, Qt.Key.Key_Space)  # Space on "Stop": stops, never pauses
    assert view.session.state is SessionState.STOPPED


def test_escape_stops_even_with_the_keyboard_on_the_navigation_rail(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "box_4444", PracticeChoice(duration_s=60))
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=1000)
    rail = app.window.nav_group.buttons()[0]
    rail.setFocus()
    qtbot.waitUntil(rail.hasFocus, timeout=1000)
    qtbot.keyClick(rail, Qt.Key.Key_Escape)
    assert view.session.state is SessionState.STOPPED


def test_pausing_and_resuming_are_said_to_a_screen_reader(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = start(app, "box_4444", PracticeChoice(duration_s=60))
    view.pause_button.click()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert list(view.announcer.said)[-2:] == ["Paused", "Resumed"]
