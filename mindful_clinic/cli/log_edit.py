"""``mindful-clinic log edit ID [--stress-before N] [--stress-after N] [--note TEXT]`` and
``mindful-clinic log delete ID``: the window's edit and delete, with the window's validation
(ratings are whole numbers 0-10, or ``none`` to clear one; a note of at most 1,000 characters).
With a synced folder the change is written as a new version by this computer, and reaches the
others through the sync tool."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from mindful_clinic.core.log.records import KEEP


def register(actions: Any) -> None:
    edit = actions.add_parser("edit", help="change a practice's ratings or note")
    edit.add_argument("id", metavar="ID")
    edit.add_argument("--stress-before", metavar="N", help="0-10, or none to clear it")
    edit.add_argument("--stress-after", metavar="N", help="0-10, or none to clear it")
    edit.add_argument("--note", metavar="TEXT")
    edit.set_defaults(func=run_edit)
    delete = actions.add_parser("delete", help="remove one practice from the log")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(func=run_delete)
    for parser in (edit, delete):
        one_line_errors(parser)


def one_line_errors(parser: argparse.ArgumentParser) -> None:
    """Bad input is one line and exit status 2 (argparse would add its usage line)."""

    def error(message: str) -> None:  # argparse's error() never returns
        print(
            f"mindful-clinic: {parser.prog.removeprefix('mindful-clinic ')}: {message}",
            file=sys.stderr,
        )
        raise SystemExit(2)

    parser.error = error  # type: ignore[method-assign, assignment]


def _rating(text: str | None, flag: str) -> object:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    if text is None:
        return KEEP
    if text.strip().lower() in ("none", ""):
        return None
    try:
        value = int(text.strip())
    except ValueError:
        problem = w.translate("cli", "%1 must be a whole number from 0 to 10 or none, not '%2'")
        raise UsageError(w.say(problem, flag, text)) from None
    if not 0 <= value <= 10:
        problem = w.translate("cli", "%1 must be from 0 to 10, not %2")
        raise UsageError(w.say(problem, flag, value))
    return value


def _open() -> Any:
    from mindful_clinic.cli.log import _open_store

    return _open_store()


def run_edit(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.log.records import RecordError, requested_changes
    from mindful_clinic.core.ports import LogStoreError

    changes = requested_changes(
        stress_before=_rating(args.stress_before, "--stress-before"),
        stress_after=_rating(args.stress_after, "--stress-after"),
        note=KEEP if args.note is None else args.note,
    )
    if not changes:
        raise UsageError(
            w.translate("cli", "say what to change: --stress-before, --stress-after or --note")
        )
    with _open() as store:
        try:
            record = store.update(args.id, **changes)
        except RecordError as exc:
            raise UsageError(w.say(w.translate("cli", "not saved: %1"), exc)) from None
        except LogStoreError as exc:
            raise UsageError(str(exc)) from None
    print(w.say(w.translate("cli", "Changed the practice of %1."), _when(record.started_at)))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.ports import LogStoreError

    with _open() as store:
        try:
            record = store.delete(args.id)
        except LogStoreError as exc:
            raise UsageError(str(exc)) from None
    print(w.say(w.translate("cli", "Deleted the practice of %1."), _when(record.started_at)))
    return 0


def _when(started_at: str) -> str:
    """When the practice began, as the locale writes it ("Fr. 04.12.2026 14:40")."""
    from mindful_clinic.cli import words as w

    try:
        at = datetime.fromisoformat(started_at)
    except ValueError:
        return started_at[:16].replace("T", " ")
    return w.moment(at)
