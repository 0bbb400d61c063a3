"""``mindful-clinic log export|import|summary``: exact columns, validation first, all or nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.log.exchange import export_csv, export_json
from mindful_clinic.core.log.records import CSV_COLUMNS, to_csv_row
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.services.log.store import LogStore, log_dir
from tests.log_fakes import CET, at, make, series

HEADER = (
    "id,started_at,ended_at,practice_id,practice_title,planned_s,actual_s,completed,"
    "stress_before,stress_after,note,mode"
)
ROOT = Path(__file__).resolve().parents[2]


def filled_store() -> LogStore:
    """Two sessions: one on 2 March (7 -> 4, with a note) and one a month earlier, stopped early."""
    store = LogStore(log_dir(), SystemClock())
    store.add(make(note='calmer, "much"\nthen back to work'))
    store.add(at(datetime(2026, 2, 2, 14, 30, tzinfo=CET), stress_after=None, completed=False))
    return store


def test_export_csv_to_stdout_has_exactly_the_columns(capsys: pytest.CaptureFixture[str]) -> None:
    filled_store()
    assert main(["log", "export", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.split("\r\n")[0] == HEADER
    assert ",".join(CSV_COLUMNS) == HEADER
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["started_at"][:10] for r in rows] == ["2026-02-02", "2026-03-02"]
    early, later = rows
    assert (early["completed"], early["stress_before"], early["stress_after"]) == ("false", "7", "")
    assert later["note"] == 'calmer, "much"\nthen back to work'
    assert later["mode"] == "solo"


def test_export_json_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = filled_store()
    target = tmp_path / "log.json"
    assert main(["log", "export", "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "mindful-clinic-practice-log"
    assert [r["id"] for r in data["records"]] == [r.id for r in store.all()]
    assert "Exported 2 records" in capsys.readouterr().err
    assert capsys.readouterr().out == ""
    store.delete(store.all()[0].id)
    assert main(["log", "export", "--format", "json", "-o", str(target)]) == 0
    assert f"Exported 1 record to {target}" in capsys.readouterr().err  # not "1 records"


def test_import_then_reimport_counts_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = series(30)
    csv_file = tmp_path / "log.csv"
    csv_file.write_text(export_csv(records[:20]), encoding="utf-8", newline="")
    json_file = tmp_path / "log.json"
    json_file.write_text(export_json(records[10:]), encoding="utf-8")
    assert main(["log", "import", str(csv_file)]) == 0
    assert "Imported 20 records; skipped 0" in capsys.readouterr().out
    assert main(["log", "import", str(json_file)]) == 0
    assert "Imported 10 records; skipped 10 already in the log." in capsys.readouterr().out
    assert {r.id for r in LogStore(log_dir(), SystemClock()).all()} == {r.id for r in records}


def test_invalid_rows_are_all_reported_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = series(3)
    rows = [to_csv_row(r) for r in good]
    rows[1][9] = "11"  # stress_after out of range
    rows[2][7] = "maybe"  # completed
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    bad = tmp_path / "bad.csv"
    bad.write_text(out.getvalue(), encoding="utf-8", newline="")
    assert main(["log", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "row 2 (line 3): stress_after: must be from 0 to 10, got 11" in err
    assert "row 3 (line 4): completed: must be true or false, got 'maybe'" in err
    assert "nothing was imported" in err
    assert not log_dir().exists() or not list(log_dir().glob("log-*.json"))


def test_unreadable_import_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.csv"
    assert main(["log", "import", str(missing)]) == 2
    assert "cannot read" in capsys.readouterr().err
    latin = tmp_path / "latin.csv"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    assert main(["log", "import", str(latin)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n")
    assert main(["log", "import", str(wrong)]) == 2
    assert "no column 'id'" in capsys.readouterr().err


def test_summary_for_supervision(capsys: pytest.CaptureFixture[str]) -> None:
    filled_store()
    assert main(["log", "summary", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "Practice log summary, 01/03/2026 to 31/03/2026" in out
    assert "Sessions: 1 (1 completed, 0 ended early)" in out
    assert "Time practising: 3 minutes" in out
    assert "Slow, even breathing: 1 session, 3 min" in out
    assert "median change -3 points" in out
    assert "no comparison condition" in out
    assert main(["log", "summary", "--from", "2026-04-01", "--to", "2026-03-01"]) == 2
    assert "--from is after --to" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["log", "summary", "--from", "March"])


def test_a_summary_from_a_day_still_to_come_is_one_plain_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not "06/12/2026 to today" with nothing in it: a --from after today is bad input (status 2,
    one line); today itself, and a --to still to come, are fine."""
    filled_store()
    today = SystemClock().now().date()
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert main(["log", "summary", "--from", tomorrow]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"mindful-clinic: --from {tomorrow} is after today\n"
    assert main(["log", "summary", "--from", tomorrow, "--json"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["log", "summary", "--from", today.isoformat(), "--to", tomorrow]) == 0
    capsys.readouterr()


def run_cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "mindful_clinic", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_import_killed_part_way_is_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = series(600, start=datetime(2018, 1, 3, 8, tzinfo=CET), step=timedelta(days=4))
    source = tmp_path / "big.csv"
    source.write_text(export_csv(records), encoding="utf-8", newline="")
    wanted = {r.id for r in records}

    # How long an uninterrupted import takes here, so the kills can land throughout it.
    monkeypatch.setenv("MINDFUL_CLINIC_DATA_DIR", str(tmp_path / "timing"))
    began = time.monotonic()
    with run_cli("log", "import", str(source)) as proc:
        assert proc.wait(60) == 0
    full_s = time.monotonic() - began

    rng = random.Random(3)
    outcomes = []
    for trial in range(8):
        folder = tmp_path / f"trial{trial}"
        monkeypatch.setenv("MINDFUL_CLINIC_DATA_DIR", str(folder))
        existing = at(datetime(2026, 3, 2, 9, tzinfo=CET))
        LogStore(log_dir(), SystemClock()).add(existing)
        with run_cli("log", "import", str(source)) as proc:
            timer = threading.Timer(
                rng.uniform(0.15, 0.95) * full_s, proc.send_signal, (signal.SIGKILL,)
            )
            timer.start()
            proc.wait(60)
            timer.cancel()
        journal_left = (folder / "log" / "import-journal.json").exists()
        ids = {r.id for r in LogStore(log_dir(), SystemClock()).all()}
        assert existing.id in ids
        imported = ids - {existing.id}
        assert imported in (set(), wanted), f"trial {trial}: {len(imported)} of {len(wanted)}"
        outcomes.append((proc.returncode, journal_left, len(imported)))
    assert any(code == -signal.SIGKILL for code, _, _ in outcomes)


def test_export_into_a_missing_folder_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "log.csv"
    assert main(["log", "export", "--format", "csv", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "does not exist" in err
    assert not target.parent.exists()  # nothing was made on the way
