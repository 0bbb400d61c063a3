""" "Delete all my data" with a synced folder: everywhere converges; this computer only leaves the
folder alone (issue #20)."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.services.reflect.store import ReflectionStore
from mindful_clinic.services.storage.paths import data_dir
from mindful_clinic.services.sync.erase import erase_here, honour_erase
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.personal import PersonalFile
from tests.log_fakes import CET, series
from tests.sync_fakes import Computer, computer, files_of, snapshot, sync_both, sync_one_way

MAR = datetime(2026, 3, 2, 9, 0, tzinfo=CET)
DAY = date(2026, 3, 2)


def reflections(c: Computer) -> ReflectionStore:
    return ReflectionStore(
        c.root / "data", PersonalFile(c.synced, c.device, "reflections", c.clock)
    )


def opened(c: Computer) -> Computer:
    """What opening the app or the log does first: carry out an erase not yet honoured."""
    honour_erase(c.synced, c.device.id)
    return c


def mirror_deletions(src: Computer, dst: Computer, device_id: str) -> None:
    """A sync tool also removes, on the other side, files a device deleted in its own folder."""
    mine = src.synced / "devices" / device_id
    theirs = dst.synced / "devices" / device_id
    for path in files_of(theirs):
        if not (mine / path.relative_to(theirs)).exists():
            path.unlink()


def sync_all(x: Computer, y: Computer) -> None:
    """Both ways, with the deletions each computer made in its own folder."""
    mirror_deletions(x, y, x.device.id)
    mirror_deletions(y, x, y.device.id)
    sync_both(x, y)


def test_delete_everywhere_converges_without_writing_another_computer_s_files(
    tmp_path: Path,
) -> None:
    a, b, c = computer(tmp_path, "a"), computer(tmp_path, "b"), computer(tmp_path, "c")
    for who, start in ((a, MAR), (b, MAR.replace(hour=12)), (c, MAR.replace(hour=15))):
        log = who.log()
        for r in series(2, start):
            log.add(r)
        reflections(who).add(make_reflection(f"from {who.root.name}", "win", DAY))
    sync_both(a, b)
    sync_both(b, c)
    sync_both(a, b)
    assert len(a.log().all()) == 6
    theirs = snapshot(a.synced / "devices" / b.device.id)
    a.clock.advance(60)
    a.log().delete_all()  # "Delete everywhere" on A
    assert snapshot(a.synced / "devices" / b.device.id) == theirs  # A never touched B's files
    assert a.log().all() == [] and reflections(a).all() == []  # C and B are left out on A
    sync_all(a, b)
    assert reflections(b).all() == []  # B shows nothing even before...
    assert b.log().all() == []  # ...opening its log, which deletes its own files
    assert not list((b.synced / "devices" / b.device.id).rglob("log-*.json"))
    b.clock.advance(120)
    fresh = series(1, MAR.replace(day=20))[0]
    b.log().add(fresh)  # a new practice after the erase is kept everywhere
    sync_all(a, b)
    assert [r.id for r in a.log().all()] == [r.id for r in b.log().all()] == [fresh.id]
    # C was away; when it returns, its old files do not come back anywhere
    mirror_deletions(b, c, a.device.id)  # B passes on what A deleted
    sync_all(b, c)
    assert reflections(c).all() == []
    assert [r.id for r in c.log().all()] == [fresh.id]
    opened(c)
    sync_one_way(c.synced, a.synced)
    mirror_deletions(c, a, c.device.id)
    assert [r.id for r in a.log().all()] == [fresh.id]
    assert reflections(a).all() == reflections(c).all() == []


def test_delete_from_this_computer_only_stops_syncing_and_leaves_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ReflectionStore(data_dir()).add(make_reflection("kept for the others", "win", DAY))
    folder = tmp_path / "Sync"
    folder.mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(folder)]) == 0
    before = snapshot(folder)
    shared = PersonalFile(folder, opened_device(), "reflections", _clock())
    assert erase_here() == folder
    assert synced_folder() is None
    assert snapshot(folder) == before  # the synced folder is exactly as it was
    assert shared.items() == {}  # a list still open in the window reads nothing from it now...
    shared.write({})  # ...deleting writes nothing there...
    with pytest.raises(OSError):
        shared.write({"x": {"text": "new"}})  # ...and a new item is not lost silently
    assert snapshot(folder) == before
    shutil.rmtree(data_dir())
    assert main(["sync", "folder", str(folder)]) == 0  # choosing it again shows everything
    capsys.readouterr()
    assert main(["reflect", "list"]) == 0
    assert "kept for the others" in capsys.readouterr().out
    card = json.loads(next(folder.rglob("device.json")).read_text())
    assert "name" in card


def opened_device():  # type: ignore[no-untyped-def]
    from mindful_clinic.services.sync.device import this_device

    return this_device()


def _clock():  # type: ignore[no-untyped-def]
    from mindful_clinic.core.time.clock import SystemClock

    return SystemClock()
