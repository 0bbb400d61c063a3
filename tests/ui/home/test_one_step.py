"""One step to a practice: a card's Start, the time carried into set-up, the tray's quick practice,
Ctrl+1 home from anywhere, and ``--start``/``--open`` (also sent to a running app)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from mindful_clinic.app.one_step import LaunchError, check_page, follow_command, parse_start
from mindful_clinic.app.root import App, build, run
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.desktop.instance_lock import launch_message, read_message
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.breath.setup import BreathSetup
from mindful_clinic.ui.log.checkin import CheckInWidget
from mindful_clinic.ui.practice.closing import ClosingScreen
from tests.qt_cleanup import stop_timers


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def app(qtbot, clock: ManualClock) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(clock)
    qtbot.addWidget(built.window)
    built.prefs.seen_notices.append("holds_caution")
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def card(app: App, practice_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in app.home.cards if c.entry.id == practice_id)


def test_a_card_starts_at_its_shortest_length_in_one_click(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    resonance = card(app, "resonance_5_5")
    assert resonance.start_button.text() == "Start 1 min"
    assert resonance.start_button.accessibleName() == "Start 1 min: Slow, even breathing"
    assert resonance.accessibleName() == "Set up Slow, even breathing"
    qtbot.mouseClick(resonance.start_button, Qt.MouseButton.LeftButton)
    before = app.flow.current_widget
    assert isinstance(before, CheckInWidget)  # the before-rating, no set-up page
    assert app.practise.currentWidget() is before
    qtbot.keyClick(before, Qt.Key.Key_4)
    pacer = app.flow.current_widget
    assert isinstance(pacer, PacerView)
    # Plain arithmetic, not pytest.approx: approx peeks at sys.modules['numpy'], which pygame may be
    # importing in the sound thread at this moment (a half-imported module there fails the test).
    assert abs(pacer.session.planned_s - 55) <= 1


def test_tab_goes_card_star_start_then_the_next_card(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=2000)
    cards = app.home.cards
    cards[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(cards[0].hasFocus)
    order = []
    for _ in range(4):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [cards[0], cards[0].star, cards[0].start_button, cards[1]]


def test_the_time_chosen_on_home_carries_into_the_card_and_its_set_up(app: App) -> None:
    app.home.set_time_choice(3.0)
    box = card(app, "box_4444")
    assert box.start_button.text() == "Start 3 min"
    assert box.start_s == 176
    app.home.set_time_choice(1.0)
    box = card(app, "box_4444")
    assert box.start_button.text() == "Start 1 min"
    box.chosen.emit("box_4444")  # the card itself opens set-up, at the chosen time
    setup = app.flow.current_widget
    assert isinstance(setup, BreathSetup)
    assert setup.choice().duration_s == 60


def test_the_tray_starts_the_favourite_at_a_minute_or_else_the_last_practice(app: App) -> None:
    app.quick_practice()  # nothing chosen yet: what fits in a minute
    assert app.flow.current_widget is None and app.home.time_choice == 1.0
    app.prefs.recent = ["extended_4_6"]
    app.quick_practice()
    assert isinstance(app.flow.current_widget, CheckInWidget)
    assert app.flow.entry is not None and app.flow.entry.id == "extended_4_6"
    app.go_home()
    app.prefs.favourites = ["cyclic_sigh"]
    app.quick_practice()
    assert app.flow.entry is not None and app.flow.entry.id == "cyclic_sigh"
    qtbot_key = app.flow.current_widget
    assert isinstance(qtbot_key, CheckInWidget)
    qtbot_key.skip()
    pacer = app.flow.current_widget
    assert isinstance(pacer, PacerView) and abs(pacer.session.planned_s - 63) <= 1


def test_ctrl_1_goes_home_from_set_up_and_stops_a_running_practice_recording_it(
    app: App,
    clock: ManualClock,
) -> None:
    app.start_practice("even_5_5")
    assert isinstance(app.flow.current_widget, BreathSetup)
    app.window.page_requested.emit("practise")  # as Ctrl+1 and the rail's Practise do
    assert app.practise.currentWidget() is app.home and app.flow.current_widget is None
    assert app.log.store.all() == []
    card(app, "even_5_5").start_button.click()
    app.flow.current_widget.skip()  # type: ignore[union-attr]
    assert app.practising
    clock.advance(20.0)
    ctrl_1 = next(
        s for s in app.window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+1")
    )
    ctrl_1.activated.emit()
    assert app.practise.currentWidget() is app.home and not app.practising
    (record,) = app.log.store.all()
    assert (record.completed, record.actual_s) == (False, 20)


def test_ctrl_1_on_the_closing_screen_records_it_as_done(app: App, clock: ManualClock) -> None:
    app.flow.checkin_factory = None
    card(app, "even_5_5").start_button.click()
    clock.advance(60.0)
    app.flow.current_widget.refresh()  # type: ignore[union-attr]
    assert isinstance(app.flow.current_widget, ClosingScreen)
    app.window.page_requested.emit("practise")
    assert app.practise.currentWidget() is app.home
    assert [r.completed for r in app.log.store.all()] == [True]


def test_start_and_open_from_a_second_launch(app: App) -> None:
    follow_command(app, "open history")
    assert app.window.current_page_key() == "history"
    follow_command(app, "start extended_4_8:60")
    assert app.window.current_page_key() == "practise"
    assert isinstance(app.flow.current_widget, CheckInWidget)
    follow_command(app, "start nothing_like_it")  # checked by the launch already: ignored
    assert isinstance(app.flow.current_widget, CheckInWidget)
    app.flow.current_widget.skip()
    follow_command(app, "open even_5_5")  # a practice is running: it is not replaced
    follow_command(app, "start even_5_5:60")
    assert isinstance(app.flow.current_widget, PacerView)
    assert app.flow.entry is not None and app.flow.entry.id == "extended_4_8"


def test_launch_arguments_are_checked_in_plain_words(app: App) -> None:
    catalog = app.catalog.catalog
    assert parse_start("resonance_5_5:60", catalog) == ("resonance_5_5", 60)
    assert parse_start("resonance_5_5", catalog) == ("resonance_5_5", None)
    with pytest.raises(LaunchError, match="no practice called 'breathe'"):
        parse_start("breathe:60", catalog)
    with pytest.raises(LaunchError, match="not a length in seconds"):
        parse_start("resonance_5_5:soon", catalog)
    assert check_page("insights", catalog) == "insights"
    assert check_page("body_scan_3", catalog) == "body_scan_3"
    with pytest.raises(LaunchError, match="no page called 'inbox'"):
        check_page("inbox", catalog)


def test_a_bad_id_is_one_line_and_status_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(start="no_such_practice:60") == 2
    err = capsys.readouterr().err
    assert err.startswith("mindful-clinic: no practice called 'no_such_practice'")
    assert len(err.strip().splitlines()) == 1
    assert run(open_page="inbox") == 2


def test_the_launch_message_carries_what_to_do() -> None:
    assert launch_message() == b"raise\n"
    assert read_message(launch_message("start even_5_5:60")) == "start even_5_5:60"
    assert read_message(b"raise\n") == ""
    assert read_message(b"hello\n") is None
    assert read_message(launch_message("open \x1b[2Jsupport")) == "open [2Jsupport"
