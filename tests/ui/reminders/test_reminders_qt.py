"""The reminder scheduler with a fake clock and a fake timer, and the tray, notice and settings page.

A ``FakeTimer`` stands in for the single-shot QTimer: ``fire_next`` moves the clock by the armed
interval and fires, exactly as the event loop would. A suspend is ``set_wall`` (wall time jumps,
monotonic time does not); a clock set back is ``set_wall`` to an earlier time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mindful_clinic.core.reminders.gaps import Interval
from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.desktop.autostart import Autostart
from mindful_clinic.services.desktop.presence import Presence
from mindful_clinic.services.reminders.calendar_import import CalendarCache
from mindful_clinic.services.reminders.gate import AppActivity, ReminderGate
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.notice import ReminderNotice, reminder_text
from mindful_clinic.ui.reminders.pending import PendingReminder
from mindful_clinic.ui.reminders.settings import ReminderSettingsPage
from mindful_clinic.ui.reminders.tray import Tray
from tests.fakes import FakeTimer

LONDON = ZoneInfo("Europe/London")
MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=LONDON)


class Rig:
    """A scheduler on a fake clock and timer, recording what it emits."""

    def __init__(self, store: ReminderStore, busy: Callable[..., list[Interval]] | None = None):
        self.clock = ManualClock(MONDAY_9)
        self.timers: list[FakeTimer] = []
        self.scheduler = ReminderScheduler(
            store, self.clock, self._make_timer, busy, [("breath", 300)]
        )
        self.due: list[Reminder] = []
        self.missed: list[int] = []
        self.scheduler.reminder_due.connect(self.due.append)
        self.scheduler.missed.connect(self.missed.append)

    def _make_timer(self, callback: Callable[[], None]) -> FakeTimer:
        self.timers.append(FakeTimer(callback))
        return self.timers[-1]

    @property
    def timer(self) -> FakeTimer:
        return self.timers[0]

    def fire_next(self) -> None:
        assert self.timer.active and self.timer.interval_ms is not None
        self.clock.advance(self.timer.interval_ms / 1000)
        self.timer.active = False
        self.timer.callback()

    def run_until(self, wall: datetime) -> None:
        while (
            self.timer.active
            and self.clock.now() + timedelta(milliseconds=self.timer.interval_ms or 0) <= wall
        ):
            self.fire_next()

    def local_times(self) -> list[str]:
        return [r.at.astimezone(LONDON).strftime("%H:%M") for r in self.due]


def every_30(store: ReminderStore) -> None:
    rule = ReminderRule("half-hourly", "interval", every_minutes=30)
    store.set_config(ReminderSettings(rules=(rule,), timezone="Europe/London"))


@pytest.fixture
def store(data_dir: Path) -> ReminderStore:
    s = ReminderStore(SettingsStore(data_dir))
    every_30(s)
    return s


def test_one_timer_armed_for_the_next_reminder_never_polling(store: ReminderStore) -> None:
    rig = Rig(store)
    rig.scheduler.start()
    assert rig.timer.interval_ms == 300_000  # the next reminder (09:30) but at most 5 minutes
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.local_times() == ["09:30"]
    assert rig.timer.starts <= 8  # 6 wake-ups in half an hour, not 1,800
    assert rig.scheduler.next_reminder().at == MONDAY_9 + timedelta(minutes=60)  # type: ignore[union-attr]


def test_no_enabled_rule_means_no_timer(data_dir: Path) -> None:
    s = ReminderStore(SettingsStore(data_dir))
    s.set_config(ReminderSettings(rules=(ReminderRule("x", "gap", enabled=False),)))
    rig = Rig(s)
    rig.scheduler.start()
    assert not rig.scheduler.is_armed()


def test_a_three_hour_sleep_gives_one_gentle_notice_no_burst(store: ReminderStore) -> None:
    rig = Rig(store)
    rig.scheduler.start()
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.local_times() == ["09:30"]
    rig.clock.set_wall(
        rig.clock.now() + timedelta(hours=3)
    )  # suspended: monotonic time stood still
    rig.fire_next()  # the timer's remaining countdown runs out after the wake
    assert rig.missed == [6]  # 10:00 ... 12:30, counted once
    assert rig.local_times() == ["09:30"]  # nothing replayed
    assert rig.scheduler.next_reminder().at.astimezone(LONDON).strftime("%H:%M") == "13:00"  # type: ignore[union-attr]
    rig.run_until(MONDAY_9 + timedelta(hours=4, minutes=1))
    assert rig.local_times() == ["09:30", "13:00"]
    assert rig.missed == [6]


def test_waking_right_at_a_reminder_shows_it_instead_of_a_missed_notice(
    store: ReminderStore,
) -> None:
    rig = Rig(store)
    rig.scheduler.start()
    rig.clock.set_wall(MONDAY_9 + timedelta(hours=1, minutes=56))
    rig.fire_next()  # 11:01: 09:30, 10:00 and 10:30 passed unseen; 11:00 is a minute old
    assert rig.local_times() == ["11:00"]
    assert rig.missed == []  # the reminder itself is the one notice for this wake


def test_each_wake_gives_at_most_one_missed_notice(store: ReminderStore) -> None:
    rig = Rig(store)
    rig.scheduler.start()
    rig.clock.set_wall(MONDAY_9 + timedelta(hours=1, minutes=59))
    rig.fire_next()  # 11:04: the 11:00 reminder is four minutes old, past the grace period
    assert rig.missed == [4] and rig.due == []
    rig.clock.set_wall(MONDAY_9 + timedelta(hours=2, minutes=29))
    rig.fire_next()  # 11:34: the 11:30 one too late as well, one new notice for this wake
    assert rig.missed == [4, 1]


def test_clock_set_back_three_hours_gives_the_next_reminder_after_the_new_time(
    store: ReminderStore,
) -> None:
    rig = Rig(store)
    rig.scheduler.start()
    rig.run_until(MONDAY_9 + timedelta(hours=5, minutes=1))  # up to 14:01
    assert rig.local_times()[-2:] == ["13:30", "14:00"]
    shown = len(rig.due)
    rig.clock.set_wall(rig.clock.now() - timedelta(hours=3))  # the clock put right: 11:01
    rig.fire_next()
    assert len(rig.due) == shown and rig.missed == []
    assert rig.scheduler.next_reminder().at.astimezone(LONDON).strftime("%H:%M") == "11:30"  # type: ignore[union-attr]
    rig.run_until(rig.clock.now() + timedelta(hours=3))  # through wall 14:01 again
    assert rig.local_times()[shown:] == ["11:30", "12:00", "12:30", "13:00", "13:30", "14:00"]
    assert rig.missed == []


def test_every_five_minutes_fires_through_both_passes_of_the_repeated_autumn_hour(
    data_dir: Path,
) -> None:
    from mindful_clinic.core.reminders.rules import TimeWindow

    s = ReminderStore(SettingsStore(data_dir))
    rule = ReminderRule("five", "interval", frozenset(range(7)), every_minutes=5)
    night = TimeWindow(time(0, 0), time(4, 0))  # a night shift's working hours
    s.set_config(ReminderSettings(rules=(rule,), timezone="Europe/London", working_hours=night))
    rig = Rig(s)
    rig.clock.set_wall(datetime(2026, 10, 25, 0, 50, tzinfo=LONDON))  # BST, before the change
    rig.scheduler.start()
    rig.run_until(datetime(2026, 10, 25, 2, 1, tzinfo=UTC))  # 02:01 GMT: 2 h 11 min later
    gaps = {b.at - a.at for a, b in pairwise(rig.due)}
    assert gaps == {timedelta(minutes=5)}  # real elapsed time, the repeated hour included
    assert len(rig.due) == 26  # 00:55 BST ... 01:55 BST, 01:00 GMT ... 02:00 GMT
    assert rig.missed == []


def test_snooze_offers_the_same_reminder_again_later(qtbot, store: ReminderStore) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(store)
    rig.scheduler.start()
    with qtbot.waitSignal(rig.scheduler.reminder_due, timeout=100):
        rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert rig.scheduler.snooze(10)
    nxt = rig.scheduler.next_reminder()
    assert nxt is not None and nxt.kind == "snooze"
    assert nxt.at == MONDAY_9 + timedelta(minutes=40)
    with qtbot.waitSignal(rig.scheduler.reminder_due, timeout=100) as blocker:
        rig.run_until(MONDAY_9 + timedelta(minutes=41))
    assert blocker.args[0].kind == "snooze"
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    assert [r.kind for r in rig.due] == ["interval", "snooze", "interval"]
    assert not rig.scheduler.snooze(5) or rig.scheduler.current() is None


def test_skip_and_snooze_from_the_notice_buttons(qtbot, store: ReminderStore) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(store)
    notice = ReminderNotice(rig.clock, lambda: LONDON)
    qtbot.addWidget(notice)
    presenter = PendingReminder(rig.scheduler, notice)
    rig.scheduler.reminder_due.connect(presenter.offer)
    rig.scheduler.start()
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert notice.isVisible()  # no tray here: the corner notice shows the reminder
    with qtbot.waitSignal(notice.snooze_requested, timeout=100) as blocker:
        qtbot.mouseClick(notice.snooze_buttons[1], Qt.MouseButton.LeftButton)
    assert blocker.args == [10] and not notice.isVisible()
    assert rig.scheduler.next_reminder().kind == "snooze"  # type: ignore[union-attr]
    rig.run_until(MONDAY_9 + timedelta(minutes=41))
    assert notice.isVisible()
    with qtbot.waitSignal(notice.skip_requested, timeout=100):
        qtbot.mouseClick(notice.skip_button, Qt.MouseButton.LeftButton)
    assert rig.scheduler.current() is None and not notice.isVisible()
    assert rig.scheduler.next_reminder().at == MONDAY_9 + timedelta(minutes=60)  # type: ignore[union-attr]
    rig.run_until(MONDAY_9 + timedelta(minutes=61))
    with qtbot.waitSignal(presenter.start_practice, timeout=100) as started:
        qtbot.mouseClick(notice.start_button, Qt.MouseButton.LeftButton)
    assert started.args == ["", 0]  # an interval reminder names no practice: the user picks


def test_no_tray_fallback_shows_a_notice_that_never_takes_focus_unasked(
    qtbot, store: ReminderStore
) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(store)
    tray = Tray(rig.scheduler)
    notice = ReminderNotice(rig.clock, lambda: LONDON, lambda pid: "breathing")
    qtbot.addWidget(notice)
    assert not Tray.available() and not tray.show()  # offscreen: no system tray
    presenter = PendingReminder(rig.scheduler, notice, tray=tray)
    gate = ReminderGate(rig.scheduler, AppActivity(), Presence(), rig._make_timer)
    gate.offer.connect(presenter.offer)
    gate.away.connect(presenter.away)
    rig.scheduler.start()
    rig.run_until(MONDAY_9 + timedelta(minutes=31))
    assert notice.isVisible()
    flags = notice.windowFlags()
    # it may take the keyboard when asked (Ctrl+Shift+R), but showing it never activates it
    assert not flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.activeWindow() is not notice
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.Tool
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    rig.scheduler.missed.emit(3)  # back from a suspend: one line, never a replay
    assert notice.message.text() == "You were away; your next reminder is 10:00"
    tray.close()


def test_reminder_text_for_a_gap() -> None:
    gap = Reminder(
        datetime(2026, 1, 5, 13, 53, tzinfo=LONDON),
        "gap",
        ("g",),
        "resonance",
        300,
        datetime(2026, 1, 5, 14, 0, tzinfo=LONDON),
        True,
    )
    text = reminder_text(gap, gap.at, LONDON, "breathing")
    assert text == "You have 7 minutes before your 14:00. A 5-minute breathing practice?"
    plain = Reminder(gap.at, "fixed", ("f",))
    assert reminder_text(plain, gap.at, LONDON, None) == "A moment for a pause. A short practice?"


def test_tray_menu_is_rebuilt_with_the_current_state(qtbot, store: ReminderStore) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(store)
    tray = Tray(rig.scheduler)
    rig.scheduler.start()
    tray.menu.aboutToShow.emit()
    texts = [a.text() for a in tray.actions()]
    assert "Next reminder at 09:30" in texts and "Pause reminders for 1 hour" in texts
    assert tray.icon.toolTip() == "Mindful Clinic: Next reminder at 09:30"
    pause = next(a for a in tray.actions() if a.text() == "Pause reminders for 1 hour")
    tray.pause_hour_requested.connect(lambda: rig.scheduler.pause_for(60))
    with qtbot.waitSignal(tray.pause_hour_requested, timeout=100):
        pause.trigger()
    tray.menu.aboutToShow.emit()
    texts = [a.text() for a in tray.actions()]
    assert "Reminders paused until 10:00" in texts and "Resume reminders" in texts
    assert rig.scheduler.next_reminder().at == MONDAY_9 + timedelta(hours=1)  # type: ignore[union-attr]
    mute = next(a for a in tray.actions() if a.text() == "Mute sounds")
    with qtbot.waitSignal(tray.mute_toggled, timeout=100) as muted:
        mute.trigger()
    assert muted.args == [True]
    tray.close()


def test_in_session_until_the_appointment_ends(store: ReminderStore) -> None:
    appointment = (MONDAY_9, MONDAY_9 + timedelta(minutes=50))
    rules = (ReminderRule("i", "interval", every_minutes=30), ReminderRule("g", "gap"))
    store.set_config(ReminderSettings(rules=rules, timezone="Europe/London"))
    rig = Rig(store, busy=lambda start, end, tz: [appointment])
    rig.scheduler.start()
    until = rig.scheduler.set_in_session(True, until_appointment_end=True)
    assert until == appointment[1]
    nxt = rig.scheduler.next_reminder()
    assert nxt is not None and nxt.kind == "gap" and nxt.at == appointment[1]
    rig.run_until(MONDAY_9 + timedelta(minutes=51))
    assert [r.kind for r in rig.due] == ["gap"]
    rig.scheduler.set_in_session(True)  # until switched off
    assert rig.scheduler.next_reminder() is None
    rig.scheduler.resume()
    assert rig.scheduler.next_reminder() is not None


def test_pause_until_tomorrow(store: ReminderStore) -> None:
    rig = Rig(store)
    rig.scheduler.start()
    rig.scheduler.pause_until_tomorrow()
    assert rig.scheduler.next_reminder().at == datetime(2026, 1, 6, 8, 30, tzinfo=LONDON)  # type: ignore[union-attr]


def test_settings_page_edits_rules_calendars_hours_and_login(
    qtbot,
    store: ReminderStore,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    empty = tmp_path / "empty.ics"
    empty.write_text("", encoding="utf-8")
    cache = CalendarCache(store.calendar_paths, lambda: MONDAY_9, store.record_calendar)
    auto = Autostart(config_home=tmp_path / "config", command=["mindful-clinic"], platform="linux")
    page = ReminderSettingsPage(store, cache, auto, choose_files=lambda _parent: [str(empty)])
    qtbot.addWidget(page)
    page.add_calendar.click()
    assert "empty.ics: could not be read: is empty" in page.calendar_list.item(0).text()
    page.new_rule.click()
    page.times.setText("12:30, 25:00")
    page.save_rule.click()
    assert "Not saved" in page.message.text() and len(store.config.rules) == 1
    page.times.setText("12:30, 16:00")
    page.save_rule.click()
    assert [r.kind for r in store.config.rules] == ["interval", "fixed"]
    assert page.rules_list.item(1).text().startswith("At 12:30, 16:00")
    page.min_gap.setValue(10)
    assert store.config.min_gap_minutes == 10
    page.work_start.setTime(page.work_end.time())
    page.work_start.editingFinished.emit()
    assert "Not saved" in page.message.text()
    assert store.config.working_hours.start == time(8, 0)
    page.autostart_box.setChecked(True)
    assert auto.is_enabled()
    page.remove_rule.click()
    assert len(store.config.rules) == 1


def test_calendar_watcher_rereads_a_replaced_file(
    qtbot, store: ReminderStore, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.services.reminders.calendar_watcher import CalendarWatcher

    path = tmp_path / "clinic.ics"
    path.write_text("", encoding="utf-8")
    store.add_calendar(path)
    cache = CalendarCache(store.calendar_paths, lambda: MONDAY_9, store.record_calendar)
    cache.refresh()
    assert store.calendars[0].last_error == "is empty"
    watcher = CalendarWatcher(cache, store.calendar_paths, debounce_ms=10)
    assert str(path) in watcher.watched() and str(tmp_path) in watcher.watched()
    fresh = tmp_path / "export.tmp"
    fresh.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTART:20260105T100000Z\r\nDTEND:20260105T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        fresh.replace(path)  # how exporters and sync tools write: a new file renamed over the old
    assert store.calendars[0].last_error is None
    assert cache.busy(MONDAY_9, MONDAY_9 + timedelta(days=1), LONDON)
