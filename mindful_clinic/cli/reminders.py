"""``mindful-clinic reminders``: the next reminders, and the rules, for people and for support.

- ``reminders next [--count N] [--json]``: what the saved rules and calendars will give;
- ``reminders add --at HH:MM [--days mon,tue,...] [--practice ID] [--minutes N]``: a fixed-time rule;
- ``reminders add --every N [--from HH:MM] [--to HH:MM] [--days ...]``: an interval rule;
- ``reminders list [--json]``: the rules with their ids;
- ``reminders remove ID``.

Bad input is one line on stderr and exit status 2, and nothing is saved. A running window watches its
settings file and picks the change up.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, NoReturn


class OneLineParser(argparse.ArgumentParser):
    """Bad input is one line and exit status 2 (argparse alone prints its usage too)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"mindful-clinic: {message}\n")


def register(sub: Any) -> None:
    p = sub.add_parser("reminders", help="show what the reminder rules will do")
    rem_sub = p.add_subparsers(
        dest="reminders_command", metavar="ACTION", required=True, parser_class=OneLineParser
    )
    n = rem_sub.add_parser(
        "next",
        help="print the next reminders from the saved rules and calendars",
        description="Print the next reminders, computed from the saved rules, working hours, "
        "quiet hours, pause or in-session state, and the calendars' gaps.",
    )
    n.add_argument("--count", type=int, default=5, metavar="N", help="how many (default 5)")
    n.add_argument("--json", action="store_true", help="print a JSON list")
    n.set_defaults(func=run_next)
    add = rem_sub.add_parser(
        "add",
        help="add a rule: --at HH:MM (a fixed time) or --every N (minutes)",
        description="Add a reminder rule. --at HH:MM reminds at that time; --every N reminds every "
        "N minutes between --from and --to (default: the working hours). Days default to weekdays.",
    )
    add.add_argument("--at", metavar="HH:MM", help="a fixed time, like 12:30")
    add.add_argument("--every", metavar="N", help="every N minutes (5 to 1440)")
    add.add_argument("--from", dest="from_", metavar="HH:MM", help="with --every: first hour")
    add.add_argument("--to", metavar="HH:MM", help="with --every: last hour")
    add.add_argument("--days", metavar="mon,tue,...", help="weekdays (default mon,tue,wed,thu,fri)")
    add.add_argument("--practice", metavar="ID", help="the practice to suggest (see: practices)")
    add.add_argument("--minutes", metavar="N", help="with --practice: its length in minutes")
    add.set_defaults(func=run_add)
    ls = rem_sub.add_parser("list", help="list the reminder rules with their ids")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(func=run_list)
    rm = rem_sub.add_parser("remove", help="remove the rule with this id (see: reminders list)")
    rm.add_argument("id", metavar="ID")
    rm.set_defaults(func=run_remove)


