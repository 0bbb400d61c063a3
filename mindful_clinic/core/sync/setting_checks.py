"""Whether one person setting read from the synced folder can be used on this computer.

Kept apart from ``person_settings`` (which the window reads at every start) so that the reminder
rules' model is loaded only when the synced folder is read, never on the start-up path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mindful_clinic.core.reminders.rules import ReminderRule, ReminderSettings

REMINDERS = "reminders/settings/"


def unusable(item_name: str, doc: Mapping[str, Any]) -> str | None:
    """Why one person setting from the synced folder cannot be used here, in plain words (None:
    it can). Each reminder rule, and each other reminder setting, is checked on its own, so one
    that another computer (or a newer version of the app) wrote wrongly is left out alone,
    instead of making the whole reminders section unreadable and every reminder fall back to
    the defaults."""
    if not item_name.startswith(REMINDERS):
        return None
    value = doc.get("value")
    parts = item_name[len(REMINDERS) :].split("/")
    try:
        if parts[0] == "rules" and len(parts) == 2:
            rule = ReminderRule.from_dict(value)
            if rule.id != parts[1]:
                return f"reminder rule '{parts[1]}' names another rule ('{rule.id}')"
        elif len(parts) == 1 and parts[0] != "rules":
            ReminderSettings.from_dict({parts[0]: value})
    except (ValueError, TypeError) as exc:  # RuleError is a ValueError: one plain sentence
        return f"reminder {exc}" if str(exc).startswith("rule ") else str(exc)
    return None
