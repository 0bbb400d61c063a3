"""``calendar gaps`` on hostile input: one plain line and status 2, or the gaps with one line
saying how many events were left out; never a traceback, never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from mindful_clinic.cli import main

GOOD = (
    "BEGIN:VEVENT\r\nUID:g\r\nDTSTART:20260330T100000Z\r\nDTEND:20260330T110000Z\r\nEND:VEVENT\r\n"
)
GAPS = ["calendar", "gaps", "--date", "2026-03-30", "--tz", "UTC"]


def calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def bad(*lines: str) -> str:
    return "BEGIN:VEVENT\r\nUID:b\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VEVENT\r\n"


@pytest.fixture
def ok(tmp_path: Path) -> Path:
    path = tmp_path / "ok.ics"
    path.write_text(calendar(GOOD), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--date", "9999-12-31"], "--date '9999-12-31' is outside the years 1900 to 2999"),
        (["--date", "0001-01-01"], "--date '0001-01-01' is outside the years 1900 to 2999"),
        (
            ["--min-minutes", "99999999999999999999"],
            "--min-minutes '99999999999999999999' is not a whole number from 1 to 1440",
        ),
        (["--min-minutes", "1441"], "is not a whole number from 1 to 1440"),
        (["--min-minutes", "²"], "--min-minutes '²' is not"),
        (["--to", "²⁰:00"], "--to '²⁰:00' is not a time like 14:05"),
        (["--from", "8am"], "--from '8am' is not a time like 14:05"),
    ],
)
def test_out_of_range_options_give_one_line(
    ok: Path, args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["calendar", "gaps", str(ok), "--tz", "UTC", *args]) == 2
    err = capsys.readouterr().err
    assert err == f"mindful-clinic: {words}\n" or (words in err and err.count("\n") == 1)
    assert "invalid literal" not in err and "Overflow" not in err


def test_the_largest_minimum_still_answers(ok: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*GAPS, str(ok), "--min-minutes", "1440"]) == 0
    assert "No gaps of 1440 minutes" in capsys.readouterr().err


@pytest.mark.parametrize(
    "lines",
    [
        ("DTSTART:2026120", "DTEND:20260330T120000Z"),
        ("DTSTART:99991231T230000Z", "DURATION:PT2H"),
        ("DTSTART:20260330T130000Z", "DURATION:P99999999W"),
        (
            "DTSTART:20260330T130000Z",
            "DTEND:20260330T140000Z",
            "RRULE:FREQ=DAILY",
            "EXDATE:garbage",
        ),
    ],
)
def test_a_bad_event_is_left_out_and_the_gaps_still_come(
    tmp_path: Path, lines: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(GOOD, bad(*lines)), encoding="utf-8")
    assert main([*GAPS, str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["08:00  10:00  120 min", "11:00  18:00  420 min"]
    err = captured.err
    assert err.startswith(f"mindful-clinic: {path}: an event could not be used and was left out (")
    assert err.endswith("; the other events are used\n") and err.count("\n") == 1
    assert "broken property" not in err and "out of range" not in err


def test_several_bad_events_are_counted_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clinic.ics"
    path.write_text(calendar(GOOD, *[bad("DTSTART:2026120")] * 3), encoding="utf-8")
    assert main([*GAPS, str(path)]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"mindful-clinic: {path}: 3 events could not be used and were left out (the first: "
        "the event at line 8: its start time could not be read); the other events are used\n"
    )


def test_unended_events_are_one_line_not_a_hang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA's 50,000 lines took 135 s; 20,000 took the old cutting about 20 s (no deadline then)."""
    path = tmp_path / "n.ics"
    path.write_text("BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * 20_000 + "END:VCALENDAR\r\n")
    assert main([*GAPS, str(path)]) == 2
    err = capsys.readouterr().err
    assert "none of its 20,000 events could be used" in err and err.count("\n") == 1


@pytest.mark.parametrize("name", ["/dev/zero", "folder"])
def test_a_device_or_a_folder_is_one_line(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path if name == "folder" else Path(name)
    if not path.exists():
        pytest.skip(f"no {name} here")
    assert main([*GAPS, str(path)]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith(f"mindful-clinic: cannot use calendar {path}: is ") and err.count("\n") == 1
    )
