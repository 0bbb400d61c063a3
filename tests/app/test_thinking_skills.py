"""Thinking skills in the whole app (issue #19, item 4): typed answers kept only when chosen, and
worry time's one reminder, in fake time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mindful_clinic.app import App, build
from mindful_clinic.app.worry import WorryTime
from mindful_clinic.core.guided.practice import GuidedOptions
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.reflect.worry import park_worry
from mindful_clinic.core.reminders.hold import Situation
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.reflect.worry_store import WorryStore
from mindful_clinic.ui.guided.view import GuidedView
from tests.fakes import FakeTimer
from tests.qt_cleanup import stop_timers
from tests.speech_fakes import FakeSpeaker
from tests.ui.guided.test_answer_box import finish, go_to

AT_ONE = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(AT_ONE)


@pytest.fixture
def app(qtbot, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no desktop notifications
    built = build(clock)
    qtbot.addWidget(built.window)
    built.voice._speaker = FakeSpeaker(clock=clock, seconds_per_word=0.01)  # no real engine
    built.window.show()
    yield built
    built.reflect.worry_time.stop()
    rem = built._reminders
    if rem is not None:
        rem.scheduler.close()
        rem.notice.hide()
        rem.tray.close()
    stop_timers(built.window, built.qapp)


def start_guided(app: App, practice_id: str, qtbot) -> GuidedView:  # type: ignore[no-untyped-def]
    app.flow.checkin_factory = None  # the ratings have their own tests
    app.start_practice(practice_id)
    app.flow.current_widget.start_requested.emit(GuidedOptions(length_s=180))  # type: ignore[union-attr]
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    return view


def type_answer(view: GuidedView, clock: ManualClock, step_id: str, text: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    go_to(view, clock, step_id)
    box = view.answer_box
    assert box is not None
    box.editor.setFocus()
    qtbot.keyClicks(box.editor, text)
    box.go_on()


def everything_in(folder: Path) -> str:
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()
    )


def test_in_my_control_keeps_the_next_step_the_user_chose(app: App, clock, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    view = start_guided(app, "in_my_control", qtbot)
    type_answer(view, clock, "act", "ring the ward", qtbot)
    type_answer(view, clock, "let_be", "the new rota", qtbot)
    type_answer(view, clock, "next_step", "ring the ward at three", qtbot)
    finish(view, clock)
    page = view.keep_page
    assert page is not None
    for tick, answer in page.ticks:
        tick.setChecked(answer.step_id == "next_step")  # only the next step is kept
    page.keep_button.click()
    [kept] = app.reflect.reflections.all()
    assert kept.kind == "other" and kept.date == AT_ONE.date()
    assert kept.text == "In my control\nOne next step: ring the ward at three"
    stored = json.loads((data_dir / "reflections.json").read_text(encoding="utf-8"))
    assert "ring the ward at three" in json.dumps(stored)
    assert oct((data_dir / "reflections.json").stat().st_mode & 0o777) == "0o600"
    assert "the new rota" not in everything_in(data_dir)  # not ticked: gone
    app.flow.closing.done_button.click()  # type: ignore[union-attr]
    assert "the new rota" not in everything_in(data_dir)  # nor in the practice log
    said = app.voice.speaker.text()  # type: ignore[attr-defined]
    assert said  # the guidance was spoken...
    assert "ring the ward" not in said and "rota" not in said  # ...never the typed words


def test_answers_not_kept_leave_nothing_on_disk(app: App, clock, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    view = start_guided(app, "in_my_control", qtbot)
    type_answer(view, clock, "act", "zanzibar letter", qtbot)
    type_answer(view, clock, "next_step", "quokka phone call", qtbot)
    finish(view, clock)
    assert view.keep_page is not None
    qtbot.keyClick(view.keep_page, Qt.Key.Key_Escape)  # let them go
    app.flow.closing.done_button.click()  # type: ignore[union-attr]
    app.log.open()
    on_disk = everything_in(data_dir)
    assert "zanzibar" not in on_disk and "quokka" not in on_disk
    assert app.reflect.reflections.all() == []


def test_no_answer_box_while_the_group_screen_is_up(app: App, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.reflect.hide_in_group(True)
    view = start_guided(app, "in_my_control", qtbot)
    go_to(view, clock, "act")
    assert view.answer_box is None
    view.stop()


# -- worry time ---------------------------------------------------------------------------------------
def worry_time(app: App) -> tuple[WorryTime, FakeTimer]:
    app.reminders  # noqa: B018 - built as the app builds it, which attaches worry time
    worry = app.reflect.worry_time
    worry.tz = lambda: UTC
    timers: list[FakeTimer] = []

    def factory(callback):  # type: ignore[no-untyped-def]
        timers.append(FakeTimer(callback))
        return timers[-1]

    worry.use_timer(factory)
    worry.start()
    return worry, timers[0]


def test_a_worry_parked_for_two_is_reminded_once_at_two(app: App, clock, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    worry, timer = worry_time(app)
    offers: list[str] = []
    worry.offered.connect(offers.append)
    assert (
        worry.park("the audit letter", time(14, 0))
        == "Parked until 14:00. You'll be reminded once."
    )
    assert timer.active and timer.interval_ms == 300_000  # never longer than 5 minutes asleep
    clock.advance(3599.0)
    timer.callback()
    assert offers == []
    clock.advance(1.0)
    timer.callback()
    assert offers == ["Worry time: the worry you parked at 13:00."]
    assert "audit" not in offers[0]  # the reminder never shows the worry itself
    assert worry.line.isVisible() and "13:00" in worry.line.message.text()
    for _ in range(3):
        clock.advance(300.0)
        timer.callback()
        worry.check_now()
    assert len(offers) == 1  # once
    view = worry.look()
    assert view is not None and view.words.text() == "the audit letter"
    view.let_go_button.click()
    assert app.reflect.worries.items == []
    assert "audit" not in everything_in(data_dir)  # the note and its backup are gone
    assert not worry.line.isVisible() and not timer.active


def test_during_a_practice_the_worry_waits_then_comes_once(app: App, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    worry, timer = worry_time(app)
    offers: list[str] = []
    worry.offered.connect(offers.append)
    worry.park("the audit letter", time(14, 0))
    app.start_practice("even_5_5")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=600))  # type: ignore[union-attr]
    clock.advance(3600.0)
    timer.callback()
    assert offers == []
    app.go_home()
    assert len(offers) == 1


def test_under_do_not_disturb_it_waits_and_is_offered_once_after(app: App, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    worry, timer = worry_time(app)
    offers: list[str] = []
    worry.offered.connect(offers.append)
    worry.situation = lambda: Situation(dnd=True)
    worry.park("the audit letter", time(14, 0))
    clock.advance(3600.0)
    timer.callback()
    worry.situation = lambda: Situation(locked=True)
    worry.check_now()
    assert offers == []
    worry.situation = Situation
    worry.check_now()
    worry.check_now()
    assert len(offers) == 1


def test_keep_makes_a_reflection_and_snooze_asks_again_later(app: App, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    worry, timer = worry_time(app)
    offers: list[str] = []
    worry.offered.connect(offers.append)
    worry.park("the audit letter", time(14, 0))
    clock.advance(3600.0)
    timer.callback()
    worry.line.snooze_button.click()
    assert not worry.line.isVisible() and worry.pending is None
    clock.advance(599.0)
    timer.callback()
    assert len(offers) == 1
    clock.advance(1.0)
    timer.callback()
    assert len(offers) == 2
    view = worry.look()
    assert view is not None
    view.keep_button.click()
    [kept] = app.reflect.reflections.all()
    assert kept.kind == "other" and kept.text == "the audit letter"
    assert app.reflect.worries.items == []


def test_on_the_next_start_a_missed_worry_is_offered_once_and_an_unanswered_one_is_gone(
    clock: ManualClock,
    qtbot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    store = WorryStore(data_dir)
    missed = park_worry("the missed one", AT_ONE + timedelta(hours=1), AT_ONE)
    answered_never = park_worry("the ignored one", AT_ONE + timedelta(minutes=30), AT_ONE)
    store.add(missed)
    store.add(answered_never)
    store.offered(answered_never.id)  # offered last time, never answered
    clock.advance(3 * 3600.0)
    app = build(clock)
    qtbot.addWidget(app.window)
    try:
        worry, _timer = worry_time(app)
        assert [n.id for n in app.reflect.worries.items] == [missed.id]
        assert worry.pending == missed.id
        assert "ignored" not in (data_dir / "worries.json").read_text(encoding="utf-8")
    finally:
        app.reflect.worry_time.stop()
        stop_timers(app.window, app.qapp)


def test_delete_all_my_data_takes_a_waiting_worry_reminder_too(
    app: App, clock, qtbot, data_dir
) -> None:  # type: ignore[no-untyped-def]
    worry, timer = worry_time(app)
    worry.park("the audit letter", time(14, 0))
    clock.advance(3600.0)
    timer.callback()
    assert worry.look() is not None
    app.reflect.erase()
    assert worry.pending is None and not worry.line.isVisible()
    assert not (data_dir / "worries.json").exists()
