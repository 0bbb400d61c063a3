"""A reflection or self-check from another computer that this one cannot read (a newer app's, a
damaged one) is left out of use here and said once, but a save here never deletes it or changes it
everywhere; "delete everywhere" and the user's own deletions still work (QA: the next save wrote
the list without it, which deleted it on every computer)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.selfcheck.records import new_check
from mindful_clinic.core.sync.versions import Version, stamp
from mindful_clinic.services.reflect.store import ReflectionStore
from mindful_clinic.services.selfcheck.store import SelfCheckStore
from mindful_clinic.services.sync.changes import read_changes, write_changes
from mindful_clinic.services.sync.layout import device_dir
from mindful_clinic.services.sync.personal import PersonalFile
from mindful_clinic.services.sync.status import sync_status
from tests.sync_fakes import Computer, computer

OTHER = "0123456789abcdef0123456789abcdef"
DAY = date(2026, 3, 10)

REFLECTIONS: dict[str, dict[str, Any]] = {
    "newer": {"id": "newer", "date": "2026-03-09", "kind": "gratitude", "text": "a newer kind"},
    "damaged": {"id": "damaged", "date": "someday", "kind": "win", "text": "no date"},
    "extra": {"id": "extra", "date": "2026-03-09", "kind": "win", "text": "kept", "mood": "calm"},
}
SELFCHECKS: dict[str, dict[str, Any]] = {
    "newer": {"id": "newer", "date": "2026-03-09", "who5": None, "pss": [1, 2, 3]},
    "damaged": {"id": "damaged", "date": "2026-03-09", "who5": [9, 9], "burnout_item": 2},
    "extra": {"id": "extra", "date": "2026-03-09", "burnout_item": 2, "cbi": None, "mood": 3},
}
"""Per list: one a newer app wrote, one damaged, one readable with a field only a newer app knows."""


def reflections(c: Computer) -> ReflectionStore:
    return ReflectionStore(
        c.root / "data", PersonalFile(c.synced, c.device, "reflections", c.clock)
    )


def selfchecks(c: Computer) -> SelfCheckStore:
    return SelfCheckStore(c.root / "data", PersonalFile(c.synced, c.device, "selfchecks", c.clock))


@dataclass(frozen=True)
class Case:
    """One synced list: its name, its store on a computer, a new item of it, the other's items."""

    name: str
    store: Callable[[Computer], Any]
    new: Callable[[], Any]
    docs: dict[str, dict[str, Any]]


@pytest.fixture(
    params=[
        Case("reflections", reflections, lambda: make_reflection("mine", "win", DAY), REFLECTIONS),
        Case("selfchecks", selfchecks, lambda: new_check(DAY, burnout_item=3), SELFCHECKS),
    ],
    ids=["reflections", "selfchecks"],
)
def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


def from_other(c: Computer, name: str, docs: dict[str, dict[str, Any]]) -> Path:
    """Another computer's versions file of list ``name``, holding ``docs``."""
    path = device_dir(c.synced, OTHER) / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    at = stamp(c.clock.now())
    write_changes(path, OTHER, {k: Version(k, at, OTHER, v) for k, v in docs.items()})
    return path


def own_versions(c: Computer, name: str) -> dict[str, Version]:
    own = PersonalFile(c.synced, c.device, name, c.clock).own_path
    return {v.record_id: v for v in read_changes(own)} if own.exists() else {}


def test_a_save_here_keeps_what_this_computer_cannot_read(tmp_path: Path, case: Case) -> None:
    name, store, docs = case.name, case.store, case.docs
    c = computer(tmp_path, "here")
    theirs = from_other(c, name, docs)
    before = theirs.read_bytes()
    opened = store(c)
    assert [i.id for i in opened.all()] == ["extra"]  # only the readable one is shown
    c.clock.advance(60)
    mine = case.new()
    opened.add(mine)  # the next save on this computer...
    assert set(own_versions(c, name)) == {mine.id}  # ...writes only its own item
    merged = PersonalFile(c.synced, c.device, name, c.clock).versions()
    for rid, doc in docs.items():  # every computer still has them, exactly as written
        assert merged[rid].device == OTHER and dict(merged[rid].doc or {}) == doc
    assert opened.problem is not None
    assert opened.problem.count("was left out") == 2, opened.problem  # each said once
    c.clock.advance(60)
    again = store(c)
    again.delete(mine.id)  # the user's own deletion still goes everywhere
    assert own_versions(c, name)[mine.id].doc is None
    assert set(own_versions(c, name)) == {mine.id}
    assert theirs.read_bytes() == before  # another computer's file: never touched


def test_delete_everywhere_still_deletes_what_could_not_be_read(tmp_path: Path, case: Case) -> None:
    name, store = case.name, case.store
    c = computer(tmp_path, "here")
    from_other(c, name, case.docs)
    store(c).add(case.new())
    c.clock.advance(60)
    with c.log() as log:
        log.delete_all()  # "Delete everywhere"
    left = own_versions(c, name)
    assert {"newer", "damaged", "extra"} <= set(left)
    assert all(v.doc is None for v in left.values())  # a tombstone for every item
    after = store(c)
    assert after.all() == [] and after.problem is None


def test_each_unreadable_item_is_said_once_in_sync_status_and_by_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert main(["sync", "folder", str(folder)]) == 0
    path = device_dir(folder, OTHER) / "reflections.json"
    path.parent.mkdir(parents=True)
    at = stamp(computer(tmp_path, "clock").clock.now())
    write_changes(path, OTHER, {k: Version(k, at, OTHER, v) for k, v in REFLECTIONS.items()})
    from mindful_clinic.core.time.clock import SystemClock

    problems = [p for p in sync_status(SystemClock())["problems"] if "reflection" in p]
    assert len(problems) == 2, problems
    assert any("gratitude" in p for p in problems) and any("someday" in p for p in problems)
    assert all(p.startswith("A reflection in a synced file (reflections.json") for p in problems)
    capsys.readouterr()
    assert main(["reflect", "add", "a small win", "--kind", "win", "--date", "2026-03-10"]) == 0
    err = capsys.readouterr().err
    assert err.count("gratitude") == 1 and err.count("someday") == 1, err
    assert main(["reflect", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert "a small win" in out and "kept" in out
    after = [p for p in sync_status(SystemClock())["problems"] if "reflection" in p]
    assert after == problems  # still there, still said once each
