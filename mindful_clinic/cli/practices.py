"""``mindful-clinic practices``: list the library, or print one practice for review.

``--show ID --json [--length SECONDS] [--choice NAME=VALUE ...]`` prints one sitting of a practice
as JSON (the contract is in core/practice/review.py); a bad id, length or choice is one line on
standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from mindful_clinic.core.breath.pattern import BreathPattern


def register(sub: Any) -> None:
    p = sub.add_parser("practices", help="list every practice, or show one in full")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--show", metavar="ID", help="print one practice's full definition")
    p.add_argument(
        "--length", metavar="SECONDS", help="with --show --json: the length to plan, in seconds"
    )
    p.add_argument(
        "--choice",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help="with --show --json: a choice, e.g. direction=head_to_feet (repeatable)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.i18n.language import core_translate, use_saved_language
    from mindful_clinic.services.practice.library import load_library
    from mindful_clinic.services.storage.paths import data_dir

    tr = core_translate(use_saved_language())  # the window's language: the system's, or Settings'
    library = load_library(CustomPatternStore(data_dir()))
    for problem in library.problems:  # a damaged file of the user's own, set aside: said once
        print(f"mindful-clinic: {w.say(w.translate('cli', 'note: %1'), problem)}", file=sys.stderr)
    from mindful_clinic.cli.reminders import note_damaged_settings

    note_damaged_settings()  # the settings that chose the language, as every command says it
    catalog = library.catalog
    if args.show:
        entry = catalog.get(args.show)
        if entry is None:
            raise UsageError(f"no practice with id '{args.show}' (see 'mindful-clinic practices')")
        if args.json:
            from mindful_clinic.core.practice.review import (
                ReviewError,
                parse_choices,
                practice_json,
            )
            from mindful_clinic.core.reminders.rules import shown as clipped
            from mindful_clinic.core.reminders.rules import whole_number

            length = None if args.length is None else whole_number(args.length.strip())
            if args.length is not None and length is None:
                raise UsageError(f"--length takes whole seconds, not '{clipped(args.length)}'")
            try:
                shown = practice_json(entry, length, parse_choices(args.choice))
            except ReviewError as exc:
                raise UsageError(str(exc)) from None
            print(json.dumps(shown, indent=2, ensure_ascii=False))
        elif args.length is not None or args.choice:
            raise UsageError("--length and --choice need --json")
        else:
            print(describe(entry.item, tr))
        return 0
    if args.length is not None or args.choice:
        raise UsageError("--length and --choice go with --show ID --json")
    entries = catalog.entries()
    if args.json:
        print(json.dumps([e.as_json() for e in entries], indent=2, ensure_ascii=False))
        return 0
    from mindful_clinic.core.practice.catalog import category_words

    # the id is what one types (--show ID); the kind of practice is read, so it is in words
    kinds = {e.category: category_words(e.category, tr) for e in entries}
    width = max(len(e.id) for e in entries)
    kind_width = max(len(k) for k in kinds.values())
    for e in entries:
        mins = ", ".join(_fmt(d) for d in e.durations_s)
        print(f"{e.id:<{width}}  {kinds[e.category]:<{kind_width}}  {e.title}  ({mins})")
    return 0


def describe(item: object, tr: Callable[[str], str] | None = None) -> str:
    from mindful_clinic.core.guided.describe import describe_practice
    from mindful_clinic.core.guided.practice import GuidedPractice
    from mindful_clinic.core.i18n import same
    from mindful_clinic.core.practice.catalog import describe_pattern

    tr = tr or same
    if isinstance(item, BreathPattern):
        return describe_pattern(item, tr)
    if isinstance(item, GuidedPractice):
        return describe_practice(item, tr)
    describe_fn = getattr(item, "describe", None)
    if callable(describe_fn):
        return str(describe_fn())
    return repr(item)


def _fmt(seconds: int) -> str:
    m, s = divmod(seconds, 60)
    return f"{m}:{s:02d}"
