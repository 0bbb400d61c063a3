"""Two computers, one synced folder, files copied both ways as a sync tool would (issue #20)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mindful_clinic.core.log.records import RecordError
from mindful_clinic.services.sync.layout import device_log_dir
from tests.log_fakes import CET, at, series
from tests.sync_fakes import computer, snapshot, sync_both, sync_one_way

MAR = datetime(2026, 3, 2, 9, 0, tzinfo=CET)


def ids(log: object) -> list[tuple[str, int | None, str]]:
    return [(r.id, r.stress_after, r.note) for r in log.all()]  # type: ignore[attr-defined]


def test_two_computers_show_the_same_log_after_syncing(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    assert a.device.id != b.device.id
    log_a, log_b = a.log(), b.log()
    for r in series(3, MAR):
        log_a.add(r)
    for r in series(2, MAR + timedelta(hours=5)):
        log_b.add(r)
    sync_both(a, b)
    assert len(log_a.all()) == len(log_b.all()) == 5
    assert ids(log_a) == ids(log_b)
    assert log_a.summary().sessions == log_b.summary().sessions == 5
    assert log_a.rows() == log_b.rows()
    rest = log_a.quiet_rest()  # Insights' comparison: from the merged sessions of both
    assert rest == log_b.quiet_rest() and rest.waiting == (("Slow, even breathing", 5),)
    # each computer wrote only under its own folder
    own_a = device_log_dir(a.synced, a.device.id)
    assert {p.parent for p in own_a.parent.parent.rglob("log-*.json")} == {
        device_log_dir(a.synced, a.device.id),
        device_log_dir(a.synced, b.device.id),
    }


def test_edits_and_deletions_converge_whatever_order_files_arrive_in(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    log_a, log_b = a.log(), b.log()
    first, second = series(2, MAR)
    log_a.add(first)
    log_a.add(second)
    sync_both(a, b)
    # both edit the same practice; B's edit is a minute later, so it wins everywhere
    log_a.update(first.id, note="from A")
    b.clock.advance(60)
    log_b.update(first.id, note="from B", stress_after=1)
    log_b.delete(second.id)
    # B's edits (changes.json) reach A before anything else; then A's reach B
    sync_one_way(b.synced, a.synced, only="changes")
    sync_one_way(a.synced, b.synced)
    sync_both(a, b)
    assert ids(log_a) == ids(log_b) == [(first.id, 1, "from B")]
    # undo of a deletion made after it converges too
    b.clock.advance(60)
    log_b.restore(second)
    sync_both(a, b)
    assert ids(log_a) == ids(log_b) and len(ids(log_a)) == 2


def test_an_edit_is_validated_like_the_window_and_never_touches_other_files(
    tmp_path: Path,
) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    log_a, log_b = a.log(), b.log()
    record = at(MAR)
    log_a.add(record)
    sync_both(a, b)
    theirs = device_log_dir(b.synced, a.device.id)
    before = snapshot(theirs)
    with pytest.raises(RecordError):
        log_b.update(record.id, stress_after=11)
    log_b.update(record.id, stress_after=2, note="calmer")
    log_b.delete(record.id)
    log_b.restore(record)
    log_b.close()
    assert snapshot(theirs) == before
    assert log_b.get(record.id) == record


def test_a_file_still_arriving_is_skipped_and_a_damaged_one_is_reported_untouched(
    tmp_path: Path,
) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    log_a, log_b = a.log(), b.log()
    records = series(3, MAR)
    for r in records:
        log_a.add(r)
    sync_both(a, b)
    assert len(log_b.all()) == 3
    theirs = device_log_dir(b.synced, a.device.id) / "log-2026-03.json"
    whole = theirs.read_bytes()
    theirs.write_bytes(whole[: len(whole) // 2])  # the sync tool is half-way through
    (theirs.parent / ".syncthing.log-2026-04.json.tmp").write_bytes(b"{")
    log_b.refresh()
    assert log_b.problems == []
    assert len(log_b.all()) == 3  # the last complete reading stays in use
    theirs.write_bytes(b"this is not a log at all")
    log_b.refresh()
    assert [p.file for p in log_b.problems] == ["log-2026-03.json"]
    assert "could not be read" in log_b.problems[0].message
    assert theirs.read_bytes() == b"this is not a log at all"
    assert len(list(theirs.parent.glob("*damaged*"))) == 0


def test_conflict_copies_are_merged_and_listed(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    log_a, log_b = a.log(), b.log()
    old, extra = series(2, MAR)
    log_a.add(old)
    sync_both(a, b)
    # A's folder was restored from a backup on another machine: the sync tool kept both copies
    log_a.add(extra)
    folder_b = device_log_dir(b.synced, a.device.id)
    month_a = device_log_dir(a.synced, a.device.id) / "log-2026-03.json"
    (folder_b / "log-2026-03.sync-conflict-20260310-120000-ABCDEFG.json").write_bytes(
        month_a.read_bytes()
    )
    (folder_b / "log-2026-03 (Anna's conflicted copy 2026-03-10).json").write_bytes(
        month_a.read_bytes()
    )
    assert {r.id for r in log_b.all()} == {old.id, extra.id}
    assert len(log_b.all()) == 2  # merged by id: nothing doubled
    assert len(log_b.conflicts()) == 2


def test_device_id_is_random_local_and_renamable(tmp_path: Path) -> None:
    from mindful_clinic.services.sync.device import rename_device, this_device

    a = computer(tmp_path, "a")
    first = this_device(a.local)
    assert this_device(a.local) == first
    assert len(first.id) == 32
    assert rename_device("  Ward 7   desk ", a.local).name == "Ward 7 desk"
    assert this_device(a.local).id == first.id
    with pytest.raises(ValueError):
        rename_device("   ", a.local)
    doc = json.loads((a.local / "device.json").read_text())
    assert doc["name"] == "Ward 7 desk"


def test_a_damaged_own_edits_file_is_set_aside_and_its_backup_used(tmp_path: Path) -> None:
    a = computer(tmp_path, "a")
    log = a.log()
    record = at(MAR)
    log.add(record)
    log.update(record.id, note="first")
    a.clock.advance(5)
    log.update(record.id, note="second")
    own = device_log_dir(a.synced, a.device.id) / "changes.json"
    own.write_text("[[[ not json")
    again = a.log()
    assert again.get(record.id).note == "first"  # the previous version, from the backup
    assert any("kept as" in p.message for p in again.problems)
    assert len(list(own.parent.glob("changes.damaged-*.json"))) == 1  # kept, never deleted
    assert again.conflicts() == []  # a set-aside copy is not mistaken for a conflict copy


def test_delete_all_empties_the_log_on_every_computer(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    log_a, log_b = a.log(), b.log()
    log_a.import_records(series(3, MAR))
    log_b.import_records(series(2, MAR + timedelta(hours=4)))
    sync_both(a, b)
    theirs = snapshot(device_log_dir(a.synced, b.device.id))
    a.clock.advance(60)
    log_a.delete_all()
    assert log_a.all() == []
    assert snapshot(device_log_dir(a.synced, b.device.id)) == theirs  # B's files untouched
    sync_both(a, b)
    assert log_b.all() == [] and log_a.all() == []
