"""The user's own guided practices: copy, edit, validate, save atomically, survive a damaged file."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.practice import GuidedOptions
from mindful_clinic.core.guided.schema import load_shipped_practices, practice_to_mapping
from mindful_clinic.services.guided.custom_practices import FILE_NAME, CustomPracticeStore
from mindful_clinic.services.practice.library import (
    load_library,
    shipped_entries,
    with_custom_practices,
)

SHIPPED = {p.id: p for p in load_shipped_practices()}


def test_copy_edit_and_save_a_shipped_practice(data_dir: Path) -> None:
    store = CustomPracticeStore(data_dir)
    taken = set(SHIPPED)
    copy = store.copy_of(SHIPPED["body_scan_3"], taken)
    assert copy.id == "custom_body_scan_3_minutes" and copy.custom
    assert store.practices() == []  # a copy is not saved until the user saves it
    steps = list(copy.steps)
    steps[1] = replace(steps[1], caption="Our ward's words for the feet.", weight=30)
    saved = store.save(replace(copy, steps=tuple(steps), title="Ward 7 body scan"))
    assert saved.plan().total_ms == 180_000
    again = CustomPracticeStore(data_dir)
    loaded = again.get(copy.id)
    assert loaded is not None and loaded.title == "Ward 7 body scan"
    assert loaded.steps[1].caption == "Our ward's words for the feet."
    assert loaded.plan(GuidedOptions(direction="head_to_feet")).total_ms == 180_000
    mode = stat.S_IMODE((data_dir / FILE_NAME).stat().st_mode)
    assert mode == 0o600
    doc = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1 and "words" not in doc["practices"][0]


def test_an_invalid_practice_is_never_written(data_dir: Path) -> None:
    store = CustomPracticeStore(data_dir)
    good = store.duplicate(SHIPPED["stop_1"], set(SHIPPED))
    before = (data_dir / FILE_NAME).read_bytes()
    steps = list(good.steps)
    steps[2] = replace(steps[2], caption="")
    with pytest.raises(ContentError) as info:
        store.save(replace(good, steps=tuple(steps)))
    assert info.value.field == "steps[3].caption"
    assert (data_dir / FILE_NAME).read_bytes() == before
    assert store.get(good.id) == good


def test_validate_names_the_step_and_the_problem() -> None:
    data = practice_to_mapping(SHIPPED["stop_1"])
    data["steps"][3]["caption"] = "Hello {name}"
    with pytest.raises(ContentError, match=r"your practice: steps\[4\]\.caption: \{name\}"):
        CustomPracticeStore.validate(data)


def test_a_file_that_is_not_json_is_moved_aside_and_the_app_goes_on(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FILE_NAME).write_text("{ not json", encoding="utf-8")
    store = CustomPracticeStore(data_dir)
    assert store.practices() == []
    assert store.problem and "could not be read" in store.problem
    assert not (data_dir / FILE_NAME).exists()
    kept = list(data_dir.glob("custom_practices.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ not json"


def test_one_bad_practice_keeps_the_others(data_dir: Path) -> None:
    store = CustomPracticeStore(data_dir)
    a = store.duplicate(SHIPPED["stop_1"], set(SHIPPED))
    b = store.duplicate(SHIPPED["breathing_space_1"], set(SHIPPED))
    doc = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    doc["practices"][1]["steps"][0]["region"] = "elbow"
    (data_dir / FILE_NAME).write_text(json.dumps(doc), encoding="utf-8")
    again = CustomPracticeStore(data_dir)
    assert [p.id for p in again.practices()] == [a.id]
    assert again.problem and "steps[1].region" in again.problem
    assert len(list(data_dir.glob("custom_practices.damaged-*.json"))) == 1
    assert b.id not in (data_dir / FILE_NAME).read_text(encoding="utf-8")


def test_delete_and_unique_ids(data_dir: Path) -> None:
    store = CustomPracticeStore(data_dir)
    one = store.duplicate(SHIPPED["stop_1"], set(SHIPPED))
    two = store.duplicate(SHIPPED["stop_1"], set(SHIPPED))
    assert one.id != two.id
    store.delete(one.id)
    assert [p.id for p in CustomPracticeStore(data_dir).practices()] == [two.id]


def test_the_library_lists_shipped_and_own_guided_practices(data_dir: Path) -> None:
    ids = {e.id for e in shipped_entries() if e.kind == "guided"}
    assert ids == set(SHIPPED)
    store = CustomPracticeStore(data_dir)
    own = store.duplicate(SHIPPED["loving_kindness_5"], ids)
    library = with_custom_practices(load_library(), store)
    entry = library.catalog.get(own.id)
    assert entry is not None and entry.custom and entry.kind == "guided"
    assert entry.durations_s == (180, 300, 600) and entry.category == "self_compassion"
