"""The whole app: Start now from a reminder begins the practice; a practice on screen answers a
waiting reminder; the home screen carries the banner and today's line; Settings can pause."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from mindful_clinic.app.root import App, build
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.log.checkin import CheckInWidget
from mindful_clinic.ui.reminders.quiet_box import QuietBox
from tests.qt_cleanup import stop_timers

NOW = datetime(2026, 11, 24, 13, 55, tzinfo=UTC)


@pytest.fixture
def app(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(
        "DBUS_SESSION_BUS_ADDRESS", raising=False
    )  # no desktop: the app's own notice
    built = build(ManualClock(NOW))
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    rem = built._reminders
    if rem is not None:
        rem.scheduler.close()
        rem.notice.hide()
        rem.tray.close()
    stop_timers(built.window, built.qapp)


def reminder() -> Reminder:
    return Reminder(NOW, "gap", ("gaps",), "even_5_5", 120, NOW + timedelta(minutes=7), True)


def test_start_now_goes_straight_to_the_before_rating(app: App) -> None:
    rem = app.reminders
    assert rem.answering is not None
    rem.presenter.offer(reminder())
    assert rem.answering.banner.is_pending()
    assert "7 minutes before your" in rem.answering.banner.message.text()
    rem.answering.banner.start_button.click()
    assert isinstance(app.flow.current_widget, CheckInWidget)
    assert app.flow.entry is not None and app.flow.entry.id == "even_5_5"
    assert rem.answering.banner.isHidden()


def test_a_practice_started_from_home_answers_the_waiting_reminder(app: App) -> None:
    from mindful_clinic.core.preferences import PracticeChoice

    rem = app.reminders
    assert rem.answering is not None
    rem.presenter.offer(reminder())
    app.start_practice("even_5_5")  # the set-up page: only looking, nothing under way yet
    assert rem.presenter.pending() is not None
    assert not rem.answering.gate.situation().practice
    app.flow.current_widget.start_requested.emit(PracticeChoice(duration_s=60))  # type: ignore[union-attr]
    assert rem.presenter.pending() is None  # the before-rating: the practice answers it
    assert rem.answering.gate.situation().practice


def test_a_set_up_page_left_open_never_silences_reminders(app: App) -> None:
    """Called away from a set-up page (or the closing screen), the clinician still gets the
    day's reminders: only a practice or its check-ins count as practising."""
    rem = app.reminders
    assert rem.answering is not None
    app.start_practice("box_4444")
    app.window.hide()  # closed to the tray, the page left as it was
    assert not rem.answering.gate.situation().practice


def test_the_home_screen_and_settings_carry_the_new_controls(app: App) -> None:
    rem = app.reminders
    assert rem.answering is not None
    assert rem.answering.today.parent() is not None  # placed on the home screen
    page = rem.make_settings()
    assert page.findChild(QuietBox) is not None
