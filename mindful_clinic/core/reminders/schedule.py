"""When is the next reminder, and for what? Computed from rules and an injected wall time.

Nothing here waits or counts ticks: the Qt scheduler asks ``next_reminders`` for the next moment and
arms one timer for it, and asks again after any wake-up or clock change. Rules are expanded day by
day in the user's zone (``zones.at_wall``: DST days, midnight and weekends come out right), then
reminders the user asked not to have are dropped (quiet hours, a pause, "in session", an appointment
in progress), then reminders closer together than the merge window are merged into one, so two rules
never fire at once. Expansion starts a day before ``after`` so the merging is the same whichever
moment asks: a reminder merged away at 09:00 does not reappear when asked again at 10:01.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from mindful_clinic.core.reminders.gaps import BusyTimes, Interval, suggest_practice
from mindful_clinic.core.reminders.rules import (
    DEFAULT_WORKING_HOURS,
    ReminderRule,
    ReminderSettings,
    TimeWindow,
)
from mindful_clinic.core.time.zones import as_utc, at_wall

PRIORITY = {"interval": 0, "fixed": 1, "gap": 2, "debrief": 3, "snooze": 4}
"""When two reminders merge, the one with more to say wins: a snooze the user asked for, then the
debrief after an appointment the user marked, then a gap (it knows how long is free), then a fixed
time, then an interval."""

DEFAULT_HORIZON = timedelta(days=8)
LOOKBACK = timedelta(days=1)


@dataclass(frozen=True)
class Reminder:
    at: datetime
    """In UTC (see ``zones``); convert to the user's zone to show it."""
    kind: str
    """"fixed", "interval", "gap", "snooze" or "debrief" (after a marked appointment)."""
    rule_ids: tuple[str, ...]
    practice_id: str | None = None
    practice_s: int | None = None
    free_until: datetime | None = None
    """For a gap: when it ends."""
    before_appointment: bool = False
    """For a gap: an appointment starts at ``free_until`` (else the working day ends)."""

    @property
    def key(self) -> str:
        """Identity across recomputations: the instant (UTC) and the kind."""
        return f"{self.at.astimezone(UTC).isoformat()}/{self.kind}"

    def to_json(self, tz: tzinfo | None = None) -> dict[str, object]:
        """For ``--json`` output: times with the offset of ``tz`` (UTC if None)."""

        def iso(moment: datetime) -> str:
            return (moment.astimezone(tz) if tz else moment).isoformat()

        return {
            "at": iso(self.at),
            "kind": self.kind,
            "rules": list(self.rule_ids),
            "practice_id": self.practice_id,
            "practice_s": self.practice_s,
            "free_until": iso(self.free_until) if self.free_until else None,
            "before_appointment": self.before_appointment,
        }


def next_reminders(
    rules: Sequence[ReminderRule],
    after: datetime,
    count: int = 1,
    *,
    tz: tzinfo,
    working_hours: TimeWindow = DEFAULT_WORKING_HOURS,
    min_gap_minutes: float = 5,
    busy: Sequence[Interval] | None = None,
    candidates: Sequence[tuple[str, int]] = (),
    paused_until: datetime | None = None,
    in_session_until: datetime | None = None,
    quiet_hours: TimeWindow | None = None,
    merge_window: timedelta = timedelta(minutes=5),
    extra: Sequence[Reminder] = (),
    horizon: timedelta = DEFAULT_HORIZON,
) -> list[Reminder]:
    """Up to ``count`` reminders strictly after ``after``, in order, ``merge_window`` apart.

    ``busy`` is the calendars' busy time covering [after - 1 day, after + horizon]; None means no
    calendar, so gap rules offer nothing (a whole empty day is not a "gap"). ``extra`` carries
    one-off reminders such as a snooze. ``in_session_until`` may be ``reminder_rules.FOREVER``.
    """
    if after.tzinfo is None:
        raise ValueError("after must be timezone-aware")
    after = as_utc(after)
    start = after - LOOKBACK
    end = after + horizon
    merged_busy = BusyTimes(busy) if busy is not None else None
    found = list(
        _expand(rules, start, end, tz, working_hours, min_gap_minutes, merged_busy, candidates)
    )
    found += [replace(r, at=as_utc(r.at)) for r in extra if start < r.at <= end]

    def wanted(r: Reminder) -> bool:
        if paused_until is not None and r.at < paused_until:
            return False
        if in_session_until is not None and r.at < in_session_until:
            return False
        if quiet_hours is not None and quiet_hours.contains(r.at.astimezone(tz).time()):
            return False
        return r.kind == "gap" or merged_busy is None or merged_busy.at(r.at) is None

    kept = merge_close([r for r in found if wanted(r)], merge_window)
    return [r for r in kept if r.at > after][: max(count, 0)]


