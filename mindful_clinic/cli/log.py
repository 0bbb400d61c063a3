"""``mindful-clinic log``: export, import, summarise, edit and delete from the command line.

- ``export --format csv|json [-o FILE]``: every record; to standard output when no file is named
  (or ``-o -``). A symbolic link is written through; a folder, device or pipe is refused.
- ``import FILE``: a CSV or JSON export (``-``: standard input). Every row is checked first; if
  any is invalid, each bad row's number and reason is printed, nothing is written and the exit
  status is 2. Records whose id is already in the log are skipped and counted. All or nothing,
  even if killed part-way.
- ``summary [--json] [--from DATE] [--to DATE]``: plain text for supervision or a CPD portfolio (the
  whole log by default); ``--json`` prints the figures as one JSON object (see core/log/report.py).
  A ``--from`` after today is refused (one line, status 2), as a ``--from`` after ``--to`` is.
- ``edit ID [--stress-before N] [--stress-after N] [--note TEXT]``, ``delete ID``: cli/log_edit.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("log", help="export, import or summarise your practice log")
    actions = p.add_subparsers(dest="log_command", metavar="ACTION", required=True)

    exp = actions.add_parser("export", help="write every record as CSV or JSON")
    exp.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    exp.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of the screen (-: the screen)"
    )
    exp.set_defaults(func=run_export)

    imp = actions.add_parser("import", help="add records from a CSV or JSON export")
    imp.add_argument("file", metavar="FILE", help="the export to read (-: standard input)")
    imp.set_defaults(func=run_import)

    summ = actions.add_parser("summary", help="a readable summary for supervision or CPD")
    summ.add_argument("--from", dest="start", metavar="DATE", type=_date, help="YYYY-MM-DD")
    summ.add_argument("--to", dest="end", metavar="DATE", type=_date, help="YYYY-MM-DD")
    summ.add_argument("--json", action="store_true", help="print the figures as JSON")
    summ.set_defaults(func=run_summary)
    from mindful_clinic.cli.reflect import add_summary_options

    add_summary_options(summ)
    from mindful_clinic.cli.log_edit import register as register_edit

    register_edit(actions)


def _date(text: str) -> date:
    from mindful_clinic.cli import words as w

    try:
        return date.fromisoformat(text)
    except ValueError:
        problem = w.translate("cli", "'%1' is not a date like 2026-03-31")
        raise argparse.ArgumentTypeError(w.say(problem, text)) from None


def _open_store() -> Any:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.cli.reminders import note_damaged_settings
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.services.log.store import LogBusyError
    from mindful_clinic.services.storage.atomic import read_problem
    from mindful_clinic.services.sync.switch import open_log

    try:
        store = open_log(SystemClock())  # the merged log when a synced folder is set
    except LogBusyError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:  # reading only: never "while saving ... the previous copy is intact"
        problem = w.translate(
            "cli", "your practice log could not be read (%1); nothing was changed"
        )
        raise UsageError(w.say(problem, read_problem(exc))) from None
    note_damaged_settings()
    blocked = getattr(store, "blocked", None)
    if blocked is not None:  # a file where the log's folder should be: nothing to show or save
        store.close()
        problem = w.translate(
            "cli",
            "your practice log cannot be opened: %1 is a file, not the log's folder. Move or "
            "rename that file; nothing was changed.",
        )
        raise UsageError(w.say(problem, blocked.reason))
    for found in store.problems:
        note = w.say(w.translate("cli", "note: %1"), found.message)
        print(f"mindful-clinic: {note}", file=sys.stderr)
    return store


def write_export(target: Path, chunks: Iterable[str]) -> None:
    """An export to a file the user named, all or nothing (``SafeFiles``): written through a
    symbolic link to its file; a folder that does not exist, a folder, a device or a pipe at the
    path is refused in one line, and nothing is made or replaced."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.services.storage.atomic import SafeFiles, write_problem

    if not target.parent.is_dir():  # a mistyped folder is said, never silently made
        problem = w.translate("cli", "cannot write %1: the folder %2 does not exist")
        raise UsageError(w.say(problem, target, target.parent))
    if target.is_dir():
        raise UsageError(w.say(w.translate("cli", "'%1' is a folder; give a file name"), target))
    try:
        SafeFiles().write_chunks(target, chunks)
    except OSError as exc:
        problem = w.translate("cli", "cannot write %1: %2")
        raise UsageError(w.say(problem, target, write_problem(exc, target))) from None


