"""The practice log opens in a worker, off the window's thread, and arrives through a signal."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.app.log import PracticeLog
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.log import store as store_module
from mindful_clinic.services.log.store import LogStore
from tests.log_fakes import CET, series


def test_the_log_opens_in_a_worker_and_arrives_on_the_windows_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=CET))
    LogStore(tmp_path / "log", clock).import_records(series(20))
    opened_on: list[threading.Thread] = []
    real = store_module.LogStore.__init__

    def spying(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened_on.append(threading.current_thread())
        real(self, *args, **kwargs)

    monkeypatch.setattr(store_module.LogStore, "__init__", spying)
    window = QWidget()
    qtbot.addWidget(window)
    said: list[str] = []
    log = PracticeLog(tmp_path / "log", clock, window, said.append)
    with qtbot.waitSignal(log.opened, timeout=5000):
        log.open()
    assert opened_on and opened_on[0] is not threading.main_thread()
    assert len(log.store) == 20 and said == []
    assert len(opened_on) == 1  # the worker's store is the one used


def test_the_store_asked_for_before_it_arrives_is_waited_for(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=CET))
    LogStore(tmp_path / "log", clock).import_records(series(5))
    window = QWidget()
    qtbot.addWidget(window)
    log = PracticeLog(tmp_path / "log", clock, window, lambda _m: None)
    log.open()
    assert len(log.store) == 5  # at once, without waiting for the event loop
    qtbot.wait(10)  # the queued delivery then finds nothing left to do
    assert len(log.store) == 5