def next_for_settings(
    settings: ReminderSettings,
    after: datetime,
    count: int = 1,
    *,
    tz: tzinfo,
    busy: Sequence[Interval] | None = None,
    candidates: Sequence[tuple[str, int]] = (),
    paused_until: datetime | None = None,
    in_session_until: datetime | None = None,
    extra: Sequence[Reminder] = (),
    horizon: timedelta = DEFAULT_HORIZON,
) -> list[Reminder]:
    """``next_reminders`` with the rules, hours and windows taken from the user's settings."""
    return next_reminders(
        settings.rules,
        after,
        count,
        tz=tz,
        working_hours=settings.working_hours,
        min_gap_minutes=settings.min_gap_minutes,
        busy=busy,
        candidates=candidates,
        paused_until=paused_until,
        in_session_until=in_session_until,
        quiet_hours=settings.quiet_hours,
        merge_window=timedelta(minutes=settings.merge_minutes),
        extra=extra,
        horizon=horizon,
    )


def merge_close(reminders: Sequence[Reminder], window: timedelta) -> list[Reminder]:
    """Never two at once: reminders less than ``window`` after the last kept one merge into it.

    The merged reminder takes the time and details of the higher-priority one (ties keep the
    earlier) and the rule ids of both; kept reminders end up at least ``window`` apart.
    """
    kept: list[Reminder] = []
    for r in sorted(reminders, key=lambda x: (x.at, -PRIORITY.get(x.kind, 0))):
        if kept and (r.at - kept[-1].at < window or r.at == kept[-1].at):
            last = kept[-1]
            winner, other = (r, last) if PRIORITY[r.kind] > PRIORITY[last.kind] else (last, r)
            ids = tuple(dict.fromkeys(winner.rule_ids + other.rule_ids))
            kept[-1] = replace(winner, rule_ids=ids)
        else:
            kept.append(r)
    return kept


def day_window(day: date, hours: TimeWindow, tz: tzinfo) -> tuple[datetime, datetime]:
    """Working hours on ``day`` as exact instants."""
    return at_wall(day, hours.start, tz), at_wall(day, hours.end, tz)


def _expand(
    rules: Sequence[ReminderRule],
    start: datetime,
    end: datetime,
    tz: tzinfo,
    hours: TimeWindow,
    min_gap: float,
    busy: BusyTimes | None,
    candidates: Sequence[tuple[str, int]],
) -> Iterator[Reminder]:
    day = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    while day <= last:
        for rule in rules:
            if rule.enabled and day.weekday() in rule.weekdays:
                for r in _rule_on_day(rule, day, tz, hours, min_gap, busy, candidates):
                    if start < r.at <= end:
                        yield r
        day += timedelta(days=1)


def _rule_on_day(
    rule: ReminderRule,
    day: date,
    tz: tzinfo,
    hours: TimeWindow,
    min_gap: float,
    busy: BusyTimes | None,
    candidates: Sequence[tuple[str, int]],
) -> Iterator[Reminder]:
    mine = [c for c in candidates if c[0] == rule.practice_id] if rule.practice_id else candidates
    if rule.kind == "fixed":
        for t in rule.times:
            yield _plain(rule, at_wall(day, t, tz), mine)
    elif rule.kind == "interval":
        # Real elapsed time from the start of working hours, not wall readings: in the repeated
        # autumn hour an every-5-minutes rule fires every 5 minutes through both passes of it.
        step = timedelta(minutes=rule.every_minutes)
        opens, closes = day_window(day, rule.window or hours, tz)  # the rule's own from/to
        moment = opens + step
        while moment < closes:
            yield _plain(rule, moment, mine)
            moment += step
    elif rule.kind == "gap" and busy is not None:
        opens, closes = day_window(day, hours, tz)
        for gap in busy.gaps(opens, closes, min_gap):
            pick = suggest_practice(gap.seconds, mine)
            yield Reminder(
                gap.start,
                "gap",
                (rule.id,),
                pick[0] if pick else rule.practice_id,
                pick[1] if pick else None,
                gap.end,
                gap.ends_at_busy,
            )


def _plain(rule: ReminderRule, at: datetime, candidates: Sequence[tuple[str, int]]) -> Reminder:
    """A fixed or interval reminder: the rule's practice at its shortest length, if it names one."""
    seconds = min((s for pid, s in candidates if pid == rule.practice_id), default=None)
    if rule.practice_minutes and rule.practice_id:
        seconds = rule.practice_minutes * 60
    return Reminder(at, rule.kind, (rule.id,), rule.practice_id, seconds)
