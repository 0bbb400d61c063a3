"""Reflection and self-check stores: private, atomic with a backup, damage quarantined not fatal."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.core.selfcheck.records import new_check
from mindful_clinic.services.reflect.store import ReflectionStore
from mindful_clinic.services.selfcheck.store import SelfCheckStore


def test_reflections_are_kept_privately_with_a_backup(tmp_path: Path) -> None:
    store = ReflectionStore(tmp_path)
    first = make_reflection("Stayed with a long silence", "win", date(2026, 3, 3))
    store.add(first)
    store.add(make_reflection("Slow down the ending", "learned", date(2026, 3, 1)))
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert (tmp_path / "reflections.json.bak").exists()
    again = ReflectionStore(tmp_path)
    assert [r.text for r in again.all()] == ["Slow down the ending", "Stayed with a long silence"]
    again.update(first.edited(text="Stayed with a long silence, and it helped"))
    assert ReflectionStore(tmp_path).get(first.id).text.endswith("it helped")  # type: ignore[union-attr]
    assert [row["kind"] for row in again.export_rows()] == ["learned", "win"]


def test_one_damaged_reflection_is_quarantined_and_the_rest_kept(tmp_path: Path) -> None:
    good = make_reflection("A good day", "win", date(2026, 3, 3)).to_json()
    doc = {"schema_version": 1, "reflections": [good, {"id": "x", "date": "soon", "kind": "win"}]}
    (tmp_path / "reflections.json").write_text(json.dumps(doc), encoding="utf-8")
    store = ReflectionStore(tmp_path)
    assert [r.text for r in store.all()] == ["A good day"]
    assert store.problem and "item 2" in store.problem
    assert len(list(tmp_path.glob("reflections.damaged-*.json"))) == 1
    assert len(json.loads(store.path.read_text())["reflections"]) == 1


def test_an_unreadable_file_is_moved_aside_and_the_store_starts_empty(tmp_path: Path) -> None:
    (tmp_path / "selfchecks.json").write_text("{not json", encoding="utf-8")
    store = SelfCheckStore(tmp_path)
    assert store.all() == [] and store.problem and "kept as" in store.problem
    store.add(new_check(date(2026, 3, 2), [3, 3, 3, 3, 3], 2))
    assert len(SelfCheckStore(tmp_path).all()) == 1


def test_delete_all_leaves_nothing_on_disk(tmp_path: Path) -> None:
    checks, notes = SelfCheckStore(tmp_path), ReflectionStore(tmp_path)
    for _ in range(2):
        checks.add(new_check(date(2026, 3, 2), [3, 3, 3, 3, 3], 2))
        notes.add(make_reflection("a note", "other", date(2026, 3, 2)))
    assert checks.export_rows()[0]["who5_items"] == [3, 3, 3, 3, 3]
    checks.delete_all()
    notes.delete_all()
    assert list(tmp_path.iterdir()) == []
    assert SelfCheckStore(tmp_path).all() == [] and ReflectionStore(tmp_path).all() == []


def test_a_parked_worry_is_gone_from_disk_after_its_reminder(tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from mindful_clinic.core.reflect.worry import park_worry
    from mindful_clinic.services.reflect.worry_store import WorryStore

    now = datetime(2026, 3, 2, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    store = WorryStore(tmp_path)
    letter = park_worry("The referral letter", now + timedelta(hours=5), now)
    store.add(letter)
    store.add(replace(park_worry("Rota", now + timedelta(hours=5), now), keep=True))
    store.reminded({n.id for n in store.items})
    assert [n.text for n in WorryStore(tmp_path).items] == ["Rota"]
    assert "referral" not in store.path.read_text(encoding="utf-8")
    assert not (tmp_path / "worries.json.bak").exists()
