"""Opening a log without its caches: one pass over the files, the same figures as a warm opening."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log import scan as log_scan_module
from mindful_clinic.services.log.aggregates import drop_aggregates
from mindful_clinic.services.log.index import drop_index
from mindful_clinic.services.log.shards import shard_name
from mindful_clinic.services.log.store import LogStore, log_dir
from tests.log_fakes import CET, at, series

NOW = datetime(2026, 3, 18, 17, 0, tzinfo=CET)
TODAY = NOW.date()


def figures(store: LogStore) -> tuple[object, ...]:
    return (
        len(store),
        store.insights(TODAY),
        store.summary(),
        store.summary(date(2025, 12, 10), date(2026, 2, 20)),
        store.quiet_rest(),
        store.months(),
        store.practices(),
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def filled_log(clock: ManualClock) -> tuple[object, ...]:
    with LogStore(log_dir(), clock) as store:
        store.import_records(series(300, NOW - timedelta(days=299), timedelta(hours=23)))
        store.add(at(NOW - timedelta(days=3), practice_id="box_4444", practice_title="Box"))
        store.add(at(NOW - timedelta(days=2), stress_before=None, stress_after=None))
        warm = figures(store)
    assert figures(LogStore(log_dir(), clock)) == warm  # from the aggregates the store saved
    return warm


@pytest.mark.parametrize("in_processes", [False, True])
def test_a_log_without_its_caches_opens_with_the_figures_of_a_warm_one(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch, in_processes: bool
) -> None:
    warm = filled_log(clock)
    drop_index(log_dir())
    drop_aggregates(log_dir())
    if in_processes:  # as with hundreds of thousands of records: the months read by workers
        monkeypatch.setattr(log_scan_module, "PARALLEL_BYTES", 0)
    cold = LogStore(log_dir(), clock)
    assert figures(cold) == warm
    cold.close()  # the pass is kept: the next opening reads no month
    read: list[str] = []
    monkeypatch.setattr(log_scan_module, "scan_month", lambda p, m: read.append(m))
    assert figures(LogStore(log_dir(), clock)) == warm and read == []


def test_workers_tally_every_month_as_one_process_does(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_log(clock)
    sizes = {
        m: (log_dir() / shard_name(m)).stat().st_size for m in ("2025-06", "2025-12", "2026-03")
    }
    here = log_scan_module.scan_months(log_dir(), sizes)
    monkeypatch.setattr(log_scan_module, "PARALLEL_BYTES", 0)
    assert log_scan_module.scan_months(log_dir(), sizes) == here
    assert all(agg is not None and agg.tally.sessions for agg in here.values())


def test_a_month_with_an_odd_record_is_read_the_careful_way(clock: ManualClock) -> None:
    warm = filled_log(clock)
    drop_aggregates(log_dir())
    path = log_dir() / shard_name("2026-02")
    tables = json.loads(path.read_bytes())
    doc = next(iter(tables["practices"].values()))
    doc["stress_before"] = 12  # a value no record holds: the month's file is damaged
    path.write_text(json.dumps(tables))
    store = LogStore(log_dir(), clock)
    assert len(store) == warm[0] - 1  # the bad record set aside, the rest of the month kept
    assert [p.month for p in store.problems] == ["2026-02"]
