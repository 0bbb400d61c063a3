"""Reflections, kept privately in ``reflections.json`` in the data folder (issue #19).

Never part of the practice log or group mode. ``delete_all`` and ``export_rows`` are for "Delete all
my data" and the exports.
"""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.core.reflect.records import Reflection
from mindful_clinic.services.storage.private_list import PrivateList, SharedList

FILE_NAME = "reflections.json"
SCHEMA_VERSION = 1


class ReflectionStore(PrivateList[Reflection]):
    def __init__(self, folder: Path, shared: SharedList | None = None) -> None:
        super().__init__(
            Path(folder) / FILE_NAME,
            "reflections",
            SCHEMA_VERSION,
            Reflection.from_json,
            Reflection.to_json,
            "reflections",
            shared,
        )

    def all(self) -> list[Reflection]:
        """Oldest first (by date; the same day in the order written)."""
        return sorted(self.items, key=lambda r: r.date)

    def get(self, reflection_id: str) -> Reflection | None:
        return next((r for r in self.items if r.id == reflection_id), None)

    def update(self, reflection: Reflection) -> None:
        """Replace the reflection with the same id (an edit from History)."""
        if self.get(reflection.id) is None:
            raise KeyError(reflection.id)
        self.replace_all([reflection if r.id == reflection.id else r for r in self.items])

    def export_rows(self) -> list[dict[str, str]]:
        return [r.to_json() for r in self.all()]
