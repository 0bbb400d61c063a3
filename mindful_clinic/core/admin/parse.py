"""Read a clinic's defaults file (``defaults.toml``) leniently.

Reading never raises: each problem becomes a ``Problem`` naming the file and line, the valid parts
are still used, and the app starts as usual.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping

from mindful_clinic.core.admin.defaults import (
    FEATURES,
    LOCKABLE,
    AdminContact,
    AdminDefaults,
    AdminReminder,
    Problem,
)
from mindful_clinic.core.reminders.rules import (
    ReminderRule,
    RuleError,
    TimeWindow,
    parse_hhmm,
    parse_weekdays,
)

CONTACT_FIELDS = ("name", "phone", "url", "hours", "note")
MAX_TEXT = 400
WEEKDAYS_DEFAULT = ("mon", "tue", "wed", "thu", "fri")


def parse_defaults(text: str, file: str) -> tuple[AdminDefaults, list[Problem]]:
    """Read a defaults file's text. Never raises: problems come back with the file and line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        return AdminDefaults(), [
            Problem(file, int(match.group(1)) if match else None, f"not valid TOML ({exc})")
        ]
    reader = _Reader(text, file)
    lines = reader.lines
    known = {"support", "reminders", "working_hours", "features", "locked"}
    for key in data:
        if key not in known:
            reader.problem(lines.of(key), f"'{key}' is not a setting this app knows; ignored")
    return (
        AdminDefaults(
            contacts=reader.contacts(data.get("support")),
            reminders=reader.reminders(data.get("reminders")),
            working_hours=reader.working_hours(data.get("working_hours")),
            features=reader.features(data.get("features")),
            locked=reader.locked(data.get("locked")),
        ),
        reader.problems,
    )


