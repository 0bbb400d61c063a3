"""History: filter, edit a rating or note (validated), delete and undo; check-ins end up there."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.log.outcome import PracticeOutcome
from mindful_clinic.core.log.records import record_from_outcome
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log.store import LogStore, log_dir
from mindful_clinic.ui.log.checkin import CheckInWidget
from mindful_clinic.ui.log.history import HistoryView
from tests.log_fakes import CET, at, series

NOW = datetime(2026, 3, 18, 17, 0, tzinfo=CET)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def store(clock: ManualClock) -> LogStore:
    store = LogStore(log_dir(), clock)
    store.add(at(NOW - timedelta(days=1), note="before the team meeting"))
    store.add(at(NOW - timedelta(days=3), practice_id="box_4444", practice_title="Box breathing"))
    store.add(at(NOW - timedelta(days=40), stress_before=9, stress_after=5))
    return store


def cell(view: HistoryView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data())


def make_view(qtbot: QtBot, store: LogStore, clock: ManualClock) -> HistoryView:
    view = HistoryView(store, clock)
    qtbot.addWidget(view)
    view.show()
    return view


def test_table_shows_the_period_newest_first(
    qtbot: QtBot, store: LogStore, clock: ManualClock
) -> None:
    view = make_view(qtbot, store, clock)
    assert view.period.currentText() == "Last 30 days"
    assert view.model.rowCount() == 2
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Date", "Practice", "Duration", "Before → after", "Note",
    ]  # fmt: skip
    assert (cell(view, 0, 1), cell(view, 0, 2), cell(view, 0, 3), cell(view, 0, 4)) == (
        "Slow, even breathing", "3:00", "7 → 4", "before the team meeting",
    )  # fmt: skip
    assert cell(view, 1, 1) == "Box breathing"
    view.period.setCurrentIndex(view.period.findText("All time"))
    assert view.model.rowCount() == 3 and cell(view, 2, 3) == "9 → 5"
    view.practice.setCurrentIndex(view.practice.findData("box_4444"))
    assert view.model.rowCount() == 1 and cell(view, 0, 1) == "Box breathing"
    view.period.setCurrentIndex(view.period.findText("Last 7 days"))
    view.practice.setCurrentIndex(view.practice.findData("resonance_5_5"))
    assert view.model.rowCount() == 1
    assert not view.empty.isVisible()


def test_empty_period(qtbot: QtBot, clock: ManualClock) -> None:
    view = make_view(qtbot, LogStore(log_dir(), clock), clock)
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    assert not view.delete_button.isEnabled()


def test_edit_a_rating_and_note(qtbot: QtBot, store: LogStore, clock: ManualClock) -> None:
    view = make_view(qtbot, store, clock)
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    record = view.selected_record()
    assert record is not None and record.note == "before the team meeting"
    dialog = view.edit_selected()
    assert dialog is not None and dialog.rating(dialog.before) == 7
    dialog.after.setValue(dialog.after.minimum())  # "none": the after rating skipped
    dialog.note.setText("after the team meeting")
    dialog.request_save()
    assert not dialog.isVisible() and changed == [True]
    saved = store.get(record.id)
    assert saved is not None and (saved.stress_after, saved.note) == (
        None,
        "after the team meeting",
    )
    assert cell(view, 0, 3) == "7 → –"


def test_an_invalid_edit_is_refused_and_explained(
    qtbot: QtBot, store: LogStore, clock: ManualClock
) -> None:
    view = make_view(qtbot, store, clock)
    record = view.selected_record()
    assert record is not None
    dialog = view.edit_selected()
    assert dialog is not None
    view._save_edit(record.id, 11, 4, "x")  # what a tampered or buggy editor might send
    assert dialog.isVisible() and "from 0 to 10" in dialog.error.text()
    assert store.get(record.id) == record


def test_delete_and_undo(qtbot: QtBot, store: LogStore, clock: ManualClock) -> None:
    view = make_view(qtbot, store, clock)
    record = view.selected_record()
    assert record is not None
    assert not view.undo_button.isVisible()
    view.delete_selected()
    assert store.get(record.id) is None and view.model.rowCount() == 1
    assert view.undo_button.isVisible() and "Slow, even breathing" in view.undo_label.text()
    # The keyboard is on Undo: a screen reader hears what was deleted with it.
    assert view.undo_button.accessibleDescription() == view.undo_label.text()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert store.get(record.id) == record and view.model.rowCount() == 2
    assert view.selected_record() == record and not view.undo_button.isVisible()


def test_keyboard_delete_and_undo(qtbot: QtBot, store: LogStore, clock: ManualClock) -> None:
    view = make_view(qtbot, store, clock)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(store) == 2
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store) == 3


def test_check_ins_answered_by_keyboard_appear_in_history(qtbot: QtBot, clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    answers: list[tuple[int | None, str]] = []
    before = CheckInWidget(None, False, clock)
    after = CheckInWidget(None, True, clock)
    for widget in (before, after):
        qtbot.addWidget(widget)
        widget.answered.connect(answers.append)
    started = clock.now()
    qtbot.keyClick(before, "1")
    clock.advance(0.4)
    qtbot.keyClick(before, "0")  # 10
    clock.advance(95)  # the practice, stopped early
    qtbot.keyClick(after, "6")
    qtbot.keyClicks(after.note, "slow out-breath")
    qtbot.keyClick(after.note, Qt.Key.Key_Return)
    assert answers == [(10, ""), (6, "slow out-breath")]
    outcome = PracticeOutcome(
        practice_id="cyclic_sigh",
        practice_title="Cyclic sighing",
        started_at=started,
        ended_at=clock.now(),
        planned_s=180.0,
        actual_s=95.0,
        completed=False,
        stress_before=answers[0][0],
        stress_after=answers[1][0],
        note=answers[1][1],
    )
    store.add(record_from_outcome(outcome))
    view = make_view(qtbot, store, clock)
    assert view.model.rowCount() == 1
    assert (cell(view, 0, 1), cell(view, 0, 2), cell(view, 0, 3), cell(view, 0, 4)) == (
        "Cyclic sighing", "1:35 of 3:00 (ended early)", "10 → 6", "slow out-breath",
    )  # fmt: skip


def test_shown_again_it_picks_up_new_practices_and_offers_the_log_actions(
    qtbot: QtBot,
    store: LogStore,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QToolButton

    from mindful_clinic.core.log.exchange import export_csv
    from mindful_clinic.services.storage.atomic import SafeFiles
    from mindful_clinic.ui.log.actions import LogActions

    window = QWidget()
    qtbot.addWidget(window)
    actions = LogActions(store, clock, window, SafeFiles())
    view = HistoryView(store, clock, [actions.export_action, actions.import_action])
    qtbot.addWidget(view)
    view.show()
    assert [b.text() for b in view.findChildren(QToolButton)] == ["Export log", "Import log"]
    LogStore(log_dir(), clock).add(at(NOW - timedelta(hours=2)))  # e.g. the command line, meanwhile
    assert view.model.rowCount() == 2
    view.hide()
    view.show()
    assert view.model.rowCount() == 3
    export = tmp_path / "two.csv"
    export.write_text(export_csv([at(NOW - timedelta(hours=1)), at(NOW - timedelta(hours=3))]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(export), ""))
    actions.import_action.trigger()  # the Import button: the table shows the new rows at once
    assert view.model.rowCount() == 5


def test_the_log_buttons_are_heard_by_their_words_then_what_they_do(
    qtbot: QtBot, store: LogStore, clock: ManualClock
) -> None:
    """Each button's description says more than its name (it was its name again, heard twice),
    and the tool tip shows the same words to a mouse user."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QToolButton

    from mindful_clinic.services.storage.atomic import SafeFiles
    from mindful_clinic.ui.log.actions import LogActions

    window = QWidget()
    qtbot.addWidget(window)
    a = LogActions(store, clock, window, SafeFiles())
    actions = [a.export_action, a.import_action, a.pdf_action, a.private_export_action]
    view = HistoryView(store, clock, actions)  # as the app's log page makes it
    qtbot.addWidget(view)
    heard = []
    for button in view.findChildren(QToolButton):
        said = QAccessible.queryAccessibleInterface(button)
        name = said.text(QAccessible.Text.Name)
        described = said.text(QAccessible.Text.Description)
        assert name == button.text() and button.toolTip() == described
        heard.append(described)
        assert described.casefold() not in name.casefold(), name
    assert heard == [
        "Save your whole practice log as a CSV or JSON file",
        "Add a file's practices, only if every row is valid",
        "How much you practised, for supervision or CPD",
        "Also your worry notes, in one JSON file",
    ]


