"""The ``reminders`` section of the settings file, read item by item: one bad item costs only itself.

A rule typed by hand with "at": "25:00", or one a newer version of the app wrote with a kind this
one does not know, must not take the user's other rules with it. Reading the whole section in one
``from_dict`` did: every rule and calendar fell back to the defaults, and the next ordinary save (a
pause, a calendar read) wrote those defaults over the file. So:

- **Each rule and each calendar entry** is read on its own. One that cannot be read is left out of
  use, its reason is kept for a message, and it is kept as written: ``to_dict`` puts it back at its
  place on every save, so a newer version's rule, or a typo the user can fix in the file, survives.
  A rule read fine is written back exactly as it was read while it is unchanged, so a field only a
  newer version knows is not dropped either (as synced items are, ``storage/private_list.py``).
- **Each other value** (working hours, quiet hours, time zone... and the pause or "in session"
  state): the default is used, and the value as written is kept until the user sets that value.
- **Keys this version does not know** (in the section or in its settings) are written back as found.
- **The structure itself** (the section or its settings not an object, the rules or the calendars
  not a list): nothing there can be kept item by item. The defaults for that part are used and
  ``damaged`` says why; the store keeps a copy of the file before anything is saved over it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mindful_clinic.core.reminders.rules import (
    CalendarEntry,
    ReminderRule,
    ReminderSettings,
    ReminderState,
    shown,
)

VALUES = ("working_hours", "min_gap_minutes", "quiet_hours", "merge_minutes", "sound", "timezone")
"""The settings read one by one (``rules`` is read rule by rule)."""
KNOWN = ("version", "settings", "state", "calendars")
"""The section's own keys; any other is a newer version's and is written back as it is."""
NOT_SETTINGS = "the reminders part of the file does not hold settings"
MAX_REASON = 200
"""How long one reason in a message may be: a sentence naming a rule, never a whole file."""

Placed = tuple[int, Any]
"""A document kept as written, with how many of the items used were before it in the file."""


@dataclass(frozen=True)
class Kept:
    """What was read, as written: what could not be used, and what a save must not change."""

    rules: tuple[Placed, ...] = ()
    """Rules that could not be read, each with its place among the rules used."""
    calendars: tuple[Placed, ...] = ()
    calendar_order: tuple[str, ...] = ()
    """The paths of the calendars used, in the file's order (the places ``calendars`` count)."""
    values: Mapping[str, Any] = field(default_factory=dict)
    """Settings that could not be read, by key: written back until the user sets them."""
    state: tuple[Any, ...] = ()
    """(the state as written,) if it could not be read; else empty."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    extra_settings: Mapping[str, Any] = field(default_factory=dict)
    read_rules: Mapping[str, tuple[ReminderRule, Any]] = field(default_factory=dict)
    """Each rule used, by id, with the document it was read from."""
    read_calendars: Mapping[str, tuple[CalendarEntry, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class ReminderSection:
    """The section as read: what is used, what was left out and why, and what is kept as written."""

    config: ReminderSettings = field(default_factory=ReminderSettings)
    state: ReminderState = field(default_factory=ReminderState)
    calendars: tuple[CalendarEntry, ...] = ()
    left_out: tuple[str, ...] = ()
    """Why each rule, calendar or value could not be read (one plain phrase each, in order)."""
    damaged: str | None = None
    """Why a part could not be read at all (its defaults are used, nothing of it is kept)."""
    kept: Kept = field(default_factory=Kept)

    def to_dict(
        self,
        config: ReminderSettings,
        state: ReminderState,
        calendars: tuple[CalendarEntry, ...],
        version: int,
    ) -> dict[str, Any]:
        """The section to save: ``config``, ``state`` and ``calendars`` (what is used now, perhaps
        changed since this was read) with everything that could not be read put back as written."""
        kept = self.kept
        settings = {**kept.extra_settings, **config.to_dict()}
        rules = [(r.id, _as_read(r, kept.read_rules.get(r.id), r.to_dict)) for r in config.rules]
        settings["rules"] = _put_back(rules, kept.rules, tuple(kept.read_rules))
        for key, written in kept.values.items():
            if getattr(config, key) == getattr(self.config, key):  # not set since it was read
                settings[key] = written
        entries = [
            (c.path, _as_read(c, kept.read_calendars.get(c.path), c.to_dict)) for c in calendars
        ]
        return {
            "version": version,
            "settings": settings,
            "state": kept.state[0] if kept.state and state == self.state else state.to_dict(),
            "calendars": _put_back(entries, kept.calendars, kept.calendar_order),
            **kept.extra,
        }


def read_section(data: object) -> ReminderSection:
    """Read the section item by item (see the module's docstring); never raises."""
    if not isinstance(data, Mapping):
        return ReminderSection(damaged=NOT_SETTINGS)
    damage: list[str] = []
    left_out: list[str] = []
    raw_settings = data.get("settings")
    if raw_settings is None:
        raw_settings = {}
    elif not isinstance(raw_settings, Mapping):
        damage.append("reminder settings must be an object")
        raw_settings = {}
    rules, bad_rules, read_rules = _rules(raw_settings.get("rules"), damage, left_out)
    values, bad_values = _values(raw_settings, left_out)
    state, bad_state = _state(data.get("state"), left_out)
    calendars, bad_calendars, read_calendars = _calendars(data.get("calendars"), damage, left_out)
    return ReminderSection(
        config=ReminderSettings(rules=rules, **values),
        state=state,
        calendars=calendars,
        left_out=tuple(left_out),
        damaged="; ".join(damage) or None,
        kept=Kept(
            rules=bad_rules,
            calendars=bad_calendars,
            values=bad_values,
            state=bad_state,
            extra={k: v for k, v in data.items() if k not in KNOWN},
            extra_settings={k: v for k, v in raw_settings.items() if k not in (*VALUES, "rules")},
            read_rules=read_rules,
            read_calendars=read_calendars,
            calendar_order=tuple(c.path for c in calendars),
        ),
    )


def _rules(
    raw: object, damage: list[str], left_out: list[str]
) -> tuple[tuple[ReminderRule, ...], tuple[Placed, ...], dict[str, tuple[ReminderRule, Any]]]:
    if raw is None:
        return ReminderSettings().rules, (), {}
    if not isinstance(raw, list):
        damage.append("rules must be a list")
        return ReminderSettings().rules, (), {}
    used: dict[str, tuple[ReminderRule, Any]] = {}
    bad: list[Placed] = []
    for doc in raw:
        try:
            rule = ReminderRule.from_dict(doc)
        except (ValueError, TypeError) as exc:  # RuleError is a ValueError: one plain sentence
            left_out.append(_said(f"reminder {exc}" if str(exc).startswith("rule ") else exc))
            bad.append((len(used), doc))
            continue
        if rule.id in used:  # the first is used, as a person reading the file top down expects
            left_out.append(f"two reminder rules have the id '{shown(rule.id)}'")
            bad.append((len(used), doc))
            continue
        used[rule.id] = (rule, doc)
    return tuple(r for r, _doc in used.values()), tuple(bad), used


def _values(
    settings: Mapping[str, Any], left_out: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Each setting on its own: checked as the only one given, so its own rule is what decides."""
    values: dict[str, Any] = {}
    bad: dict[str, Any] = {}
    for key in VALUES:
        if key not in settings:
            continue
        try:
            values[key] = getattr(ReminderSettings.from_dict({key: settings[key]}), key)
        except (ValueError, TypeError) as exc:
            left_out.append(_said(exc))
            bad[key] = settings[key]
    return values, bad


def _state(raw: object, left_out: list[str]) -> tuple[ReminderState, tuple[Any, ...]]:
    if raw is None:
        return ReminderState(), ()
    try:
        if not isinstance(raw, Mapping):
            raise ValueError("it is not a set of values")
        return ReminderState.from_dict(raw), ()
    except (ValueError, TypeError) as exc:
        left_out.append(_said(f"the pause or in-session state: {exc}"))
        return ReminderState(), (raw,)


def _calendars(
    raw: object, damage: list[str], left_out: list[str]
) -> tuple[tuple[CalendarEntry, ...], tuple[Placed, ...], dict[str, tuple[CalendarEntry, Any]]]:
    if raw is None:
        return (), (), {}
    if not isinstance(raw, list):
        damage.append("calendars must be a list")
        return (), (), {}
    used: list[CalendarEntry] = []
    read: dict[str, tuple[CalendarEntry, Any]] = {}
    bad: list[Placed] = []
    for doc in raw:
        try:
            entry = CalendarEntry.from_dict(doc)
        except (ValueError, TypeError) as exc:
            path = doc.get("path") if isinstance(doc, Mapping) else None
            left_out.append(_said(f"calendar {shown(path)}: {exc}" if path else exc))
            bad.append((len(used), doc))
            continue
        used.append(entry)
        read.setdefault(entry.path, (entry, doc))
    return tuple(used), tuple(bad), read


def _said(reason: object) -> str:
    """A reason as a message repeats it: a hand-written id or path may hold anything, so control
    characters are made visible and a very long one is clipped (see ``rules.shown``)."""
    text = "".join(c if c.isprintable() else "?" for c in str(reason)[: MAX_REASON + 1])
    return text if len(text) <= MAX_REASON else f"{text[: MAX_REASON - 1]}…"


def _as_read(item: object, seen: tuple[object, Any] | None, fresh: Callable[[], Any]) -> Any:
    """The document ``item`` was read from if it is unchanged since; else ``item`` written anew."""
    return seen[1] if seen is not None and seen[0] == item else fresh()


def _put_back(
    items: list[tuple[str, Any]], kept: tuple[Placed, ...], order: tuple[str, ...]
) -> list[Any]:
    """The documents of ``items`` (id or path, document) with each kept document back after the
    nearest item that was before it in the file (``order``) and is still there; first if none is."""
    where = {key: i for i, (key, _doc) in reversed(list(enumerate(items)))}
    after: dict[int, list[Any]] = {}
    for count, doc in kept:
        at = next((where[k] for k in reversed(order[:count]) if k in where), -1)
        after.setdefault(at, []).append(doc)
    out = list(after.get(-1, []))
    for i, (_key, doc) in enumerate(items):
        out.append(doc)
        out.extend(after.get(i, []))
    return out
