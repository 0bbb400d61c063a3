"""What "Delete all my data" removes besides the log (which the log's store deletes itself)."""

from __future__ import annotations

import shutil
from pathlib import Path

LOG_FOLDER = "log"


def erased_text() -> str:
    """What ``erase_all_but_log`` removes, in a sentence for the confirmation."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Privacy",
        "Your settings, reflections, self-checks, worry notes, your own patterns and practices, "
        "group records and imported sounds are deleted too.",
    )


def erase_all_but_log(folder: Path) -> None:
    """Everything in the data folder but the log: settings, reminders, the user's own patterns,
    practices and sounds, group records. Back to a fresh start, nothing left over."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.name == LOG_FOLDER:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
