"""``mindful-clinic calendar gaps``: the free stretches of a day in one or more .ics files."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, tzinfo
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("calendar", help="read calendar files (.ics)")
    cal_sub = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    g = cal_sub.add_parser(
        "gaps",
        help="print the free gaps of a day between the calendars' appointments",
        description="Print the day's free gaps (start, end, minutes) inside a working window. "
        "Busy time is every timed event that is not transparent, cancelled or marked free.",
    )
    g.add_argument("files", nargs="+", metavar="FILE.ics", help="one or more calendar files")
    g.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    g.add_argument("--from", dest="start", default="08:00", metavar="HH:MM", help="default 08:00")
    g.add_argument("--to", dest="end", default="18:00", metavar="HH:MM", help="default 18:00")
    g.add_argument(
        "--min-minutes", type=int, default=5, metavar="N", help="shortest gap shown (default 5)"
    )
    g.add_argument("--tz", metavar="ZONE", help="time zone, e.g. Europe/London (default: system)")
    g.add_argument("--json", action="store_true", help="print a JSON list")
    g.set_defaults(func=run_gaps)


def run_gaps(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.gaps import find_gaps
    from mindful_clinic.core.reminders.rules import RuleError, TimeWindow, parse_hhmm
    from mindful_clinic.core.reminders.schedule import day_window
    from mindful_clinic.core.time.zones import local_zone, zone_named
    from mindful_clinic.services.reminders.calendar_import import CalendarError, busy_from_files

    try:
        tz: tzinfo = zone_named(args.tz) if args.tz else local_zone()
        window = TimeWindow(parse_hhmm(args.start, "--from"), parse_hhmm(args.end, "--to"))
    except (ValueError, RuleError) as exc:
        raise UsageError(str(exc)) from None
    if window.crosses_midnight:
        raise UsageError(w.translate("cli", "--to must be later than --from on the same day"))
    if args.min_minutes < 1:
        raise UsageError(w.translate("cli", "--min-minutes must be at least 1"))
    day = _parse_day(args.date, tz)
    opens, closes = day_window(day, window, tz)
    try:
        busy, notes = busy_from_files(args.files, opens, closes, tz)
    except CalendarError as exc:
        problem = w.translate("cli", "cannot use calendar %1: %2")
        raise UsageError(w.say(problem, exc.path, exc.problem)) from None
    for note in notes:
        print(f"mindful-clinic: {note}", file=sys.stderr)
    gaps = find_gaps(busy, opens, closes, args.min_minutes)
    if args.json:
        rows = [
            {
                "start": g.start.astimezone(tz).isoformat(),
                "end": g.end.astimezone(tz).isoformat(),
                "minutes": g.minutes,
            }
            for g in gaps
        ]
        print(json.dumps(rows, indent=2))
        return 0
    starts = [w.clock(g.start.astimezone(tz)) for g in gaps]
    width = max((len(s) for s in starts), default=0)
    for g, start in zip(gaps, starts, strict=True):
        minutes = w.say(w.translate("cli", "%1 min"), f"{g.minutes:>3}")
        print(f"{start:>{width}}  {w.clock(g.end.astimezone(tz)):>{width}}  {minutes}")
    if not gaps:
        none = w.translate("cli", "No gaps of %1 minutes or more between %2 and %3 on %4 %5.")
        print(
            w.say(
                none,
                args.min_minutes,
                w.clock(opens.astimezone(tz)),
                w.clock(closes.astimezone(tz)),
                w.weekday(day),
                w.day(day),
            ),
            file=sys.stderr,
        )
    return 0


def _parse_day(text: str | None, tz: tzinfo) -> date:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w

    if not text:
        return datetime.now(tz).date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        problem = w.translate("cli", "--date '%1' is not a date like 2026-03-30")
        raise UsageError(w.say(problem, text)) from None
