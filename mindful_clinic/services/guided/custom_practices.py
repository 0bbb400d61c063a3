"""The user's (or team lead's) own guided practices, kept as readable JSON in the data folder.

A practice is copied from a shipped one and edited; it is validated by the same schema as shipped
content before it is written, so an invalid practice is never saved. A damaged file never stops the
app: a file that is not readable JSON is moved aside (never deleted); a file with one bad practice in
it is copied aside and the practices that are still valid are kept. Either way the user is told once.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mindful_clinic.services.breath.custom_patterns import copy_title

if TYPE_CHECKING:
    from mindful_clinic.core.guided.practice import GuidedPractice
    from mindful_clinic.services.storage.private_list import SharedList

# The guided model and its schema are imported only when there is a file to read or a practice to
# check: most starts have no practices of the user's own, and the window should not wait for them.

FILE_NAME = "custom_practices.json"
SCHEMA_VERSION = 1


class CustomPracticeStore:
    def __init__(self, folder: Path, shared: SharedList | None = None) -> None:
        """With ``shared`` (a synced folder is set) every computer's copy is read and changes
        are written for the others (services/sync/personal.py) instead of the local file."""
        self.path = Path(folder) / FILE_NAME
        self.shared = shared
        self.problem: str | None = None
        """A plain-words message if the file was damaged at load (show it once)."""
        self._practices: dict[str, GuidedPractice] = {}
        self._load()

    def reload(self) -> None:
        """Read the file again (after "Delete all my data" removed it: nothing is left)."""
        self.problem = None
        self._practices = {}
        self._load()

    def practices(self) -> list[GuidedPractice]:
        return list(self._practices.values())

    def get(self, practice_id: str) -> GuidedPractice | None:
        return self._practices.get(practice_id)

    @staticmethod
    def validate(data: dict[str, Any], source: str = "your practice") -> GuidedPractice:
        """Check an edited practice (raises ContentError naming the step and the problem)."""
        from mindful_clinic.core.guided.schema import practice_from_mapping

        return practice_from_mapping({**data, "custom": True}, source)

    def save(self, practice: GuidedPractice) -> GuidedPractice:
        """Add or replace a practice; validated first so an invalid one is never written."""
        from mindful_clinic.core.guided.schema import practice_to_mapping

        checked = self.validate(practice_to_mapping(practice.as_own()))
        updated = dict(self._practices)
        updated[checked.id] = checked
        self._write(updated)
        self._practices = updated
        return checked

    def delete(self, practice_id: str) -> None:
        if practice_id not in self._practices:
            return
        updated = {k: v for k, v in self._practices.items() if k != practice_id}
        self._write(updated)
        self._practices = updated

    def copy_of(self, practice: GuidedPractice, taken_ids: set[str]) -> GuidedPractice:
        """An unsaved copy with a fresh id and "(copy)" title: the editor's starting point."""
        return practice.as_own(
            id=self.new_id(practice.title, taken_ids), title=copy_title(practice.title)
        )

    def duplicate(self, practice: GuidedPractice, taken_ids: set[str]) -> GuidedPractice:
        return self.save(self.copy_of(practice, taken_ids))

    def new_id(self, title: str, taken_ids: set[str]) -> str:
        from mindful_clinic.core.practice.ids import new_custom_id

        return new_custom_id(title, "practice", taken_ids, self._practices)

    def _write(self, practices: dict[str, GuidedPractice]) -> None:
        from mindful_clinic.core.guided.schema import practice_to_mapping
        from mindful_clinic.services.storage.atomic import write_json_list

        items: list[object] = [practice_to_mapping(p) for p in practices.values()]
        if self.shared is not None:
            self.shared.write({str(m["id"]): m for m in items if isinstance(m, dict)})
            return
        write_json_list(self.path, "practices", items, SCHEMA_VERSION)

    def _load(self) -> None:
        if self.shared is None and not self.path.exists():
            return
        from mindful_clinic.core.errors import ContentError
        from mindful_clinic.core.guided.schema import practice_from_mapping
        from mindful_clinic.services.storage.atomic import read_json_list

        try:
            raw_practices = (
                read_json_list(self.path, "practices")
                if self.shared is None
                else [dict(doc) for doc in self.shared.items().values()]
            )
        except (OSError, ValueError) as exc:
            moved = self._set_aside(move=True)
            self.problem = (
                f"Your own guided practices could not be read ({exc}). "
                f"The file was kept as {moved} and the app started without them."
            )
            return
        loaded: dict[str, GuidedPractice] = {}
        errors: list[str] = []
        for i, raw in enumerate(raw_practices, 1):
            try:
                p = practice_from_mapping(raw, f"{FILE_NAME} practice {i}")
            except (ContentError, TypeError, ValueError, RecursionError) as exc:
                errors.append(str(exc))
                continue
            loaded[p.id] = p.as_own()
        self._practices = loaded
        if errors and self.shared is not None:  # perhaps another computer's: reported only
            self.problem = (
                f"Some of your own guided practices could not be read ({'; '.join(errors)})."
            )
        elif errors:
            kept = self._set_aside(move=False)
            with contextlib.suppress(OSError):  # a read-only folder: set aside in memory only
                self._write(loaded)
            self.problem = (
                f"Some of your own guided practices could not be read ({'; '.join(errors)}). "
                f"The others are kept; the original file was saved as {kept}."
            )

    def _set_aside(self, move: bool) -> Path | str:
        from mindful_clinic.services.storage.atomic import aside_name

        target = aside_name(self.path)
        try:
            if move:
                self.path.rename(target)
            else:
                shutil.copy2(self.path, target)
        except OSError:
            return "left where it was (the folder cannot be changed)"
        return target
