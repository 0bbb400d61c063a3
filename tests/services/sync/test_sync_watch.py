"""The app merges files arriving from other computers while it runs (issue #20)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mindful_clinic.services.sync.watch import FolderWatcher
from tests.log_fakes import series
from tests.services.sync.test_sync_simulated import MAR
from tests.sync_fakes import computer, sync_one_way


def test_a_practice_saved_on_another_computer_appears_while_running(
    tmp_path: Path, qtbot: QtBot
) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    log_b = b.log()
    watcher = FolderWatcher(b.synced, delay_ms=50)
    try:
        seen: list[int] = []
        watcher.changed.connect(lambda: seen.append(len(log_b.all()) if log_b.refresh() else -1))
        log_a = a.log()
        records = series(2, MAR)
        log_a.add(records[0])
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            sync_one_way(a.synced, b.synced)  # a new device folder appears
        qtbot.waitUntil(lambda: len(log_b.all()) == 1, timeout=5000)
        assert any(str(b.synced / "devices" / a.device.id / "log") == p for p in watcher.watched())
        log_a.add(records[1])
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            sync_one_way(a.synced, b.synced)  # a month file replaced inside a watched folder
        assert seen[-1] == 2
    finally:
        watcher.stop()
