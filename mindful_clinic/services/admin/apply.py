"""Apply the clinic's defaults through the existing stores (the composition root calls these).

- ``reminder_defaults(defaults)`` is the ``defaults=`` argument of ``ReminderStore``: the clinic's
  rules and working hours under the user's own, locked ones always the clinic's.
- ``support_info(defaults, shipped, edits)``: the clinic's contacts first on the support page, then
  the shipped and the user's own; with ``support.contacts`` locked the user's edits are set aside.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from mindful_clinic.core.admin.defaults import AdminDefaults, merge_reminder_section
from mindful_clinic.core.support.contacts import SupportEdits, SupportInfo, merge


def reminder_defaults(defaults: AdminDefaults) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda section: merge_reminder_section(defaults, section)


def support_info(defaults: AdminDefaults, shipped: SupportInfo, edits: SupportEdits) -> SupportInfo:
    own = merge(shipped, SupportEdits() if defaults.is_locked("support.contacts") else edits)
    clinic = defaults.support_contacts()
    return replace(
        own, contacts=(*clinic, *(c for c in own.contacts if c.id not in {x.id for x in clinic}))
    )
