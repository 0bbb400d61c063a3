"""Busy time from real-looking .ics exports (Outlook, Google, recurring, moved, all-day, broken files).

Every fixture is written here, in the shapes those programs produce, so a reader sees exactly what
each test feeds in. Busy intervals come back as UTC instants; ``local`` turns them into the wall
times a clinician would read.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mindful_clinic.core.reminders.gaps import find_gaps
from mindful_clinic.core.time.zones import at_wall
from mindful_clinic.services.reminders.calendar_import import (
    MAX_FILE_BYTES,
    CalendarError,
    busy_from_files,
)
from mindful_clinic.services.reminders.calendar_read import CalendarRead, read_window

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

OUTLOOK_TZ = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def ics(body: str, header: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//mindful_clinic tests//EN"]
    lines += [line for line in header.splitlines() if line.strip()]
    lines += [line.strip() for line in body.strip().splitlines() if line.strip()]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def event(uid: str, start: str, end: str, *extra: str, tzid: str | None = None) -> str:
    zone = f";TZID={tzid}" if tzid else ""
    value = ";VALUE=DATE" if len(start) == 8 else ""
    return "\n".join(
        [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART{zone}{value}:{start}",
            f"DTEND{zone}{value}:{end}",
            *extra,
            "END:VEVENT",
        ]
    )


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def day_busy(path: Path, day: date, tz: ZoneInfo = LONDON) -> list[tuple[str, str]]:
    start, end = (
        at_wall(day, time(0), tz),
        at_wall(date.fromordinal(day.toordinal() + 1), time(0), tz),
    )
    return [(local(s, tz), local(e, tz)) for s, e in busy_from_files([path], start, end, tz)[0]]


def local(moment: datetime, tz: ZoneInfo = LONDON) -> str:
    return moment.astimezone(tz).strftime("%H:%M")


MONDAY = date(2026, 3, 30)  # the first Monday of British Summer Time


def test_outlook_export_with_vtimezone_and_busy_status(tmp_path: Path) -> None:
    body = "\n".join(
        [
            event("busy", "20260330T090000", "20260330T100000", tzid="GMT Standard Time"),
            event(
                "free",
                "20260330T110000",
                "20260330T120000",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                tzid="GMT Standard Time",
            ),
            event(
                "tentative",
                "20260330T140000",
                "20260330T143000",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                tzid="GMT Standard Time",
            ),
            event(
                "oof",
                "20260330T160000",
                "20260330T170000",
                "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
                tzid="GMT Standard Time",
            ),
            event(
                "allday-outlook",
                "20260330",
                "20260331",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            ),
        ]
    )
    path = write(tmp_path, "outlook.ics", ics(OUTLOOK_TZ + "\n" + body, "METHOD:PUBLISH"))
    assert day_busy(path, MONDAY) == [("09:00", "10:00"), ("14:00", "14:30"), ("16:00", "17:00")]


def test_outlook_weekly_meeting_keeps_its_wall_time_across_the_clock_change(tmp_path: Path) -> None:
    body = event(
        "weekly",
        "20260323T090000",
        "20260323T100000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        tzid="GMT Standard Time",
    )
    path = write(tmp_path, "weekly.ics", ics(OUTLOOK_TZ + "\n" + body))
    assert day_busy(path, date(2026, 3, 23)) == [("09:00", "10:00")]  # GMT
    assert day_busy(path, MONDAY) == [("09:00", "10:00")]  # BST


def test_google_export_in_utc_skips_cancelled_and_transparent(tmp_path: Path) -> None:
    body = "\n".join(
        [
            event("g1", "20260330T080000Z", "20260330T090000Z"),  # 09:00-10:00 BST
            event("g2", "20260330T100000Z", "20260330T110000Z", "STATUS:CANCELLED"),
            event("g3", "20260330T120000Z", "20260330T130000Z", "TRANSP:TRANSPARENT"),
            event("g4", "20260330T140000Z", "20260330T143000Z", "TRANSP:OPAQUE"),
        ]
    )
    header = "CALSCALE:GREGORIAN\nX-WR-CALNAME:Clinic\nX-WR-TIMEZONE:Europe/London"
    path = write(tmp_path, "google.ics", ics(body, header))
    assert day_busy(path, MONDAY) == [("09:00", "10:00"), ("15:00", "15:30")]


def test_weekly_rrule_with_exdate_rdate_and_a_moved_occurrence(tmp_path: Path) -> None:
    series = event(
        "clinic",
        "20260105T100000",
        "20260105T110000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10",
        "EXDATE;TZID=Europe/London:20260112T100000",
        "RDATE;TZID=Europe/London:20260114T150000",
        tzid="Europe/London",
    )
    moved = event(
        "clinic",
        "20260119T133000",
        "20260119T143000",
        "RECURRENCE-ID;TZID=Europe/London:20260119T100000",
        tzid="Europe/London",
    )
    cancelled_one = event(
        "clinic",
        "20260126T100000",
        "20260126T110000",
        "RECURRENCE-ID;TZID=Europe/London:20260126T100000",
        "STATUS:CANCELLED",
        tzid="Europe/London",
    )
    path = write(tmp_path, "rota.ics", ics("\n".join([series, moved, cancelled_one])))
    assert day_busy(path, date(2026, 1, 5)) == [("10:00", "11:00")]
    assert day_busy(path, date(2026, 1, 12)) == []  # EXDATE
    assert day_busy(path, date(2026, 1, 14)) == [("15:00", "16:00")]  # RDATE
    assert day_busy(path, date(2026, 1, 19)) == [("13:30", "14:30")]  # moved
    assert day_busy(path, date(2026, 1, 26)) == []  # that one occurrence cancelled
    assert day_busy(path, date(2026, 2, 2)) == [("10:00", "11:00")]


def test_all_day_and_transparent_events_are_not_busy(tmp_path: Path) -> None:
    body = "\n".join(
        [
            event("holiday", "20260330", "20260331"),
            event("leave", "20260329", "20260402", "TRANSP:OPAQUE"),
            event("reminder", "20260330T120000Z", "20260330T123000Z", "TRANSP:TRANSPARENT"),
        ]
    )
    path = write(tmp_path, "allday.ics", ics(body))
    assert day_busy(path, MONDAY) == []


def test_overlapping_back_to_back_and_edge_crossing_events_make_the_right_gaps(
    tmp_path: Path,
) -> None:
    z = "Europe/London"
    body = "\n".join(
        [
            event("early", "20260330T073000", "20260330T083000", tzid=z),  # crosses 08:00
            event("a", "20260330T090000", "20260330T100000", tzid=z),
            event("b", "20260330T093000", "20260330T103000", tzid=z),  # overlaps a
            event("c", "20260330T103000", "20260330T110000", tzid=z),  # back-to-back with b
            event("d", "20260330T115300", "20260330T140000", tzid=z),
            event("late", "20260330T174500", "20260330T190000", tzid=z),  # crosses 18:00
        ]
    )
    path = write(tmp_path, "day.ics", ics(body))
    opens, closes = at_wall(MONDAY, time(8), LONDON), at_wall(MONDAY, time(18), LONDON)
    busy, _notes = busy_from_files([path], opens, closes, LONDON)
    assert [(local(s), local(e)) for s, e in busy] == [
        ("08:00", "08:30"),
        ("09:00", "11:00"),
        ("11:53", "14:00"),
        ("17:45", "18:00"),
    ]
    gaps = find_gaps(busy, opens, closes, 5)
    assert [(local(g.start), local(g.end), g.minutes) for g in gaps] == [
        ("08:30", "09:00", 30),
        ("11:00", "11:53", 53),
        ("14:00", "17:45", 225),
    ]


def test_floating_times_are_the_users_own_zone(tmp_path: Path) -> None:
    path = write(tmp_path, "floating.ics", ics(event("f", "20260309T090000", "20260309T093000")))
    assert day_busy(path, date(2026, 3, 9), NEW_YORK) == [("09:00", "09:30")]
    assert day_busy(path, date(2026, 3, 9), LONDON) == [("09:00", "09:30")]


def test_floating_event_filling_the_whole_window_is_found(tmp_path: Path) -> None:
    path = write(tmp_path, "floating.ics", ics(event("f", "20260330T090000", "20260330T100000")))
    opens, closes = at_wall(MONDAY, time(9), LONDON), at_wall(MONDAY, time(10), LONDON)
    assert busy_from_files([path], opens, closes, LONDON) == ([(opens, closes)], [])


def test_new_york_zone_by_name_across_its_spring_change(tmp_path: Path) -> None:
    body = event(
        "ny",
        "20260302T090000",
        "20260302T100000",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        tzid="America/New_York",
    )
    path = write(tmp_path, "ny.ics", ics(body))
    for day in (date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)):
        assert day_busy(path, day, NEW_YORK) == [("09:00", "10:00")]


def test_latin1_text_does_not_stop_the_times_being_read(tmp_path: Path) -> None:
    text = ics(event("x", "20260330T080000Z", "20260330T090000Z", "SUMMARY:Réunion café"))
    path = write(tmp_path, "latin1.ics", text.encode("latin-1"))
    assert day_busy(path, MONDAY) == [("09:00", "10:00")]


BROKEN = {
    "random.ics": (bytes(range(256)) * 8, "binary data"),
    "truncated.ics": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260330T0900",
        "damaged or incomplete",
    ),
    "utf16.ics": (
        ics(event("x", "20260330T080000Z", "20260330T090000Z")).encode("utf-16"),
        "UTF-16",
    ),
    "empty.ics": (b"", "is empty"),
    "blank.ics": (b"  \r\n\r\n", "is empty"),
    "notes.ics": (b"Shopping list\nmilk\n", "not an iCalendar file"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_malformed_files_give_one_clear_line_naming_the_file(tmp_path: Path, name: str) -> None:
    data, words = BROKEN[name]
    path = write(tmp_path, name, data)
    with pytest.raises(CalendarError) as caught:
        read(path)
    message = str(caught.value)
    assert name in message and words in message
    assert "\n" not in message


def test_an_unreadable_rule_is_left_out_and_named(tmp_path: Path) -> None:
    text = ics(
        event("x", "20260330T080000Z", "20260330T090000Z", "RRULE:FREQ=SOMETIMES")
        + "\n"
        + event("y", "20260330T100000Z", "20260330T110000Z")
    )
    path = write(tmp_path, "badrule.ics", text)
    got = read(path)
    assert got.problem is not None and "repeat rule cannot be read" in got.problem
    assert [(local(s, LONDON), local(e, LONDON)) for s, e in got.busy] == [("11:00", "12:00")]


def test_huge_missing_and_folder_paths(tmp_path: Path) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(CalendarError, match=r"huge\.ics: is too large"):
        read(huge)
    with pytest.raises(CalendarError, match=r"missing\.ics: file not found"):
        read(tmp_path / "missing.ics")
    with pytest.raises(CalendarError, match="is a folder"):
        read(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "private.ics", ics(""))
    path.chmod(0)
    with pytest.raises(CalendarError, match=r"private\.ics: cannot be read"):
        read(path)


def read(path: Path) -> CalendarRead:
    """The file's busy time on MONDAY (London), as the cache and ``calendar gaps`` read it."""
    start = at_wall(MONDAY, time(0), LONDON)
    return read_window(path, start, start + timedelta(days=1), LONDON)