def run_export(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.log.exchange import csv_chunks, json_chunks
    from mindful_clinic.core.log.records import as_stored, csv_rows_of_documents

    count = 0
    with _open_store() as store:

        def months() -> Iterator[list[dict[str, Any]]]:  # read and written a month at a time
            nonlocal count
            for group in store.iter_documents():
                count += len(group)
                yield group

        if args.format == "csv":
            chunks = csv_chunks(months(), csv_rows_of_documents)
        else:
            chunks = json_chunks(months(), as_stored)
        if args.output and args.output != "-":
            write_export(Path(args.output), chunks)
            if count == 1:
                exported = w.translate("cli", "Exported 1 record to %2")
            else:
                exported = w.translate("cli", "Exported %1 records to %2")
            print(w.say(exported, count, args.output), file=sys.stderr)
        else:  # no file, or "-": standard output
            sys.stdout.flush()
            for chunk in chunks:
                sys.stdout.buffer.write(chunk.encode("utf-8"))
            sys.stdout.buffer.flush()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.log.exchange import parse_import
    from mindful_clinic.services.storage.atomic import read_problem

    path = Path(args.file)
    try:  # "-": standard input, as "-o -" is standard output for an export
        raw = sys.stdin.buffer.read() if args.file == "-" else path.read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        problem = w.translate("cli", "cannot read %1: %2")
        raise UsageError(w.say(problem, path, read_problem(exc))) from None
    except UnicodeDecodeError:
        problem = w.translate("cli", "%1 is not UTF-8 text; nothing was imported")
        raise UsageError(w.say(problem, path)) from None
    parsed = parse_import(text)
    if parsed.file_problem:
        problem = w.translate("cli", "%1: %2; nothing was imported")
        raise UsageError(w.say(problem, path, parsed.file_problem))
    if parsed.problems:
        for row_problem in parsed.problems:
            print(f"{path}: {row_problem}", file=sys.stderr)
        count = len(parsed.problems)
        if count == 1:
            bad = w.translate(
                "cli", "1 invalid row; nothing was imported. Fix it and run the import again."
            )
        else:
            bad = w.translate(
                "cli", "%1 invalid rows; nothing was imported. Fix them and run the import again."
            )
        print(f"mindful-clinic: {w.say(bad, count)}", file=sys.stderr)
        return 2
    with _open_store() as store:
        outcome = store.import_records(parsed.records)
    if outcome.added == 1:
        done = w.translate("cli", "Imported 1 record; skipped %2 already in the log.")
    else:
        done = w.translate("cli", "Imported %1 records; skipped %2 already in the log.")
    print(w.say(done, outcome.added, outcome.skipped))
    return 0


def run_summary(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.cli.summary_text import format_summary
    from mindful_clinic.core.log.report import summary_json
    from mindful_clinic.core.time.clock import SystemClock

    if args.start and args.end and args.start > args.end:
        raise UsageError(w.translate("cli", "--from is after --to"))
    if args.start and args.start > SystemClock().now().date():
        # A summary from a day still to come has nothing in it; one plain line, as for other
        # bad input (a future --to is read as "up to then": everything so far).
        raise UsageError(w.say(w.translate("cli", "--from %1 is after today"), args.start))
    from mindful_clinic.cli.reflect import summary_section

    reflections = summary_section(args)  # "" unless --reflections was given
    with _open_store() as store:
        summary = store.summary(args.start, args.end)
    if args.json:
        from mindful_clinic.cli.reflect import summary_json_section

        figures = {**summary_json(summary), **summary_json_section(args)}
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(format_summary(summary), end="")
        print(reflections, end="")
    return 0
