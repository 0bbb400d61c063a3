"""Calendar costs at 50,000 events: parse once (against icalendar's own floor), then flat ticks.

Keys (targets in the README):
- ``calendar_parse_s_50k``: ``read_window`` on the file (what the worker thread does once per change),
  median of 3; ``calendar_parse_floor_s_50k``: ``icalendar.Calendar.from_ical`` alone on the same bytes,
  in the same run. Target: parse <= 1.1 x floor.
- ``calendar_tick_ms_50k``: one reminder-scheduler tick (interval, fixed and gap rules) answering from
  the cache, median of 200. Target <= 5 ms.
- ``calendar_rss_mb_50k``: resident memory of a fresh process after reading the file. Target <= 150 MB.

The calendar is generated here (never committed): five years of single appointments in a VTIMEZONE
zone, about 27 a working day, plus 200 weekly series.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

UNBOUNDED: object = None
"""The time cap lifted: the bench measures the work, not the cap (this machine may be busy)."""
EVENTS = 50_000
SERIES = 200
NOW = datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
ZONE = """BEGIN:VTIMEZONE\r
TZID:Europe/London\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0000\r
TZOFFSETTO:+0100\r
TZNAME:BST\r
DTSTART:19700329T010000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0000\r
TZNAME:GMT\r
DTSTART:19701025T020000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
"""


def make_calendar(path: Path, events: int = EVENTS) -> None:
    parts = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//mindful_clinic bench//EN\r\n", ZONE]
    day, slot, n = date(2023, 4, 3), 0, 0
    while n < events - SERIES:
        if day.weekday() < 5:
            minute = 8 * 60 + slot * 20
            start = f"{day:%Y%m%d}T{minute // 60:02d}{minute % 60:02d}00"
            end_minute = minute + 15
            end = f"{day:%Y%m%d}T{end_minute // 60:02d}{end_minute % 60:02d}00"
            parts.append(
                f"BEGIN:VEVENT\r\nUID:single-{n}@bench\r\nDTSTAMP:20230101T000000Z\r\n"
                f"SUMMARY:Appointment {n}\r\nDTSTART;TZID=Europe/London:{start}\r\n"
                f"DTEND;TZID=Europe/London:{end}\r\nEND:VEVENT\r\n"
            )
            n += 1
        slot += 1
        if slot == 27:
            slot, day = 0, day + timedelta(days=1)
    for s in range(SERIES):
        hour = 7 + s % 11
        parts.append(
            f"BEGIN:VEVENT\r\nUID:series-{s}@bench\r\nDTSTAMP:20230101T000000Z\r\n"
            f"SUMMARY:Weekly {s}\r\nDTSTART;TZID=Europe/London:20240101T{hour:02d}0000\r\n"
            f"DTEND;TZID=Europe/London:20240101T{hour:02d}1000\r\n"
            f"RRULE:FREQ=WEEKLY;BYDAY={['MO', 'TU', 'WE', 'TH', 'FR'][s % 5]}\r\nEND:VEVENT\r\n"
        )
    parts.append("END:VCALENDAR\r\n")
    path.write_text("".join(parts), encoding="utf-8")


RSS_CHILD = r"""
import sys
from datetime import UTC, datetime, timedelta
from mindful_clinic.services.reminders.calendar_read import Limits, read_window
now = datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
limits = Limits(max_seconds=600)
got = read_window(sys.argv[1], now - timedelta(days=3), now + timedelta(days=16), UTC, limits)
assert got.busy
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]) / 1024)
"""


def parse_times(path: Path) -> tuple[float, float]:
    import icalendar

    from mindful_clinic.services.reminders.calendar_read import Limits, read_window

    global UNBOUNDED
    UNBOUNDED = Limits(max_seconds=600)
    ours, floor = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        icalendar.Calendar.from_ical(path.read_bytes())
        floor.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        read_window(path, NOW - timedelta(days=3), NOW + timedelta(days=16), UTC, UNBOUNDED)
        ours.append(time.perf_counter() - t0)
    return statistics.median(ours), statistics.median(floor)


def tick_ms(path: Path, folder: Path) -> float:
    from datetime import time as wall

    from PySide6.QtCore import QCoreApplication

    from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.services.reminders.calendar_import import CalendarCache
    from mindful_clinic.services.reminders.store import ReminderStore
    from mindful_clinic.services.reminders.timer import ReminderScheduler
    from mindful_clinic.services.storage.settings import SettingsStore

    _app = QCoreApplication.instance() or QCoreApplication([])
    store = ReminderStore(SettingsStore(folder))
    days = frozenset(range(7))
    rules = (
        ReminderRule("i", "interval", days, every_minutes=30),
        ReminderRule("f", "fixed", days, (wall(12, 30),)),
        ReminderRule("g", "gap", days),
    )
    store.set_config(ReminderSettings(rules=rules, timezone="Europe/London"))
    store.add_calendar(path)
    clock = ManualClock(NOW)
    cache = CalendarCache(
        store.calendar_paths, clock.now, tz=lambda: scheduler.tz, limits=UNBOUNDED
    )

    class Timer:
        def start(self, msec: int) -> None: ...
        def stop(self) -> None: ...
        def is_active(self) -> bool:
            return False

    scheduler = ReminderScheduler(store, clock, lambda _cb: Timer(), cache.busy, [("breath", 300)])
    cache.refresh()
    scheduler.start()
    times = []
    for _ in range(200):
        clock.advance(60)
        t0 = time.perf_counter()
        scheduler.check_now()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="mc-bench-cal-") as tmp:
        path = Path(tmp) / "hospital.ics"
        make_calendar(path)
        rss = subprocess.run(
            [sys.executable, "-c", RSS_CHILD, str(path)],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        if rss.returncode != 0:
            raise RuntimeError(f"bench_calendar child failed:\n{rss.stderr[-2000:]}")
        parse_s, floor_s = parse_times(path)
        data = Path(tmp) / "data"
        data.mkdir()
        tick = tick_ms(path, data)
    return {
        "calendar_tick_ms_50k": round(tick, 3),
        "calendar_parse_s_50k": round(parse_s, 3),
        "calendar_parse_floor_s_50k": round(floor_s, 3),
        "calendar_rss_mb_50k": round(float(rss.stdout.strip().splitlines()[-1]), 1),
    }


if __name__ == "__main__":
    print(json.dumps(measure()))
