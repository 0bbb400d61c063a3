"""``mindful-clinic group export --format csv|json [-o FILE]``."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.group.checkin import parse_checkin
from mindful_clinic.core.group.records import CSV_COLUMNS, CheckinSummary, GroupRecord
from mindful_clinic.services.group.store import GroupStore


@pytest.fixture
def two_sessions(data_dir: Path) -> None:
    store = GroupStore(data_dir)
    store.add(
        GroupRecord(
            date(2026, 1, 5),
            "even_5_5",
            "Relaxed counting breath",
            180,
            CheckinSummary.from_tally(parse_checkin("4 6 7 3 5 8 p")),
            CheckinSummary.from_tally(parse_checkin("3:3, 4:2")),
        )
    )
    store.add(
        GroupRecord(
            date(2026, 1, 12),
            "box_4444",
            "Box, breathing",
            176,
            CheckinSummary.from_tally(parse_checkin("2 3")),
            None,
        )
    )


def test_csv_to_stdout(two_sessions: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["group", "export", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(CSV_COLUMNS)
    first, second = rows
    assert first["date"] == "2026-01-05"
    assert first["before_answered"] == "7" and first["before_rated"] == "6"
    assert first["before_median"] == "5.5"
    assert [first[f"before_n{r}"] for r in range(11)] == list("00011111100")
    assert first["after_median"] == "3" and first["after_n3"] == "3"
    assert second["practice_title"] == "Box, breathing"  # quoted properly
    # Two answers before: counts only, no median or distribution; no check-in after at all.
    assert second["before_answered"] == "2"
    assert second["before_median"] == second["before_n2"] == ""
    assert second["after_answered"] == ""


def test_json_to_a_file(
    two_sessions: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "group.json"
    target.parent.mkdir()  # an export never makes a folder (a mistyped one is refused)
    assert main(["group", "export", "--format", "json", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    data = json.loads(target.read_text())
    assert [d["practice_id"] for d in data] == ["even_5_5", "box_4444"]
    assert data[0]["before"]["distribution"] == [0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0]
    assert data[1]["after"] is None
    assert data[1]["before"] == {"answered": 2, "rated": 2, "median": None, "distribution": None}


def test_no_records_gives_a_header_or_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["group", "export", "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip() == ",".join(CSV_COLUMNS)
    assert main(["group", "export", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["group", "export"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        main(["group", "export", "--format", "xml"])
    capsys.readouterr()
    assert main(["group"]) == 2
    assert "group export" in capsys.readouterr().err
    assert main(["group", "export", "--format", "csv", "-o", str(tmp_path)]) == 2
    assert "folder" in capsys.readouterr().err


def test_export_reads_only_the_group_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "practice_log.json").write_text('{"note": "PERSONAL-NOTE-xyz"}')
    assert main(["group", "export", "--format", "json"]) == 0
    assert "PERSONAL" not in capsys.readouterr().out
