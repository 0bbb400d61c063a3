"""A reminder you can answer: the notification's buttons, a dismissed notification answered from the
tray, the keyboard path through the app's own notice, and the banner saying what happens next."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.reminders.gate import AppActivity, ReminderGate
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.banner import ReminderBanner
from mindful_clinic.ui.reminders.notice import ReminderNotice
from mindful_clinic.ui.reminders.pending import SHORTCUT, PendingReminder
from mindful_clinic.ui.reminders.tray import Tray
from tests.desktop_fakes import FakeNotifier, FakePresence
from tests.fakes import FakeTimer

LONDON = ZoneInfo("Europe/London")
MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=LONDON)


class Rig:
    def __init__(self, data_dir: Path, qtbot, answers: bool) -> None:  # type: ignore[no-untyped-def]
        store = ReminderStore(SettingsStore(data_dir))
        rule = ReminderRule(
            "lunch", "fixed", times=(datetime(2026, 1, 5, 9, 30).time(),), practice_id="even_5_5"
        )
        store.set_config(ReminderSettings(rules=(rule,), timezone="Europe/London"))
        self.clock = ManualClock(MONDAY_9)
        self.timers: list[FakeTimer] = []
        self.scheduler = ReminderScheduler(
            store, self.clock, self._timer, None, [("even_5_5", 300)]
        )
        self.presence = FakePresence()
        self.gate = ReminderGate(self.scheduler, AppActivity(), self.presence, self._timer)
        self.notifier = FakeNotifier(answers=answers)
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.window.show()
        self.notice = ReminderNotice(self.clock, lambda: LONDON, lambda _pid: "breathing")
        qtbot.addWidget(self.notice)
        self.banner = ReminderBanner(self.window)
        self.tray = Tray(self.scheduler)
        self.pending = PendingReminder(
            self.scheduler,
            self.notice,
            self.notifier,
            self.banner,
            self.tray,
            lambda _pid: "breathing",
        )
        self.gate.offer.connect(self.pending.offer)
        self.gate.away.connect(self.pending.away)
        self.started: list[tuple[str, int]] = []
        self.pending.start_practice.connect(lambda pid, s: self.started.append((pid, s)))
        self.scheduler.start()

    def _timer(self, callback: Callable[[], None]) -> FakeTimer:
        self.timers.append(FakeTimer(callback))
        return self.timers[-1]

    def run_until(self, wall: datetime) -> None:
        t = self.timers[0]
        while t.active and self.clock.now() + timedelta(milliseconds=t.interval_ms or 0) <= wall:
            self.clock.advance((t.interval_ms or 0) / 1000)
            t.active = False
            t.callback()

    def menu_texts(self) -> list[str]:
        self.tray.rebuild_menu()
        return [a.text() for a in self.tray.actions()]

    def trigger(self, text: str) -> None:
        self.tray.rebuild_menu()
        next(a for a in self.tray.actions() if a.text() == text).trigger()


@pytest.fixture
def rig(data_dir: Path, qtbot) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    r = Rig(data_dir, qtbot, answers=True)
    yield r
    r.tray.close()


@pytest.fixture
def plain(data_dir: Path, qtbot) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    r = Rig(data_dir, qtbot, answers=False)
    yield r
    r.tray.close()


def test_one_notification_with_buttons_and_start_starts_the_suggested_practice(rig: Rig) -> None:
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert len(rig.notifier.shown) == 1
    _nid, _title, body, actions = rig.notifier.shown[0]
    assert "5-minute breathing practice" in body
    assert [k for k, _ in actions] == [
        "default",
        "start",
        "snooze5",
        "snooze10",
        "snooze15",
        "skip",
    ]
    assert not rig.notice.isVisible()  # the desktop shows it; no second notice
    opened: list[int] = []
    rig.pending.open_requested.connect(lambda: opened.append(1))
    rig.notifier.press("default")  # a click on the notification itself opens the app
    assert opened == [1] and rig.pending.pending() is not None
    rig.notifier.press("start")
    assert rig.started == [("even_5_5", 300)]
    assert rig.notifier.closed_ids == [1]  # resident: it stays until the app closes it
    assert rig.banner.isHidden() and "Start now" not in rig.menu_texts()


def test_a_dismissed_notification_is_answered_from_the_tray(rig: Rig) -> None:
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    rig.notifier.dismiss()
    assert rig.banner.is_pending()
    texts = rig.menu_texts()
    assert texts[1:6] == [
        "Start now",
        "Snooze 5 minutes",
        "Snooze 10 minutes",
        "Snooze 15 minutes",
        "Skip this reminder",
    ]
    rig.trigger("Snooze 10 minutes")
    assert rig.banner.message.text() == "Snoozed for 10 minutes. Next reminder 09:40"
    assert "Start now" not in rig.menu_texts()
    assert rig.notifier.closed_ids == []  # the desktop had already closed it
    rig.run_until(MONDAY_9 + timedelta(minutes=41))
    assert len(rig.notifier.shown) == 2  # the snooze comes back, once


def test_skip_in_the_banner_says_what_happens_next(rig: Rig) -> None:
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    rig.banner.skip_button.click()
    assert rig.notifier.closed_ids == [1]  # answered in the window: the notification goes
    assert rig.banner.message.text().startswith("Skipped. Next reminder Tue 09:30")


def test_the_keyboard_path_through_the_app_s_own_notice(plain: Rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    plain.window.show()
    plain.run_until(MONDAY_9 + timedelta(minutes=31))
    assert plain.notifier.shown == [] and plain.notice.isVisible()
    assert QApplication.activeWindow() is not plain.notice  # never takes focus unasked
    shortcut = plain.pending.install_shortcut(plain.window)
    assert shortcut.key().toString() == SHORTCUT
    shortcut.activated.emit()
    assert (
        plain.notice.start_button.hasFocus()
        or plain.notice.focusWidget() is plain.notice.start_button
    )
    qtbot.keyClick(plain.notice.start_button, Qt.Key.Key_Tab)
    assert plain.notice.focusWidget() is plain.notice.snooze_buttons[0]
    qtbot.keyClick(plain.notice.snooze_buttons[0], Qt.Key.Key_Space)
    assert not plain.notice.isVisible()
    assert plain.banner.message.text().startswith("Snoozed for 5 minutes. Next reminder 09:35")


def test_escape_puts_the_notice_away_and_the_banner_keeps_the_reminder(plain: Rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    plain.run_until(MONDAY_9 + timedelta(minutes=31))
    plain.notice.take_focus()
    qtbot.keyClick(plain.notice, Qt.Key.Key_Escape)
    assert not plain.notice.isVisible()
    assert plain.banner.is_pending()
    assert plain.pending.focus()  # Ctrl+Shift+R now reaches the banner
    plain.banner.start_button.click()
    assert plain.started == [("even_5_5", 300)]


def test_back_from_a_locked_screen_one_line_never_a_replay(rig: Rig) -> None:
    rig.presence.set(locked=True)
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.notifier.shown == []
    rig.presence.set(locked=False)
    assert len(rig.notifier.shown) == 1
    _nid, _title, body, actions = rig.notifier.shown[0]
    assert body == "You were away; your next reminder is Tue 09:30" and actions == []
    assert rig.banner.isHidden()
