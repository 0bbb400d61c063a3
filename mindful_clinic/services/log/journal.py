"""The import journal: how an import of many records is all-or-nothing, even if killed part-way.

An import may touch many monthly files, and no file system renames several files at once. So the new
records are first written, atomically, to ``import-journal.json``: until that rename nothing has
changed (a kill leaves at most a temporary file, removed on the next opening); after it the import
is committed. The journal is then applied month by month and deleted. If the process dies in
between, the next opening of the log, by the app or the command line, applies it again; applying
skips ids already present, so doing it twice is harmless.

An import that fails while it is applied (a full disk, a disk error) is rolled back: every month it
had changed is put back as it was (``.pre-import`` hard links, which cost no space), and only then
is the journal removed, so an import the user saw fail is never completed at the next opening.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from mindful_clinic.core.log.records import LogRecord, RecordError, from_document, to_document
from mindful_clinic.services.storage.atomic import atomic_write_bytes, fsync_dir

JOURNAL_NAME = "import-journal.json"


class JournalProblem(ValueError):
    """The journal exists but cannot be read (only by tampering: it is written atomically)."""


def journal_path(folder: Path) -> Path:
    return folder / JOURNAL_NAME


def write_journal(folder: Path, records: list[LogRecord]) -> None:
    """The commit point of an import."""
    docs = [to_document(r) for r in records]
    data = json.dumps({"records": docs}, ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(journal_path(folder), data, backup=False)


def read_journal(folder: Path) -> list[LogRecord] | None:
    """The records of a committed but unfinished import, or None if there is none."""
    path = journal_path(folder)
    if not path.exists():
        return None
    try:
        return [from_document(doc) for doc in json.loads(path.read_bytes())["records"]]
    except IsADirectoryError:
        raise JournalProblem("it is a folder, not a file") from None
    except RecursionError:
        raise JournalProblem("it is nested too deeply") from None
    except OSError as exc:
        raise JournalProblem(exc.strerror or str(exc)) from None
    except (ValueError, KeyError, TypeError, RecordError) as exc:
        raise JournalProblem(str(exc)) from None


def drop_journal(folder: Path) -> None:
    """The import is fully applied, or fully rolled back."""
    journal_path(folder).unlink()
    fsync_dir(folder)


PRE_IMPORT = ".pre-import"


def pre_import_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{PRE_IMPORT}")


def keep_before_import(path: Path) -> None:
    """Remember a month as it was before an import touches it (a hard link: no copy, no space)."""
    keep = pre_import_path(path)
    keep.unlink(missing_ok=True)
    if path.exists():
        try:
            os.link(path, keep)
        except OSError:
            atomic_write_bytes(keep, path.read_bytes(), backup=False)


def put_back(path: Path) -> None:
    """Return a month to how it was before the import (removed if the import created it)."""
    keep = pre_import_path(path)
    if keep.exists():
        os.replace(keep, path)
    else:
        path.unlink(missing_ok=True)


def forget_before_import(path: Path) -> None:
    with contextlib.suppress(OSError):
        pre_import_path(path).unlink(missing_ok=True)
