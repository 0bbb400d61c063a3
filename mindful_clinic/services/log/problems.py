"""What went wrong with a log file, in plain words for the window (``LogStore.problems``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LogProblem:
    kind: str
    """"damaged" (moved aside), "newer" (left alone), "unreadable" (no permission) or "journal"."""
    month: str
    """"YYYY-MM", or "" for the import journal."""
    reason: str
    moved_to: Path | None = None
    restored: bool = False

    @property
    def month_label(self) -> str:
        try:
            return datetime.strptime(self.month, "%Y-%m").strftime("%B %Y")
        except ValueError:
            return self.month

    @property
    def message(self) -> str:
        where = f"The practice log for {self.month_label}"
        if self.kind == "newer":
            return (
                f"{where} was saved by a newer version of Mindful Clinic, so this "
                "version leaves it untouched and cannot add to that month. Updating the app will "
                "show it again."
            )
        if self.kind == "unreadable":
            return f"{where} could not be opened ({self.reason}). It was left as it is."
        if self.kind == "journal":
            return (
                f"An import that was interrupted could not be finished ({self.reason}). Its file "
                f"was kept as {self.moved_to}; nothing from it was added."
            )
        kept = f"The damaged file was kept, not deleted: {self.moved_to}."
        if self.restored:
            after = (
                "The last good copy of that month was restored, so your sessions are back; the "
                "most recent one saved in that month may be missing."
            )
        else:
            after = (
                "There was no good copy to restore, so that month now starts empty. Other months "
                "are not affected."
            )
        return f"{where} could not be read: {self.reason}. {kept} {after}"
