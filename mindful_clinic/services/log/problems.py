"""What went wrong with a log file, in plain words for the window (``LogStore.problems``)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale


@dataclass(frozen=True)
class LogProblem:
    kind: str
    """"damaged" (moved aside), "quarantined" (some records set aside), "newer" (left alone),
    "unreadable" (no permission), "journal" (set aside), "journal-waiting" (to be finished) or
    "folder" (the log's folder is a file: nothing can be read or saved; ``reason`` is its path)."""
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
        """The problem in the user's language (context "LogProblem"), the month in its locale."""
        if self.kind == "lock":
            return self.reason
        if self.kind == "folder":
            return _fill(
                QCoreApplication.translate(
                    "LogProblem",
                    "Your practice log cannot be opened: %1 is a file, not the log's folder. "
                    "Practices still work, but none is saved until that file is moved or renamed; "
                    "nothing was changed.",
                ),
                self.reason,
            )
        month, reason, moved = self.month_label, self.reason, str(self.moved_to)
        if self.kind == "newer":
            return _fill(
                QCoreApplication.translate(
                    "LogProblem",
                    "The practice log for %1 was saved by a newer version of Mindful Clinic, so "
                    "this version leaves it untouched and cannot add to that month. Updating the "
                    "app will show it again.",
                ),
                month,
            )
        if self.kind == "unreadable":
            if self.restored:
                return _fill(
                    QCoreApplication.translate(
                        "LogProblem",
                        "The practice log for %1 could not be opened (%2). Its last good copy is "
                        "shown; that month cannot be changed until the file can be opened again.",
                    ),
                    month,
                    reason,
                )
            return _fill(
                QCoreApplication.translate(
                    "LogProblem",
                    "The practice log for %1 could not be opened (%2). It was left as it is.",
                ),
                month,
                reason,
            )
        if self.kind == "quarantined":
            if self.count == 1:
                some = QCoreApplication.translate(
                    "LogProblem",
                    "One session in the practice log for %1 could not be read and was set aside "
                    "(%2). The other sessions of that month are shown as usual.",
                )
            else:
                some = QCoreApplication.translate(
                    "LogProblem",
                    "%3 sessions in the practice log for %1 could not be read and were set aside "
                    "(%2). The other sessions of that month are shown as usual.",
                )
            kept = (
                _fill(
                    QCoreApplication.translate("LogProblem", "The file as it was is kept: %1."),
                    moved,
                )
                if self.moved_to
                else QCoreApplication.translate("LogProblem", "The file was left as it is.")
            )
            return _fill(some, month, reason, str(self.count)) + " " + kept
        if self.kind == "journal":
            if self.moved_to:
                return _fill(
                    QCoreApplication.translate(
                        "LogProblem",
                        "An import that was interrupted could not be finished (%1). Its file was "
                        "kept as %2; nothing from it was added.",
                    ),
                    reason,
                    moved,
                )
            return _fill(
                QCoreApplication.translate(
                    "LogProblem",
                    "An import that was interrupted could not be finished (%1). It was left as "
                    "is; nothing from it was added.",
                ),
                reason,
            )
        if self.kind == "journal-waiting":
            return _fill(
                QCoreApplication.translate(
                    "LogProblem",
                    "An import that was interrupted could not be finished yet: %1 It will be "
                    "finished the next time the log opens; nothing from it is lost.",
                ),
                reason,
            )
        kept = (
            _fill(
                QCoreApplication.translate(
                    "LogProblem", "The damaged file was kept, not deleted: %1."
                ),
                moved,
            )
            if self.moved_to
            else QCoreApplication.translate(
                "LogProblem", "The damaged file was left as it is (the folder cannot be changed)."
            )
        )
        if self.restored:
            after = QCoreApplication.translate(
                "LogProblem",
                "The last good copy of that month was restored, so your sessions are back; the "
                "most recent one saved in that month may be missing.",
            )
        else:
            after = QCoreApplication.translate(
                "LogProblem",
                "There was no good copy to restore, so that month now starts empty. Other months "
                "are not affected.",
            )
        where = _fill(
            QCoreApplication.translate(
                "LogProblem", "The practice log for %1 could not be read: %2."
            ),
            month,
            reason,
        )
        return f"{where} {kept} {after}"


def folder_problem(folder: Path) -> LogProblem | None:
    """A "folder" problem if something other than a folder has the log folder's name (a file
    left by a tool, a sync conflict): the log then reads as empty and refuses to save, instead of
    failing the window's History with a traceback."""
    if os.path.lexists(folder) and not os.path.isdir(folder):
        return LogProblem("folder", "", str(folder))
    return None


def _fill(text: str, *values: str) -> str:
    """%1, %2, %3 replaced in one pass (a reason that itself holds "%2" stays as it is)."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], text)
