"""Reminder rules and settings as plain data: validated once, stored as JSON, edited in settings.

Three kinds of rule cover a clinic day: fixed times on chosen weekdays ("12:30 on weekdays"), every
N minutes within working hours, and the gaps between appointments in the user's calendars. A rule
is only data; ``core.schedule`` turns rules into reminder times. Every ``from_dict`` checks what it
reads and raises ``RuleError`` with one plain sentence; the settings file's section is read item by
item (``core.reminders.section``), so one bad rule is reported and kept as written, never allowed
to cost the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time
from typing import Any

from mindful_clinic.core.time.zones import zone_named

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKDAYS = frozenset(range(5))
KINDS = ("fixed", "interval", "gap")
MAX_INTERVAL_MINUTES = 24 * 60
FOREVER = datetime(9999, 1, 1, tzinfo=UTC)
"""Stands for "until switched off": later than any reminder, and safe to compare in any zone."""


class RuleError(ValueError):
    """A rule or setting is invalid; the message is one sentence a user can act on."""


MAX_DIGITS = 9
"""More digits than any count, length or time here needs, and far below ``int()``'s own limit."""
SHOWN_CHARS = 40
"""How much of a bad value a message repeats: enough to find it, not a whole damaged file."""


def whole_number(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """``text`` as a whole number if it is 1 to ``max_digits`` ASCII digits, else None.

    ASCII only, deliberately. ``str.isdigit()`` is also true for "²" and "①", which ``int()``
    refuses (a traceback instead of a message). ``str.isdecimal()`` takes the digits of other
    scripts ("١٤"), which ``int()`` reads, but these values are typed on a command line or written
    in a settings file and written back in ASCII ("14:05"), so another script's digit there is
    far more likely a slip or damage than intent, and a value mixing scripts ("1٤") surely is.
    No sign, spaces or "_" (``int()`` takes "+5", " 5" and "1_0"): callers strip what they allow.
    """
    if 1 <= len(text) <= max_digits and text.isascii() and text.isdigit():
        return int(text)
    return None


def shown(text: object) -> str:
    """A bad value as a message repeats it: clipped, with control characters made visible as "?"
    (a damaged file's bytes must not move the cursor of the terminal that prints the message)."""
    value = "".join(c if c.isprintable() else "?" for c in str(text)[: SHOWN_CHARS + 1])
    return value if len(value) <= SHOWN_CHARS else f"{value[: SHOWN_CHARS - 1]}…"


def parse_hhmm(text: str, what: str = "time") -> time:
    """``"14:05"`` -> time(14, 5); RuleError (a ValueError) naming ``what`` for anything else.

    Hours and minutes are one or two ASCII digits (see ``whole_number``): a file's "²:00" or a
    5,000-digit hour is a message, never a traceback.
    """
    parts = str(text).strip().split(":")
    if len(parts) == 2:
        hour, minute = whole_number(parts[0], 2), whole_number(parts[1], 2)
        if hour is not None and minute is not None and hour < 24 and minute < 60:
            return time(hour, minute)
    raise RuleError(f"{what} '{shown(text)}' is not a time like 14:05")


def format_hhmm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_weekdays(values: Iterable[object]) -> frozenset[int]:
    days: set[int] = set()
    for v in values:
        name = str(v).strip().lower()[:3]
        if name not in WEEKDAY_NAMES:
            raise RuleError(f"'{shown(v)}' is not a weekday (use mon, tue, ... sun)")
        days.add(WEEKDAY_NAMES.index(name))
    return frozenset(days)


def format_weekdays(days: Iterable[int]) -> list[str]:
    return [WEEKDAY_NAMES[d] for d in sorted(days)]


@dataclass(frozen=True)
class TimeWindow:
    """A daily stretch of wall time; ``end`` before ``start`` crosses midnight (quiet hours)."""

    start: time
    end: time

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def contains(self, t: time) -> bool:
        if self.crosses_midnight:
            return t >= self.start or t < self.end
        return self.start <= t < self.end

    def to_dict(self) -> dict[str, str]:
        return {"start": format_hhmm(self.start), "end": format_hhmm(self.end)}

    @classmethod
    def from_dict(cls, data: object, what: str) -> TimeWindow:
        if not isinstance(data, Mapping):
            raise RuleError(f"{what} must have a start and an end")
        return cls(
            parse_hhmm(str(data.get("start", "")), f"{what} start"),
            parse_hhmm(str(data.get("end", "")), f"{what} end"),
        )


@dataclass(frozen=True)
class ReminderRule:
    """One rule: "fixed" uses ``times``, "interval" uses ``every_minutes``, "gap" neither."""

    id: str
    kind: str
    weekdays: frozenset[int] = WORKDAYS
    times: tuple[time, ...] = ()
    every_minutes: int = 0
    practice_id: str | None = None
    enabled: bool = True
    window: TimeWindow | None = None
    """An interval rule's own hours ("--from 09:00 --to 12:00"); None: the working hours."""
    practice_minutes: int | None = None
    """The length to suggest for the rule's practice; None: its shortest length."""

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise RuleError("a reminder rule needs an id")
        if self.kind not in KINDS:
            kinds = ", ".join(KINDS)
            raise RuleError(f"rule '{self.id}': kind '{shown(self.kind)}' is not one of {kinds}")
        if not self.weekdays:
            raise RuleError(f"rule '{self.id}': choose at least one weekday")
        if self.kind == "fixed" and not self.times:
            raise RuleError(f"rule '{self.id}': give at least one time, like 12:30")
        if self.kind == "interval" and not 5 <= self.every_minutes <= MAX_INTERVAL_MINUTES:
            raise RuleError(f"rule '{self.id}': every_minutes must be between 5 and 1440")
        if self.window is not None:
            if self.kind != "interval":
                raise RuleError(f"rule '{self.id}': only an interval rule has its own from and to")
            if self.window.crosses_midnight:
                raise RuleError(f"rule '{self.id}': 'to' must be later than 'from' on the same day")
        if self.practice_minutes is not None and not 1 <= self.practice_minutes <= 60:
            raise RuleError(f"rule '{self.id}': the practice length must be 1 to 60 minutes")
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "weekdays": format_weekdays(self.weekdays),
            "enabled": self.enabled,
        }
        if self.kind == "fixed":
            data["times"] = [format_hhmm(t) for t in self.times]
        if self.kind == "interval":
            data["every_minutes"] = self.every_minutes
        if self.practice_id:
            data["practice_id"] = self.practice_id
        if self.window is not None:
            data["window"] = self.window.to_dict()
        if self.practice_minutes is not None:
            data["practice_minutes"] = self.practice_minutes
        return data

    @classmethod
    def from_dict(cls, data: object) -> ReminderRule:
        if not isinstance(data, Mapping):
            raise RuleError("a reminder rule must be an object with an id and a kind")
        rid = str(data.get("id", ""))
        weekdays = data.get("weekdays", format_weekdays(WORKDAYS))
        times = data.get("times", [])
        every = data.get("every_minutes", 0)
        if not isinstance(weekdays, list) or not isinstance(times, list):
            raise RuleError(f"rule '{rid}': weekdays and times must be lists")
        if not isinstance(every, int) or isinstance(every, bool):
            raise RuleError(f"rule '{rid}': every_minutes must be a whole number")
        practice = data.get("practice_id")
        window = data.get("window")
        minutes = data.get("practice_minutes")
        if minutes is not None and (not isinstance(minutes, int) or isinstance(minutes, bool)):
            raise RuleError(f"rule '{rid}': practice_minutes must be a whole number")
        return cls(
            id=rid,
            kind=str(data.get("kind", "")),
            weekdays=parse_weekdays(weekdays),
            times=tuple(parse_hhmm(str(t), f"rule '{rid}' time") for t in times),
            every_minutes=every,
            practice_id=str(practice) if practice else None,
            enabled=bool(data.get("enabled", True)),
            window=TimeWindow.from_dict(window, f"rule '{rid}' window") if window else None,
            practice_minutes=minutes,
        )


