"""Reflections, self-checks and quiet rest in the whole app (issue #19): the prompt after a rated
practice (Esc skips it), the end-of-day line after working hours, the Reflections tab in History
(hidden while the group screen is up), quiet rest in Insights, the Self-checks page and its
schedule, the debrief from the tray and home, and "Delete all my data" taking all of it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from mindful_clinic.app import App, build
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.selfcheck.records import new_check
from mindful_clinic.core.selfcheck.schedule import SelfCheckSchedule
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.log.checkin import CheckInWidget
from mindful_clinic.ui.log.quiet_rest_view import QuietRestView
from mindful_clinic.ui.reflect.panel import ReflectionsPanel
from mindful_clinic.ui.reflect.prompt import ReflectionPrompt
from mindful_clinic.ui.selfcheck.page import SelfCheckPage
from tests.qt_cleanup import stop_timers

AFTERNOON = datetime(2026, 11, 24, 13, 55, tzinfo=UTC)
EVENING = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(AFTERNOON)


@pytest.fixture
def app(qtbot, clock: ManualClock) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(clock)
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    rem = built._reminders
    if rem is not None:
        rem.scheduler.close()
        rem.notice.hide()
        rem.tray.close()
    stop_timers(built.window, built.qapp)


def practise_and_rate(app: App, clock: ManualClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.start_practice("even_5_5")
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[union-attr]
    qtbot.keyClick(app.flow.current_widget, Qt.Key.Key_5)
    clock.advance(60.0)
    app.flow.current_widget.refresh()  # type: ignore[union-attr]
    after = app.flow.current_widget
    assert isinstance(after, CheckInWidget)
    qtbot.keyClick(after, Qt.Key.Key_3)
    clock.advance(1.5)
    qtbot.keyClick(after, Qt.Key.Key_Return)
    closing = app.flow.current_widget  # the quiet moment at the end comes first
    with qtbot.waitSignal(app.flow.finished):
        closing.done_button.click()  # type: ignore[union-attr]


def test_after_a_rated_practice_one_prompt_is_offered_and_esc_skips_it(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    practise_and_rate(app, clock, qtbot)
    prompt = app.practise.currentWidget()
    assert isinstance(prompt, ReflectionPrompt)
    assert "identify a client" in prompt.reminder.text()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert app.practise.currentWidget() is app.home
    assert app.reflect.reflections.all() == []


def test_a_few_words_after_a_practice_are_kept_and_listed_in_history(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    practise_and_rate(app, clock, qtbot)
    prompt = app.practise.currentWidget()
    assert isinstance(prompt, ReflectionPrompt)
    first_question = prompt.question.text()
    prompt.answer.setText("Stayed with a silence")
    qtbot.keyClick(prompt.answer, Qt.Key.Key_Return)
    assert app.practise.currentWidget() is app.home
    saved = json.loads((data_dir / "reflections.json").read_text())
    assert [r["text"] for r in saved["reflections"]] == ["Stayed with a silence"]
    app.window.show_page("history")
    QApplication.processEvents()
    tabs = app.reflect.history_tabs
    assert isinstance(tabs, QTabWidget)
    panel = app.reflect.panel
    assert isinstance(panel, ReflectionsPanel)
    assert tabs.isTabVisible(tabs.indexOf(panel))
    assert panel.list.count() == 1 and "Stayed with a silence" in panel.list.item(0).text()
    # The next practice asks the next question in the rotation (the counter is kept in settings).
    practise_and_rate(app, clock, qtbot)
    second = app.practise.currentWidget()
    assert isinstance(second, ReflectionPrompt) and second.question.text() != first_question
    second.skip()


def test_reflections_are_never_shown_while_the_group_screen_is_up(app: App) -> None:
    app.window.show_page("history")
    QApplication.processEvents()
    tabs = app.reflect.history_tabs
    assert tabs is not None and app.reflect.panel is not None
    tabs.setCurrentWidget(app.reflect.panel)
    app.reflect.hide_in_group(True)
    assert not tabs.isTabVisible(tabs.indexOf(app.reflect.panel))
    assert tabs.currentWidget() is not app.reflect.panel
    app.reflect.hide_in_group(False)
    assert tabs.isTabVisible(tabs.indexOf(app.reflect.panel))


def test_the_group_panel_hides_reflections_when_its_screen_is_shown(app: App) -> None:
    app.window.show_page("history")
    QApplication.processEvents()
    app.window.show_page("group")
    QApplication.processEvents()
    assert app.group_panel is not None
    app.group_panel.presenter_visible_changed.emit(True)
    tabs, panel = app.reflect.history_tabs, app.reflect.panel
    assert tabs is not None and panel is not None
    assert not tabs.isTabVisible(tabs.indexOf(panel))
    app.group_panel.presenter_visible_changed.emit(False)


def test_insights_shows_the_quiet_rest_comparison(app: App) -> None:
    app.window.show_page("insights")
    QApplication.processEvents()
    view = app.reflect.quiet_rest
    assert isinstance(view, QuietRestView) and view.isVisible()
    assert "not a trial" in view.caveat.text()


def test_the_end_of_day_line_appears_after_working_hours_once_a_day(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    line = app.reflect.home_line
    assert line is not None
    assert line.debrief.isVisibleTo(app.home) and not line.reflect.isVisibleTo(app.home)
    clock.advance((EVENING - AFTERNOON).total_seconds())
    app.reflect.refresh_home()
    assert line.reflect.isVisibleTo(app.home)
    line.reflect.click()
    prompt = app.practise.currentWidget()
    assert isinstance(prompt, ReflectionPrompt)
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert app.practise.currentWidget() is app.home
    assert not line.reflect.isVisibleTo(app.home)  # offered once today


def test_self_checks_are_off_until_turned_on_then_offered_from_home(app: App) -> None:
    line = app.reflect.home_line
    assert line is not None and not line.selfcheck.isVisibleTo(app.home)
    assert app.reflect.due() == []
    app.reflect.save_settings(SelfCheckSchedule(who5_weeks=2), prompt_after=True)
    assert app.reflect.due() == ["who5"]
    assert line.selfcheck.isVisibleTo(app.home)
    line.selfcheck.click()
    QApplication.processEvents()
    assert app.window.current_page_key() == "selfcheck"
    page = app.reflect.selfcheck_page
    assert isinstance(page, SelfCheckPage)
    assert "Samaritans" in page.support_text or "116 123" in page.support_text
    app.reflect.selfchecks.add(new_check(AFTERNOON.date(), who5=[3, 3, 3, 3, 3]))
    app.reflect.refresh_home()
    assert not line.selfcheck.isVisibleTo(app.home)  # done for the next two weeks


def test_the_settings_tab_turns_the_schedule_on(app: App) -> None:
    from mindful_clinic.ui.selfcheck.settings import ReflectSettings

    app.open_settings_tab("Self-checks")
    QApplication.processEvents()
    tab = app.settings_page.content.findChild(ReflectSettings)  # type: ignore[union-attr]
    assert tab is not None and tab.who5.currentData() == 0 and not tab.pwls.isChecked()
    tab.pwls.setChecked(True)
    tab.prompt_after.setChecked(False)
    assert app.reflect.schedule.pwls and not app.reflect.prompt_after_practice


def test_no_prompt_after_a_practice_when_turned_off(
    app: App,
    clock: ManualClock,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    app.reflect.save_settings(SelfCheckSchedule(), prompt_after=False)
    practise_and_rate(app, clock, qtbot)
    assert app.practise.currentWidget() is app.home


def test_after_a_hard_appointment_is_one_tap_from_home_and_the_tray(app: App) -> None:
    from mindful_clinic.ui.guided.kind import GuidedKind
    from tests.speech_fakes import FakeSpeaker

    app.flow.kinds["guided"] = GuidedKind(app.clock, FakeSpeaker())  # no speech engine in tests
    line = app.reflect.home_line
    assert line is not None
    line.debrief.click()
    assert app.flow.entry is not None and app.flow.entry.id == "after_hard_appointment"
    assert isinstance(app.flow.current_widget, CheckInWidget)
    app.flow.cancel()
    assert app.flow.entry is None or app.practise.currentWidget() is app.home
    tray = app.reminders.tray
    action = next(a for a in tray.actions() if a.text() == "After a hard appointment")
    action.trigger()
    assert app.flow.entry is not None and app.flow.entry.id == "after_hard_appointment"
    app.flow.cancel()


def test_delete_all_my_data_takes_reflections_self_checks_and_worries(
    app: App, data_dir: Path
) -> None:
    app.reflect.reflections.add(make_reflection("a small win", "win", date(2026, 11, 24)))
    app.reflect.selfchecks.add(new_check(date(2026, 11, 24), burnout_item=2))
    app.window.show_page("history")
    QApplication.processEvents()
    assert (data_dir / "reflections.json").exists()
    app.log.all_deleted.emit()
    assert app.reflect.reflections.all() == [] and app.reflect.selfchecks.all() == []
    assert not (data_dir / "reflections.json").exists()
    assert not (data_dir / "selfchecks.json").exists()
    panel = app.reflect.panel
    assert panel is not None and panel.list.count() == 0


def test_a_damaged_reflections_file_is_named_once_and_the_app_starts(
    qtbot,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "reflections.json").write_text("{not json")
    built = build(ManualClock(AFTERNOON))
    qtbot.addWidget(built.window)
    built.reflect.open()  # as the root does just after the window appears
    assert built.reflect.reflections.all() == []
    built.reflect.open()
    said = [m for m in built.window.message_bar.messages if "reflections could not be read" in m]
    assert len(said) == 1
    stop_timers(built.window, built.qapp)


def test_the_history_heading_sits_above_its_tabs(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The page reads "History", then its Practices and Reflections tabs (issue #16)."""
    app.window.resize(1280, 720)
    app.window.show()
    app.window.show_page("history")
    qtbot.waitUntil(
        lambda: app.reflect.history_tabs is not None and app.reflect.history_tabs.isVisible()
    )
    tabs = app.reflect.history_tabs
    page = app.window.page("history")
    headings = [
        label
        for label in page.findChildren(QLabel)
        if label.text() == "History" and label.isVisible()
    ]
    assert len(headings) == 1
    heading_y = headings[0].mapTo(page, headings[0].rect().topLeft()).y()
    tab_bar = tabs.tabBar()
    assert heading_y < tab_bar.mapTo(page, tab_bar.rect().topLeft()).y()
