"""Every command that writes fails in one line with exit status 2 when nothing was saved, and
never replaces what is at an output path unless it is an ordinary file (or a link to one)."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from tests.faults.fault_tools import Faults, plain


@pytest.fixture
def faults() -> object:
    injected = Faults()
    yield injected
    injected.clear()


def command(*args: str) -> subprocess.CompletedProcess[str]:
    """A command in its own process, as a user runs it (the environment points at this test's
    data folder)."""
    return subprocess.run(
        [sys.executable, "-m", "mindful_clinic", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"},
        timeout=60,
    )


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("mindful-clinic: ") and plain(lines[0]), err
    return lines[0]


def rules(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["reminders", "list", "--json"]) == 0
    return [r["id"] for r in json.loads(capsys.readouterr().out)]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_reminders_add_and_remove_fail_when_nothing_was_saved(
    code: int, faults: Faults, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "add", "--at", "09:15"]) == 0
    capsys.readouterr()
    before = rules(capsys)
    if code == errno.ENOSPC:
        faults.full_disk(code)
    else:
        faults.read_only(data_dir, code)
    assert main(["reminders", "add", "--at", "10:10"]) == 2  # the old code: "Added at-1010", 0
    out, err = capsys.readouterr()
    assert out == "" and "could not save the reminder rules" in one_line(err)
    assert "settings.json" in err
    assert main(["reminders", "remove", "at-0915"]) == 2
    assert "Removed" not in capsys.readouterr().out
    faults.clear()
    assert rules(capsys) == before


@pytest.mark.parametrize(
    "args",
    [
        ["--at", "²:30"],
        ["--every", "²"],
        ["--every", "10", "--from", "²:00"],
        ["--at", "10:00", "--practice", "even_5_5", "--minutes", "²"],
    ],
)
def test_superscript_digits_are_one_line_not_a_traceback(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "add", *args]) == 2
    line = one_line(capsys.readouterr().err)
    assert "²" in line


def test_a_damaged_settings_file_is_said_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_bytes(os.urandom(2000))
    assert main(["reminders", "list"]) == 0
    err = capsys.readouterr().err
    assert err.count("settings file could not be read") == 1
    kept = list(data_dir.glob("settings.damaged-*.json"))
    assert len(kept) == 1 and str(kept[0]) in err
    again = command("reminders", "list")  # said once: the next run finds no settings file
    assert (again.returncode, again.stderr) == (0, "")


def test_doctor_names_a_damaged_settings_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text("{not json")
    report = json.loads(command("doctor", "--json").stdout)
    assert report["settings"]["damaged"] is True
    assert report["settings"]["kept_as"].endswith(".json")


def test_a_file_named_log_is_one_line_for_the_log_and_doctor_reports_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "log").write_text("x")
    assert main(["log", "summary"]) == 2
    line = one_line(capsys.readouterr().err)
    assert "is a file, not the log's folder" in line and "saving" not in line
    doctor = command("doctor", "--json")
    assert doctor.returncode == 1  # the old code: "writable: yes", "can run"
    report = json.loads(doctor.stdout)
    assert "is a file" in report["log_dir_problem"] and report["ok"] is False
    assert (data_dir / "log").read_text() == "x"


def test_log_export_writes_through_a_symlink(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, link = tmp_path / "t.csv", tmp_path / "l.csv"
    target.write_text("old")
    link.symlink_to(target)
    assert main(["log", "export", "-o", str(link)]) == 0
    assert link.is_symlink() and target.read_text().startswith("id,")


@pytest.mark.parametrize("command", [["log", "export"], ["group", "export", "--format", "csv"]])
def test_exports_refuse_a_pipe_and_leave_it(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main([*command, "-o", str(fifo)]) == 2
    assert "not an ordinary file" in one_line(capsys.readouterr().err)
    assert fifo.is_fifo()


def test_group_export_refuses_a_folder_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nope" / "x.csv"
    assert main(["group", "export", "--format", "csv", "-o", str(target)]) == 2
    assert "does not exist" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize("command", [["log", "export"], ["group", "export", "--format", "csv"]])
def test_a_dash_is_standard_output(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([*command, "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.split(b",")[0] in (b"id", b"date")
    assert not (tmp_path / "-").exists()


def test_log_import_dash_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "export", "--format", "json"]) == 0
    exported = capsys.readouterr().out
    fake = io.TextIOWrapper(io.BytesIO(exported.encode("utf-8")))
    monkeypatch.setattr("sys.stdin", fake)
    assert main(["log", "import", "-"]) == 0
    assert "Imported 0 records" in capsys.readouterr().out


def test_export_to_a_system_folder_says_what_happened(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/proc/version").is_file():
        pytest.skip("no /proc here")
    assert main(["log", "export", "-o", "/proc/version"]) == 2
    line = one_line(capsys.readouterr().err)
    assert "does not let new files be made" in line and "No such file" not in line
