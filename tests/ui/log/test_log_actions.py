"""Window actions: export, import (validated, all or nothing), summary PDF, delete all."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.log.exchange import export_csv
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log import recovery
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.services.storage.atomic import SafeFiles
from mindful_clinic.ui.log.actions import LogActions, delete_all_box
from tests.log_fakes import CET, series


def make(qtbot: QtBot) -> tuple[LogActions, LogStore]:
    clock = ManualClock(datetime(2026, 3, 18, 17, tzinfo=CET))
    window = QWidget()
    qtbot.addWidget(window)
    store = LogStore(log_dir(), clock)
    return LogActions(store, clock, window, SafeFiles()), store


def test_export_both_formats(qtbot: QtBot, tmp_path: Path) -> None:
    actions, store = make(qtbot)
    store.import_records(series(3))
    assert actions.export_to(tmp_path / "a.csv", "csv") == 3
    assert (tmp_path / "a.csv").read_text().startswith("id,started_at,ended_at,")
    actions.export_to(tmp_path / "a.json", "json")
    assert len(json.loads((tmp_path / "a.json").read_text())["records"]) == 3
    assert [a.text() for a in (actions.export_action, actions.import_action, actions.pdf_action)] == [
        "Export log…", "Import log…", "Save summary as PDF…",
    ]  # fmt: skip


def test_import_is_validated_first(qtbot: QtBot, tmp_path: Path) -> None:
    actions, store = make(qtbot)
    records = series(4)
    bad = tmp_path / "bad.csv"
    bad.write_text(export_csv(records).replace(",7,", ",77,", 1), encoding="utf-8")
    outcome, parsed = actions.import_from(bad)
    assert outcome is None and len(store) == 0
    assert "row 3 (line 4): stress_before: must be from 0 to 10, got 77" in actions.problems_text(
        parsed
    )
    good = tmp_path / "good.csv"
    good.write_text(export_csv(records), encoding="utf-8")
    with qtbot.waitSignal(actions.log_changed):
        outcome, _ = actions.import_from(good)
    assert outcome is not None and (outcome.added, outcome.skipped) == (4, 0)
    assert actions.import_from(good)[0] == (0, 4)


def test_summary_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    actions, store = make(qtbot)
    store.import_records(series(10))
    html = actions.summary_html(store.summary())
    assert "10 practices (10 completed)" in html and "no comparison" in html and "%" not in html
    target = tmp_path / "summary.pdf"
    actions.write_summary_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.tmp"))


def test_delete_all_needs_a_clear_confirmation(qtbot: QtBot) -> None:
    actions, store = make(qtbot)
    store.import_records(series(2))
    box = delete_all_box(actions.window)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Delete everything"
    assert "cannot be undone" in box.informativeText()
    with qtbot.waitSignal(actions.log_changed):
        actions.delete_all()
    assert len(store) == 0


def test_privacy_section_and_other_data(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from mindful_clinic.ui.log.actions import privacy_section

    actions, _ = make(qtbot)
    section = privacy_section(actions)
    qtbot.addWidget(section)
    names = [b.accessibleName() for b in section.findChildren(QPushButton)]
    assert names == ["Export my practice log", "Delete all my data"]
    deleted: list[str] = []
    actions.all_deleted.connect(lambda: deleted.append("settings"))
    box = delete_all_box(actions.window, "Your settings will be reset too.")
    assert "Your settings will be reset too." in box.informativeText()
    actions.delete_all()
    assert deleted == ["settings"]


def test_summary_pdf_says_how_sessions_that_started_at_0_went(qtbot: QtBot) -> None:
    from tests.log_fakes import at

    actions, store = make(qtbot)
    for day, (before, after) in enumerate([(0, 4), (0, 6), (0, 0), (6, 3)], start=2):
        store.add(
            at(datetime(2026, 3, day, 9, tzinfo=CET), stress_before=before, stress_after=after)
        )
    html = actions.summary_html(store.summary())
    assert "Of the 1 that did not start at 0: 1 lower afterwards, 0 the same, 0 higher." in html
    assert "3 started at 0, so could not go lower; counted apart: 1 stayed at 0 and 2 rose." in html


def test_an_export_of_many_months_equals_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mindful_clinic.core.log.exchange import export_json

    clock = ManualClock(datetime(2026, 6, 1, 9, 0, tzinfo=CET))
    store = LogStore(log_dir(), clock)
    records = series(200, step=timedelta(hours=13))  # four months and more
    store.import_records(records)
    actions = LogActions(store, clock, QWidget(), SafeFiles())
    assert actions.export_to(tmp_path / "a.csv", "csv") == 200
    assert actions.export_to(tmp_path / "a.json", "json") == 200
    ordered = sorted(records, key=lambda r: r.started_at)
    assert (tmp_path / "a.csv").read_bytes().decode() == export_csv(ordered)
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == export_json(ordered)
    store.close()
    reopened = LogStore(log_dir(), clock)  # from the aggregates: documents passed on as stored
    monkeypatch.setattr(recovery, "load_shard", None)  # no month is read record by record
    again = LogActions(reopened, clock, QWidget(), SafeFiles())
    assert again.export_to(tmp_path / "b.csv", "csv") == 200
    assert again.export_to(tmp_path / "b.json", "json") == 200
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()
