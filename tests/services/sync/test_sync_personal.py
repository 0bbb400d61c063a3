"""Reflections, self-checks and favourites follow the person across computers (issue #20)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.time.clock import SystemClock
from mindful_clinic.services.reflect.store import ReflectionStore
from mindful_clinic.services.storage.paths import data_dir
from mindful_clinic.services.sync.follow import (
    personal_file,
    save_shared_favourites,
    shared_favourites,
    synced_folder,
)
from mindful_clinic.services.sync.personal import PersonalFile
from mindful_clinic.services.sync.switch import _move_personal
from tests.sync_fakes import Computer, computer, snapshot, sync_both

DAY = date(2026, 3, 2)


def reflections(c: Computer) -> ReflectionStore:
    shared = PersonalFile(c.synced, c.device, "reflections", c.clock)
    return ReflectionStore(c.root / "data", shared)


def texts(c: Computer) -> list[str]:
    return sorted(r.text for r in reflections(c).all())


def test_reflections_converge_and_each_computer_writes_only_its_own_file(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    first = make_reflection("Stayed with a hard call", "win", DAY)
    second = make_reflection("Asked for help early", "learned", DAY)
    reflections(a).add(first)
    reflections(b).add(second)
    sync_both(a, b)
    assert texts(a) == texts(b) == ["Asked for help early", "Stayed with a hard call"]
    theirs = snapshot(b.synced / "devices" / a.device.id)
    b.clock.advance(60)
    store_b = reflections(b)
    store_b.update(first.edited(text="Stayed with a hard call, and said so"))
    a.clock.advance(30)
    reflections(a).delete(second.id)
    assert snapshot(b.synced / "devices" / a.device.id) == theirs  # B never wrote A's file
    sync_both(a, b)
    assert texts(a) == texts(b) == ["Stayed with a hard call, and said so"]
    assert not (a.root / "data" / "reflections.json").exists()  # nothing written locally


def test_a_conflict_copy_of_a_personal_file_loses_nothing(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    reflections(a).add(make_reflection("one", "win", DAY))
    sync_both(a, b)
    own = a.synced / "devices" / a.device.id / "reflections.json"
    older = own.read_bytes()
    reflections(a).add(make_reflection("two", "win", DAY))
    mine_in_b = b.synced / "devices" / a.device.id
    (mine_in_b / "reflections.sync-conflict-20260310-120000-ABCDEFG.json").write_bytes(
        own.read_bytes()
    )
    (mine_in_b / "reflections.json").write_bytes(older)
    assert texts(b) == ["one", "two"]
    shared = PersonalFile(b.synced, b.device, "reflections", b.clock)
    shared.versions()
    assert len(shared.conflicts) == 1


def test_favourites_follow_the_person(tmp_path: Path) -> None:
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    fav_a = PersonalFile(a.synced, a.device, "favourites", a.clock)
    fav_b = PersonalFile(b.synced, b.device, "favourites", b.clock)
    fav_a.write({"box_4": {"practice_id": "box_4"}, "resonance_5_5": {"practice_id": "x"}})
    sync_both(a, b)
    b.clock.advance(5)
    fav_b.write({"box_4": {"practice_id": "box_4"}})  # B un-favourites one
    sync_both(a, b)
    assert set(fav_a.items()) == set(fav_b.items()) == {"box_4"}


def test_switching_on_and_off_carries_reflections_and_favourites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = ReflectionStore(data_dir())
    local.add(make_reflection("kept through the move", "win", DAY))
    assert shared_favourites(["box_4"]) == ["box_4"]  # not syncing: unchanged
    (tmp_path / "Sync").mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(tmp_path / "Sync")]) == 0
    assert not (data_dir() / "reflections.json").exists()
    capsys.readouterr()
    assert main(["reflect", "list"]) == 0  # the command line reads the synced copy
    assert "kept through the move" in capsys.readouterr().out
    assert shared_favourites(["box_4", "resonance_5_5"]) == ["box_4", "resonance_5_5"]
    save_shared_favourites(["resonance_5_5"])
    assert shared_favourites([]) == ["resonance_5_5"]
    assert main(["sync", "folder", "--off"]) == 0
    assert synced_folder() is None
    doc = json.loads((data_dir() / "reflections.json").read_text())
    assert [r["text"] for r in doc["reflections"]] == ["kept through the move"]


def test_custom_patterns_follow_the_person_and_carry_over_when_switching(tmp_path: Path) -> None:
    from mindful_clinic.core.breath.pattern import BreathPattern, Phase, PhaseKind
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore

    def patterns(c: Computer) -> CustomPatternStore:
        return CustomPatternStore(
            c.root / "data", PersonalFile(c.synced, c.device, "patterns", c.clock)
        )

    slow = BreathPattern(
        "custom_slow", "Slow", (Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 6))
    )
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    patterns(a).save(slow)
    sync_both(a, b)
    assert [p.title for p in patterns(b).patterns()] == ["Slow"]
    b.clock.advance(10)
    patterns(b).delete("custom_slow")
    sync_both(a, b)
    assert patterns(a).patterns() == patterns(b).patterns() == []
    # switching on carries this computer's own patterns into the folder, and off brings them back
    CustomPatternStore(data_dir()).save(slow)
    (tmp_path / "Sync").mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(tmp_path / "Sync")]) == 0
    assert CustomPatternStore(data_dir()).patterns() == []
    assert main(["sync", "folder", "--off"]) == 0
    assert [p.id for p in CustomPatternStore(data_dir()).patterns()] == ["custom_slow"]


def test_group_totals_follow_the_person_and_move_once(tmp_path: Path) -> None:
    from mindful_clinic.core.group.records import GroupRecord
    from mindful_clinic.services.group.store import GroupStore

    def group(c: Computer) -> GroupStore:
        return GroupStore(c.root / "data", PersonalFile(c.synced, c.device, "group", c.clock))

    session = GroupRecord(DAY, "box_4", "Box breathing", 180, None, None)
    a, b = computer(tmp_path, "a"), computer(tmp_path, "b")
    group(a).add(session)
    group(b).add(session)  # the same practice run twice, in two rooms: two sessions
    sync_both(a, b)
    assert len(group(a).records()) == len(group(b).records()) == 2
    # switching on moves this computer's sessions once, even if the step is repeated
    GroupStore(data_dir()).add(session)
    folder = tmp_path / "Sync"
    folder.mkdir(parents=True, exist_ok=True)  # the sync service made it
    assert main(["sync", "folder", str(folder)]) == 0
    GroupStore(data_dir()).add(session)  # as if the local file were still there after a crash
    _move_personal(folder, SystemClock(), into_folder=True)
    assert len(GroupStore(data_dir(), personal_file("group")).records()) == 1