def run_next(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.schedule import DEFAULT_HORIZON, LOOKBACK, next_for_settings
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.core.time.zones import local_zone, zone_named
    from mindful_clinic.services.reminders.calendar_import import CalendarCache

    if not 1 <= args.count <= 500:
        raise UsageError(w.translate("cli", "--count must be between 1 and 500"))
    store = _open_store()
    config = store.config
    try:
        tz = zone_named(config.timezone) if config.timezone else local_zone()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    now = SystemClock().now().astimezone(tz)
    cache = CalendarCache(store.calendar_paths, lambda: now, tz=lambda: tz)
    cache.refresh()
    for path in store.calendar_paths():
        if cache.error(path):
            skipped = w.translate("cli", "calendar skipped: %1")
            print(f"mindful-clinic: {w.say(skipped, cache.error(path))}", file=sys.stderr)
        elif cache.problem(path):
            print(f"mindful-clinic: {cache.problem(path)}", file=sys.stderr)
    paused, session = store.state.quiet_until(now)
    busy = cache.busy(now - LOOKBACK, now + DEFAULT_HORIZON, tz)
    found = next_for_settings(
        config,
        now,
        args.count,
        tz=tz,
        busy=busy,
        candidates=_candidates(),
        paused_until=paused,
        in_session_until=session,
    )
    if args.json:
        print(json.dumps([r.to_json(tz) for r in found], indent=2))
        return 0
    if paused:
        until = paused.astimezone(tz)
        text = w.translate("cli", "Reminders are paused until %1 %2.")
        print(w.say(text, w.weekday(until), w.clock(until)))
    if session:
        print(w.translate("cli", "In session: no reminders until you switch it off."))
    if not found:
        print(
            w.translate(
                "cli",
                "No reminders in the next 8 days (see the rules in the app's reminder settings).",
            )
        )
    for r in found:
        print(f"{w.moment(r.at.astimezone(tz))}  {describe(r, tz)}")
    return 0


def describe(r: Any, tz: Any) -> str:
    """One line about a reminder: what made it, and what it suggests."""
    from mindful_clinic.cli import words as w

    if r.kind == "gap" and r.free_until is not None:
        until = r.free_until.astimezone(tz)
        minutes = int((r.free_until - r.at).total_seconds() // 60)
        text = w.say(w.translate("cli", "gap of %1 min, free until %2"), minutes, w.clock(until))
    else:
        kinds = {
            "fixed": w.translate("cli", "fixed"),
            "interval": w.translate("cli", "interval"),
            "gap": w.translate("cli", "gap"),
        }
        text = f"{kinds.get(r.kind, r.kind)} ({', '.join(r.rule_ids)})"
    if r.practice_id:
        if r.practice_s:
            suggests = w.translate("cli", "; suggests %1, %2 min")
            text += w.say(suggests, r.practice_id, r.practice_s // 60)
        else:
            text += w.say(w.translate("cli", "; suggests %1"), r.practice_id)
    return text


def _candidates() -> list[tuple[str, int]]:
    """Every practice length in the library, for the gap suggestions (none if it cannot load)."""
    from mindful_clinic.core.errors import ContentError
    from mindful_clinic.core.reminders.gaps import practice_candidates
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.practice.library import load_library
    from mindful_clinic.services.storage.paths import data_dir

    try:
        return practice_candidates(load_library(CustomPatternStore(data_dir())).catalog.entries())
    except ContentError:
        return []


def _open_store() -> Any:
    from mindful_clinic.services.reminders.store import ReminderStore
    from mindful_clinic.services.storage.paths import data_dir

    store = ReminderStore.in_folder(data_dir())
    note_damaged_settings(store.settings)
    note_left_out(store)
    return store


def note_left_out(store: Any) -> None:
    """A line on stderr for each kind of reminder setting that could not be read: the rest is
    used (``reminders list`` shows the good rules), and what was left out stays in the file."""
    from mindful_clinic.cli import words as w

    where = store.settings.path
    if store.damaged:
        text = w.translate(
            "cli",
            "note: your reminder settings could not be read (%1), so the defaults are used; %2 "
            "is left as it is, and a copy of it is kept before a change is saved over it.",
        )
        print(f"mindful-clinic: {w.say(text, store.damaged, where)}", file=sys.stderr)
    if len(store.left_out) == 1:
        text = w.translate(
            "cli",
            "note: a reminder setting could not be read and is not used (%1); the others are "
            "used, and it stays in %2 as written.",
        )
        print(f"mindful-clinic: {w.say(text, store.left_out[0], where)}", file=sys.stderr)
    elif store.left_out:
        text = w.translate(
            "cli",
            "note: %1 reminder settings could not be read and are not used (the first: %2); "
            "the others are used, and they stay in %3 as written.",
        )
        count = w.number(len(store.left_out))
        said = w.say(text, count, store.left_out[0], where)
        print(f"mindful-clinic: {said}", file=sys.stderr)


def note_damaged_settings(settings: Any = None) -> None:
    """One line on stderr if the settings file was found damaged and set aside (by this store or
    by any other this command made, such as the one that chose its language), so the user's
    rules never vanish unsaid. ``settings``: a SettingsStore, or None to read the user's."""
    if settings is None:
        from mindful_clinic.services.storage.paths import data_dir
        from mindful_clinic.services.storage.settings import SettingsStore

        try:
            settings = SettingsStore(data_dir(create=False), person=None)
        except OSError:
            return
    if not settings.problem:
        return
    from mindful_clinic.cli import words as w

    if settings.set_aside is not None:
        text = w.translate(
            "cli",
            "note: your settings file could not be read, so the default settings are used; the "
            "damaged file was kept as %1.",
        )
        where = settings.set_aside
    else:
        text = w.translate(
            "cli",
            "note: your settings file could not be read, so the default settings are used; it "
            "was left where it is (%1).",
        )
        where = settings.path
    print(f"mindful-clinic: {w.say(text, where)}", file=sys.stderr)


def _save(store: Any, config: Any) -> None:
    """Save, or one line and exit status 2: the store keeps a refused change in memory (for the
    window's session) without raising, so its ``save_problem`` is checked here."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    problem = w.translate("cli", "could not save the reminder rules: %1")
    try:
        store.set_config(config)
    except OSError as exc:
        from mindful_clinic.services.storage.atomic import write_problem

        raise UsageError(w.say(problem, write_problem(exc))) from None
    if store.save_problem:
        raise UsageError(w.say(problem, store.save_problem))
    if store.kept_copy is not None:
        kept = w.translate("cli", "note: a copy of your earlier reminder settings was kept as %1.")
        print(f"mindful-clinic: {w.say(kept, store.kept_copy)}", file=sys.stderr)


def _whole(text: str, flag: str) -> int:
    """ASCII digits only: "²" or "٣" pass ``isdigit`` but are not what a user typed as a number
    (and ``int("²")`` raises)."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()):
        raise UsageError(w.say(w.translate("cli", "%1 '%2' is not a whole number"), flag, text))
    return int(digits)


def _new_id(base: str, taken: set[str]) -> str:
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}-{n}", n + 1
    return rid


def build_rule(args: argparse.Namespace, taken: set[str], practices: Any) -> Any:
    """The rule ``reminders add`` asks for, validated; UsageError with one line otherwise."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.rules import (
        WORKDAYS,
        ReminderRule,
        RuleError,
        TimeWindow,
        parse_hhmm,
        parse_weekdays,
    )

    if (args.at is None) == (args.every is None):
        raise UsageError(w.translate("cli", "give either --at HH:MM or --every N"))
    if args.at is not None and (args.from_ is not None or args.to is not None):
        raise UsageError(w.translate("cli", "--from and --to go with --every, not --at"))
    if args.minutes is not None and args.practice is None:
        raise UsageError(w.translate("cli", "--minutes goes with --practice"))
    if args.practice is not None and practices is not None and args.practice not in practices:
        unknown = w.translate("cli", "no practice with id '%1' (see: mindful-clinic practices)")
        raise UsageError(w.say(unknown, args.practice))
    try:
        days = parse_weekdays(args.days.split(",")) if args.days else WORKDAYS
        minutes = _whole(args.minutes, "--minutes") if args.minutes is not None else None
        if args.at is not None:
            at = parse_hhmm(args.at, "--at")
            rid = _new_id(f"at-{at.hour:02d}{at.minute:02d}", taken)
            return ReminderRule(
                rid, "fixed", days, (at,), practice_id=args.practice, practice_minutes=minutes
            )
        every = _whole(args.every, "--every")
        if not 5 <= every <= 1440:
            raise UsageError(w.translate("cli", "--every must be between 5 and 1440 minutes"))
        window = None
        if args.from_ is not None or args.to is not None:
            window = TimeWindow(
                parse_hhmm(args.from_ or "08:00", "--from"), parse_hhmm(args.to or "18:00", "--to")
            )
        return ReminderRule(
            _new_id(f"every-{every}", taken),
            "interval",
            days,
            every_minutes=every,
            practice_id=args.practice,
            window=window,
            practice_minutes=minutes,
        )
    except RuleError as exc:
        text = str(exc)
        raise UsageError(text.split(": ", 1)[-1] if text.startswith("rule '") else text) from None
    except ValueError:  # "²:30": digits to str.isdigit, not to int(); parse_hhmm may raise this
        flag, value = _time_flag(args)
        problem = w.translate("cli", "%1 '%2' is not a time like 14:05")
        raise UsageError(w.say(problem, flag, value)) from None


def _time_flag(args: argparse.Namespace) -> tuple[str, str]:
    """The first time given that is not plain ASCII HH:MM (the one a ValueError came from)."""
    for flag, value in (("--at", args.at), ("--from", args.from_), ("--to", args.to)):
        if value is not None and not (value.isascii() and value.replace(":", "").isdigit()):
            return flag, value
    return "--at" if args.at is not None else "--from", args.at or args.from_ or args.to or ""


def run_add(args: argparse.Namespace) -> int:
    store = _open_store()
    taken = {r.id for r in store.config.rules}
    practices = {pid for pid, _s in _candidates()} or None if args.practice else None
    rule = build_rule(args, taken, practices)
    _save(store, store.config.with_rule(rule))
    from mindful_clinic.cli import words as w

    print(w.say(w.translate("cli", "Added %1: %2"), rule.id, describe_rule(rule)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    store = _open_store()
    rules = store.config.rules
    if args.json:
        print(json.dumps([r.to_dict() for r in rules], indent=2))
        return 0
    from mindful_clinic.cli import words as w

    if not rules:
        print(w.translate("cli", "No reminder rules."))
    for r in rules:
        state = "" if r.enabled else "  " + w.translate("cli", "(off)")
        print(f"{r.id}  {describe_rule(r)}{state}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    store = _open_store()
    if args.id not in {r.id for r in store.config.rules}:
        unknown = w.translate(
            "cli", "no reminder rule with id '%1' (see: mindful-clinic reminders list)"
        )
        raise UsageError(w.say(unknown, args.id))
    _save(store, store.config.without_rule(args.id))
    print(w.say(w.translate("cli", "Removed %1."), args.id))
    return 0


def describe_rule(r: Any) -> str:
    """One plain line: "12:30 on mon,tue,wed,thu,fri, suggests even_5_5 (3 min)".

    The days stay the values ``--days`` takes; times are the locale's."""
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.rules import format_weekdays

    days = ",".join(format_weekdays(r.weekdays))
    if r.kind == "fixed":
        text = w.say(w.translate("cli", "at %1"), ", ".join(w.clock(t) for t in r.times))
    elif r.kind == "interval":
        text = w.say(w.translate("cli", "every %1 min"), r.every_minutes)
        if r.window is not None:
            span = w.translate("cli", " from %1 to %2")
            text += w.say(span, w.clock(r.window.start), w.clock(r.window.end))
    else:
        text = w.translate("cli", "in calendar gaps")
    text += w.say(w.translate("cli", " on %1"), days)
    if r.practice_id:
        if r.practice_minutes:
            suggests = w.translate("cli", ", suggests %1 (%2 min)")
            text += w.say(suggests, r.practice_id, r.practice_minutes)
        else:
            text += w.say(w.translate("cli", ", suggests %1"), r.practice_id)
    return text
