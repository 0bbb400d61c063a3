"""The running app takes up rules added from the command line (settings.json watched)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mindful_clinic.cli import main
from mindful_clinic.core.reminders.rules import ReminderSettings
from mindful_clinic.services.reminders.settings_watcher import SettingsFileWatcher
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.settings import SettingsStore


def test_a_rule_added_on_the_command_line_reaches_the_running_app(
    data_dir: Path, qtbot: QtBot
) -> None:
    settings = SettingsStore(data_dir)
    store = ReminderStore(settings)
    store.set_config(ReminderSettings())  # the app has saved once
    settings.set_section("app", {"theme": "dark"})
    heard: list[int] = []
    store.add_listener(lambda: heard.append(1))
    watcher = SettingsFileWatcher(settings, store)
    with qtbot.waitSignal(watcher.reloaded, timeout=5000):
        assert main(["reminders", "add", "--at", "12:30"]) == 0
    assert "at-1230" in [r.id for r in store.config.rules]
    assert heard  # the scheduler listens here and re-arms
    settings.set_section("app", {"theme": "light"})  # the app's next save keeps the CLI's rule
    assert "at-1230" in [r.id for r in ReminderStore.in_folder(data_dir).config.rules]


def test_the_app_s_own_save_is_not_a_change(data_dir: Path, qtbot: QtBot) -> None:
    settings = SettingsStore(data_dir)
    store = ReminderStore(settings)
    store.set_config(ReminderSettings())
    watcher = SettingsFileWatcher(settings, store)
    assert not settings.reload()
    watcher.check()
    assert not store.reload()
