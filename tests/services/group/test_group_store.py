"""Group records: kept apart from the personal log, written atomically, damage moved aside."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from mindful_clinic.core.group.checkin import parse_checkin
from mindful_clinic.core.group.records import CheckinSummary, GroupRecord
from mindful_clinic.services.group.store import FILE_NAME, GroupStore


def record(day: int = 5, before: str = "4 6 7 3 5 p", after: str | None = "3 4") -> GroupRecord:
    return GroupRecord(
        date=date(2026, 1, day),
        practice_id="even_5_5",
        practice_title="Relaxed counting breath",
        duration_s=180,
        before=CheckinSummary.from_tally(parse_checkin(before)),
        after=CheckinSummary.from_tally(parse_checkin(after)) if after else None,
    )


def test_records_survive_a_reload(data_dir: Path) -> None:
    store = GroupStore(data_dir)
    store.add(record(5))
    store.add(record(6, after=None))
    again = GroupStore(data_dir)
    assert again.records() == [record(5), record(6, after=None)]
    assert again.problem is None


def test_file_lives_apart_from_the_personal_log_and_holds_no_answers(data_dir: Path) -> None:
    GroupStore(data_dir).add(record())
    path = data_dir / FILE_NAME
    assert path.name == "group_sessions.json"
    doc = json.loads(path.read_text())
    assert doc["schema_version"] == 1
    (saved,) = doc["sessions"]
    assert set(saved) == {"date", "practice_id", "practice_title", "duration_s", "before", "after"}
    assert saved["before"] == {
        "answered": 6,
        "rated": 5,
        "median": 5.0,
        "distribution": [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0],
    }
    # Two ratings after: too few to keep anything but the counts.
    assert saved["after"] == {"answered": 2, "rated": 2, "median": None, "distribution": None}
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_previous_version_is_kept_as_bak(data_dir: Path) -> None:
    store = GroupStore(data_dir)
    store.add(record(5))
    store.add(record(6))
    bak = json.loads((data_dir / (FILE_NAME + ".bak")).read_text())
    assert len(bak["sessions"]) == 1


@pytest.mark.parametrize(
    "content",
    [
        "{ not json",
        '{"schema_version": 1}',
        '{"schema_version": 7, "sessions": []}',
        '{"schema_version": 1, "sessions": [{"date": "yesterday"}]}',
        '{"schema_version": 1, "sessions": [{"date": "2026-01-05", "practice_id": "x", '
        '"practice_title": "X", "duration_s": 60, "before": {"answered": 1, "rated": 3}}]}',
        '{"schema_version": 1, "sessions": [{"date": "2026-01-05", "practice_id": "x", '
        '"practice_title": "X", "duration_s": 60, "before": {"answered": 5, "rated": 5, '
        '"median": 3, "distribution": [5]}}]}',
    ],
)
def test_damaged_file_is_moved_aside_not_deleted(data_dir: Path, content: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FILE_NAME).write_text(content)
    store = GroupStore(data_dir)
    assert store.records() == []
    assert store.problem is not None and "damaged" in store.problem
    moved = list(data_dir.glob("group_sessions.damaged-*.json"))
    assert len(moved) == 1 and moved[0].read_text() == content
    store.add(record())
    assert GroupStore(data_dir).records() == [record()]


def test_clear_forgets_every_record(data_dir: Path) -> None:
    store = GroupStore(data_dir)
    store.add(record())
    store.clear()
    assert GroupStore(data_dir).records() == []


def test_a_failed_write_changes_nothing(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = GroupStore(data_dir)
    store.add(record(5))

    def broken(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("mindful_clinic.services.group.store.atomic_write_text", broken)
    with pytest.raises(OSError):
        store.add(record(6))
    assert store.records() == [record(5)]
    assert GroupStore(data_dir).records() == [record(5)]
