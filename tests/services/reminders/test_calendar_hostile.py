"""Hostile calendars: rules that never end, huge files, spliced garbage. Each gives an answer or one
clear line naming the file, and the good calendars still count. Limits are lowered here so the
tests stay fast; the defaults are the same code with larger numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mindful_clinic.services.reminders.calendar_import import CalendarCache, busy_from_files
from mindful_clinic.services.reminders.calendar_read import CalendarError, Limits, read_window

NOW = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)
GOOD = (
    "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Clinic\r\nDTSTART:20260330T100000Z\r\n"
    "DTEND:20260330T110000Z\r\nEND:VEVENT\r\n"
)


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )


def repeating(rule: str, start: str = "20260101T090000Z") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Rota\r\nDTSTART:{start}\r\n"
        f"DTEND:{start[:-5]}3000Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
    )


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;INTERVAL=0", "INTERVAL=0"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0"),
        ("FREQ=SOMETIMES", "cannot be read"),
        ("FREQ=MINUTELY;COUNT=10000000", "too often"),
    ],
)
def test_a_rule_that_would_loop_is_left_out_and_named(
    tmp_path: Path, rule: str, words: str
) -> None:
    start = "20010101T090000Z" if "MINUTELY" in rule else "20260101T090000Z"
    path = tmp_path / "rota.ics"
    path.write_text(calendar(repeating(rule, start), GOOD), encoding="utf-8")
    got = read_window(path, NOW, NOW + timedelta(days=1), UTC)
    assert got.problem is not None and "“Rota”" in got.problem and words in got.problem
    assert got.busy == [(NOW + timedelta(hours=1), NOW + timedelta(hours=2))]  # the rest counts


def test_a_file_past_the_event_cap_gives_one_line(tmp_path: Path) -> None:
    event = "BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z\r\nEND:VEVENT\r\n"
    path = tmp_path / "huge.ics"
    path.write_text(calendar(*(event.format(n=n) for n in range(100_000))), encoding="utf-8")
    with pytest.raises(CalendarError) as caught:
        read_window(path, NOW, NOW + timedelta(days=1), UTC, Limits(max_events=50_000))
    assert str(caught.value).startswith("huge.ics: has 100,000 events") and "\n" not in str(
        caught.value
    )


def test_a_file_past_the_time_cap_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "slow.ics"
    path.write_text(calendar(GOOD * 200), encoding="utf-8")
    with pytest.raises(CalendarError, match=r"slow\.ics: took longer than 0 s"):
        read_window(path, NOW, NOW + timedelta(days=1), UTC, Limits(max_seconds=0))


def test_too_many_appointments_in_the_window_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "busy.ics"
    path.write_text(calendar(repeating("FREQ=MINUTELY;INTERVAL=5", "20260330T000000Z")), "utf-8")
    with pytest.raises(CalendarError, match="more than 100 appointments"):
        read_window(path, NOW, NOW + timedelta(days=1), UTC, Limits(max_occurrences=100))


def test_a_spliced_file_never_stops_the_good_calendars(tmp_path: Path) -> None:
    good = tmp_path / "good.ics"
    good.write_text(calendar(GOOD), encoding="utf-8")
    spliced = tmp_path / "spliced.ics"
    half = calendar(GOOD)
    spliced.write_bytes(
        half[:60].encode()
        + b"BEGIN:VEVENT\r\nDTSTART:\x00\xff\r\nEND:VEVENT\r\n"
        + half[60:].encode()
    )
    paths = [str(spliced), str(good)]
    recorded: list[tuple[str, str | None]] = []
    cache = CalendarCache(
        lambda: paths, lambda: NOW, lambda p, _w, e: recorded.append((p, e)), tz=lambda: UTC
    )
    cache.refresh()
    assert cache.busy(NOW, NOW + timedelta(days=1), UTC) == [
        (NOW + timedelta(hours=1), NOW + timedelta(hours=2))
    ]
    assert dict(recorded)[str(good)] is None


def test_calendar_gaps_reads_the_same_cache_for_the_day(tmp_path: Path) -> None:
    path = tmp_path / "rota.ics"
    path.write_text(calendar(repeating("FREQ=DAILY;COUNT=400"), GOOD), encoding="utf-8")
    busy, notes = busy_from_files([path], NOW, NOW + timedelta(hours=9), UTC)
    assert busy == [
        (NOW, NOW + timedelta(minutes=30)),
        (NOW + timedelta(hours=1), NOW + timedelta(hours=2)),
    ]
    assert notes == []


def test_a_tick_reads_memory_only_one_read_per_change(tmp_path: Path) -> None:
    path = tmp_path / "rota.ics"
    path.write_text(calendar(repeating("FREQ=DAILY"), GOOD), encoding="utf-8")
    reads: list[str] = []

    def counting(p: str, s: datetime, e: datetime, z: object) -> object:
        reads.append(p)
        return read_window(p, s, e, z)  # type: ignore[arg-type]

    now = [NOW]
    cache = CalendarCache(lambda: [str(path)], lambda: now[0], tz=lambda: UTC, reader=counting)  # type: ignore[arg-type]
    cache.refresh()
    for minute in range(0, 24 * 60, 5):  # a day of scheduler ticks, two windows each
        now[0] = NOW + timedelta(minutes=minute)
        cache.busy(now[0] - timedelta(days=2), now[0] + timedelta(days=10), UTC)
        cache.busy(now[0], now[0] + timedelta(minutes=5), UTC)
        assert not cache.plan()
    assert reads == [str(path)]  # parsed once, never per tick
    path.write_text(calendar(GOOD), encoding="utf-8")
    cache.refresh()
    assert len(reads) == 2  # the file changed: read once more
    now[0] = NOW + timedelta(days=3)  # days passed: the window is extended once
    stale: list[int] = []
    cache.on_stale = lambda: stale.append(1)
    cache.busy(now[0], now[0] + timedelta(days=1), UTC)
    cache.busy(now[0], now[0] + timedelta(days=1), UTC)
    assert stale == [1] and len(cache.plan()) == 1
