"""Calendars are read in a worker thread and delivered to the window's thread by a signal."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mindful_clinic.services.reminders.calendar_import import CalendarCache
from mindful_clinic.services.reminders.calendar_read import read_window
from mindful_clinic.services.reminders.calendar_watcher import CalendarWatcher

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
    "DTSTART:20260105T100000Z\r\nDTEND:20260105T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_refresh_returns_at_once_and_the_busy_time_arrives_from_a_worker(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "clinic.ics"
    path.write_text(ICS, encoding="utf-8")
    threads: list[threading.Thread] = []

    def reader(p: str, s: datetime, e: datetime, z: object) -> object:
        threads.append(threading.current_thread())
        return read_window(p, s, e, z)  # type: ignore[arg-type]

    cache = CalendarCache(lambda: [str(path)], lambda: NOW, tz=lambda: UTC, reader=reader)  # type: ignore[arg-type]
    watcher = CalendarWatcher(cache, lambda: [str(path)], debounce_ms=10)
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        watcher.refresh()
        assert cache.busy(NOW, NOW + timedelta(days=1), UTC) is None  # not read yet: no wait
    assert threads and threads[0] is not threading.main_thread()
    assert cache.busy(NOW, NOW + timedelta(days=1), UTC) == [
        (NOW + timedelta(hours=1), NOW + timedelta(hours=2))
    ]
    watcher.close()


def test_an_exception_in_the_worker_becomes_a_line_for_that_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.ics"
    path.write_text(ICS, encoding="utf-8")

    def broken(p: str, s: datetime, e: datetime, z: object) -> object:
        raise AttributeError("'NoneType' object has no attribute 'dt'")

    recorded: dict[str, str | None] = {}
    cache = CalendarCache(
        lambda: [str(path)],
        lambda: NOW,
        lambda p, _w, e: recorded.update({p: e}),
        tz=lambda: UTC,
        reader=broken,  # type: ignore[arg-type]
    )
    watcher = CalendarWatcher(cache, lambda: [str(path)])
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        watcher.refresh()
    assert recorded[str(path)] is not None and "no attribute" in recorded[str(path)]  # type: ignore[operator]
    assert cache.error(str(path)) is not None and cache.error(str(path)).startswith("odd.ics:")  # type: ignore[union-attr]
    watcher.close()
