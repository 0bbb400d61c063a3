"""A private list kept in a synced folder hands back, untouched, every item it could not read or
did not change: whatever the folder lets through, a save here never deletes or rewrites another
computer's item (house rule: nothing is lost)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from mindful_clinic.core.reflect.records import make_reflection
from mindful_clinic.services.reflect.store import ReflectionStore

DAY = date(2026, 3, 10)


class FakeShared:
    """The list as the synced folder hands it over, without any per-item check; keeps what each
    save asked for."""

    def __init__(self, docs: dict[str, dict[str, Any]]) -> None:
        self.docs = docs
        self.problems: list[Any] = []
        self.writes: list[dict[str, dict[str, Any]]] = []

    def items(self) -> Mapping[str, Mapping[str, Any]]:
        return self.docs

    def write(self, wanted: Mapping[str, Mapping[str, Any]]) -> None:
        self.writes.append({k: dict(v) for k, v in wanted.items()})
        self.docs = {k: dict(v) for k, v in wanted.items()}


NEWER = {"id": "newer", "date": "2026-03-09", "kind": "gratitude", "text": "from a newer app"}
EXTRA = {"id": "extra", "date": "2026-03-09", "kind": "win", "text": "kept", "mood": "calm"}


def test_an_item_that_cannot_be_read_is_written_back_untouched(tmp_path: Path) -> None:
    shared = FakeShared({"newer": dict(NEWER), "extra": dict(EXTRA)})
    store = ReflectionStore(tmp_path, shared)
    assert [r.id for r in store.all()] == ["extra"]
    assert store.problem is not None and "gratitude" in store.problem
    mine = make_reflection("mine", "win", DAY)
    store.add(mine)
    saved = shared.writes[-1]
    assert saved["newer"] == NEWER  # not deleted: it was never shown here
    assert saved["extra"] == EXTRA  # unchanged, so written as read: "mood" is kept
    assert saved[mine.id] == mine.to_json()
    edited = store.get("extra")
    assert edited is not None
    store.update(edited.edited(text="changed here"))
    assert shared.writes[-1]["extra"]["text"] == "changed here"  # an edit is an edit
    store.delete("extra")
    store.delete(mine.id)
    assert shared.writes[-1] == {"newer": NEWER}  # the user's deletions go; the unread stays
