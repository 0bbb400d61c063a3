"""Insights and the quiet-rest comparison from the whole log's tally, added up once per change.

The figures must be exactly those worked out session by session (core.log.stats / quiet_rest), and
must follow every change: a save, an edit, a delete, an import, "delete all", and a month file
changed by another process or a sync tool.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta

import pytest

from mindful_clinic.core.log.quiet_rest import compare_with_quiet_rest
from mindful_clinic.core.log.stats import insights
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.store import LogStore
from tests.log_fakes import CET, at

TODAY = date(2026, 3, 15)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 15, 12, 0, tzinfo=CET))


def sample() -> list:
    """Five months of varied practice: three practices, quiet rests, unrated and zero starts."""
    start = datetime(2025, 10, 6, 8, 0, tzinfo=CET)
    kinds = [
        ("resonance_5_5", "Slow, even breathing"),
        ("quiet_rest", "Quiet rest"),
        ("body_scan", "Body scan"),
        ("grounding", "Grounding"),
    ]
    out = []
    for i in range(160):
        pid, title = kinds[i % 4 if i % 7 else 1]
        before = None if i % 11 == 0 else (i * 3) % 11
        after = None if before is None else max(0, min(10, before - (i % 5) + 1))
        out.append(
            at(
                start + timedelta(hours=17 * i),
                practice_id=pid,
                practice_title=title,
                stress_before=before,
                stress_after=after,
            )
        )
    return out


def assert_matches_sessions(store: LogStore) -> None:
    rows = store.rows()
    assert store.insights(TODAY) == insights(rows, TODAY)
    assert store.quiet_rest() == compare_with_quiet_rest(rows)


def test_figures_are_those_worked_out_session_by_session(clock: ManualClock, tmp_path) -> None:
    store = LogStore(tmp_path / "log", clock)
    store.import_records(sample())
    assert_matches_sessions(store)
    reopened = LogStore(store.folder, clock)  # from the saved aggregates, as the app opens it
    assert_matches_sessions(reopened)
    assert reopened.insights(TODAY).total_sessions == 160


def test_the_sum_is_kept_until_the_log_changes(clock: ManualClock, tmp_path) -> None:
    store = LogStore(tmp_path / "log", clock)
    store.import_records(sample())
    first = store.tally()
    assert store.tally() is first  # Insights and quiet rest share one sum
    store.insights(TODAY)
    store.quiet_rest()
    assert store.tally() is first
    store.add(at(datetime(2026, 3, 14, 9, 0, tzinfo=CET), practice_id="quiet_rest"))
    assert store.tally() is not first
    assert store.tally().sessions == first.sessions + 1


def test_every_change_is_reflected(clock: ManualClock, tmp_path) -> None:
    store = LogStore(tmp_path / "log", clock)
    records = sample()
    store.import_records(records[:100])
    assert store.insights(TODAY).total_sessions == 100
    saved = at(datetime(2026, 3, 14, 9, 0, tzinfo=CET), stress_before=9, stress_after=2)
    store.add(saved)  # a save
    assert store.insights(TODAY).total_sessions == 101
    assert_matches_sessions(store)
    before = store.insights(TODAY).overall
    store.update(saved.id, stress_before=2, stress_after=9)  # an edit
    assert store.insights(TODAY).overall.worse == before.worse + 1
    assert_matches_sessions(store)
    store.delete(saved.id)  # a delete
    assert store.insights(TODAY).total_sessions == 100
    assert_matches_sessions(store)
    store.import_records(records[100:])  # an import
    assert store.insights(TODAY).total_sessions == 160
    assert_matches_sessions(store)
    store.delete_all()
    assert store.insights(TODAY).total_sessions == 0
    assert store.quiet_rest().quiet_rest.rated == 0


def test_a_change_made_elsewhere_is_reflected(clock: ManualClock, tmp_path) -> None:
    """Another process (the command line) or a sync tool bringing a month file in."""
    store = LogStore(tmp_path / "log", clock)
    store.import_records(sample()[:100])
    rest_before = store.quiet_rest().quiet_rest.rated
    other = LogStore(tmp_path / "log", clock)
    for i in range(6):
        other.add(
            at(
                datetime(2026, 3, 2 + i, 9, 0, tzinfo=CET),
                practice_id="quiet_rest",
                practice_title="Quiet rest",
                stress_before=6,
                stress_after=5,
            )
        )
    other.close()
    assert store.quiet_rest().quiet_rest.rated == rest_before + 6
    assert store.insights(TODAY).total_sessions == 106
    assert_matches_sessions(store)
    synced = LogStore(tmp_path / "copy", clock)  # a synced copy of another folder's months
    synced.insights(TODAY)
    for path in (tmp_path / "log").glob("log-*.json"):
        shutil.copy2(path, tmp_path / "copy" / path.name)
    assert synced.insights(TODAY).total_sessions == 106
    assert_matches_sessions(synced)
