"""``mindful-clinic reminders next``: the next reminders the saved rules and calendars will give."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("reminders", help="show what the reminder rules will do")
    rem_sub = p.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    n = rem_sub.add_parser(
        "next",
        help="print the next reminders from the saved rules and calendars",
        description="Print the next reminders, computed from the saved rules, working hours, "
        "quiet hours, pause or in-session state, and the calendars' gaps.",
    )
    n.add_argument("--count", type=int, default=5, metavar="N", help="how many (default 5)")
    n.add_argument("--json", action="store_true", help="print a JSON list")
    n.set_defaults(func=run_next)


def run_next(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.core.reminders.schedule import DEFAULT_HORIZON, LOOKBACK, next_for_settings
    from mindful_clinic.core.time.clock import SystemClock
    from mindful_clinic.core.time.zones import local_zone, zone_named
    from mindful_clinic.services.reminders.calendar_import import CalendarCache
    from mindful_clinic.services.reminders.store import ReminderStore
    from mindful_clinic.services.storage.paths import data_dir

    if not 1 <= args.count <= 500:
        raise UsageError("--count must be between 1 and 500")
    store = ReminderStore.in_folder(data_dir())
    if store.problem:
        raise UsageError(store.problem)
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
            print(f"mindful-clinic: calendar skipped: {cache.error(path)}", file=sys.stderr)
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
        print(f"Reminders are paused until {paused.astimezone(tz):%a %H:%M}.")
    if session:
        print("In session: no reminders until you switch it off.")
    if not found:
        print("No reminders in the next 8 days (see the rules in the app's reminder settings).")
    for r in found:
        print(f"{r.at.astimezone(tz):%a %Y-%m-%d %H:%M}  {describe(r, tz)}")
    return 0


def describe(r: Any, tz: Any) -> str:
    """One line about a reminder: what made it, and what it suggests."""
    if r.kind == "gap" and r.free_until is not None:
        until = r.free_until.astimezone(tz)
        minutes = int((r.free_until - r.at).total_seconds() // 60)
        text = f"gap of {minutes} min, free until {until:%H:%M}"
    else:
        text = f"{r.kind} ({', '.join(r.rule_ids)})"
    if r.practice_id:
        length = f", {r.practice_s // 60} min" if r.practice_s else ""
        text += f"; suggests {r.practice_id}{length}"
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
