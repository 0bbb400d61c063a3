"""The reminder store (settings.json section), the calendar cache and the autostart entry."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderState, TimeWindow
from mindful_clinic.services.desktop.autostart import Autostart
from mindful_clinic.services.reminders.calendar_import import CalendarCache
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.settings import SettingsStore

NOW = datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
    "DTSTART:20260330T090000Z\r\nDTEND:20260330T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_store_round_trips_through_settings_json(data_dir: Path) -> None:
    store = ReminderStore(SettingsStore(data_dir))
    config = store.config.with_rule(ReminderRule("lunch", "fixed", times=(time(12, 30),)))
    store.set_config(config)
    store.set_state(ReminderState(paused_until=NOW + timedelta(hours=1)))
    assert store.add_calendar(data_dir / "a.ics")
    assert not store.add_calendar(data_dir / "a.ics")  # no duplicates
    again = ReminderStore.in_folder(data_dir)
    assert again.config == config
    assert again.state.paused_until == NOW + timedelta(hours=1)
    assert again.calendar_paths() == [str(data_dir / "a.ics")]
    on_disk = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert on_disk["reminders"]["version"] == 1


def test_other_sections_are_left_alone(data_dir: Path) -> None:
    settings = SettingsStore(data_dir)
    settings.set_section("app", {"theme": "dark"})
    ReminderStore(settings).set_config(ReminderStore(settings).config)
    assert SettingsStore(data_dir).section("app") == {"theme": "dark"}


def test_invalid_section_gives_a_problem_and_changes_nothing(data_dir: Path) -> None:
    settings = SettingsStore(data_dir)
    settings.set_section("reminders", {"settings": {"min_gap_minutes": "five"}})
    before = (data_dir / "settings.json").read_bytes()
    store = ReminderStore(SettingsStore(data_dir))
    assert store.problem is not None and "min gap minutes" in store.problem
    assert store.config.min_gap_minutes == 5
    assert (data_dir / "settings.json").read_bytes() == before


def test_listeners_hear_every_change(data_dir: Path) -> None:
    store = ReminderStore(SettingsStore(data_dir))
    heard: list[int] = []
    store.add_listener(lambda: heard.append(1))
    store.set_state(ReminderState(in_session=True))
    store.set_state(ReminderState(in_session=True))  # unchanged: no save, no call
    store.remove_calendar("/not/there.ics")  # nothing to remove
    assert heard == [1]


def test_record_calendar_keeps_last_good_read_time_on_error(data_dir: Path) -> None:
    store = ReminderStore(SettingsStore(data_dir))
    store.add_calendar("/x/a.ics")
    store.record_calendar("/x/a.ics", NOW, None)
    store.record_calendar("/x/a.ics", NOW + timedelta(hours=1), "file not found")
    entry = store.calendars[0]
    assert entry.last_read == NOW and entry.last_error == "file not found"


def test_cache_reads_once_rereads_on_change_and_records(data_dir: Path, tmp_path: Path) -> None:
    store = ReminderStore(SettingsStore(data_dir))
    path = tmp_path / "clinic.ics"
    path.write_text(ICS, encoding="utf-8")
    store.add_calendar(path)
    cache = CalendarCache(store.calendar_paths, lambda: NOW, store.record_calendar)
    assert cache.refresh()
    assert not cache.refresh()  # unchanged file: not read again
    busy = cache.busy(NOW, NOW + timedelta(days=1), LONDON)
    assert busy == [(NOW + timedelta(hours=1), NOW + timedelta(hours=2))]
    assert store.calendars[0].last_read == NOW
    path.write_text("", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert cache.refresh()
    assert cache.busy(NOW, NOW + timedelta(days=1), LONDON) is None
    assert store.calendars[0].last_error == "is empty"
    assert cache.error(str(path)) == "clinic.ics: is empty"


def test_cache_forgets_removed_calendars(data_dir: Path, tmp_path: Path) -> None:
    store = ReminderStore(SettingsStore(data_dir))
    path = tmp_path / "clinic.ics"
    path.write_text(ICS, encoding="utf-8")
    store.add_calendar(path)
    cache = CalendarCache(store.calendar_paths, lambda: NOW, store.record_calendar)
    cache.refresh()
    store.remove_calendar(str(path))
    assert cache.refresh()
    assert cache.busy(NOW, NOW + timedelta(days=1), LONDON) is None


def test_autostart_entry_is_written_and_removed(tmp_path: Path) -> None:
    auto = Autostart(
        config_home=tmp_path, command=["/opt/mc/mindful-clinic", "--tray"], platform="linux"
    )
    assert auto.supported and not auto.is_enabled()
    auto.set_enabled(True)
    text = (tmp_path / "autostart" / "mindful-clinic.desktop").read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Exec=/opt/mc/mindful-clinic --tray" in text
    assert auto.is_enabled()
    auto.set_enabled(False)
    assert not auto.is_enabled()


def test_autostart_on_an_unknown_system_does_nothing(tmp_path: Path) -> None:
    auto = Autostart(config_home=tmp_path, platform="haiku")
    auto.set_enabled(True)
    assert not auto.supported and not auto.is_enabled()
    assert not (tmp_path / "autostart").exists()


def test_quiet_hours_survive_a_round_trip(data_dir: Path) -> None:
    from dataclasses import replace

    store = ReminderStore(SettingsStore(data_dir))
    store.set_config(replace(store.config, quiet_hours=TimeWindow(time(20), time(7))))
    assert ReminderStore.in_folder(data_dir).config.quiet_hours == TimeWindow(time(20), time(7))
