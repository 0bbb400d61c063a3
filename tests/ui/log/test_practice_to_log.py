"""A whole practice as a clinician meets it: check in from the keyboard, breathe, check out, and find
the session in History — and a practice stopped early is logged as not completed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mindful_clinic.app import App, build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_view import PacerView
from mindful_clinic.ui.log.checkin import CheckInWidget
from tests.qt_cleanup import stop_timers


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 24, 13, 55, tzinfo=UTC))


@pytest.fixture
def app(qtbot, clock: ManualClock) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(clock)
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    stop_timers(built.window, built.qapp)


def current(app: App) -> object:
    return app.flow.current_widget


def test_keyboard_checkins_and_the_session_shows_in_history(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    app.start_practice("even_5_5")
    current(app).start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[attr-defined]
    before = current(app)
    assert isinstance(before, CheckInWidget)
    qtbot.keyClick(before, Qt.Key.Key_7)
    pacer = current(app)
    assert isinstance(pacer, PacerView)
    clock.advance(60.0)
    pacer.refresh()
    after = current(app)
    assert isinstance(after, CheckInWidget) and after.allow_note
    qtbot.keyClick(after, Qt.Key.Key_1)
    clock.advance(0.3)
    qtbot.keyClick(after, Qt.Key.Key_0)  # "1 then 0 within a second" is 10
    after.note.setText("the long out-breath")
    with qtbot.waitSignal(app.flow.finished):
        qtbot.keyClick(after, Qt.Key.Key_Return)
        qtbot.keyClick(current(app), Qt.Key.Key_Return)  # Done, on the closing screen
    assert app.log is not None
    records = app.log.store.all()
    assert len(records) == 1
    r = records[0]
    assert (r.practice_id, r.stress_before, r.stress_after) == ("even_5_5", 7, 10)
    assert (r.completed, r.actual_s, r.planned_s, r.mode) == (True, 60, 60, "solo")
    assert r.note == "the long out-breath"
    app.window.show_page("history")
    QApplication.processEvents()
    history = app.log.history  # the practice log's tab of the History page
    assert history is not None and history.isVisible()
    texts = [
        history.table.model().index(0, c).data()  # type: ignore[attr-defined]
        for c in range(history.table.model().columnCount())  # type: ignore[attr-defined]
    ]
    joined = " ".join(str(t) for t in texts)
    assert "Relaxed counting breath" in joined
    assert "7" in joined and "10" in joined


def test_a_practice_stopped_early_is_logged_as_not_completed(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    app.start_practice("resonance_5_5")
    current(app).start_requested.emit(PracticeChoice(duration_s=300))  # type: ignore[attr-defined]
    qtbot.keyClick(current(app), Qt.Key.Key_Escape)  # skip the check-in before
    pacer = current(app)
    assert isinstance(pacer, PacerView)
    clock.advance(95.0)
    qtbot.keyClick(pacer, Qt.Key.Key_Escape)
    with qtbot.waitSignal(app.flow.finished):
        qtbot.keyClick(current(app), Qt.Key.Key_Escape)  # skip after too
        qtbot.keyClick(current(app), Qt.Key.Key_Escape)  # Esc leaves the closing screen: Done
    assert app.log is not None
    (r,) = app.log.store.all()
    assert (r.completed, r.actual_s, r.stress_before, r.stress_after) == (False, 95, None, None)


def test_the_shared_screen_holds_reminders_and_gives_back_the_users_choice(
    app: App,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    app.window.show_page("group")
    panel = app.group_panel
    assert panel is not None
    scheduler = app.reminders.scheduler
    panel.presenter_visible_changed.emit(True)  # type: ignore[attr-defined]
    assert scheduler.in_session_until() is not None
    panel.presenter_visible_changed.emit(False)  # type: ignore[attr-defined]
    assert scheduler.in_session_until() is None
    scheduler.set_in_session(True)  # the clinician's own choice survives a group session
    panel.presenter_visible_changed.emit(True)  # type: ignore[attr-defined]
    panel.presenter_visible_changed.emit(False)  # type: ignore[attr-defined]
    assert scheduler.in_session_until() is not None


def test_delete_all_my_data_leaves_a_fresh_start(app: App) -> None:
    app.prefs.favourites = ["box_4444"]
    app.save_prefs()
    app.sound.set_muted(True)
    box = app.catalog.catalog.get("box_4444")
    assert box is not None
    mine = app.custom_patterns.duplicate(box.item, set(app.catalog.catalog.ids()))  # type: ignore[arg-type]
    app.reload_library()
    assert mine.id in app.home.visible_ids()
    app.log.actions.delete_all()
    assert mine.id not in app.catalog.catalog.ids()
    assert mine.id not in app.home.visible_ids()
    assert not app.sound.muted and app.prefs.favourites == []
    assert not (app.folder / "custom_patterns.json").exists()
