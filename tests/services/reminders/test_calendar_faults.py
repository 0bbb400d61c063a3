"""A calendar with a few bad events: each is left out and counted, the rest of the file counts.

QA found one unreadable event (``DTSTART:2026120``, ``EXDATE:garbage``, a year-9999 time, a
``DURATION`` of two million years) refused the whole calendar, 50,000 ``BEGIN:VEVENT`` lines with
no end (700 KB) took 135 s to cut into events, and ``/dev/zero`` was read until memory ran out.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mindful_clinic.services.reminders.calendar_import import CalendarCache, busy_from_files
from mindful_clinic.services.reminders.calendar_read import (
    LIMITS,
    CalendarError,
    CalendarRead,
    Limits,
    read_window,
)

NOW = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)
GOOD = (
    "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Clinic\r\nDTSTART:20260330T100000Z\r\n"
    "DTEND:20260330T110000Z\r\nEND:VEVENT\r\n"
)
CLINIC = [(NOW + timedelta(hours=1), NOW + timedelta(hours=2))]


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )


def bad(*lines: str, uid: str = "bad") -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Supervision\r\n{body}END:VEVENT\r\n"


def read(path: Path, limits: Limits = LIMITS) -> CalendarRead:
    return read_window(path, NOW, NOW + timedelta(days=1), UTC, limits)


BAD_EVENTS = {
    "unreadable start": (
        ("DTSTART:2026120", "DTEND:20260330T120000Z"),
        "its start time could not be read",
    ),
    "year 9999 in New York": (
        (
            "DTSTART;TZID=America/New_York:99991231T233000",
            "DTEND;TZID=America/New_York:99991231T235900",
        ),
        "its start time is too far in the past or future",
    ),
    "year 1 in Tokyo": (
        ("DTSTART;TZID=Asia/Tokyo:00010101T000000", "DTEND;TZID=Asia/Tokyo:00010101T010000"),
        "its start time is too far",
    ),
    "huge duration": (("DTSTART:20260330T130000Z", "DURATION:P99999999W"), "its end is too far"),
    "unreadable EXDATE": (
        (
            "DTSTART:20260330T130000Z",
            "DTEND:20260330T140000Z",
            "RRULE:FREQ=DAILY",
            "EXDATE:garbage",
        ),
        "its skipped dates (EXDATE) could not be read",
    ),
    "unreadable RDATE": (
        ("DTSTART:20260330T130000Z", "DTEND:20260330T140000Z", "RDATE:garbage"),
        "its extra dates (RDATE) could not be read",
    ),
    "unreadable RECURRENCE-ID": (
        ("DTSTART:20260330T130000Z", "DTEND:20260330T140000Z", "RECURRENCE-ID:garbage"),
        "the date of the occurrence it moves could not be read",
    ),
    "no start": (("DTEND:20260330T140000Z",), "it has no start time"),
    "end before start": (
        ("DTSTART:20260330T150000Z", "DTEND:20260330T140000Z"),
        "it ends before it starts",
    ),
    "negative duration": (
        ("DTSTART:20260330T150000Z", "DURATION:-PT1H"),
        "it ends before it starts",
    ),
    "two starts": (
        ("DTSTART:20260330T150000Z", "DTSTART:20260330T160000Z", "DTEND:20260330T170000Z"),
        "its start time is given more than once",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_EVENTS))
def test_one_bad_event_is_left_out_and_named_the_others_count(tmp_path: Path, case: str) -> None:
    lines, words = BAD_EVENTS[case]
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(GOOD, bad(*lines)), encoding="utf-8")
    got = read(path)
    assert got.busy == CLINIC
    problem = got.problem
    assert (
        problem is not None and words in problem and problem.endswith("the other events are used")
    )
    assert "Supervision" in problem and "broken property" not in problem and "vDDD" not in problem


def test_many_bad_events_are_counted_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "clinic.ics"
    events = [bad("DTSTART:2026120", uid=f"b{n}") for n in range(3)]
    path.write_text(calendar(*events[:2], GOOD, events[2]), encoding="utf-8")
    got = read(path)
    assert got.busy == CLINIC
    assert got.problem == (
        "left out 3 events that could not be used (the first: the event “Supervision” at line 4: "
        "its start time could not be read); the other events are used"
    )


def test_an_all_day_repeating_event_is_not_busy_and_not_a_problem(tmp_path: Path) -> None:
    birthday = "DTSTART;VALUE=DATE:20000330", "DTEND;VALUE=DATE:20000331", "RRULE:FREQ=YEARLY"
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(GOOD, bad(*birthday)), encoding="utf-8")
    got = read(path)
    assert got.busy == CLINIC and got.problem is None


def hostile(events: int, *rest: str) -> str:
    return "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * events + "".join(rest) + "END:VCALENDAR\r\n"


def test_events_with_no_end_are_cut_in_one_pass_and_left_out(tmp_path: Path) -> None:
    """20,000 unended events took the old cutting about 20 s (10,000 took 5 s) before any deadline
    was looked at; now the file is cut well inside a deadline of a few seconds, and the one event
    that does end is used."""
    path = tmp_path / "cut.ics"
    path.write_text(hostile(20_000, GOOD), encoding="utf-8")
    got = read(path, Limits(max_seconds=5))
    assert got.busy == CLINIC and got.problem is not None
    assert got.problem.startswith(
        "left out 20,000 events that could not be used (the first: the event at line 2: "
        "it has no END:VEVENT)"
    )


def test_a_file_of_unended_events_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.ics"
    path.write_text(hostile(20_000), encoding="utf-8")
    with pytest.raises(CalendarError) as caught:
        read(path, Limits(max_seconds=5))
    assert str(caught.value) == (
        "cut.ics: is damaged or incomplete: none of its 20,000 events could be used; "
        "the event at line 2: it has no END:VEVENT"
    )


def test_fifty_thousand_time_zones_are_found_in_one_pass_and_read_only_when_named(
    tmp_path: Path,
) -> None:
    """Every VTIMEZONE was parsed before any event: 50,000 zones (7 MB) took about 7 s, and one
    broken zone among them refused the file. Now a zone is read only when an event names it, so
    the file is read well inside a deadline of a few seconds and only the broken zone in use and
    its event are left out."""
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Zone {n}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    zones = [zone.format(n=n, offset="+0100") for n in range(50_000)]
    zones[-1] = zone.format(n="broken", offset="garbage")
    path = tmp_path / "zones.ics"
    path.write_text(
        calendar(*zones, bad("DTSTART;TZID=Zone broken:20260330T150000"), GOOD), "utf-8"
    )
    got = read(path, Limits(max_seconds=5))
    assert got.busy == CLINIC
    assert got.left_out[0] == "the time zone “Zone broken” at line 399996: it could not be read"
    assert len(got.left_out) == 2 and "Supervision" in got.left_out[1]


def test_the_deadline_covers_cutting_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.ics"
    path.write_text(hostile(5_000, GOOD), encoding="utf-8")
    with pytest.raises(CalendarError, match=r"cut\.ics: took longer than 0 s"):
        read(path, Limits(max_seconds=0))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.ics"
    os.mkfifo(pipe)
    with pytest.raises(CalendarError, match=r"pipe\.ics: is not a calendar file \(it is a device"):
        read(pipe)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_refused_before_it_is_read() -> None:
    with pytest.raises(CalendarError, match="is not a calendar file"):
        read(Path("/dev/zero"))


def test_calendar_gaps_gets_the_count_and_the_first_reason(tmp_path: Path) -> None:
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(GOOD, bad("DTSTART:2026120"), bad("DURATION:PT1H")), encoding="utf-8")
    busy, notes = busy_from_files([path], NOW, NOW + timedelta(hours=9), UTC)
    assert busy == CLINIC
    first = "the event “Supervision” at line 10: its start time could not be read"
    assert [(n.path, n.count, n.first) for n in notes] == [(str(path), 2, first)]


def test_the_app_hears_of_the_left_out_events_once(tmp_path: Path) -> None:
    """The watcher's path: the cache reports one line per file to the store (the settings page)."""
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(GOOD, bad("DTSTART:2026120"), bad("EXDATE:x")), encoding="utf-8")
    recorded: list[tuple[str, str | None]] = []
    cache = CalendarCache(
        lambda: [str(path)], lambda: NOW, lambda p, _w, e: recorded.append((p, e)), tz=lambda: UTC
    )
    cache.refresh()
    assert cache.busy(NOW, NOW + timedelta(days=1), UTC) == CLINIC
    assert len(recorded) == 1 and cache.error(str(path)) is None
    said = recorded[0][1]
    assert said is not None and said.startswith("left out 2 events that could not be used")
