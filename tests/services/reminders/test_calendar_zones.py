"""A calendar with a broken time zone (VTIMEZONE): the zone is left out and said like a bad event,
events that name it keep their times when its TZID is a zone name the library knows, otherwise
they are left out and counted, and every other event counts.

QA found one broken VTIMEZONE refused the whole file ("is damaged or incomplete (it could not be
read)"), so the clinician's reminders lost every calendar gap.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mindful_clinic.services.reminders.calendar_import import busy_from_files
from mindful_clinic.services.reminders.calendar_read import CalendarError, CalendarRead, read_window

NOW = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)
GOOD = (
    "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Clinic\r\nDTSTART:20260330T100000Z\r\n"
    "DTEND:20260330T110000Z\r\nEND:VEVENT\r\n"
)
CLINIC = (NOW + timedelta(hours=1), NOW + timedelta(hours=2))
AT_NOON_UTC = (NOW + timedelta(hours=3), NOW + timedelta(hours=4))
"""14:00-15:00 on 30 March 2026 in Berlin (summer time, UTC+2) or in a zone fixed at +02:00."""


def calendar(*parts: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        + "".join(parts)
        + "END:VCALENDAR\r\n"
    )


def zone(tzid: str, *lines: str, offset: str = "+0200", end: bool = True) -> str:
    """A VTIMEZONE fixed at ``offset``; ``lines`` go inside its STANDARD part."""
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\n{body}END:STANDARD\r\n"
        + ("END:VTIMEZONE\r\n" if end else "")
    )


def appointment(title: str, tzid: str, *extra: str) -> str:
    body = "".join(f"{line}\r\n" for line in extra)
    return (
        f"BEGIN:VEVENT\r\nUID:{title}\r\nSUMMARY:{title}\r\nDTSTART;TZID={tzid}:20260330T140000\r\n"
        f"DTEND;TZID={tzid}:20260330T150000\r\n{body}END:VEVENT\r\n"
    )


def read(path: Path) -> CalendarRead:
    return read_window(path, NOW, NOW + timedelta(days=1), UTC)


BROKEN = {
    "an offset that cannot be read": (
        zone("Clinic time", offset="garbage"),
        "it could not be read",
    ),
    "a line that is not iCalendar": (zone("Clinic time", "not a line"), "it could not be read"),
    "a rule that cannot be read": (
        zone("Clinic time", "RRULE:FREQ=SOMETIMES"),
        "it could not be read",
    ),
    "no offsets": (
        "BEGIN:VTIMEZONE\r\nTZID:Clinic time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\n",
        "it could not be read",
    ),
    "no END:VTIMEZONE": (zone("Clinic time", end=False), "it has no END:VTIMEZONE"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_zone_of_its_own_leaves_out_its_events_and_the_rest_counts(
    tmp_path: Path, case: str
) -> None:
    broken, why = BROKEN[case]
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(broken, appointment("Supervision", "Clinic time"), GOOD), "utf-8")
    got = read(path)
    assert got.busy == [CLINIC]
    assert got.problem is not None and got.problem.startswith(
        "left out 2 events that could not be used (the first: the time zone “Clinic time” at "
        f"line 4: {why}"
    )
    assert re.fullmatch(
        "the event “Supervision” at line [0-9]+: its time zone “Clinic time” could not be read, "
        "so its times cannot be placed",
        got.left_out[1],
    )


def test_a_repeating_event_in_a_broken_zone_is_left_out_whole(tmp_path: Path) -> None:
    rota = appointment("Rota", "Clinic time", "RRULE:FREQ=DAILY")
    path = tmp_path / "rota.ics"
    path.write_text(calendar(zone("Clinic time", offset="garbage"), rota, GOOD), "utf-8")
    got = read(path)
    assert got.busy == [CLINIC]
    assert got.left_out == (
        "the time zone “Clinic time” at line 4: it could not be read",
        "the repeating event “Rota”: its time zone “Clinic time” could not be read, so its times "
        "cannot be placed",
    )


@pytest.mark.parametrize("tzid", ["Europe/Berlin", "W. Europe Standard Time"])
def test_a_broken_zone_with_a_known_name_is_said_and_its_events_use_that_zone(
    tmp_path: Path, tzid: str
) -> None:
    """The IANA or Windows name says which zone the file meant, so nothing is lost but the
    file's own copy of it."""
    path = tmp_path / "outlook.ics"
    path.write_text(
        calendar(zone(tzid, offset="garbage"), appointment("Team", tzid), GOOD), "utf-8"
    )
    got = read(path)
    assert got.busy == [CLINIC, AT_NOON_UTC]
    assert got.problem == (
        f"left out the time zone “{tzid}” at line 4: it could not be read (its events are placed "
        "by the zone of that name); the other events are used"
    )


def test_a_broken_zone_no_event_names_costs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(zone("Unused", offset="garbage"), GOOD), "utf-8")
    got = read(path)
    assert got.busy == [CLINIC] and got.problem is None


def test_a_good_zone_of_its_own_still_places_its_events_beside_a_broken_one(
    tmp_path: Path,
) -> None:
    """Zones are read when an event first names them: one the library now knows places the
    event that asked for it (a file with plain line ends, where icalendar keeps the zones it reads)."""
    text = calendar(
        zone("Clinic time B", offset="garbage"),
        zone("Ward time"),
        appointment("Ward round", "Ward time"),
        appointment("Supervision", "Clinic time B"),
        GOOD,
    )
    path = tmp_path / "ward.ics"
    path.write_bytes(text.replace("\r\n", "\n").encode())
    got = read(path)
    assert got.busy == [CLINIC, AT_NOON_UTC]
    assert [line.split(":")[0] for line in got.left_out] == [
        "the time zone “Clinic time B” at line 4",
        "the event “Supervision” at line 26",
    ]


def test_a_file_whose_only_event_is_in_a_broken_zone_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "only.ics"
    path.write_text(
        calendar(zone("Clinic time", offset="x"), appointment("A", "Clinic time")), "utf-8"
    )
    with pytest.raises(CalendarError) as caught:
        read(path)
    assert str(caught.value) == (
        "only.ics: is damaged or incomplete: the time zone “Clinic time” at line 4: it could not "
        "be read"
    )


def test_calendar_gaps_counts_the_zone_and_its_event(tmp_path: Path) -> None:
    path = tmp_path / "clinic.ics"
    path.write_text(
        calendar(zone("Clinic time", offset="x"), appointment("Supervision", "Clinic time"), GOOD),
        "utf-8",
    )
    busy, notes = busy_from_files([path], NOW, NOW + timedelta(hours=9), UTC)
    assert busy == [CLINIC]
    first = "the time zone “Clinic time” at line 4: it could not be read"
    assert [(n.path, n.count, n.first) for n in notes] == [(str(path), 2, first)]


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_an_event_in_the_files_own_zone_keeps_its_time_whatever_the_line_ends(
    tmp_path: Path, line_end: str
) -> None:
    """Most exports end their lines with CRLF: an event in a zone the file defines itself (not a
    zone name the library knows) was read as the user's own time there, five hours out here."""
    text = calendar(zone("Clinic Zone X", offset="+0500"), appointment("a", "Clinic Zone X"))
    path = tmp_path / "own-zone.ics"
    path.write_bytes(text.replace("\r\n", line_end).encode())
    nine_utc = NOW.replace(hour=9)  # 14:00 at +05:00
    assert read(path).busy == [(nine_utc, nine_utc + timedelta(hours=1))]
