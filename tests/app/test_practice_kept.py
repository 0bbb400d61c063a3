"""A practice that ran is never lost: quitting during or just after it, going to another page while
its rating after or closing screen waits, closing the window to the tray, or opening another
practice records it once, with the rating and note the user gave. Driven as a user drives the app:
the card's Start 1 min, digits, Ctrl+Q, Ctrl+2, F1; a manual clock runs the minute at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.app import App, build
from mindful_clinic.app.one_step import follow_command
from mindful_clinic.core.log.records import LogRecord
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.breath.setup import BreathSetup
from mindful_clinic.ui.home.view import HomeView
from mindful_clinic.ui.log.checkin import CheckInWidget
from mindful_clinic.ui.practice.closing import ClosingScreen
from tests.qt_cleanup import stop_timers

CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app(qtbot: QtBot, clock: ManualClock) -> Iterator[App]:
    """The app as it starts for a user: check-ins on (``tests/practice_app.py``'s turns them off);
    ``clock`` is that module's fixed manual clock."""
    built = build(clock)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitActive(built.window)
    yield built
    stop_timers(built.window, built.qapp)


def start_one_minute(app: App, qtbot: QtBot, before: str = "7") -> PacerView:
    """The "Relaxed counting breath" card's Start 1 min, then the stress rating before."""
    card = next(c for c in app.home.cards if c.entry.id == "even_5_5")
    assert card.start_button.text() == "Start 1 min"
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(on_screen(app), before)
    pacer = on_screen(app)
    assert isinstance(pacer, PacerView)
    return pacer


def wait_for_the_end(app: App, clock: ManualClock, qtbot: QtBot) -> CheckInWidget:
    clock.advance(60.0)  # the pacer's own timer notices the minute is over
    qtbot.waitUntil(lambda: isinstance(on_screen(app), CheckInWidget), timeout=3000)
    after = on_screen(app)
    assert isinstance(after, CheckInWidget)
    return after


def on_screen(app: App) -> QWidget:
    return app.practise.currentWidget()


def press(qtbot: QtBot, app: App, key: Qt.Key, modifier: Qt.KeyboardModifier = CONTROL) -> None:
    """A key (with Ctrl) where the keyboard is: the window's shortcuts hear it."""
    if QApplication.activeWindow() is not app.window:  # the headless platform lets it go after
        app.window.activateWindow()  # the card's Start brought the window forward
        qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)
    qtbot.keyClick(QApplication.focusWidget() or app.window, key, modifier)


def quit_with_ctrl_q(app: App) -> None:
    """Ctrl+Q in the running app: its event loop ends, and the app quits as it really does.

    The shortcut is activated as the key would activate it (the headless platform has no
    active window to send keys to once the event loop runs)."""
    quit_key = QKeySequence("Ctrl+Q")
    ctrl_q = next(s for s in app.window.findChildren(QShortcut) if s.key() == quit_key)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(app.qapp.quit)
    safety.start(5000)  # Ctrl+Q not heard: the test ends, and fails below
    QTimer.singleShot(0, ctrl_q.activated.emit)
    app.qapp.exec()
    quit_heard = safety.isActive()
    safety.stop()
    # Quitting closed the window, and the last window closed asked once more to quit: that
    # request would end every event loop of the tests that follow.
    QCoreApplication.removePostedEvents(app.qapp, QEvent.Type.Quit)
    assert quit_heard, "Ctrl+Q did not quit"


def records(app: App) -> list[LogRecord]:
    return app.log.store.all()


# -- quitting ------------------------------------------------------------------------------------
def test_quitting_with_the_rating_after_chosen_records_it_with_the_rating_and_note(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "4")  # chosen: the check-in stays up with its note field and Done
    qtbot.keyClicks(after.note, "quieter now")
    assert after.isVisible() and after.done_button.isVisible()
    quit_with_ctrl_q(app)
    (record,) = records(app)
    assert (record.completed, record.actual_s, record.stress_before, record.stress_after) == (
        True, 60, 7, 4,
    )  # fmt: skip
    assert record.note == "quieter now"


