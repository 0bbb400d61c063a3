"""A full disk, a disk error, a refused write: one plain message, the previous file intact."""

from __future__ import annotations

import errno
import json
from datetime import datetime
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.log.exchange import export_json
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.storage.atomic import SafeFiles
from mindful_clinic.services.storage.settings import SettingsStore
from tests.faults.fault_tools import Faults, breath_pattern, plain, snapshot
from tests.log_fakes import CET, at, user_log

JAN = datetime(2026, 1, 5, 9, 0, tzinfo=CET)
WORDS = {
    errno.ENOSPC: "disk is full",
    errno.EIO: "previous copy is intact",
    errno.EACCES: "read-only",
    errno.EROFS: "read-only",
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 2, 10, 12, 0, 5, tzinfo=CET))


@pytest.mark.parametrize("code", list(WORDS))
def test_a_log_save_that_fails_says_so_plainly_and_keeps_the_previous_file(
    code: int, faults: Faults, clock: ManualClock
) -> None:
    store = user_log(clock)
    kept = at(JAN)
    store.add(kept)
    before = snapshot(store.folder)
    faults.full_disk(code)
    with pytest.raises(OSError) as caught:
        store.add(at(JAN.replace(day=6)))
    assert plain(str(caught.value)) and WORDS[code] in str(caught.value)
    after = snapshot(store.folder)
    backups = {k: after.pop(k) for k in list(after) if k.endswith(".bak")}
    assert after == before  # nothing changed, no half-written file
    assert all(v == before[k.removesuffix(".bak")] for k, v in backups.items())  # copies of it
    faults.clear()
    assert user_log(clock).all() == [kept]
    store.add(at(JAN.replace(day=7)))  # and it works again once there is space
    assert len(user_log(clock)) == 2


def test_an_import_that_fails_part_way_is_rolled_back_and_never_finished_later(
    faults: Faults, clock: ManualClock
) -> None:
    store = user_log(clock)
    store.add(at(JAN))
    before = snapshot(store.folder)
    batch = [at(datetime(2026, m, 3, 9, 0, tzinfo=CET)) for m in (2, 3, 4)]
    faults.fail_replace(r"log-2026-03\.json$")  # February is written, then March fails
    with pytest.raises(OSError) as caught:
        store.import_records(batch)
    assert plain(str(caught.value))
    assert len(store) == 1 and [r.month for r in store.all()] == ["2026-01"]
    faults.clear()
    assert not (store.folder / "import-journal.json").exists()
    assert not list(store.folder.glob(".*pre-import"))
    reopened = user_log(clock)  # the next opening must not finish what the user saw fail
    assert len(reopened) == 1 and reopened.problems == []
    after = snapshot(store.folder)
    assert {k: v for k, v in after.items() if k != "index.json"} == {
        k: v for k, v in before.items() if k != "index.json"
    }


def test_the_command_line_import_on_a_full_disk_is_one_line_and_exit_2(
    faults: Faults, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "export.json"
    source.write_text(export_json([at(JAN), at(JAN.replace(month=2))]))
    user_log().close()
    faults.full_disk()
    assert main(["log", "import", str(source)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "disk is full" in err[0] and plain(err[0])
    faults.clear()
    assert len(user_log()) == 0


def test_the_command_line_export_to_a_full_disk_is_one_line_and_exit_2(
    faults: Faults, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user_log().add(at(JAN))
    target = tmp_path / "out.csv"
    target.write_text("the previous export\n")
    faults.full_disk()
    assert main(["log", "export", "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and plain(err[0])
    assert target.read_text() == "the previous export\n"


def test_settings_saved_on_a_full_disk_tell_the_user_once(faults: Faults, data_dir: Path) -> None:
    told: list[str] = []
    settings = SettingsStore(data_dir, notify=told.append)
    settings.set_section("app", {"theme": "dark"})
    before = (data_dir / "settings.json").read_bytes()
    faults.full_disk()
    settings.set_section("app", {"theme": "light"})
    settings.set_section("app", {"theme": "system"})
    assert len(told) == 1 and "disk is full" in told[0] and plain(told[0])
    assert "not kept" in told[0]
    assert settings.section("app") == {"theme": "system"}  # used for this session
    assert (data_dir / "settings.json").read_bytes() == before


def test_settings_writes_merge_with_the_file_on_disk(data_dir: Path) -> None:
    """Two running copies (or the window and the command line) never undo each other's change."""
    window, command_line = SettingsStore(data_dir), SettingsStore(data_dir)
    window.set_section("app", {"theme": "dark"})
    command_line.set_section("reminders", {"enabled": True})
    window.set_section("sound", {"muted": True})
    on_disk = json.loads((data_dir / "settings.json").read_text())
    assert on_disk["app"] == {"theme": "dark"}
    assert on_disk["reminders"] == {"enabled": True}
    assert on_disk["sound"] == {"muted": True}


def test_own_patterns_and_group_records_on_a_full_disk(faults: Faults, data_dir: Path) -> None:
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.group.store import GroupStore

    data_dir.mkdir(parents=True, exist_ok=True)
    patterns = CustomPatternStore(data_dir)
    library_pattern = breath_pattern("my_box")
    faults.full_disk()
    with pytest.raises(OSError) as caught:
        patterns.save(library_pattern)
    assert plain(str(caught.value)) and patterns.patterns() == []
    with pytest.raises(OSError) as caught:
        GroupStore(data_dir).clear()
    assert plain(str(caught.value))
    assert not (data_dir / "custom_patterns.json").exists()


def test_the_windows_log_actions_on_a_full_disk_say_one_plain_message(
    qtbot, faults: Faults, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from mindful_clinic.ui.log.actions import LogActions

    store = user_log()
    store.add(at(JAN))
    window = QWidget()
    qtbot.addWidget(window)
    actions = LogActions(store, ManualClock(), window, SafeFiles())
    said: list[str] = []
    actions.message.connect(said.append)
    source = tmp_path / "more.json"
    source.write_text(export_json([at(JAN.replace(month=3))]))
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    faults.full_disk()
    actions.export_action.trigger()
    actions.import_action.trigger()
    assert len(said) == 2 and all("disk is full" in m and plain(m) for m in said)
    assert not target.exists() and len(store) == 1
