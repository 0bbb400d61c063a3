"""Exports month by month from the stored documents: the same bytes as from the records."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from mindful_clinic.core.log.exchange import csv_chunks, export_csv
from mindful_clinic.core.log.records import csv_rows_of_documents
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log import recovery as log_recovery_module
from mindful_clinic.services.log.shards import shard_name
from mindful_clinic.services.log.store import LogStore, log_dir
from tests.log_fakes import CET, at, series

NOW = datetime(2026, 3, 18, 17, 0, tzinfo=CET)


def streamed(store: LogStore) -> str:
    return "".join(csv_chunks(store.iter_documents(), csv_rows_of_documents))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def awkward_log(clock: ManualClock) -> str:
    """A log with texts a spreadsheet would run, skipped ratings and a session ended early."""
    with LogStore(log_dir(), clock) as store:
        store.import_records(series(90, NOW - timedelta(days=120), timedelta(hours=31)))
        for i, text in enumerate(("=SUM(A1)", "-5", "'=x", "@home", 'say "hi", then\nrest')):
            store.add(at(NOW - timedelta(days=i, hours=3), note=text, practice_title=text))
        store.add(at(NOW - timedelta(days=7), stress_before=None, stress_after=None, mode="group"))
        store.add(at(NOW - timedelta(days=9), completed=False, actual_s=61, planned_s=300))
        expected = export_csv(store.all())
    return expected


def test_months_written_by_the_app_are_exported_as_stored_without_reading_records(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = awkward_log(clock)
    store = LogStore(log_dir(), clock)  # as at a start: every month known from its aggregates
    read: list[str] = []
    real = log_recovery_module.load_shard
    monkeypatch.setattr(
        log_recovery_module,
        "load_shard",
        lambda path, month=None, lenient=False: read.append(month) or real(path, month, lenient),
    )
    assert streamed(store) == expected
    assert read == []  # each month passed on from its file as parsed


def test_a_month_not_in_the_stored_form_is_read_and_exported_as_records(
    clock: ManualClock,
) -> None:
    expected = awkward_log(clock)
    path = log_dir() / shard_name("2026-02")
    tables = json.loads(path.read_bytes())
    doc = next(iter(tables["practices"].values()))
    start = datetime.fromisoformat(doc["started_at"])
    doc["started_at"] = start.strftime("%Y%m%dT%H%M%S%z")  # basic format: valid, not canonical
    path.write_text(json.dumps(tables))
    store = LogStore(log_dir(), clock)
    for _ in store.iter_records():  # validated in full, but its documents are not as stored
        pass
    store.close()
    assert streamed(LogStore(log_dir(), clock)) == expected
    assert "T" in expected and start.isoformat() in expected


def test_an_edit_keeps_the_export_exact(clock: ManualClock) -> None:
    awkward_log(clock)
    store = LogStore(log_dir(), clock)
    first = store.all()[0]
    store.update(first.id, note="+1 better after", stress_after=None)
    assert streamed(store) == export_csv(store.all())
    store.close()
    again = LogStore(log_dir(), clock)
    assert streamed(again) == export_csv(again.all())
    assert "'+1 better after" in streamed(again)
