"""Quarantine the item, not the file: one record, pattern, practice or group session that fails
validation is set aside with its reason (the file as it was kept as ``.damaged-*``), and every
valid item of the same file stays in use. Every kind of file the app keeps is damaged here."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from mindful_clinic.core.log.exchange import export_csv, parse_import
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.services.desktop.startup_checks import GROUP_FILE, startup_problems
from mindful_clinic.services.log.store import LogStore
from mindful_clinic.services.storage.settings import SettingsStore
from tests.faults.fault_tools import Faults, breath_pattern, plain
from tests.log_fakes import CET, at, user_log

MARCH = datetime(2026, 3, 1, 7, 0, tzinfo=CET)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 4, 2, 8, 30, tzinfo=CET))


def month_file(store: LogStore, month: str) -> Path:
    return store.folder / f"log-{month}.json"


def test_one_bad_record_leaves_the_other_97_of_its_month_in_view(clock: ManualClock) -> None:
    store = user_log(clock)
    records = [at(MARCH.replace(day=1 + i % 28, hour=7 + i // 28)) for i in range(98)]
    store.import_records(records)
    store.close()
    path = month_file(store, "2026-03")
    for bak in path.parent.glob("*.bak"):
        bak.unlink()  # no backup to fall back on: the case that used to hide the month
    doc = json.loads(path.read_text())
    doc["practices"]["5"]["stress_after"] = 11  # a hand edit, a sync tool's merge
    damaged = json.dumps(doc).encode()
    path.write_bytes(damaged)

    reopened = user_log(clock)
    shown = reopened.all()
    assert len(shown) == 97  # History, Insights and exports all see them
    assert reopened.insights(date(2026, 3, 31)).overall.rated == 97
    assert export_csv(shown).count("\r\n") == 98
    [problem] = reopened.problems
    assert problem.kind == "quarantined" and problem.count == 1
    assert "must be from 0 to 10, got 11" in problem.message and "March 2026" in problem.message
    assert plain(problem.message)
    assert problem.moved_to is not None and problem.moved_to.read_bytes() == damaged  # kept
    assert len(json.loads(path.read_text())["practices"]) == 97  # written again without it
    again = user_log(clock)
    assert len(again) == 97 and again.problems == []


def test_one_bad_record_in_a_read_only_folder_is_set_aside_in_memory(
    clock: ManualClock, faults: Faults
) -> None:
    store = user_log(clock)
    store.add(at(MARCH))
    store.add(at(MARCH.replace(day=2)))
    store.close()
    path = month_file(store, "2026-03")
    doc = json.loads(path.read_text())
    doc["practices"]["1"]["note"] = 42
    path.write_text(json.dumps(doc))
    faults.read_only(store.folder)
    reopened = user_log(clock)
    assert len(reopened.all()) == 1
    assert [p.kind for p in reopened.problems] == ["quarantined"]


def test_a_month_that_cannot_be_opened_falls_back_to_its_backup(
    clock: ManualClock, faults: Faults
) -> None:
    store = user_log(clock)
    first = at(MARCH)
    store.add(first)
    store.add(at(MARCH.replace(day=2)))  # the backup holds the month before this one
    store.close()
    (store.folder / "index.json").unlink()
    faults.unreadable(month_file(store, "2026-03"))
    reopened = user_log(clock)
    assert reopened.all() == [first]
    [problem] = reopened.problems
    assert problem.kind == "unreadable" and problem.restored
    assert "last good copy" in problem.message and plain(problem.message)


def test_a_lock_file_that_is_a_folder_is_set_aside_and_made_again(clock: ManualClock) -> None:
    store = user_log(clock)
    store.add(at(MARCH))
    (store.folder / ".lock").unlink()
    (store.folder / ".lock").mkdir()
    reopened = user_log(clock)
    assert len(reopened) == 1
    [problem] = reopened.problems
    assert problem.kind == "lock" and "a new one was made" in problem.message
    assert (store.folder / ".lock").is_file()
    reopened.add(at(MARCH.replace(day=3)))
    assert len(user_log(clock)) == 2


def test_an_import_journal_that_is_a_folder_is_reported_not_fatal(clock: ManualClock) -> None:
    store = user_log(clock)
    store.add(at(MARCH))
    (store.folder / "import-journal.json").mkdir()
    reopened = user_log(clock)
    assert len(reopened) == 1
    [problem] = reopened.problems
    assert problem.kind == "journal" and "folder" in problem.message and plain(problem.message)
    reopened.import_records([at(MARCH.replace(day=9))])  # imports work again
    assert len(user_log(clock)) == 2


HOSTILE_JSON = {
    "nested": "[" * 1000 + "]" * 1000,
    "surrogate": '{"schema_version": 1, "patterns": [{"id": "\\ud800"}]}',
    "huge_int": '{"schema_version": 1, "patterns": [], "n": ' + "9" * 5000 + "}",
    "not_json": "\x00\x01 garbage",
}


@pytest.mark.parametrize("kind", list(HOSTILE_JSON))
@pytest.mark.parametrize(
    "name", ["settings.json", "custom_patterns.json", "custom_practices.json", GROUP_FILE]
)
def test_hostile_content_in_any_file_is_named_never_a_traceback(
    name: str, kind: str, data_dir: Path
) -> None:
    from mindful_clinic.services.group.store import GroupStore
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore

    data_dir.mkdir()
    (data_dir / name).write_text(HOSTILE_JSON[kind], encoding="utf-8", errors="surrogatepass")
    opener = {
        "settings.json": SettingsStore,
        "custom_patterns.json": CustomPatternStore,
        "custom_practices.json": CustomPracticeStore,
        GROUP_FILE: GroupStore,
    }[name]
    store = opener(data_dir)  # type: ignore[operator]
    if name == "settings.json":
        store.set_section("app", {"theme": "dark"})  # and saving still works
        assert SettingsStore(data_dir).section("app") == {"theme": "dark"}
    if kind != "surrogate" or name != "settings.json":  # a surrogate in settings is just text
        assert store.problem and plain(store.problem.split(" (")[0])
        assert list(data_dir.glob("*.damaged-*"))  # kept, never deleted


def test_one_bad_pattern_leaves_the_others(data_dir: Path) -> None:
    from mindful_clinic.core.breath.schema import pattern_to_mapping

    data_dir.mkdir()
    good = pattern_to_mapping(breath_pattern("mine_a"))
    bad = {**pattern_to_mapping(breath_pattern("mine_b")), "phases": "in, out"}
    other = pattern_to_mapping(breath_pattern("mine_c"))
    path = data_dir / "custom_patterns.json"
    path.write_text(json.dumps({"schema_version": 1, "patterns": [good, bad, other]}))
    store = CustomPatternStore(data_dir)
    assert sorted(p.id for p in store.patterns()) == ["mine_a", "mine_c"]
    assert store.problem and "pattern 2" in store.problem and "The others are kept" in store.problem
    [kept] = data_dir.glob("custom_patterns.damaged-*.json")
    assert len(json.loads(kept.read_text())["patterns"]) == 3
    assert len(json.loads(path.read_text())["patterns"]) == 2
    assert CustomPatternStore(data_dir).problem is None


def test_one_bad_group_session_leaves_the_others_and_is_named_at_start_up(data_dir: Path) -> None:
    from mindful_clinic.core.group.records import SCHEMA_VERSION, GroupRecord
    from mindful_clinic.services.group.store import FILE_NAME, GroupStore

    assert FILE_NAME == GROUP_FILE
    data_dir.mkdir()
    good = GroupRecord(date(2026, 3, 2), "box_4444", "Box breathing", 180, None, None).to_json()
    bad = {**good, "duration_s": -5}
    doc = {"schema_version": SCHEMA_VERSION, "sessions": [good, bad, good]}
    (data_dir / FILE_NAME).write_text(json.dumps(doc))
    [problem] = startup_problems(data_dir)
    assert "session 2" in problem and "The others are kept" in problem
    assert len(GroupStore(data_dir).records()) == 2
    assert startup_problems(data_dir) == []  # said once


def test_a_damaged_sound_index_is_named_at_start_up_and_the_sounds_still_play(
    data_dir: Path,
) -> None:
    from mindful_clinic.services.sound.importing import imported_sounds

    sounds = data_dir / "sounds"
    sounds.mkdir(parents=True)
    _write_wav(sounds / "user_bell_sound_abc123.wav")
    (sounds / "index.json").write_text('{"sounds": {"user_bell_sound_abc123": ')
    [problem] = startup_problems(data_dir)
    assert "names of your imported sounds" in problem and plain(problem.split(" (")[0])
    assert [s.name for s in imported_sounds()] == ["user_bell_sound_abc123"]
    assert list(sounds.glob("index.damaged-*.json"))


def test_damaged_reminder_settings_are_named_not_fatal(data_dir: Path) -> None:
    from mindful_clinic.services.reminders.store import ReminderStore

    data_dir.mkdir()
    doc = {"schema_version": 1, "app": {"theme": "dark"}, "reminders": {"calendars": "nope"}}
    (data_dir / "settings.json").write_text(json.dumps(doc))
    store = ReminderStore.in_folder(data_dir)
    assert store.problem and "reminder settings could not be read" in store.problem
    assert SettingsStore(data_dir).section("app") == {"theme": "dark"}  # the rest is untouched


def test_hostile_log_import_files_give_a_reason_not_a_traceback() -> None:
    for text in (
        "[" * 1000 + "]" * 1000,
        '[{"id": "x", "note": "\\ud800"}]',
        '{"records": [' + "1" * 5000 + "]}",
    ):
        parsed = parse_import(text)
        assert not parsed.ok
        reasons = (
            [parsed.file_problem] if parsed.file_problem else [str(p) for p in parsed.problems]
        )
        assert reasons and all(r and "Traceback" not in r for r in reasons)


def _write_wav(path: Path) -> None:
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"\x00\x10" * 22050)
    os.chmod(path, 0o600)


def test_the_window_names_damaged_group_and_reminder_data_at_start_up(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.app.root import build
    from mindful_clinic.services.group.store import FILE_NAME

    data_dir.mkdir()
    doc = {"schema_version": 1, "reminders": {"calendars": "nope"}}
    (data_dir / "settings.json").write_text(json.dumps(doc))
    (data_dir / FILE_NAME).write_text("{ cut short")
    app = build(ManualClock(datetime(2026, 4, 2, 8, 30, tzinfo=CET)))
    qtbot.addWidget(app.window)
    _ = app.reminders
    messages = app.window.message_bar.messages
    assert any("group session records could not be read" in m for m in messages)
    assert any("reminder settings could not be read" in m for m in messages)