def test_quitting_with_the_rating_after_unanswered_records_it_without_one(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    wait_for_the_end(app, clock, qtbot)
    quit_with_ctrl_q(app)
    (record,) = records(app)
    assert (record.completed, record.actual_s, record.stress_before, record.stress_after) == (
        True, 60, 7, None,
    )  # fmt: skip


def test_quitting_during_the_practice_records_it_as_stopped_early(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    session = start_one_minute(app, qtbot).session
    clock.advance(10.0)
    quit_with_ctrl_q(app)
    (record,) = records(app)
    assert (record.completed, record.actual_s, record.stress_before) == (False, 10, 7)
    assert session.state is SessionState.STOPPED


def test_quitting_on_the_closing_screen_records_it_once(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "4")
    qtbot.keyClick(after, Qt.Key.Key_Return)
    assert isinstance(on_screen(app), ClosingScreen)
    quit_with_ctrl_q(app)
    app.qapp.aboutToQuit.emit()  # heard twice (a logout, then the quit): still once
    assert [(r.completed, r.stress_after) for r in records(app)] == [(True, 4)]


def test_the_desktop_session_ending_records_the_practice(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    clock.advance(25.0)
    # Logging out: the session manager asks for the data first (``commitDataRequest``, which a
    # test cannot send: Qt alone makes its session manager), and may end the app without a quit.
    app.keeper.keep_before_quit()
    assert [(r.completed, r.actual_s) for r in records(app)] == [(False, 25)]
    assert on_screen(app) is app.home  # a logout cancelled finds home


def test_setting_up_or_rating_before_quits_without_a_record(app: App, qtbot: QtBot) -> None:
    card = next(c for c in app.home.cards if c.entry.id == "even_5_5")
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert isinstance(on_screen(app), CheckInWidget)  # the rating before: nothing ran yet
    quit_with_ctrl_q(app)
    assert records(app) == []


# -- another page ---------------------------------------------------------------------------------
def test_another_page_records_a_practice_waiting_for_its_rating_and_history_lists_it(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    pacer = start_one_minute(app, qtbot)
    clock.advance(6.0)
    qtbot.keyClick(pacer, Qt.Key.Key_Escape)  # stopped early: the rating after
    assert isinstance(on_screen(app), CheckInWidget)
    press(qtbot, app, Qt.Key.Key_2)  # History
    assert app.window.current_page_key() == "history"
    assert [(r.completed, r.actual_s, r.stress_after) for r in records(app)] == [(False, 6, None)]
    history = app.log.history
    assert history is not None and history.model.rowCount() == 1  # listed at once
    press(qtbot, app, Qt.Key.Key_1)
    assert on_screen(app) is app.home  # the rating is not asked again
    assert len(records(app)) == 1


def test_another_page_keeps_the_rating_and_note_given_after(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "3")
    qtbot.keyClicks(after.note, "shoulders down")
    press(qtbot, app, Qt.Key.Key_4)  # Insights
    (record,) = records(app)
    assert (record.completed, record.stress_after, record.note) == (True, 3, "shoulders down")
    assert not isinstance(on_screen(app), CheckInWidget)


def test_support_from_the_closing_screen_records_the_practice(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "5")
    qtbot.keyClick(after, Qt.Key.Key_Return)
    closing = on_screen(app)
    assert isinstance(closing, ClosingScreen)
    press(qtbot, app, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)  # If you are struggling
    assert app.window.current_page_key() == "support"
    assert [(r.completed, r.stress_after) for r in records(app)] == [(True, 5)]
    press(qtbot, app, Qt.Key.Key_1)
    assert len(records(app)) == 1


def test_a_running_practice_carries_on_while_another_page_is_open(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    pacer = start_one_minute(app, qtbot)
    clock.advance(10.0)
    press(qtbot, app, Qt.Key.Key_2)
    assert records(app) == [] and app.practising and on_screen(app) is pacer


# -- Ctrl+1, the tray, another practice -------------------------------------------------------------
def test_ctrl_1_keeps_the_rating_chosen_after(app: App, clock: ManualClock, qtbot: QtBot) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "2")
    press(qtbot, app, Qt.Key.Key_1)
    assert [(r.completed, r.stress_after) for r in records(app)] == [(True, 2)]
    assert on_screen(app) is app.home


def test_closing_the_window_to_the_tray_stops_and_records_the_practice(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    session = start_one_minute(app, qtbot).session
    clock.advance(20.0)
    app.window.keep_running_in_tray = True  # as ``run`` sets it when there is a tray
    app.window.close()
    assert not app.window.isVisible()
    assert [(r.completed, r.actual_s) for r in records(app)] == [(False, 20)]
    assert session.state is SessionState.STOPPED  # no bell rings on from a hidden window
    app.window.bring_forward()
    assert isinstance(on_screen(app), HomeView)


def test_closing_the_window_to_the_tray_records_a_waiting_rating(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "6")
    app.window.keep_running_in_tray = True
    app.window.close()
    assert [(r.completed, r.stress_after) for r in records(app)] == [(True, 6)]


def test_another_practice_started_from_outside_records_the_one_waiting(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    start_one_minute(app, qtbot)
    after = wait_for_the_end(app, clock, qtbot)
    qtbot.keyClick(after, "4")
    follow_command(app, "start resonance_5_5:60")  # mindful-clinic --start, or the tray's practice
    assert [(r.practice_id, r.stress_after) for r in records(app)] == [("even_5_5", 4)]
    assert isinstance(on_screen(app), CheckInWidget)  # the next one's rating before


def test_a_practice_recorded_is_never_recorded_again(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    app.flow.checkin_factory = None
    card = next(c for c in app.home.cards if c.entry.id == "even_5_5")
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    clock.advance(60.0)
    qtbot.waitUntil(lambda: isinstance(on_screen(app), ClosingScreen), timeout=3000)
    closing = on_screen(app)
    assert isinstance(closing, ClosingScreen)
    qtbot.mouseClick(closing.done_button, Qt.MouseButton.LeftButton)
    assert len(records(app)) == 1
    app.start_practice("resonance_5_5")
    assert isinstance(on_screen(app), BreathSetup)
    press(qtbot, app, Qt.Key.Key_1)  # home from the next one's set-up
    quit_with_ctrl_q(app)
    assert len(records(app)) == 1


def test_quitting_with_a_tray_quits_without_closing_to_the_tray(
    app: App, clock: ManualClock, qtbot: QtBot
) -> None:
    """Qt closes every window as it quits: with a tray, that close was taken for the user closing
    the window (the "still running in the tray" message as the app quit)."""
    app.window.keep_running_in_tray = True  # as ``run`` sets it when there is a tray
    closed_to_tray: list[bool] = []
    app.window.close_to_tray.connect(lambda: closed_to_tray.append(True))
    start_one_minute(app, qtbot)
    clock.advance(20.0)
    quit_with_ctrl_q(app)
    assert closed_to_tray == []
    assert [(r.completed, r.actual_s) for r in records(app)] == [(False, 20)]
