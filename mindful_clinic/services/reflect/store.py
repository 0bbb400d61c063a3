"""Reflections, kept privately in ``reflections.json`` in the data folder (issue #19).

Never part of the practice log or group mode. ``delete_all`` and ``export_rows`` are for "Delete all
my data" and the exports.
"""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.core.reflect.records import Reflection
from mindful_clinic.services.storage.private_list import PrivateList

FILE_NAME = "reflections.json"
SCHEMA_VERSION = 1


class ReflectionStore:
    def __init__(self, folder: Path) -> None:
        self._list: PrivateList[Reflection] = PrivateList(
            Path(folder) / FILE_NAME,
            "reflections",
            SCHEMA_VERSION,
            Reflection.from_json,
            Reflection.to_json,
            "reflections",
        )

    @property
    def path(self) -> Path:
        return self._list.path

    @property
    def problem(self) -> str | None:
        """A plain-words message if the file was damaged at load (show it once)."""
        return self._list.problem

    def all(self) -> list[Reflection]:
        """Oldest first (by date; the same day in the order written)."""
        return sorted(self._list.items, key=lambda r: r.date)

    def get(self, reflection_id: str) -> Reflection | None:
        return next((r for r in self._list.items if r.id == reflection_id), None)

    def add(self, reflection: Reflection) -> None:
        self._list.replace_all([*self._list.items, reflection])

    def update(self, reflection: Reflection) -> None:
        """Replace the reflection with the same id (an edit from History)."""
        items = [reflection if r.id == reflection.id else r for r in self._list.items]
        if items == self._list.items and self.get(reflection.id) is None:
            raise KeyError(reflection.id)
        self._list.replace_all(items)

    def delete(self, reflection_id: str) -> None:
        self._list.replace_all([r for r in self._list.items if r.id != reflection_id])

    def delete_all(self) -> None:
        """Forget every reflection, backup included ("Delete all my data")."""
        self._list.delete_all()

    def export_rows(self) -> list[dict[str, str]]:
        return [r.to_json() for r in self.all()]
