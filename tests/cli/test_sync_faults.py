"""`mindful-clinic sync folder` when something is wrong: a folder that does not exist, a read-only
data folder, a switch that never finished. One line and exit 2, nothing left behind, reading
always works, and ``--off`` gives up a stuck switch (QA defects 2 and 5)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.services.storage.paths import data_dir, local_dir
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.layout import device_log_dir
from mindful_clinic.services.sync.switch import JOURNAL, open_log
from tests.faults.fault_tools import Faults
from tests.log_fakes import series


@pytest.fixture
def faults() -> Iterator[Faults]:
    injected = Faults()
    yield injected
    injected.clear()


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("mindful-clinic: "), err
    return err[0]


def summary(capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert main(["log", "summary", "--json"]) == 0
    return int(json.loads(capsys.readouterr().out)["practices"])


def four_practices_and_a_folder(tmp_path: Path) -> Path:
    """Four practices in this computer's log, and an empty folder to sync into."""
    with LogStore(log_dir(), SystemClock()) as local:
        local.import_records(series(4))
    synced = tmp_path / "Sync"
    synced.mkdir()
    return synced


def test_a_folder_that_does_not_exist_is_one_line_exit_2_and_nothing_is_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexistent" / "x"
    assert main(["sync", "folder", str(missing)]) == 2
    assert "does not exist" in one_line(capsys)
    assert not (tmp_path / "nonexistent").exists()
    assert synced_folder() is None and not (local_dir() / JOURNAL).exists()


def test_a_read_only_data_folder_refuses_the_switch_and_leaves_nothing_behind(
    tmp_path: Path, faults: Faults, capsys: pytest.CaptureFixture[str]
) -> None:
    synced = four_practices_and_a_folder(tmp_path)
    faults.read_only(data_dir())
    assert main(["sync", "folder", str(synced)]) == 2
    assert "read-only" in one_line(capsys)
    assert not (local_dir() / JOURNAL).exists() and synced_folder() is None
    assert list(synced.iterdir()) == []  # nothing copied into the folder either
    assert summary(capsys) == 4  # reading works as before
    assert main(["sync", "status"]) == 0


def test_a_switch_that_fails_half_way_is_undone(
    tmp_path: Path, faults: Faults, capsys: pytest.CaptureFixture[str]
) -> None:
    """The local copies cannot be removed (the disk refuses, after the checks passed)."""
    synced = four_practices_and_a_folder(tmp_path)
    faults.fail_replace(r"sync\.json$")  # saving the choice fails: the switch is undone
    assert main(["sync", "folder", str(synced)]) == 2
    assert "stays on this computer" in one_line(capsys)
    faults.clear()
    assert not (local_dir() / JOURNAL).exists() and synced_folder() is None
    assert summary(capsys) == 4
    assert main(["sync", "folder", str(synced)]) == 0  # and it works once the disk does
    assert summary(capsys) == 4


def stuck_switch(tmp_path: Path, copied: int) -> tuple[Path, list[str]]:
    """What an interrupted switch leaves: the journal, and ``copied`` records already in the
    folder (removed here, as a switch killed after that step had)."""
    records = series(4)
    with LogStore(log_dir(), SystemClock()) as local:
        local.import_records(records)
    synced = tmp_path / "Sync"
    with LogStore(device_log_dir(synced, this_device().id), SystemClock()) as half:
        half.import_records(records[:copied])
    if copied == len(records):
        with LogStore(log_dir(), SystemClock()) as local:
            local.delete_all()
    (local_dir() / JOURNAL).write_text(json.dumps({"to": str(synced)}))
    return synced, [r.id for r in records]


def test_a_stuck_switch_never_stops_reading_and_off_gives_it_up(
    tmp_path: Path, faults: Faults, capsys: pytest.CaptureFixture[str]
) -> None:
    stuck_switch(tmp_path, copied=2)
    faults.read_only(data_dir())  # cannot be finished now
    assert summary(capsys) == 4  # was: "The folder for log is read-only" on every command
    with open_log(SystemClock()) as log:
        assert len(log.all()) == 4
    capsys.readouterr()
    assert main(["sync", "status", "--json"]) == 0
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert len(problems) == 1 and "sync folder --off" in problems[0]
    assert main(["sync", "folder", "--off"]) == 0  # was: "No synced folder was set", journal kept
    assert not (local_dir() / JOURNAL).exists()
    assert summary(capsys) == 4


def test_off_brings_home_what_a_stuck_switch_had_already_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, ids = stuck_switch(tmp_path, copied=4)  # killed after the local copies went
    assert main(["sync", "folder", "--off"]) == 0
    assert not (local_dir() / JOURNAL).exists() and synced_folder() is None
    with LogStore(log_dir(), SystemClock()) as local:
        assert sorted(r.id for r in local.all()) == sorted(ids)


def test_the_window_s_log_opens_over_a_stuck_switch_and_says_so(
    tmp_path: Path, faults: Faults
) -> None:
    from mindful_clinic.services.sync.control import LogHandle

    stuck_switch(tmp_path, copied=2)
    faults.read_only(data_dir())
    handle = LogHandle(lambda: open_log(SystemClock()))  # was: WriteError from delete_all
    assert len(handle.all()) == 4
    assert any("has not finished" in p.message for p in handle.problems)
    handle.close()
