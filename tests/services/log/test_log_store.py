"""The practice-log store: TinyDB documents in monthly files, damage repair, upgrades, undo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from tinydb import TinyDB

from mindful_clinic.core.log.records import RecordError, to_document
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log import journal as log_journal
from mindful_clinic.services.log import recovery as log_recovery_module
from mindful_clinic.services.log import scan as log_scan_module
from mindful_clinic.services.log import store as log_store_module
from mindful_clinic.services.log.schema import CURRENT_VERSION, STEPS, step_1_to_2, upgrade
from mindful_clinic.services.log.shards import serialize
from mindful_clinic.services.log.store import LogBusyError, LogStore, LogStoreError, log_dir
from tests.log_fakes import CET, at, make, series

JAN = datetime(2026, 1, 5, 9, 0, tzinfo=CET)
FEB = datetime(2026, 2, 3, 9, 0, tzinfo=CET)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 2, 10, 12, 0, 5, tzinfo=CET))


def shard(store: LogStore, month: str) -> Path:
    return store.folder / f"log-{month}.json"


def test_records_are_tinydb_documents_in_private_monthly_files(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    assert store.folder == log_dir()
    jan, feb = at(JAN), at(FEB, stress_after=None)
    store.add(jan)
    store.add(feb)
    assert len(store) == 2
    assert store.all() == [jan, feb]
    assert store.get(feb.id) == feb
    assert store.get("00000000-0000-4000-8000-000000000000") is None
    assert store.query(start=date(2026, 2, 1)) == [feb]
    assert store.query(practice_id="other") == []
    with TinyDB(shard(store, "2026-01"), access_mode="r") as db:
        assert db.table("practices").all() == [to_document(jan)]
        assert db.table("_meta").all() == [{"schema_version": CURRENT_VERSION}]
    assert os.stat(store.folder).st_mode & 0o777 == 0o700
    for path in store.folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert shard(store, "2026-01").read_text().count("\n") >= 5  # one document per line


def test_duplicate_ids_are_refused(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    record = at(JAN)
    store.add(record)
    with pytest.raises(LogStoreError, match="already in the log"):
        store.add(record)
    with pytest.raises(TypeError):
        store.add(to_document(record))  # type: ignore[arg-type]


def test_update_validates_and_changes_only_what_is_named(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    record = at(JAN, note="first")
    store.add(record)
    before = shard(store, "2026-01").read_bytes()
    for bad in ({"stress_after": 11}, {"stress_before": True}, {"note": "x" * 5000}):
        with pytest.raises(RecordError):
            store.update(record.id, **bad)  # type: ignore[arg-type]
    assert shard(store, "2026-01").read_bytes() == before
    changed = store.update(record.id, stress_after=None, note="slower out-breath")
    assert (changed.stress_before, changed.stress_after, changed.note) == (
        7,
        None,
        "slower out-breath",
    )
    assert LogStore(log_dir(), clock).get(record.id) == changed
    with pytest.raises(LogStoreError, match="no record"):
        store.update("00000000-0000-4000-8000-000000000000", note="x")


def test_delete_and_undo(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    keep, gone = at(JAN), at(JAN.replace(day=6))
    store.add(keep)
    store.add(gone)
    removed = store.delete(gone.id)
    assert removed == gone
    assert store.all() == [keep]
    assert LogStore(log_dir(), clock).all() == [keep]
    store.restore(removed)
    assert LogStore(log_dir(), clock).all() == [keep, gone]
    with pytest.raises(LogStoreError):
        store.restore(removed)  # undo twice: already back


def test_reopening_uses_the_index_and_rereads_only_changed_months(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LogStore(log_dir(), clock) as store:
        for record in series(70):  # January to mid-March
            store.add(record)
    expected = store.insights(date(2026, 3, 15))
    other = LogStore(log_dir(), clock)
    other.add(at(FEB.replace(day=20)))  # another process changes February after our index
    loaded: list[str] = []
    real = log_recovery_module.load_shard
    monkeypatch.setattr(
        log_recovery_module,
        "load_shard",
        lambda path, month=None, lenient=False: loaded.append(month) or real(path, month, lenient),
    )
    real_scan = log_scan_module.scan_month
    for module in (log_scan_module, log_store_module):
        monkeypatch.setattr(
            module, "scan_month", lambda path, month: loaded.append(month) or real_scan(path, month)
        )
    fresh = LogStore(log_dir(), clock)
    assert loaded == ["2026-02"]  # tallied in one pass; read in full only when needed
    assert len(fresh) == 71
    assert fresh.insights(date(2026, 3, 15)).overall.rated == expected.overall.rated + 1


def test_a_copied_folder_opens_from_its_aggregates_without_reading_a_month(
    clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LogStore(log_dir(), clock) as store:
        store.import_records(series(70))
    expected = store.insights(date(2026, 3, 15))
    copy = tmp_path / "restored"
    copy.mkdir()
    for path in log_dir().iterdir():  # a plain copy: new inodes and new modification times
        if path.is_file():
            (copy / path.name).write_bytes(path.read_bytes())
    read: list[str] = []
    for module in (log_scan_module, log_store_module):
        monkeypatch.setattr(module, "scan_month", lambda p, m: read.append(m))
    monkeypatch.setattr(log_recovery_module, "load_shard", lambda *a, **k: read.append("full"))
    restored = LogStore(copy, clock)
    assert restored.insights(date(2026, 3, 15)) == expected
    assert read == [] and len(restored) == 70


def test_two_stores_see_each_others_changes(clock: ManualClock) -> None:
    first, second = LogStore(log_dir(), clock), LogStore(log_dir(), clock)
    record = at(JAN)
    first.add(record)
    assert second.get(record.id) == record
    second.delete(record.id)
    assert first.all() == []
    first.add(at(FEB))
    second.delete_all()
    assert first.all() == [] and len(first) == 0


def test_delete_all_removes_every_file_but_the_lock(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    for record in series(40):
        store.add(record)
    store.close()
    store.delete_all()
    assert [p.name for p in store.folder.iterdir()] == [".lock"]
    assert len(LogStore(log_dir(), clock)) == 0


def test_leftover_temporary_files_are_removed(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    store.add(at(JAN))
    leftover = store.folder / ".log-2026-01.json.abc123.tmp"
    leftover.write_text('{"_meta": {"1"')
    assert len(LogStore(log_dir(), clock)) == 1
    assert not leftover.exists()


# -- damaged files -------------------------------------------------------------------------------
DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "non_json": lambda data: b"this is not JSON at all",
    "binary": lambda data: b"\xff\xfe\x00garbage",
    "wrong_schema": lambda data: b'{"_default": {"1": {"hello": "world"}}}',
}
# One invalid record (a rating of 11) no longer costs its month: tests/faults/test_damaged_items.py
REASONS = {
    "truncated": "cut short",
    "empty": "empty",
    "non_json": "not valid JSON",
    "binary": "not text",
    "wrong_schema": "does not look like a practice log",
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_file_is_moved_aside_and_backup_restored(kind: str, clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    first, second, other_month = at(JAN), at(JAN.replace(day=9)), at(FEB)
    for record in (first, second, other_month):
        store.add(record)
    store.close()
    path = shard(store, "2026-01")
    damaged = DAMAGE[kind](path.read_bytes())
    path.write_bytes(damaged)

    reopened = LogStore(log_dir(), clock)
    assert reopened.all() == [first, other_month]  # the backup held January before `second`
    [problem] = reopened.problems
    assert (problem.kind, problem.month, problem.restored) == ("damaged", "2026-01", True)
    assert REASONS[kind] in problem.reason
    assert problem.moved_to == store.folder / "log-2026-01.damaged-20260210-120005.json"
    assert problem.moved_to.read_bytes() == damaged  # kept, never deleted
    assert str(problem.moved_to) in problem.message and "January 2026" in problem.message
    assert json.loads(path.read_text())["practices"]  # a valid file is back in place
    reopened.add(second)  # and the log keeps working
    assert len(LogStore(log_dir(), clock)) == 3


def test_damaged_file_without_a_good_backup(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    store.add(at(JAN))
    feb = at(FEB)
    store.add(feb)
    path = shard(store, "2026-01")
    path.write_bytes(b"{")
    assert not (store.folder / "log-2026-01.json.bak").exists()
    reopened = LogStore(log_dir(), clock)
    assert reopened.all() == [feb]
    [problem] = reopened.problems
    assert not problem.restored and "starts empty" in problem.message
    assert problem.moved_to is not None and problem.moved_to.read_bytes() == b"{"


def test_damaged_backup_is_also_kept_aside(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    store.add(at(JAN))
    store.add(at(JAN.replace(day=7)))
    shard(store, "2026-01").write_bytes(b"")
    (store.folder / "log-2026-01.json.bak").write_bytes(b"[1, 2")
    reopened = LogStore(log_dir(), clock)
    assert len(reopened) == 0 and not reopened.problems[0].restored
    names = sorted(p.name for p in store.folder.iterdir())
    assert "log-2026-01.damaged-20260210-120005.json" in names
    assert "log-2026-01.json.bak.damaged-20260210-120005" in names


def test_a_second_damage_in_the_same_second_gets_its_own_name(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    store.add(at(JAN))
    for _ in range(2):
        shard(store, "2026-01").write_bytes(b"garbage")
        LogStore(log_dir(), clock)
    names = sorted(p.name for p in store.folder.iterdir() if "damaged" in p.name)
    assert names == [
        "log-2026-01.damaged-20260210-120005-1.json",
        "log-2026-01.damaged-20260210-120005.json",
    ]


def test_file_from_a_newer_version_is_left_alone(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    store.add(at(FEB))
    newer = b'{"_meta": {"1": {"schema_version": 99}}, "practices": {"1": {"future": true}}}'
    shard(store, "2026-01").write_bytes(newer)
    LogStore(log_dir(), clock).close()  # an index saved meanwhile must not hide the month's state
    reopened = LogStore(log_dir(), clock)
    assert [p.kind for p in reopened.problems] == ["newer"]
    assert len(reopened.all()) == 1
    with pytest.raises(LogStoreError, match="cannot be changed"):
        reopened.add(at(JAN))
    with pytest.raises(LogStoreError):
        reopened.import_records([at(JAN)])
    assert shard(store, "2026-01").read_bytes() == newer


# -- schema upgrades -------------------------------------------------------------------------------
def v1_tables(*records: object) -> dict[str, object]:
    docs = {}
    for i, record in enumerate(records, start=1):
        doc = to_document(record)  # type: ignore[arg-type]
        del doc["scale_id"], doc["app_version"]
        docs[str(i)] = doc
    return {"_meta": {"1": {"schema_version": 1}}, "practices": docs}


def test_every_upgrade_step_has_a_test() -> None:
    assert sorted(STEPS) == list(range(1, CURRENT_VERSION)) == [1]  # add a test per new step


def test_step_1_to_2_names_the_scale() -> None:
    tables = v1_tables(make())
    out = step_1_to_2(tables)
    assert out["practices"]["1"]["scale_id"] == "stress_nrs11"
    assert out["practices"]["1"]["app_version"] == ""
    assert upgrade(v1_tables(make()), 1)["_meta"] == {"1": {"schema_version": 2}}


def test_opening_a_version_1_file_upgrades_it_after_a_backup(clock: ManualClock) -> None:
    folder = log_dir()
    folder.mkdir(parents=True)
    record = at(JAN)
    original = serialize(v1_tables(record))
    (folder / "log-2026-01.json").write_bytes(original)
    store = LogStore(log_dir(), clock)
    assert store.all()[0].id == record.id and not store.problems
    assert (folder / "log-2026-01.json.v1.bak").read_bytes() == original
    on_disk = json.loads((folder / "log-2026-01.json").read_text())
    assert on_disk["_meta"]["1"]["schema_version"] == 2
    assert on_disk["practices"]["1"]["scale_id"] == "stress_nrs11"


# -- import ----------------------------------------------------------------------------------------
def test_import_skips_and_counts_existing_ids(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    existing = at(JAN)
    store.add(existing)
    new = series(5, start=FEB)
    outcome = store.import_records([existing, *new])
    assert (outcome.added, outcome.skipped) == (5, 1)
    assert store.import_records(new) == (0, 5)
    assert len(LogStore(log_dir(), clock)) == 6
    assert not (store.folder / "import-journal.json").exists()


def test_import_interrupted_after_commit_is_finished_on_next_open(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = LogStore(log_dir(), clock)
    records = series(90)  # three months
    calls = []

    def dies_after_one_month(self: LogStore, month: str, group: list[object]) -> None:
        if calls:
            raise KeyboardInterrupt("killed")
        calls.append(month)
        real_insert(self, month, group)

    real_insert = LogStore._insert
    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(LogStore, "_insert", dies_after_one_month)
        store.import_records(records)
    assert (store.folder / "import-journal.json").exists()
    reopened = LogStore(log_dir(), clock)
    assert len(reopened) == 90 and not reopened.problems
    assert not (store.folder / "import-journal.json").exists()


def test_import_interrupted_before_commit_adds_nothing(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = LogStore(log_dir(), clock)

    def dies(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed while writing the journal")

    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(log_journal, "atomic_write_bytes", dies)
        store.import_records(series(40))
    assert len(LogStore(log_dir(), clock)) == 0


def test_unreadable_journal_is_kept_aside(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    (store.folder / "import-journal.json").write_text('{"records": [{"id": 1}]}')
    reopened = LogStore(log_dir(), clock)
    assert [p.kind for p in reopened.problems] == ["journal"]
    assert len(reopened) == 0


# -- one writer at a time -------------------------------------------------------------------------
def test_another_process_holding_the_lock_makes_us_wait_then_give_up(clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    code = (
        "import fcntl, sys; f = open(sys.argv[1], 'a'); fcntl.flock(f, fcntl.LOCK_EX); "
        "print('locked', flush=True); sys.stdin.read()"
    )
    lock_file = str(store.folder / ".lock")
    with subprocess.Popen(
        [sys.executable, "-c", code, lock_file],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LogBusyError, match="try again"):
            LogStore(log_dir(), clock, lock_timeout_s=0.05)
        holder.stdin.close()
        holder.wait(10)
    store.add(at(JAN))  # free again once the other process has finished
    assert len(store) == 1


def test_an_edit_from_history_reads_only_its_month_after_a_first_opening(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LogStore(log_dir(), clock) as store:
        store.import_records(series(70))  # January to mid-March
    for name in ("index.json", "aggregates.json"):
        (log_dir() / name).unlink()
    fresh = LogStore(log_dir(), clock)  # every month tallied in one pass, none read in full
    shown = fresh.month_records("2026-02")  # what History reads to show February
    loaded: list[str] = []
    real = log_recovery_module.load_shard
    monkeypatch.setattr(
        log_recovery_module,
        "load_shard",
        lambda path, month=None, lenient=False: loaded.append(month) or real(path, month, lenient),
    )
    changed = fresh.update(shown[0].id, note="edited")
    assert changed.note == "edited" and loaded == []
    assert LogStore(log_dir(), clock).get(shown[0].id) == changed
