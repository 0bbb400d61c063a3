"""Parked worries, kept privately in ``worries.json`` until reminded (then deleted unless kept)."""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.core.reflect.worry import WorryNote, tidy
from mindful_clinic.services.storage.private_list import PrivateList

FILE_NAME = "worries.json"
SCHEMA_VERSION = 1


class WorryStore(PrivateList[WorryNote]):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            Path(folder) / FILE_NAME,
            "worries",
            SCHEMA_VERSION,
            WorryNote.from_json,
            WorryNote.to_json,
            "parked worries",
        )

    def reminded(self, ids: set[str]) -> None:
        """Mark these as reminded and delete every reminded note the user did not keep."""
        from mindful_clinic.core.reflect.worry import mark_reminded
        from mindful_clinic.services.storage.atomic import backup_path

        self.replace_all(tidy(mark_reminded(self.items, ids)))
        backup_path(self.path).unlink(missing_ok=True)  # the backup would still hold the worry

    def export_rows(self) -> list[dict[str, object]]:
        return [n.to_json() for n in self.items]
