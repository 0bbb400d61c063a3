"""Clinic-wide defaults set by IT (``defaults.toml``), as the app uses them, merged under the user's
settings.

A clinic presets its own support contacts (occupational health, the employee assistance
programme), reminder rules, working hours and features for every workstation. The user's own
settings win over these defaults, except for the keys listed in ``[locked]``. The file is read by
``core.admin.parse`` (only when there is one: most computers have none, and start-up need not load
the TOML reader and the reminder rules for them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mindful_clinic.core.reminders.rules import ReminderRule, TimeWindow
    from mindful_clinic.core.support.contacts import Contact

FEATURES = ("voice", "group", "log", "reminders", "calendar")
"""Features IT may switch off for everyone (each defaults to on)."""
LOCKABLE = ("support.contacts", "reminders", "working_hours", *(f"features.{f}" for f in FEATURES))
"""Settings ``[locked] keys`` may name: the user sees them but cannot change them."""


@dataclass(frozen=True)
class Problem:
    """Something wrong in the defaults file; the rest of the file is still used."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{where}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass(frozen=True)
class AdminContact:
    name: str
    phone: str = ""
    url: str = ""
    hours: str = ""
    note: str = ""

    def to_contact(self, index: int) -> Contact:
        """As a support-page contact (id ``clinic_<n>``), first on the page, not editable."""
        # Imported here: the shipped contacts and their translations matter to the support page only.
        from mindful_clinic.core.support.contacts import Contact

        detail = " · ".join(
            part for part in (self.hours, self.note, self.url if self.phone else "") if part
        )
        return Contact(
            id=f"clinic_{index}",
            name=self.name,
            how=self.phone or self.url,
            detail=detail,
            region="",
        )


@dataclass(frozen=True)
class AdminReminder:
    rule: ReminderRule
    start: time | None = None
    """``from``/``to`` of an interval rule: the stretch of the day it runs in (None: working hours)."""
    end: time | None = None


@dataclass(frozen=True)
class AdminDefaults:
    contacts: tuple[AdminContact, ...] = ()
    reminders: tuple[AdminReminder, ...] = ()
    working_hours: TimeWindow | None = None
    features: Mapping[str, bool] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()

    def is_empty(self) -> bool:
        return not (self.contacts or self.reminders or self.working_hours or self.features)

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def feature(self, name: str, user_choice: bool | None = None) -> bool:
        """Whether ``name`` is on: the user's choice unless IT locked it, else IT's, else on."""
        admin = self.features.get(name)
        if user_choice is not None and not self.is_locked(f"features.{name}"):
            return user_choice
        return True if admin is None else admin

    def support_contacts(self) -> tuple[Contact, ...]:
        return tuple(c.to_contact(i) for i, c in enumerate(self.contacts, 1))

    def to_json(self) -> dict[str, Any]:
        return {
            "contacts": len(self.contacts),
            "reminders": [r.rule.id for r in self.reminders],
            "working_hours": self.working_hours.to_dict() if self.working_hours else None,
            "features": dict(self.features),
            "locked": sorted(self.locked),
        }


def merge_reminder_section(defaults: AdminDefaults, user: Mapping[str, Any]) -> dict[str, Any]:
    """The ``reminders`` settings section with the clinic's rules and hours under the user's own.

    A user who never saved reminder settings starts from the clinic's; once they save, theirs win,
    except for what is locked: locked rules are always the clinic's, locked hours too.
    """
    section = dict(user)
    written = section.get("settings") or {}
    if not isinstance(written, Mapping) or not isinstance(written.get("rules", []), list):
        # A damaged shape is left for the section's reader to say, and to copy aside before a
        # save replaces it (core/reminders/section.py); merging into it would hide the damage.
        return section
    settings = dict(written)
    admin_rules = [r.rule.to_dict() for r in defaults.reminders]
    if admin_rules:
        if defaults.is_locked("reminders"):
            own = [r for r in settings.get("rules", []) if not _is_admin_rule(r)]
            # A rule that is not an object stays, so the reader says it and keeps it as written.
            kept = [r for r in own if not isinstance(r, Mapping) or r.get("kind") == "gap"]
            settings["rules"] = admin_rules + kept
        elif "rules" not in settings:
            settings["rules"] = [*admin_rules, {"id": "gaps", "kind": "gap"}]
    if defaults.working_hours is not None and (
        defaults.is_locked("working_hours") or "working_hours" not in settings
    ):
        settings["working_hours"] = defaults.working_hours.to_dict()
    if settings:
        section["settings"] = settings
    return section


def _is_admin_rule(rule: object) -> bool:
    return isinstance(rule, Mapping) and str(rule.get("id", "")).startswith("clinic-")