def test_all_time_reads_only_the_months_on_screen_and_skips_other_practices(
    qtbot: QtBot, clock: ManualClock
) -> None:
    store = LogStore(log_dir(), clock)
    store.import_records(series(900, NOW - timedelta(days=899)))  # thirty months, one a day
    store.add(at(NOW - timedelta(days=800), practice_id="box_4444", practice_title="Box"))
    store.close()
    store = LogStore(log_dir(), clock)  # as at a start: no month read yet
    asked: list[str] = []
    real = store.month_records
    store.month_records = lambda m, p=None: asked.append(m) or real(m, p)  # type: ignore[method-assign]
    view = make_view(qtbot, store, clock)
    view.period.setCurrentIndex(view.period.findData(None))  # All time
    qtbot.waitUntil(lambda: bool(asked))
    assert view.model.rowCount() == 901  # counted from the tallies
    assert len(set(asked)) <= 3  # only the newest rows were read (the first screens)
    assert cell(view, 0, 0).endswith("2026, 17:00")  # the newest first
    view.table.scrollToBottom()
    assert cell(view, 900, 0) == cell(view, view.model.rowCount() - 1, 0)
    assert view.model.record(900) is not None
    assert view.model.record(900).started_at[:10] == (NOW - timedelta(days=899)).date().isoformat()  # type: ignore[union-attr]
    assert len(set(asked)) < 30
    view.practice.setCurrentIndex(view.practice.findData("box_4444"))
    assert view.model.rowCount() == 1 and cell(view, 0, 1) == "Box"


