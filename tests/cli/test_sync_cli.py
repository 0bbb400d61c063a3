"""`mindful-clinic sync ...` and `mindful-clinic log edit/delete` (issue #20 contracts)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.services.storage.paths import local_dir
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.layout import device_log_dir
from mindful_clinic.services.sync.switch import JOURNAL, open_log
from tests.log_fakes import series


def status(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["sync", "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_switching_on_moves_the_log_and_off_leaves_a_complete_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = series(5)
    with LogStore(log_dir(), SystemClock()) as local:
        local.import_records(records)
    assert status(capsys)["folder"] is None
    synced = tmp_path / "Nextcloud" / "Mindful"
    synced.mkdir(parents=True, exist_ok=True)
    assert main(["sync", "folder", str(synced)]) == 0
    mine = device_log_dir(synced, this_device().id)
    assert list(log_dir().glob("log-*.json")) == []  # moved, not copied
    assert len(list(mine.glob("log-*.json"))) == 1
    info = status(capsys)
    assert set(info) == {"folder", "device", "devices", "conflicts", "problems"}
    assert info["folder"] == str(synced)
    assert [d["records"] for d in info["devices"]] == [5]  # type: ignore[index, union-attr]
    # an edit and a deletion from the command line, validated like the window
    rid = records[0].id
    assert main(["log", "edit", rid, "--stress-after", "1", "--note", "lighter"]) == 0
    assert main(["log", "delete", records[1].id]) == 0
    capsys.readouterr()
    assert main(["log", "edit", rid, "--stress-after", "11"]) == 2
    assert main(["log", "edit", rid, "--stress-before", "seven"]) == 2
    assert main(["log", "edit", rid]) == 2
    assert main(["log", "delete", records[1].id]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 4, err
    with open_log(SystemClock()) as log:
        assert len(log.all()) == 4
        assert (log.get(rid).stress_after, log.get(rid).note) == (1, "lighter")
    assert main(["sync", "folder", "--off"]) == 0
    assert synced_folder() is None
    with LogStore(log_dir(), SystemClock()) as local:
        assert len(local.all()) == 4
        assert local.get(rid).note == "lighter"
    assert len(list(mine.glob("log-*.json"))) == 1  # the synced folder is left as it was


def test_an_interrupted_switch_finishes_with_nothing_lost_or_doubled(tmp_path: Path) -> None:
    records = series(3)
    with LogStore(log_dir(), SystemClock()) as local:
        local.import_records(records)
    synced = tmp_path / "Sync"
    mine = device_log_dir(synced, this_device().id)
    # killed after copying into the folder, before the local copies were removed
    with LogStore(mine, SystemClock()) as half:
        half.import_records(records[:2])
    (local_dir() / JOURNAL).write_text(json.dumps({"to": str(synced)}))
    with open_log(SystemClock()) as log:
        assert sorted(r.id for r in log.all()) == sorted(r.id for r in records)
    assert synced_folder() == synced
    assert not (local_dir() / JOURNAL).exists()
    assert list(log_dir().glob("log-*.json")) == []


def test_bad_sync_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert main(["sync", "folder", str(a_file)]) == 2
    assert main(["sync", "folder"]) == 2
    assert main(["sync", "name", "   "]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("mindful-clinic: ") for line in err)
    for argv in (["log", "delete"], ["sync"], ["log", "edit"], ["sync", "bogus"]):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("mindful-clinic: "), err
    assert main(["sync", "name", "Clinic room 3"]) == 0
    assert status(capsys)["device"]["name"] == "Clinic room 3"  # type: ignore[index]


def test_a_missing_synced_folder_is_said_plainly_and_never_made_locally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced = tmp_path / "mnt" / "share" / "Mindful"
    synced.mkdir(parents=True, exist_ok=True)
    assert main(["sync", "folder", str(synced)]) == 0
    shutil.rmtree(tmp_path / "mnt")  # the network drive is not connected today
    capsys.readouterr()
    assert main(["log", "summary"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be found" in err[0]
    assert not (tmp_path / "mnt").exists()
    assert "cannot be found" in status(capsys)["problems"][0]  # type: ignore[index]
    assert main(["sync", "folder", "--off"]) == 0  # stopping still works, and says what it means
    assert "cannot be found now" in capsys.readouterr().out
    assert main(["log", "summary"]) == 0


def test_status_lists_conflict_copies_and_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced = tmp_path / "Dropbox"
    synced.mkdir(parents=True, exist_ok=True)
    assert main(["sync", "folder", str(synced)]) == 0
    other = device_log_dir(synced, "c" * 32)
    other.mkdir(parents=True)
    with LogStore(other, SystemClock()) as log:
        log.import_records(series(2))
    (shard,) = other.glob("log-*.json")
    shutil.copy(shard, other / f"{shard.stem} (Sam's conflicted copy 2026-03-01).json")
    (other / "log-2025-01.json").write_text("{ not a log }")
    info = status(capsys)
    assert len(info["conflicts"]) == 1  # type: ignore[arg-type]
    assert len(info["problems"]) == 1 and "left as it is" in info["problems"][0]  # type: ignore[arg-type, index]
    assert {d["records"] for d in info["devices"]} == {0, 2}  # type: ignore[union-attr, index]
    assert main(["sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "Conflict copies merged: 1" in out and "Problems: 1" in out


def test_moving_to_another_folder_and_edits_made_while_not_syncing_are_kept(
    tmp_path: Path,
) -> None:
    records = series(3)
    with LogStore(log_dir(), SystemClock()) as local:
        local.import_records(records)
    first, second = tmp_path / "Dropbox", tmp_path / "OneDrive"
    first.mkdir(parents=True, exist_ok=True)
    assert main(["sync", "folder", str(first)]) == 0
    assert main(["log", "edit", records[0].id, "--note", "while syncing"]) == 0
    second.mkdir(parents=True, exist_ok=True)
    assert main(["sync", "folder", str(second)]) == 0  # everything follows to the new folder
    with open_log(SystemClock()) as log:
        assert len(log.all()) == 3 and log.get(records[0].id).note == "while syncing"
    assert main(["sync", "folder", "--off"]) == 0
    with LogStore(log_dir(), SystemClock()) as local:
        local.update(records[1].id, note="edited while not syncing")
    second.mkdir(parents=True, exist_ok=True)
    assert main(["sync", "folder", str(second)]) == 0
    with open_log(SystemClock()) as log:
        assert len(log.all()) == 3
        assert log.get(records[1].id).note == "edited while not syncing"
        assert log.get(records[0].id).note == "while syncing"
