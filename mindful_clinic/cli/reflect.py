"""``mindful-clinic reflect``: note and list private reflections (issue #19).

- ``add TEXT --kind win|learned|debrief|other [--date YYYY-MM-DD]``
- ``list [--json]``: ``{"id", "date", "kind", "text"}`` objects, oldest first.
Also the ``--reflections`` and ``--selfchecks`` choices of ``log summary`` (``add_summary_options`` and
``summary_section``): they appear in a summary only when the user asks for them.
Invalid input gives one line and exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from mindful_clinic.cli.selfcheck import OneLineParser, open_for_command, open_store, parse_day


def register(sub: Any) -> None:
    p = sub.add_parser("reflect", help="private reflections: small wins, lessons, debriefs")
    actions = p.add_subparsers(
        dest="reflect_command", metavar="ACTION", required=True, parser_class=OneLineParser
    )
    add = actions.add_parser("add", help="note one reflection (never identify a client)")
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--kind", required=True, metavar="win|learned|debrief|other")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    add.set_defaults(func=run_add)
    lst = actions.add_parser("list", help="every reflection, oldest first")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=run_list)


def _open_store() -> Any:
    return open_store("reflect")


def run_add(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reflect.records import ReflectionError, make_reflection

    on = parse_day(args.date)
    try:
        reflection = make_reflection(args.text, args.kind, on)
    except ReflectionError as exc:
        raise UsageError(str(exc)) from None
    store = open_for_command("reflect")
    try:
        store.add(reflection)
    except OSError as exc:
        problem = w.translate("cli", "the reflection could not be saved: %1")
        raise UsageError(w.say(problem, exc.strerror or exc)) from None
    noted = w.translate("cli", "Noted (%1, %2 %3).")
    print(w.say(noted, kind_words(reflection.kind), w.weekday(on), w.day(on)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import words as w

    rows = open_for_command("reflect").export_rows()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print(w.translate("cli", "No reflections yet."))
    kinds = {row["kind"]: kind_words(row["kind"]) for row in rows}
    width = max((len(k) for k in kinds.values()), default=0)
    for row in rows:
        day = w.day(date.fromisoformat(str(row["date"])))
        print(f"{day}  {kinds[row['kind']]:<{width}} {' '.join(row['text'].split())}")
    return 0


def kind_words(kind: str) -> str:
    """The kind of a reflection in the language (the value ``--kind`` takes stays as it is)."""
    from mindful_clinic.cli import words as w

    words = {
        "win": w.translate("cli", "A small win"),
        "learned": w.translate("cli", "Something learned"),
        "debrief": w.translate("cli", "Debrief"),
        "other": w.translate("cli", "Other"),
    }
    return words.get(kind, kind)


def format_trend(checks: list[Any]) -> str:
    """Scores and dates only, for a supervision summary the user chose to include it in."""
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.selfcheck.records import read_all
    from mindful_clinic.core.selfcheck.scoring import cbi_scores

    rows = read_all(checks)
    if not rows:
        return w.translate("cli", "Self-check trend: no self-checks recorded.") + "\n"
    lines = [w.translate("cli", "Self-check trend (scores and dates only):")]
    for c, r in rows:
        parts = []
        if r.who5_percent is not None:
            parts.append(w.say("WHO-5 %1/25 (%2 %)", c.who5_raw, r.who5_percent))
        if c.burnout_item is not None:
            parts.append(w.say(w.translate("cli", "burnout item %1/5"), c.burnout_item))
        if c.cbi is not None:
            s = cbi_scores(c.cbi)
            parts.append("CBI " + ", ".join(f"{k} {w.number(v)}" for k, v in s.items()))
        lines.append(f"  {w.day(c.date)}  " + "; ".join(parts))
    return "\n".join(lines) + "\n"


def format_reflections(reflections: list[Any]) -> str:
    """Plain text for a supervision or CPD summary: date, kind and words, oldest first."""
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reflect.records import by_kind

    if not reflections:
        return w.translate("cli", "Reflections: none chosen for this period.") + "\n"
    lines = [w.say(w.translate("cli", "Reflections (%1):"), len(reflections))]
    for r in by_kind(reflections, None):
        words = " ".join(r.text.split())
        lines.append(f"  {w.day(r.date)}  {kind_words(r.kind)}: {words}")
    return "\n".join(lines) + "\n"


# -- log summary --reflections ----------------------------------------------------------------------
def add_summary_options(summary_parser: argparse.ArgumentParser) -> None:
    summary_parser.add_argument(
        "--reflections",
        nargs="?",
        const="all",
        metavar="KINDS",
        help="include your reflections: all, or kinds such as win,debrief (off by default)",
    )
    summary_parser.add_argument(
        "--selfchecks",
        action="store_true",
        help="include your self-check trend, scores and dates only (off by default)",
    )


def summary_section(args: argparse.Namespace) -> str:
    """The parts of ``log summary`` the user chose: reflections (--reflections) and the self-check
    trend (--selfchecks); empty when neither was given."""
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    text = _reflections_section(getattr(args, "reflections", None), start, end)
    if getattr(args, "selfchecks", False):
        checks = [
            c
            for c in open_store().all()
            if (start is None or c.date >= start) and (end is None or c.date <= end)
        ]
        text += "\n" + format_trend(checks)
    return text


def summary_json_section(args: argparse.Namespace) -> dict[str, Any]:
    """The same choices for ``log summary --json``: a ``reflections`` list of {id, date, kind,
    text} and a ``selfchecks`` list (scores and dates), each only when asked for."""
    from mindful_clinic.core.selfcheck.records import read_all, summary_row

    start, end = getattr(args, "start", None), getattr(args, "end", None)

    def within(day: str) -> bool:
        return (start is None or day >= start.isoformat()) and (
            end is None or day <= end.isoformat()
        )

    out: dict[str, Any] = {}
    chosen = getattr(args, "reflections", None)
    if chosen is not None:
        _reflections_section(chosen, start, end)  # the same check of the kinds asked for
        kinds = None if chosen == "all" else {k.strip() for k in chosen.split(",")}
        out["reflections"] = [
            row
            for row in _open_store().export_rows()
            if (kinds is None or row["kind"] in kinds) and within(str(row["date"]))
        ]
    if getattr(args, "selfchecks", False):
        rows = [summary_row(c, r) for c, r in read_all(open_store().all())]
        out["selfchecks"] = [row for row in rows if within(str(row["date"]))]
    return out


def _reflections_section(chosen: str | None, start: date | None, end: date | None) -> str:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reflect.records import KINDS, by_kind

    if chosen is None:
        return ""
    kinds = None if chosen == "all" else frozenset(k.strip() for k in chosen.split(","))
    if kinds is not None and not kinds <= set(KINDS):
        problem = w.translate("cli", "--reflections takes all or kinds from %1")
        raise UsageError(w.say(problem, ", ".join(KINDS)))
    found = by_kind(_open_store().all(), kinds)
    found = [
        r for r in found if (start is None or r.date >= start) and (end is None or r.date <= end)
    ]
    return "\n" + format_reflections(found)
