"""What went wrong with a log file, in plain words for the window (``LogStore.problems``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale


@dataclass(frozen=True)
class LogProblem:
    kind: str
    """"damaged" (moved aside), "quarantined" (some records set aside), "newer" (left alone),
    "unreadable" (no permission), "journal" (set aside) or "journal-waiting" (to be finished)."""
    month: str
    """"YYYY-MM", or "" for the import journal."""
    reason: str
    moved_to: Path | None = None
    restored: bool = False
    count: int = 0
    """How many records were set aside ("quarantined")."""

    @property
    def month_label(self) -> str:
        """ "December 2026", "Dezember 2026": the month's name in the user's locale (QLocale)."""
        try:
            month = datetime.strptime(self.month, "%Y-%m")
        except ValueError:
            return self.month
        return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")

    @property
    def message(self) -> str:
        if self.kind == "lock":
            return self.reason
        where = f"The practice log for {self.month_label}"
        if self.kind == "newer":
            return (
                f"{where} was saved by a newer version of Mindful Clinic, so this "
                "version leaves it untouched and cannot add to that month. Updating the app will "
                "show it again."
            )
        if self.kind == "unreadable":
            if self.restored:
                return (
                    f"{where} could not be opened ({self.reason}). Its last good copy is shown; "
                    "that month cannot be changed until the file can be opened again."
                )
            return f"{where} could not be opened ({self.reason}). It was left as it is."
        if self.kind == "quarantined":
            some = "One session" if self.count == 1 else f"{self.count} sessions"
            kept = (
                f"The file as it was is kept: {self.moved_to}."
                if self.moved_to
                else "The file was left as it is."
            )
            return (
                f"{some} in the practice log for {self.month_label} could not be read and "
                f"{'was' if self.count == 1 else 'were'} set aside ({self.reason}). The other "
                f"sessions of that month are shown as usual. {kept}"
            )
        if self.kind == "journal":
            kept = f"Its file was kept as {self.moved_to}" if self.moved_to else "It was left as is"
            return (
                f"An import that was interrupted could not be finished ({self.reason}). "
                f"{kept}; nothing from it was added."
            )
        if self.kind == "journal-waiting":
            return (
                f"An import that was interrupted could not be finished yet: {self.reason} It will "
                "be finished the next time the log opens; nothing from it is lost."
            )
        kept = (
            f"The damaged file was kept, not deleted: {self.moved_to}."
            if self.moved_to
            else "The damaged file was left as it is (the folder cannot be changed)."
        )
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