def test_undo_of_a_delete_far_back_finds_the_row_again(qtbot: QtBot, clock: ManualClock) -> None:
    store = LogStore(log_dir(), clock)
    store.import_records(series(600, NOW - timedelta(days=599)))
    view = make_view(qtbot, store, clock)
    view.period.setCurrentIndex(view.period.findData(None))
    view.table.selectRow(view.model.rowCount() - 1)
    oldest = view.selected_record()
    assert oldest is not None
    view.delete_selected()
    assert store.get(oldest.id) is None and view.model.rowCount() == 599
    view.undo()
    assert view.selected_record() == oldest and view.model.rowCount() == 600


def test_columns_fit_every_text_without_measuring_rows(qtbot: QtBot, clock: ManualClock) -> None:
    """Widths come from the headers, the practice titles and the longest date and duration, so
    nothing on screen is cut short, however long the log, and no row is read to size them."""
    store = LogStore(log_dir(), clock)
    store.import_records(series(60, NOW - timedelta(days=59)))
    store.add(
        at(NOW - timedelta(days=2), practice_id="own", practice_title="A rather long own practice")
    )
    store.add(
        at(NOW - timedelta(hours=2), completed=False, actual_s=1799, planned_s=1800, note="x")
    )
    view = make_view(qtbot, store, clock)
    view.period.setCurrentIndex(view.period.findData(None))
    metrics = view.table.fontMetrics()
    assert view.model.rowCount() == 62
    assert cell(view, 1, 2) == "29:59 of 30:00 (ended early)"
    for row in range(view.model.rowCount()):
        for column in range(4):
            text = cell(view, row, column)
            assert metrics.horizontalAdvance(text) < view.table.columnWidth(column), text
    for column in range(4):
        header = str(view.model.headerData(column, Qt.Orientation.Horizontal))
        assert metrics.horizontalAdvance(header) < view.table.columnWidth(column)
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert view.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == view.model.record(0).id  # type: ignore[union-attr]


def test_cells_follow_an_edit_of_a_row_already_drawn(
    qtbot: QtBot, store: LogStore, clock: ManualClock
) -> None:
    view = make_view(qtbot, store, clock)
    assert cell(view, 0, 4) == "before the team meeting"  # drawn once: its texts are kept
    record = view.model.record(0)
    assert record is not None
    store.update(record.id, note="after\nthe meeting", stress_after=2)
    view.refresh()
    assert (cell(view, 0, 3), cell(view, 0, 4)) == ("7 → 2", "after the meeting")
