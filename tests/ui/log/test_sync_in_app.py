"""With a synced folder set, the window shows every computer's practices, including ones that
arrive while it runs, and favourites chosen on another computer (issue #20)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mindful_clinic.app import App, build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sync.follow import set_synced_folder
from tests.log_fakes import series
from tests.qt_cleanup import stop_timers
from tests.services.sync.test_sync_simulated import MAR
from tests.sync_fakes import computer, sync_one_way


@pytest.fixture
def synced(tmp_path: Path) -> Path:
    folder = tmp_path / "this" / "Sync"
    folder.mkdir(parents=True)
    set_synced_folder(folder)
    return folder


@pytest.fixture
def app(qtbot, synced: Path) -> Iterator[App]:  # type: ignore[no-untyped-def]
    built = build(ManualClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC)))
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.log.close()
    stop_timers(built.window, built.qapp)


def test_history_shows_a_practice_saved_on_another_computer_while_running(
    app: App,
    synced: Path,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    other = computer(tmp_path, "laptop")
    app.log.open()
    app.window.show_page("history")
    QApplication.processEvents()
    assert app.window.page("history") is not None
    history = app.log.history  # the practices tab of the History page
    assert history.table.model().rowCount() == 0  # type: ignore[attr-defined]
    with other.log() as log:
        log.import_records(series(3, MAR))
    sync_one_way(other.synced, synced)
    qtbot.waitUntil(
        lambda: history.table.model().rowCount() == 3,  # type: ignore[attr-defined]
        timeout=10_000,
    )
    assert len(app.log.store.all()) == 3


def test_reflections_follow_the_synced_folder_into_the_window(
    app: App,
    synced: Path,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """The window reads reflections where the command line does: from the synced folder, with
    another computer's, re-read when they arrive (they used to vanish once syncing was on)."""
    from mindful_clinic.core.reflect.records import make_reflection
    from mindful_clinic.services.reflect.store import ReflectionStore
    from mindful_clinic.services.sync.personal import PersonalFile

    other = computer(tmp_path, "laptop")
    laptop = ReflectionStore(
        other.local, PersonalFile(other.synced, other.device, "reflections", other.clock)
    )
    laptop.add(make_reflection("a calm handover", "win", MAR.date()))
    sync_one_way(other.synced, synced)
    with qtbot.waitSignal(app.log.opened, timeout=10_000):
        app.log.open()
    app.log.reopen()  # as Settings does once syncing is switched on
    assert [r.text for r in app.reflect.reflections.all()] == ["a calm handover"]
    app.window.show_page("history")
    QApplication.processEvents()
    panel = app.reflect.panel
    assert panel is not None and panel.list.count() == 1
    laptop.add(make_reflection("asked for help early", "win", MAR.date()))
    sync_one_way(other.synced, synced)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)  # arrived while running
