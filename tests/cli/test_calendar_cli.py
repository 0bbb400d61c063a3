"""``mindful-clinic calendar gaps`` and ``mindful-clinic reminders next``: output and exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings, ReminderState
from mindful_clinic.services.reminders.store import ReminderStore


def cal(*events: tuple[str, str], extra: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN"]
    for n, (start, end) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:e{n}", f"DTSTART:{start}", f"DTEND:{end}"]
        lines += [x for x in extra.split("|") if x]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.ics"
    path.write_text(
        cal(("20260330T090000", "20260330T100000"), ("20260330T100500", "20260330T120000")),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def rota(tmp_path: Path) -> Path:
    path = tmp_path / "rota.ics"
    path.write_text(cal(("20260330T140000Z", "20260330T170000Z")), encoding="utf-8")  # 15-18 BST
    return path


GAPS = ["calendar", "gaps", "--date", "2026-03-30", "--tz", "Europe/London"]


def test_text_output_one_line_per_gap(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*GAPS, str(clinic)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["08:00  09:00   60 min", "10:00  10:05    5 min", "12:00  18:00  360 min"]


def test_json_output_with_offsets_and_several_files(
    clinic: Path, rota: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*GAPS, str(clinic), str(rota), "--json", "--min-minutes", "10"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"start": "2026-03-30T08:00:00+01:00", "end": "2026-03-30T09:00:00+01:00", "minutes": 60},
        {"start": "2026-03-30T12:00:00+01:00", "end": "2026-03-30T15:00:00+01:00", "minutes": 180},
    ]


def test_window_options(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*GAPS, str(clinic), "--from", "09:30", "--to", "12:30"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "10:00  10:05    5 min",
        "12:00  12:30   30 min",
    ]


def test_no_gaps_prints_nothing_on_stdout(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*GAPS, str(clinic), "--from", "09:00", "--to", "10:00"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "No gaps" in captured.err


def test_today_is_the_default_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    daily = tmp_path / "daily.ics"
    daily.write_text(
        cal(("20200101T120000Z", "20200101T130000Z"), extra="RRULE:FREQ=DAILY"), encoding="utf-8"
    )
    assert main(["calendar", "gaps", str(daily), "--tz", "UTC"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "08:00  12:00  240 min",
        "13:00  18:00  300 min",
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--tz", "Mars/Olympus"], "unknown time zone"),
        (["--date", "2026-13-01"], "--date '2026-13-01'"),
        (["--from", "18:00", "--to", "08:00"], "--to must be later"),
        (["--from", "8am"], "--from '8am'"),
        (["--min-minutes", "0"], "--min-minutes"),
    ],
)
def test_bad_options_exit_2_with_one_line(
    clinic: Path, args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["calendar", "gaps", str(clinic), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02garbage", "binary data"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEV", "damaged"),
    ],
)
def test_bad_file_exits_2_naming_the_file(
    tmp_path: Path, clinic: Path, content: bytes, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(content)
    assert main([*GAPS, str(clinic), str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and words in err and err.count("\n") == 1


def test_subprocess_never_shows_a_traceback(tmp_path: Path, clinic: Path) -> None:
    bad = tmp_path / "random.ics"
    bad.write_bytes(os.urandom(4096))
    env = {**os.environ, "TZ": "America/New_York"}
    run = [sys.executable, "-m", "mindful_clinic", "calendar", "gaps"]
    broken = subprocess.run([*run, str(bad)], capture_output=True, text=True, env=env)
    assert broken.returncode == 2
    assert "Traceback" not in broken.stderr and "random.ics" in broken.stderr
    ok = subprocess.run(
        [*run, str(clinic), "--date", "2026-03-30", "--json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0
    assert json.loads(ok.stdout)[0]["start"] == "2026-03-30T08:00:00-04:00"  # the system's zone


def test_reminders_next_from_saved_rules(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ReminderStore.in_folder(data_dir)
    rule = ReminderRule("noon", "fixed", frozenset(range(7)), (time(12), time(13)))
    store.set_config(ReminderSettings(rules=(rule,), timezone="UTC"))
    assert main(["reminders", "next", "--count", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert all(re.fullmatch(r"\w{3} \d\d/\d\d/\d{4} 1[23]:00  fixed \(noon\)", x) for x in lines)
    assert main(["reminders", "next", "--count", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in rows] == ["fixed", "fixed"]


def test_reminders_next_says_when_in_session(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ReminderStore.in_folder(data_dir)
    rule = ReminderRule("noon", "fixed", frozenset(range(7)), (time(12),))
    store.set_config(ReminderSettings(rules=(rule,), timezone="UTC"))
    store.set_state(ReminderState(in_session=True))
    assert main(["reminders", "next"]) == 0
    out = capsys.readouterr().out
    assert "In session" in out and "No reminders" in out


def test_reminders_next_bad_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reminders", "next", "--count", "0"]) == 2
    assert "--count" in capsys.readouterr().err
