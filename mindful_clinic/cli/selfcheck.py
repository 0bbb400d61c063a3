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
    add.add_argument("--who5", metavar="A,B,C,D,E", help="the five WHO-5 answers, each 0-5")
    add.add_argument("--burnout", metavar="N", help="the single-item burnout answer, 1-5")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--json", action="store_true", help="print the result as JSON")
    add.set_defaults(func=run_add)
    lst = actions.add_parser("list", help="every self-check, oldest first")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=run_list)


def parse_day(text: str | None) -> date:
    from mindful_clinic.cli import UsageError

    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date '{text}' is not a date like 2026-03-31") from None


def _who5(text: str | None) -> list[int]:
    from mindful_clinic.cli import UsageError

    if text is None:
        raise UsageError("selfcheck add needs --who5 A,B,C,D,E (five answers, each 0-5)")
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 5 or not all(p.isdigit() and 0 <= int(p) <= 5 for p in parts):
        raise UsageError(f"--who5 '{text}' must be five whole numbers from 0 to 5, like 3,4,2,3,3")
    return [int(p) for p in parts]


def _burnout(text: str | None) -> int:
    from mindful_clinic.cli import UsageError

    if text is None or not text.strip().isdigit() or not 1 <= int(text) <= 5:
        raise UsageError(f"--burnout must be a whole number from 1 to 5 (not {text!r})")
    return int(text)


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
        print(f"mindful-clinic: note: {store.problem}", file=sys.stderr)
    return store


def run_add(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.core.selfcheck.records import new_check, read_all, summary_row

    who5, burnout, on = _who5(args.who5), _burnout(args.burnout), parse_day(args.date)
    check = new_check(on, who5, burnout)
    store = open_store()
    try:
        store.add(check)
    except OSError as exc:
        raise UsageError(f"the self-check could not be saved: {exc.strerror or exc}") from None
    reading = dict((c.id, r) for c, r in read_all(store.all()))[check.id]
    if args.json:
        print(json.dumps(summary_row(check, reading), ensure_ascii=False))
    else:
        print(describe(check, reading), end="")
    return 0


def describe(check: Any, reading: Any) -> str:
    from mindful_clinic.core.selfcheck.instruments import NOT_A_DIAGNOSIS
    from mindful_clinic.core.selfcheck.scoring import PWLS_MEANINGS, SUPPORT_MESSAGE

    lines = [f"Self-check for {check.date.isoformat()}"]
    if reading.who5_percent is not None:
        lines += [
            f"WHO-5: {check.who5_raw} of 25 ({reading.who5_percent} %): {reading.band.label}",
            f"  {reading.band.meaning}",
        ]
    if check.burnout_item is not None:
        lines += [
            f"Burnout (single item): {check.burnout_item} of 5",
            f"  {PWLS_MEANINGS[check.burnout_item]}",
        ]
    lines += ["", NOT_A_DIAGNOSIS]
    if reading.signpost:
        lines += ["", SUPPORT_MESSAGE, *_contacts()]
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
    from mindful_clinic.core.selfcheck.records import read_all, summary_row

    rows = [summary_row(c, r) for c, r in read_all(open_store().all())]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print("No self-checks yet.")
    for row in rows:
        parts = [str(row["date"])]
        if row["who5_raw"] is not None:
            parts.append(f"WHO-5 {row['who5_raw']}/25 ({row['who5_percent']} %, {row['band']})")
        if row["burnout_item"] is not None:
            parts.append(f"burnout item {row['burnout_item']}/5")
        if row["signpost"]:
            parts.append("support message shown")
        print("  ".join(parts))
    return 0
