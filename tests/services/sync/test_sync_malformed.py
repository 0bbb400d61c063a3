"""Files from another computer that are not what they should be: each is ignored or left out on
its own and said, and nothing of this computer's is lost (QA: a malformed erase.json deleted a
whole log; a device card of ``[1]`` broke ``sync status``; one bad reminder rule disabled all)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.sync.versions import Version, stamp
from mindful_clinic.services.reflect.store import ReflectionStore
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.storage.paths import data_dir
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.services.sync.changes import read_changes, write_changes
from mindful_clinic.services.sync.device import this_device
from mindful_clinic.services.sync.layout import device_dir, device_name
from mindful_clinic.services.sync.personal import PersonalFile
from mindful_clinic.services.sync.status import sync_status
from tests.log_fakes import series
from tests.sync_fakes import Computer, computer

OTHER = "0123456789abcdef0123456789abcdef"
DAY = date(2026, 3, 10)


RECORDS = series(3)


def filled(tmp_path: Path) -> Computer:
    """A computer with a log (``RECORDS``) and a reflection in its synced folder."""
    c = computer(tmp_path, "here")
    with c.log() as log:
        for r in RECORDS:
            log.add(r)
    reflections(c).add(make_reflection("kept", "win", DAY))
    return c


def reflections(c: Computer) -> ReflectionStore:
    return ReflectionStore(
        c.root / "data", PersonalFile(c.synced, c.device, "reflections", c.clock)
    )


def other_file(c: Computer, name: str, text: str) -> Path:
    path = device_dir(c.synced, OTHER) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"at": "x"}', "not a date and time"),  # "x" sorted after every real date
        ('{"at": "2026-03-10"}', "not a date and time"),  # no time, no zone
        ('{"at": "2026-03-10T12:00:00"}', "not a date and time"),  # no zone
        ('{"at": 20260310}', "not a date and time"),
        ('{"at": "9999-12-31T23:59:59+00:00"}', "later than it can have been made"),
        ('{"at": "2026-03-11T12:00:00+00:00"}', "later than it can have been made"),
        ("[1]", "not a date and time"),
        ("not json", "not valid JSON"),
    ],
)
def test_a_malformed_erase_request_deletes_nothing_and_is_said_once(
    tmp_path: Path, text: str, said: str
) -> None:
    c = filled(tmp_path)
    marker = other_file(c, "erase.json", text)
    if text.startswith('{"at": "'):  # even with a card that claims to have carried it out
        other_file(c, "device.json", json.dumps({"id": OTHER, "erased": json.loads(text)["at"]}))
    with c.log() as log:  # opening the log carries out an erase not yet honoured
        assert len(log.all()) == 3
        found = [p.message for p in log.problems]
    assert [t.text for t in reflections(c).all()] == ["kept"]
    assert len(found) == 1 and "erase.json" in found[0] and said in found[0], found
    assert marker.read_text(encoding="utf-8") == text  # another computer's file: left as it is


def test_a_well_formed_request_still_deletes_everywhere_once_its_computer_notes_it(
    tmp_path: Path,
) -> None:
    c = filled(tmp_path)
    at = (c.clock.now() - timedelta(minutes=5)).isoformat()  # any zone: compared as a time
    other_file(c, "erase.json", json.dumps({"at": at}))
    # the request arrived before its computer's card: nothing is done yet, and nothing is said
    with c.log() as log:
        assert len(log.all()) == 3 and log.problems == []
    other_file(c, "device.json", json.dumps({"id": OTHER, "erased": at}))
    with c.log() as log:
        assert log.all() == [] and log.problems == []
    assert reflections(c).all() == []


def test_an_edit_stamped_in_another_zone_is_compared_as_a_time(tmp_path: Path) -> None:
    """Another computer's version written with an offset sorted as text after a later edit."""
    c = filled(tmp_path)
    record = RECORDS[0]
    with c.log() as log:
        older = log.get(record.id)
    assert older is not None
    doc = {"at": "2026-03-10T13:00:00+05:00", "device": OTHER}  # 08:00 UTC: long before now
    doc["record"] = {**json.loads(json.dumps(_doc(older))), "note": "theirs"}
    other_file(c, "log/changes.json", json.dumps({"version": 1, "changes": {record.id: doc}}))
    with c.log() as log:
        assert log.get(record.id).note == "theirs"  # type: ignore[union-attr]
        log.update(record.id, note="mine, later")
    with c.log() as log:
        assert log.get(record.id).note == "mine, later"  # type: ignore[union-attr]


