"""``mindful-clinic selfcheck``: record and list private self-checks (issue #19, spec section 5).

- ``add --who5 A,B,C,D,E --burnout N [--date YYYY-MM-DD] [--json]``: WHO-5 items 0-5 and the
  single-item burnout measure 1-5. Prints the raw score, the percentage, the band and, when the
  spec's rule applies, the supportive message with support contacts.
- ``list [--json]``: every check, oldest first; a new data folder prints ``[]`` with ``--json``.
Invalid input gives one line and exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, NoReturn


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes as one line and exit status 2 (no usage block), as the issue asks."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"mindful-clinic: {message}\n")


def register(sub: Any) -> None:
    p = sub.add_parser("selfcheck", help="private well-being and burnout self-checks")
    actions = p.add_subparsers(
        dest="selfcheck_command", metavar="ACTION", required=True, parser_class=OneLineParser
    )
    add = actions.add_parser("add", help="record one self-check")
    add.add_argument(
        "--who5", metavar="A,B,C,D,E", help="the five WHO-5 answers, each 0-5 (required)"
    )
    add.add_argument(
        "--burnout", metavar="N", help="the single-item burnout answer, 1-5 (required)"
    )
    add.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--json", action="store_true", help="print the result as JSON")
    add.set_defaults(func=run_add)
    lst = actions.add_parser("list", help="every self-check, oldest first")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=run_list)


def parse_day(text: str | None) -> date:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        problem = w.translate("cli", "--date '%1' is not a date like 2026-03-31")
        raise UsageError(w.say(problem, text)) from None


def _who5(text: str | None) -> list[int]:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    if text is None:
        raise UsageError(
            w.translate("cli", "selfcheck add needs --who5 A,B,C,D,E (five answers, each 0-5)")
        )
    from mindful_clinic.core.reminders.rules import shown, whole_number

    answers = [whole_number(p.strip()) for p in text.split(",")]
    if len(answers) != 5 or not all(a is not None and 0 <= a <= 5 for a in answers):
        problem = w.translate(
            "cli", "--who5 '%1' must be five whole numbers from 0 to 5, like 3,4,2,3,3"
        )
        raise UsageError(w.say(problem, shown(text)))
    return [a for a in answers if a is not None]


def _burnout(text: str | None) -> int:
    """The single-item answer; required, like --who5 (the spec's check is both, and the list and
    its support message read both), though the stored record could do without it."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.rules import shown, whole_number

    if text is None:
        raise UsageError(
            w.translate("cli", "selfcheck add needs --burnout N (the burnout answer, 1-5)")
        )
    answer = whole_number(text.strip())
    if answer is None or not 1 <= answer <= 5:
        problem = w.translate("cli", "--burnout must be a whole number from 1 to 5 (not %1)")
        raise UsageError(w.say(problem, repr(shown(text))))
    return answer


def open_store(kind: str = "selfcheck") -> Any:
    """The self-check (or reflection) store in the data folder; a damage note goes to stderr."""
    from mindful_clinic.services.storage.paths import data_dir
    from mindful_clinic.services.sync.follow import personal_file

    if kind == "reflect":
        from mindful_clinic.services.reflect.store import ReflectionStore

        store: Any = ReflectionStore(data_dir(), personal_file("reflections"))
    else:
        from mindful_clinic.services.selfcheck.store import SelfCheckStore

        store = SelfCheckStore(data_dir(), personal_file("selfchecks"))
    if store.problem:
        from mindful_clinic.cli import words as w

        note = w.say(w.translate("cli", "note: %1"), store.problem)
        print(f"mindful-clinic: {note}", file=sys.stderr)
    return store


def open_for_command(kind: str = "selfcheck") -> Any:
    """``open_store`` for the ``selfcheck`` and ``reflect`` commands themselves, which also say a
    damaged settings file once, as every other command does. Not in ``open_store``: ``log summary
    --selfchecks`` opens these stores too, and the log command has said it already."""
    from mindful_clinic.cli.reminders import note_damaged_settings

    store = open_store(kind)
    note_damaged_settings()
    return store


def run_add(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.selfcheck.records import new_check, read_all, summary_row

    who5, burnout, on = _who5(args.who5), _burnout(args.burnout), parse_day(args.date)
    check = new_check(on, who5, burnout)
    store = open_for_command()
    try:
        store.add(check)
    except OSError as exc:
        problem = w.translate("cli", "the self-check could not be saved: %1")
        raise UsageError(w.say(problem, exc.strerror or exc)) from None
    reading = dict((c.id, r) for c, r in read_all(store.all()))[check.id]
    if args.json:
        print(json.dumps(summary_row(check, reading), ensure_ascii=False))
    else:
        print(describe(check, reading), end="")
    return 0


def describe(check: Any, reading: Any) -> str:
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.selfcheck.instruments import NOT_A_DIAGNOSIS
    from mindful_clinic.core.selfcheck.scoring import PWLS_MEANINGS, SUPPORT_MESSAGE

    lines = [
        w.say(w.translate("cli", "Self-check for %1 %2"), w.weekday(check.date), w.day(check.date))
    ]
    if reading.who5_percent is not None:
        who5 = w.translate("cli", "WHO-5: %1 of 25 (%2 %): %3")
        band = w.core(reading.band.label)
        lines += [
            w.say(who5, check.who5_raw, reading.who5_percent, band),
            f"  {w.core(reading.band.meaning)}",
        ]
    if check.burnout_item is not None:
        lines += [
            w.say(w.translate("cli", "Burnout (single item): %1 of 5"), check.burnout_item),
            f"  {w.core(PWLS_MEANINGS[check.burnout_item])}",
        ]
    lines += ["", w.core(NOT_A_DIAGNOSIS)]
    if reading.signpost:
        lines += ["", w.core(SUPPORT_MESSAGE), *_contacts()]
    return "\n".join(lines) + "\n"


def _contacts() -> list[str]:
    from mindful_clinic.core.support.contacts import shipped_support

    info = shipped_support()
    out = [
        f"  {c.name}{f' ({c.region})' if c.region else ''}: {c.how}"
        for c in info.contacts
        if not c.needs_details
    ]
    return [*out, info.emergency]


def run_list(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.selfcheck.records import read_all, summary_row
    from mindful_clinic.core.selfcheck.scoring import WHO5_BANDS

    rows = [summary_row(c, r) for c, r in read_all(open_for_command().all())]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print(w.translate("cli", "No self-checks yet."))
    for row in rows:
        parts = [w.day(date.fromisoformat(str(row["date"])))]
        if row["who5_raw"] is not None:
            band = WHO5_BANDS.get(str(row["band"]))
            words = w.core(band.label) if band else str(row["band"])
            who5 = w.translate("cli", "WHO-5 %1/25 (%2 %, %3)")
            parts.append(w.say(who5, row["who5_raw"], row["who5_percent"], words))
        if row["burnout_item"] is not None:
            parts.append(w.say(w.translate("cli", "burnout item %1/5"), row["burnout_item"]))
        if row["signpost"]:
            parts.append(w.translate("cli", "support message shown"))
        print("  ".join(parts))
    return 0
