"""What the window says once at start-up about the data folder, like the log's own problems.

A read-only folder (a locked-down profile, a full quota, a backup restored read-only) is not an
error: practices work and nothing new is saved, and the user is told so once. Damaged group records
and a damaged list of imported sounds are named here too, with where the damaged copy was kept;
the log names its own months when it opens, and reminders report through their store.
"""

from __future__ import annotations

from pathlib import Path

from mindful_clinic.services.storage.paths import READ_ONLY_MESSAGE, is_writable

GROUP_FILE = "group_sessions.json"
"""services/group/store.py FILE_NAME (tests/faults check they agree)."""
SOUNDS_INDEX = "sounds/index.json"


def startup_problems(folder: Path) -> list[str]:
    """Plain sentences, each to be shown once; empty when all is well."""
    out: list[str] = []
    if folder.is_dir() and not is_writable(folder):
        out.append(READ_ONLY_MESSAGE)
    if (folder / GROUP_FILE).exists():  # modules imported only when there is something to check
        from mindful_clinic.services.group.store import GroupStore

        problem = GroupStore(folder).problem
        if problem:
            out.append(problem)
    if (folder / SOUNDS_INDEX).exists():
        from mindful_clinic.services.sound.assets import sounds_problem

        problem = sounds_problem(folder)
        if problem:
            out.append(problem)
    return out