DEFAULT_WORKING_HOURS = TimeWindow(time(8, 0), time(18, 0))


def default_rules() -> tuple[ReminderRule, ...]:
    """A new install: offer the calendar's gaps on weekdays; the interval rule starts off."""
    return (
        ReminderRule("gaps", "gap"),
        ReminderRule("every-90", "interval", every_minutes=90, enabled=False),
    )


@dataclass(frozen=True)
class ReminderSettings:
    """Everything the user chooses about reminders, with defaults (one declaration, typed)."""

    rules: tuple[ReminderRule, ...] = field(default_factory=default_rules)
    working_hours: TimeWindow = DEFAULT_WORKING_HOURS
    min_gap_minutes: int = 5
    quiet_hours: TimeWindow | None = None
    merge_minutes: int = 5
    """Reminders closer than this are merged into one: never two at once."""
    sound: bool = False
    timezone: str | None = None
    """An IANA zone name, or None for the system's zone."""

    def __post_init__(self) -> None:
        if self.working_hours.crosses_midnight:
            raise RuleError("working hours must end after they start, on the same day")
        if not 1 <= self.min_gap_minutes <= 240:
            raise RuleError("the minimum gap must be between 1 and 240 minutes")
        if not 0 <= self.merge_minutes <= 60:
            raise RuleError("the merge window must be between 0 and 60 minutes")
        ids = [r.id for r in self.rules]
        if len(ids) != len(set(ids)):
            raise RuleError("two reminder rules share an id")
        if self.timezone:
            try:
                zone_named(self.timezone)
            except ValueError as exc:
                raise RuleError(str(exc)) from None

    def with_rule(self, rule: ReminderRule) -> ReminderSettings:
        """Add ``rule`` or replace the rule with the same id."""
        rules = [r for r in self.rules if r.id != rule.id]
        at = next((i for i, r in enumerate(self.rules) if r.id == rule.id), len(rules))
        rules.insert(at, rule)
        return replace(self, rules=tuple(rules))

    def without_rule(self, rule_id: str) -> ReminderSettings:
        return replace(self, rules=tuple(r for r in self.rules if r.id != rule_id))

    def to_dict(self) -> dict[str, Any]:
        return {
            "rules": [r.to_dict() for r in self.rules],
            "working_hours": self.working_hours.to_dict(),
            "min_gap_minutes": self.min_gap_minutes,
            "quiet_hours": self.quiet_hours.to_dict() if self.quiet_hours else None,
            "merge_minutes": self.merge_minutes,
            "sound": self.sound,
            "timezone": self.timezone,
        }

    @classmethod
    def from_dict(cls, data: object) -> ReminderSettings:
        if not isinstance(data, Mapping):
            raise RuleError("reminder settings must be an object")
        defaults = cls()
        rules = data.get("rules")
        if rules is not None and not isinstance(rules, list):
            raise RuleError("rules must be a list")
        quiet = data.get("quiet_hours")
        tz = data.get("timezone")
        return cls(
            rules=tuple(ReminderRule.from_dict(r) for r in rules)
            if rules is not None
            else defaults.rules,
            working_hours=TimeWindow.from_dict(data["working_hours"], "working hours")
            if "working_hours" in data
            else defaults.working_hours,
            min_gap_minutes=_int(data, "min_gap_minutes", defaults.min_gap_minutes),
            quiet_hours=TimeWindow.from_dict(quiet, "quiet hours") if quiet else None,
            merge_minutes=_int(data, "merge_minutes", defaults.merge_minutes),
            sound=bool(data.get("sound", False)),
            timezone=str(tz) if tz else None,
        )


