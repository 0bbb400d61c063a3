"""``mindful-clinic calendar gaps``: the free stretches of a day in one or more .ics files."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, tzinfo
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
    g.add_argument("--min-minutes", default="5", metavar="N", help="shortest gap shown (default 5)")
    g.add_argument("--tz", metavar="ZONE", help="time zone, e.g. Europe/London (default: system)")
    g.add_argument("--json", action="store_true", help="print a JSON list")
    g.set_defaults(func=run_gaps)


def run_gaps(args: argparse.Namespace) -> int:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.gaps import find_gaps
    from mindful_clinic.core.reminders.rules import TimeWindow
    from mindful_clinic.core.reminders.schedule import day_window
    from mindful_clinic.core.time.zones import local_zone, zone_named
    from mindful_clinic.services.reminders.calendar_import import CalendarError, busy_from_files

    try:
        tz: tzinfo = zone_named(args.tz) if args.tz else local_zone()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    window = TimeWindow(_parse_time(args.start, "--from"), _parse_time(args.end, "--to"))
    if window.crosses_midnight:
        raise UsageError(w.translate("cli", "--to must be later than --from on the same day"))
    min_minutes = _parse_minutes(args.min_minutes)
    day = _parse_day(args.date, tz)
    opens, closes = day_window(day, window, tz)
    try:
        busy, notes = busy_from_files(args.files, opens, closes, tz)
    except CalendarError as exc:
        problem = w.translate("cli", "cannot use calendar %1: %2")
        raise UsageError(w.say(problem, exc.path, exc.problem)) from None
    for note in notes:  # once per file: how many events were left out, and why the first was
        if note.count == 1:
            text = w.translate(
                "cli",
                "%1: an event could not be used and was left out (%2); the other events are used",
            )
            print(f"mindful-clinic: {w.say(text, note.path, note.first)}", file=sys.stderr)
        else:
            text = w.translate(
                "cli",
                "%1: %2 events could not be used and were left out (the first: %3); "
                "the other events are used",
            )
            said = w.say(text, note.path, w.number(note.count), note.first)
            print(f"mindful-clinic: {said}", file=sys.stderr)
    gaps = find_gaps(busy, opens, closes, min_minutes)
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
                min_minutes,
                w.clock(opens.astimezone(tz)),
                w.clock(closes.astimezone(tz)),
                w.weekday(day),
                w.day(day),
            ),
            file=sys.stderr,
        )
    return 0


FIRST_YEAR, LAST_YEAR = 1900, 2999
"""Days ``calendar gaps`` answers for: the calendar is read a few days either side of the day, and
at 0001-01-01 or 9999-12-31 that reaches past the dates Python has (an OverflowError)."""
MAX_MINUTES = 24 * 60
"""No gap in one day is longer; a larger number once overflowed into a traceback."""


def _parse_day(text: str | None, tz: tzinfo) -> date:
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.rules import shown

    if not text:
        return datetime.now(tz).date()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        problem = w.translate("cli", "--date '%1' is not a date like 2026-03-30")
        raise UsageError(w.say(problem, shown(text))) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        problem = w.translate("cli", "--date '%1' is outside the years %2 to %3")
        raise UsageError(w.say(problem, text, FIRST_YEAR, LAST_YEAR))
    return day


def _parse_time(text: str, what: str) -> time:
    """``parse_hhmm``'s answer, or its refusal in the command's language ("²⁰:00", "8am")."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.rules import parse_hhmm, shown

    try:
        return parse_hhmm(text, what)
    except ValueError:  # RuleError is one; an older parse_hhmm let int()'s own words through
        problem = w.translate("cli", "%1 '%2' is not a time like 14:05")
        raise UsageError(w.say(problem, what, shown(text))) from None


def _parse_minutes(text: str) -> int:
    """A whole number of minutes from 1 to a day, read here so that "0", "-5", "²" and twenty
    digits each give one line and no traceback."""
    from mindful_clinic.cli import UsageError
    from mindful_clinic.cli import words as w
    from mindful_clinic.core.reminders.rules import shown, whole_number

    minutes = whole_number(text.strip(), 4)
    if minutes is None or not 1 <= minutes <= MAX_MINUTES:
        problem = w.translate("cli", "--min-minutes '%1' is not a whole number from 1 to %2")
        raise UsageError(w.say(problem, shown(text), MAX_MINUTES))
    return minutes
