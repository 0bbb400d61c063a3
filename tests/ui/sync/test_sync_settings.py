"""Settings → Privacy → Sync between your computers (issue #20)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from mindful_clinic.app import App, build
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.follow import synced_folder
from mindful_clinic.services.sync.layout import device_log_dir
from mindful_clinic.ui.sync.settings import SyncSection
from tests.heard import heard
from tests.log_fakes import series
from tests.qt_cleanup import stop_timers


class FakeSync:
    def __init__(self) -> None:
        self.folder: str | None = None
        self.name = "Desk 4"

    def status(self) -> dict[str, Any]:
        devices = []
        if self.folder:
            devices = [{"id": "a" * 32, "name": "Laptop", "last_write": None, "records": 12}]
        return {
            "folder": self.folder,
            "device": {"id": "b" * 32, "name": self.name},
            "devices": devices,
            "conflicts": ["devices/x/log/log-2026-03.sync-conflict-1.json"] if self.folder else [],
            "problems": [],
        }

    def use_folder(self, path: str) -> str | None:
        if "bad" in path:
            return "that folder cannot be written to"
        self.folder = path
        return None

    def stop(self) -> str | None:
        self.folder = None
        return None

    def rename(self, name: str) -> str | None:
        if not name.strip():
            return "a device name cannot be empty"
        self.name = name.strip()
        return None


def test_the_section_says_what_syncing_means_and_switches(qtbot: QtBot) -> None:
    fake = FakeSync()
    chosen = ["/tmp/bad", "/home/me/Nextcloud/Mindful"]
    section = SyncSection(fake, choose_folder=lambda _parent: chosen.pop(0))
    qtbot.addWidget(section)
    text = " ".join(label.text() for label in section.findChildren(type(section.where)))
    for words in ("as private as the sync service", "IT team", "later change", "stay on that"):
        assert words in text, words
    assert "Not syncing" in section.where.text()
    assert not section.stop.isEnabled()
    with qtbot.assertNotEmitted(section.changed):
        section.choose.click()
    assert "cannot be written" in section.message.text()
    with qtbot.waitSignal(section.changed):
        section.choose.click()
    assert "Nextcloud" in section.where.text() and section.stop.isEnabled()
    assert "Laptop: 12 practices" in section.devices.text()
    assert "1 copies" in section.devices.text()
    section.name.setText("Ward 7")
    section.name.editingFinished.emit()
    assert fake.name == "Ward 7"
    with qtbot.waitSignal(section.changed):
        section.stop.click()
    assert "Not syncing" in section.where.text()
    for button in section.findChildren(QPushButton):
        assert heard(button)


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    built = build(ManualClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC)))
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.log.close()
    stop_timers(built.window, built.qapp)


def test_switching_on_in_settings_moves_the_log_and_history_keeps_working(
    app: App, tmp_path: Path, qtbot: QtBot
) -> None:
    app.log.store.import_records(series(4))
    page = app.log.make_privacy()
    qtbot.addWidget(page)
    (section,) = page.findChildren(SyncSection)
    target = tmp_path / "OneDrive" / "Mindful"
    section._choose = lambda _parent: str(target)
    with qtbot.waitSignal(section.changed):
        section.choose.click()
    assert synced_folder() == target
    assert len(list(device_log_dir(target, this_device().id).glob("log-*.json"))) >= 1
    assert len(app.log.store.all()) == 4  # the same handle now reads the synced folder
    assert app.log.store.target.synced == target
    app.window.show_page("history")
    QApplication.processEvents()
    with qtbot.waitSignal(section.changed):
        section.stop.click()
    assert synced_folder() is None and len(app.log.store.all()) == 4
