"""The user's own breath patterns, kept as readable JSON in the data folder.

A damaged file never stops the app: a file that is not readable JSON is moved aside under a
timestamped name (never deleted); one bad pattern is set aside (the file is copied aside first) and
the other patterns stay in use. Either way the user is told once, with where the old file went.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mindful_clinic.core.breath.pattern import BreathPattern
    from mindful_clinic.services.storage.private_list import SharedList

# The pattern model and its schema are imported only when there is a file to read or a pattern to
# save: most starts have no custom patterns, and the window should not wait for those modules.

FILE_NAME = "custom_patterns.json"
SCHEMA_VERSION = 1


def copy_title(title: str) -> str:
    """A copy's title, "Box breathing (copy)", in the window's language (Qt is imported when the
    words are needed, not at import: the command line loads this module without a window)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CustomPatterns", "%1 (copy)").replace("%1", title)


class CustomPatternStore:
    def __init__(self, folder: Path, shared: SharedList | None = None) -> None:
        """With ``shared`` (a synced folder is set) every computer's copy is read and changes
        are written for the others (services/sync/personal.py) instead of the local file."""
        self.path = Path(folder) / FILE_NAME
        self.shared = shared
        self.problem: str | None = None
        """A plain-words message if the file was damaged and moved aside at load."""
        self._patterns: dict[str, BreathPattern] = {}
        self._load()

    def reload(self) -> None:
        """Read the file again (after "Delete all my data" removed it: nothing is left)."""
        self.problem = None
        self._patterns = {}
        self._load()

    def patterns(self) -> list[BreathPattern]:
        return list(self._patterns.values())

    def get(self, pattern_id: str) -> BreathPattern | None:
        return self._patterns.get(pattern_id)

    def save(self, pattern: BreathPattern) -> BreathPattern:
        """Add or replace a pattern; validated first so an invalid one is never written."""
        from mindful_clinic.core.breath.schema import pattern_from_mapping, pattern_to_mapping

        pattern = pattern.as_own(category="breathing")
        pattern_from_mapping(pattern_to_mapping(pattern), "custom pattern")  # raises ContentError
        updated = dict(self._patterns)
        updated[pattern.id] = pattern
        self._write(updated)
        self._patterns = updated
        return pattern

    def delete(self, pattern_id: str) -> None:
        if pattern_id not in self._patterns:
            return
        updated = {k: v for k, v in self._patterns.items() if k != pattern_id}
        self._write(updated)
        self._patterns = updated

    def duplicate(self, pattern: BreathPattern, taken_ids: set[str]) -> BreathPattern:
        copy = pattern.as_own(
            id=self.new_id(pattern.title + " copy", taken_ids),
            title=copy_title(pattern.title),
            category="breathing",
        )
        return self.save(copy)

    def new_id(self, title: str, taken_ids: set[str]) -> str:
        from mindful_clinic.core.practice.ids import new_custom_id

        return new_custom_id(title, "pattern", taken_ids, self._patterns)

    def _write(self, patterns: dict[str, BreathPattern]) -> None:
        from mindful_clinic.core.breath.schema import pattern_to_mapping
        from mindful_clinic.services.storage.atomic import write_json_list

        items: list[object] = [pattern_to_mapping(p) for p in patterns.values()]
        if self.shared is not None:
            self.shared.write({str(m["id"]): m for m in items if isinstance(m, dict)})
            return
        write_json_list(self.path, "patterns", items, SCHEMA_VERSION)

    def _load(self) -> None:
        if self.shared is None and not self.path.exists():
            return
        from mindful_clinic.core.breath.schema import pattern_from_mapping
        from mindful_clinic.services.storage.atomic import copy_aside, move_aside, read_json_list

        try:
            raw_patterns = (
                read_json_list(self.path, "patterns")
                if self.shared is None
                else [dict(doc) for doc in self.shared.items().values()]
            )
        except (OSError, ValueError) as exc:
            moved: object = "left where it was"
            with contextlib.suppress(OSError):
                moved = f"kept as {move_aside(self.path)}"
            self.problem = (
                f"Your custom breathing patterns could not be read ({exc}). "
                f"The file was {moved} and the app started without them."
            )
            return
        errors: list[str] = []
        for i, raw in enumerate(raw_patterns, 1):
            try:
                p = pattern_from_mapping(raw, f"{FILE_NAME} pattern {i}")
            except (ValueError, TypeError, RecursionError) as exc:  # ContentError: a ValueError
                errors.append(str(exc) if not isinstance(exc, RecursionError) else f"pattern {i}")
                continue
            self._patterns[p.id] = p.as_own()
        if errors and self.shared is not None:  # perhaps another computer's: reported only
            self.problem = (
                f"Some of your custom breathing patterns could not be read ({'; '.join(errors)})."
            )
        elif errors:  # one bad pattern is set aside; the others stay in use
            kept = copy_aside(self.path)
            with contextlib.suppress(OSError):
                self._write(self._patterns)
            where = f"the original file was saved as {kept}" if kept else "the file was left as is"
            self.problem = (
                f"Some of your custom breathing patterns could not be read "
                f"({'; '.join(errors)}). The others are kept; {where}."
            )