def _doc(record: object) -> dict[str, object]:
    from mindful_clinic.core.log.records import to_document

    return to_document(record)  # type: ignore[arg-type]


def test_a_version_filed_under_another_record_does_not_show_that_record_twice(
    tmp_path: Path,
) -> None:
    c = filled(tmp_path)
    first, second = (r.id for r in RECORDS[:2])
    with c.log() as log:
        carried = _doc(log.get(second))
    versions = {first: Version(first, "2026-03-10T10:00:00.000000+00:00", OTHER, carried)}
    changes = device_dir(c.synced, OTHER) / "log" / "changes.json"
    changes.parent.mkdir(parents=True)
    write_changes(changes, OTHER, versions)
    with c.log() as log:
        assert sorted(r.id for r in log.all()) == sorted(r.id for r in RECORDS)


@pytest.mark.parametrize("card", ["[1]", '"x"', "1", "null", '{"name": 5}', "{", '{"name": ""}'])
def test_a_device_card_that_is_not_a_card_shows_the_id_and_status_works(
    tmp_path: Path, card: str
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert main(["sync", "folder", str(folder)]) == 0
    path = device_dir(folder, OTHER) / "device.json"
    path.parent.mkdir(parents=True)
    path.write_text(card, encoding="utf-8")
    assert device_name(folder, OTHER) == OTHER[:8]
    assert main(["sync", "status"]) == 0
    names = {d["id"]: d["name"] for d in sync_status(_clock())["devices"]}
    assert names[OTHER] == OTHER[:8]


def test_a_device_name_with_line_breaks_stays_on_one_line(tmp_path: Path) -> None:
    path = device_dir(tmp_path, OTHER) / "device.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"name": "Room 2\nProblems: none\x1b[2J"}), encoding="utf-8")
    assert device_name(tmp_path, OTHER) == "Room 2 Problems: none [2J"


def _clock():  # type: ignore[no-untyped-def]
    from mindful_clinic.core.time.clock import SystemClock

    return SystemClock()


def _settings_from_other(folder: Path, items: dict[str, dict[str, object]]) -> Path:
    path = device_dir(folder, OTHER) / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    at = stamp(datetime.now(UTC))  # later than this computer's own settings
    write_changes(path, OTHER, {k: Version(k, at, OTHER, v) for k, v in items.items()})
    return path


def test_one_bad_reminder_rule_from_another_computer_is_left_out_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert main(["sync", "folder", str(folder)]) == 0
    assert main(["reminders", "add", "--at", "12:30"]) == 0
    rules = "reminders/settings/rules"
    theirs = _settings_from_other(
        folder,
        {
            f"{rules}/bad": {"value": {"id": "bad", "kind": "fixed", "times": ["99:99"]}, "pos": 3},
            f"{rules}/alias": {"value": {"id": "at-1230", "kind": "gap"}, "pos": 4},
            f"{rules}/tea": {"value": {"id": "tea", "kind": "fixed", "times": ["15:00"]}, "pos": 5},
            "reminders/settings/min_gap_minutes": {"value": 7},
            "reminders/settings/merge_minutes": {"value": "soon"},
        },
    )
    before = theirs.read_bytes()
    store = ReminderStore(SettingsStore(data_dir()))
    assert store.problem is None  # not "Reminders use the defaults"
    ids = [r.id for r in store.config.rules]
    assert "tea" in ids and "at-1230" in ids and "bad" not in ids
    assert store.config.min_gap_minutes == 7  # the rest of the synced settings apply
    problems = sync_status(_clock())["problems"]
    assert len(problems) == 3, problems  # each left-out setting said once
    assert any("'bad'" in p and "99:99" in p for p in problems)
    capsys.readouterr()
    assert main(["reminders", "add", "--at", "17:00"]) == 0  # was refused with exit 2
    assert "at-1700" in [r.id for r in ReminderStore(SettingsStore(data_dir())).config.rules]
    assert theirs.read_bytes() == before  # another computer's file: left as it is
    mine = PersonalFile(folder, this_device(), "settings", _clock()).own_path
    assert f"{rules}/bad" not in {v.record_id for v in read_changes(mine)}  # not deleted by us
    # the computer that wrote it fixes it: it is used again, everywhere
    _settings_from_other(
        folder, {f"{rules}/bad": {"value": {"id": "bad", "kind": "fixed", "times": ["09:09"]}}}
    )
    assert "bad" in [r.id for r in ReminderStore(SettingsStore(data_dir())).config.rules]