class _Reader:
    def __init__(self, text: str, file: str) -> None:
        self.lines = _Lines(text)
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def contacts(self, support: object) -> tuple[AdminContact, ...]:
        if support is None:
            return ()
        raw = support.get("contacts") if isinstance(support, Mapping) else None
        if not isinstance(raw, list):
            self.problem(
                self.lines.of("support"),
                "support.contacts must be [[support.contacts]] tables",
            )
            return ()
        out = []
        for i, entry in enumerate(raw, 1):
            line = self.lines.table("support.contacts", i)
            if not isinstance(entry, Mapping):
                self.problem(line, f"contact {i} must be a table")
                continue
            fields = {}
            for key, value in entry.items():
                if key not in CONTACT_FIELDS:
                    self.problem(
                        line, f"contact {i}: '{key}' is not one of {', '.join(CONTACT_FIELDS)}"
                    )
                elif not isinstance(value, str):
                    self.problem(line, f"contact {i}: {key} must be text in quotes")
                else:
                    fields[key] = value.strip()[:MAX_TEXT]
            if not fields.get("name"):
                self.problem(line, f"contact {i} needs a name; left out")
            elif not (fields.get("phone") or fields.get("url")):
                self.problem(
                    line, f"contact {i} ({fields['name']}) needs a phone or a url; left out"
                )
            else:
                out.append(AdminContact(**fields))
        return tuple(out)

    def reminders(self, raw: object) -> tuple[AdminReminder, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.problem(self.lines.of("reminders"), "reminders must be [[reminders]] tables")
            return ()
        out = []
        for i, entry in enumerate(raw, 1):
            line = self.lines.table("reminders", i)
            try:
                out.append(_reminder(entry, i))
            except RuleError as exc:
                self.problem(line, f"reminder {i}: {exc}; left out")
        return tuple(out)

    def working_hours(self, raw: object) -> TimeWindow | None:
        if raw is None:
            return None
        line = self.lines.table("working_hours", 1)
        try:
            window = TimeWindow.from_dict(raw, "working hours")
        except RuleError as exc:
            self.problem(line, f"{exc}; the usual hours are used")
            return None
        if window.crosses_midnight:
            self.problem(line, "working hours must end after they start; the usual hours are used")
            return None
        return window

    def features(self, raw: object) -> dict[str, bool]:
        if raw is None:
            return {}
        line = self.lines.table("features", 1)
        if not isinstance(raw, Mapping):
            self.problem(line, "features must be a table like voice = false")
            return {}
        out = {}
        for key, value in raw.items():
            if key not in FEATURES:
                self.problem(line, f"'{key}' is not a feature (known: {', '.join(FEATURES)})")
            elif not isinstance(value, bool):
                self.problem(line, f"features.{key} must be true or false")
            else:
                out[key] = value
        return out

    def locked(self, raw: object) -> frozenset[str]:
        if raw is None:
            return frozenset()
        line = self.lines.table("locked", 1)
        keys = raw.get("keys") if isinstance(raw, Mapping) else None
        if not isinstance(keys, list):
            self.problem(line, 'locked must hold keys = ["support.contacts", ...]')
            return frozenset()
        out = set()
        for key in keys:
            if key in LOCKABLE:
                out.add(str(key))
            else:
                self.problem(line, f"'{key}' cannot be locked (these can: {', '.join(LOCKABLE)})")
        return frozenset(out)


def _reminder(entry: object, index: int) -> AdminReminder:
    if not isinstance(entry, Mapping):
        raise RuleError("must be a table")
    kind = entry.get("kind")
    days = entry.get("days", list(WEEKDAYS_DEFAULT))
    if not isinstance(days, list):
        raise RuleError('days must be a list like ["mon", "tue"]')
    weekdays = parse_weekdays(days)
    rid = f"clinic-{index}"
    practice = entry.get("practice")
    practice_id = str(practice) if isinstance(practice, str) and practice else None
    if kind == "fixed":
        times = entry.get("times")
        if not isinstance(times, list) or not times:
            raise RuleError('a fixed reminder needs times = ["12:30", ...]')
        parsed = tuple(parse_hhmm(str(t)) for t in times)
        return AdminReminder(ReminderRule(rid, "fixed", weekdays, parsed, practice_id=practice_id))
    if kind == "interval":
        every = entry.get("every")
        if not isinstance(every, int) or isinstance(every, bool):
            raise RuleError("an interval reminder needs every = <minutes>, a whole number")
        start = parse_hhmm(str(entry["from"]), "from") if "from" in entry else None
        end = parse_hhmm(str(entry["to"]), "to") if "to" in entry else None
        if start and end and end <= start:
            raise RuleError("'to' must be later than 'from'")
        rule = ReminderRule(rid, "interval", weekdays, every_minutes=every, practice_id=practice_id)
        return AdminReminder(rule, start, end)
    raise RuleError(f'kind must be "fixed" or "interval", not {kind!r}')


_BARE_KEY = re.compile(r"^\s*(?:\[+\s*)?([A-Za-z0-9_-]+)")
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?")


class _Lines:
    """Where each key and each table header first stands, found in one pass over the text.

    A problem names its line; looking each one up by scanning the whole file made a file with
    20,000 unknown keys take 46 s at start-up (the time grew with the square of its size)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.keys: dict[str, int] = {}
        self.tables: dict[str, list[int]] = {}
        for number, line in enumerate(text.splitlines(), 1):
            key = _BARE_KEY.match(line)
            if key is not None:
                self.keys.setdefault(key.group(1), number)
            header = _HEADER.match(line)
            if header is not None:
                self.tables.setdefault(header.group(1), []).append(number)

    def of(self, key: str) -> int | None:
        """The first line that starts with ``key`` (a table header or an assignment), 1-based."""
        if _BARE_KEY.fullmatch(key) is not None:
            return self.keys.get(key)
        pattern = re.compile(rf"^\s*(\[+\s*)?{re.escape(key)}\b")  # a quoted key: rare
        return next(
            (n for n, line in enumerate(self.text.splitlines(), 1) if pattern.match(line)), None
        )

    def table(self, name: str, occurrence: int) -> int | None:
        """The line of the ``occurrence``-th ``[name]`` or ``[[name]]`` header, 1-based."""
        found = self.tables.get(name, [])
        return found[occurrence - 1] if occurrence <= len(found) else self.of(name.split(".")[0])
