"""Reminder rules and other person settings follow the person; calendar files stay (issue #20)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mindful_clinic.cli import main
from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings
from mindful_clinic.services.reminders.settings_watcher import SettingsFileWatcher
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.paths import data_dir
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.services.sync.personal import PersonalFile
from tests.sync_fakes import Computer, computer, files_of, snapshot, sync_both

CALENDAR = "/home/anna/clinic-rota-A.ics"


def settings(c: Computer) -> SettingsStore:
    return SettingsStore(
        c.root / "data", person=PersonalFile(c.synced, c.device, "settings", c.clock)
    )


def reminders(c: Computer) -> ReminderStore:
    return ReminderStore(settings(c))


def rule(rule_id: str, hour: int) -> ReminderRule:
    return ReminderRule(rule_id, "fixed", times=(time(hour, 30),))


def add_rule(c: Computer, new: ReminderRule) -> None:
    store = reminders(c)
    store.set_config(replace(store.config, rules=(*store.config.rules, new)))


DEFAULTS = [r.id for r in ReminderSettings().rules]


def rule_ids(c: Computer) -> list[str]:
    """The rules beyond the ones every new computer starts with."""
    return [r.id for r in reminders(c).config.rules if r.id not in DEFAULTS]


def test_a_rule_follows_the_person_and_calendar_paths_never_leave_the_computer(
    tmp_path: Path,
) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    reminders(a).add_calendar(CALENDAR)
    add_rule(a, rule("at-1230", 12))
    sync_both(a, b)
    assert rule_ids(b) == ["at-1230"]  # added on A, shown on B
    assert reminders(b).calendar_paths() == []  # A's calendar stays on A
    assert reminders(a).calendar_paths() == [CALENDAR]
    assert not any(b"clinic-rota-A" in p.read_bytes() for p in files_of(b.synced))
    theirs = snapshot(b.synced / "devices" / a.device.id)
    b.clock.advance(60)
    store_b = reminders(b)
    kept = tuple(r for r in store_b.config.rules if r.id != "at-1230")
    store_b.set_config(replace(store_b.config, rules=kept))  # removed on B
    assert snapshot(b.synced / "devices" / a.device.id) == theirs  # B never wrote A's file
    sync_both(a, b)
    assert rule_ids(a) == rule_ids(b) == []  # ...and gone on A
    assert reminders(a).calendar_paths() == [CALENDAR]


def test_rules_added_on_two_computers_before_they_catch_up_are_both_kept(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    add_rule(a, rule("at-0930", 9))
    b.clock.advance(5)
    add_rule(b, rule("at-1530", 15))
    sync_both(a, b)
    assert sorted(rule_ids(a)) == sorted(rule_ids(b)) == ["at-0930", "at-1530"]
    # other person settings: the later change wins everywhere; window size stays put
    settings(a).set_section("i18n", {"language": "de"})
    settings(a).set_section("window", {"geometry": "AAAA"})
    sync_both(a, b)
    assert settings(b).section("i18n") == {"language": "de"}
    assert settings(b).section("window") == {}


def test_switching_on_moves_the_rules_and_off_leaves_a_complete_local_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = ReminderStore(SettingsStore(data_dir()))
    local.set_config(ReminderSettings(rules=(rule("at-1230", 12),)))
    local.add_calendar(CALENDAR)
    SettingsStore(data_dir()).set_section("window", {"geometry": "AAAA"})
    (tmp_path / "Sync").mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(tmp_path / "Sync")]) == 0
    on_disk = json.loads((data_dir() / "settings.json").read_text())
    assert "rules" not in json.dumps(on_disk)  # the person part moved into the folder
    assert on_disk["reminders"]["calendars"][0]["path"] == CALENDAR  # the machine part stayed
    assert on_disk["window"] == {"geometry": "AAAA"}
    capsys.readouterr()
    assert main(["reminders", "list", "--json"]) == 0
    assert "at-1230" in [r["id"] for r in json.loads(capsys.readouterr().out)]
    assert main(["reminders", "add", "--at", "17:00"]) == 0
    synced = (tmp_path / "Sync").rglob("settings.json")
    assert any(b"at-1700" in p.read_bytes() for p in synced)
    assert "at-1700" not in (data_dir() / "settings.json").read_text()
    assert main(["reminders", "remove", "at-1230"]) == 0
    assert main(["sync", "folder", "--off"]) == 0
    back = ReminderStore(SettingsStore(data_dir()))
    assert [r.id for r in back.config.rules if r.id.startswith("at-")] == ["at-1700"]
    assert back.calendar_paths() == [CALENDAR]
    assert SettingsStore(data_dir()).section("window") == {"geometry": "AAAA"}


def test_a_running_window_takes_up_a_rule_added_on_the_command_line_while_syncing(
    tmp_path: Path, qtbot: QtBot
) -> None:
    (tmp_path / "Sync").mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(tmp_path / "Sync")]) == 0
    store = SettingsStore(data_dir())
    reminders_store = ReminderStore(store)
    watcher = SettingsFileWatcher(store, reminders_store)
    with qtbot.waitSignal(watcher.reloaded, timeout=5000):
        assert main(["reminders", "add", "--at", "08:15"]) == 0
    assert "at-0815" in [r.id for r in reminders_store.config.rules]
    assert (
        not (data_dir() / "settings.json").exists()
        or "at-0815" not in (data_dir() / "settings.json").read_text()
    )


def test_a_store_opened_before_switching_on_writes_person_settings_to_the_folder(
    tmp_path: Path,
) -> None:
    window = SettingsStore(data_dir())  # the running window's store, made before syncing
    (tmp_path / "Sync").mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(tmp_path / "Sync")]) == 0
    window.set_section("i18n", {"language": "de"})
    assert "language" not in (data_dir() / "settings.json").read_text()
    assert SettingsStore(data_dir()).section("i18n") == {"language": "de"}
    assert main(["sync", "folder", "--off"]) == 0
    window.set_section("i18n", {"language": "en"})  # and back on this computer after stopping
    assert json.loads((data_dir() / "settings.json").read_text())["i18n"] == {"language": "en"}
