"""A reminder-scheduler tick answers from the calendar cache: no file is read again while nothing
changed, and the gaps it offers still come from the cached appointments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.reminders.calendar_import import CalendarCache
from mindful_clinic.services.reminders.calendar_read import CalendarRead
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from tests.fakes import FakeTimer

MONDAY_8 = datetime(2026, 3, 30, 8, 0, tzinfo=UTC)


class CountingReader:
    """Stands in for parsing the .ics file: every day 09:00-10:00 and 10:30-12:00 are busy."""

    def __init__(self) -> None:
        self.reads = 0

    def __call__(self, path: str, start: datetime, end: datetime, tz: object) -> CalendarRead:
        self.reads += 1
        busy = []
        day = start.replace(hour=0, minute=0)
        while day < end:
            busy.append((day.replace(hour=9), day.replace(hour=10)))
            busy.append((day.replace(hour=10, minute=30), day.replace(hour=12)))
            day += timedelta(days=1)
        return CalendarRead(path, start, end, busy)


def test_ticks_read_no_calendar_while_nothing_changed(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    path = tmp_path / "rota.ics"
    path.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    store = ReminderStore(SettingsStore(tmp_path / "data"))
    store.set_config(
        ReminderSettings(rules=(ReminderRule("g", "gap", frozenset(range(7))),), timezone="UTC")
    )
    store.add_calendar(path)
    clock = ManualClock(MONDAY_8)
    reader = CountingReader()
    cache = CalendarCache(store.calendar_paths, clock.now, tz=lambda: UTC, reader=reader)
    timers: list[FakeTimer] = []
    scheduler = ReminderScheduler(
        store, clock, lambda cb: timers.append(FakeTimer(cb)) or timers[-1], cache.busy, []
    )
    nexts: list[Reminder | None] = []
    scheduler.next_changed.connect(nexts.append)
    cache.refresh()
    scheduler.start()
    assert reader.reads == 1
    for _ in range(8 * 60):  # a working day of ticks, one a minute
        clock.advance(60)
        scheduler.check_now()
        assert not cache.plan()  # nothing is stale: the tick had no reason to read
    assert reader.reads == 1
    gaps = [
        (r.at.strftime("%H:%M"), r.free_until.strftime("%H:%M"))
        for r in nexts
        if r and r.free_until
    ]
    assert gaps[:2] == [("10:00", "10:30"), ("12:00", "18:00")]  # from the cached appointments
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    cache.refresh()
    assert reader.reads == 2  # the file changed: read once more