@dataclass(frozen=True)
class CalendarEntry:
    """A calendar file the user added, with what happened when it was last read."""

    path: str
    last_read: datetime | None = None
    last_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "last_read": self.last_read.isoformat() if self.last_read else None,
            "last_error": self.last_error,
        }

    @classmethod
    def from_dict(cls, data: object) -> CalendarEntry:
        if not isinstance(data, Mapping) or not data.get("path"):
            raise RuleError("a calendar entry needs a path")
        error = data.get("last_error")
        return cls(str(data["path"]), _when(data.get("last_read")), str(error) if error else None)


@dataclass(frozen=True)
class ReminderState:
    """What the user switched on for now: a pause, or "in session" (open-ended or until a time)."""

    paused_until: datetime | None = None
    in_session: bool = False
    in_session_until: datetime | None = None
    """With ``in_session``: None means until switched off."""

    def quiet_until(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        """(paused_until, in_session_until) still in force at ``now``; "until off" is far future."""
        paused = self.paused_until if self.paused_until and self.paused_until > now else None
        session: datetime | None = None
        if self.in_session:
            session = self.in_session_until or FOREVER
            if session <= now:
                session = None
        return paused, session

    def to_dict(self) -> dict[str, Any]:
        return {
            "paused_until": self.paused_until.isoformat() if self.paused_until else None,
            "in_session": self.in_session,
            "in_session_until": self.in_session_until.isoformat()
            if self.in_session_until
            else None,
        }

    @classmethod
    def from_dict(cls, data: object) -> ReminderState:
        if not isinstance(data, Mapping):
            return cls()
        return cls(
            _when(data.get("paused_until")),
            bool(data.get("in_session", False)),
            _when(data.get("in_session_until")),
        )


def _int(data: Mapping[str, object], key: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise RuleError(f"{key.replace('_', ' ')} must be a whole number")
    return value


def _when(value: object) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise RuleError(f"'{value}' is not a date and time") from None
    if parsed.tzinfo is None:
        raise RuleError(f"'{value}' has no time zone offset")
    return parsed
