"""The clinic's defaults (issue #18) where the window shows them: support contacts first, locked
settings read-only with "Set by your organisation", voice controls hidden with ``voice = false``.

The file is read once at start (``services.admin.defaults.load``); reminders get its rules and hours
through ``ReminderStore(defaults=...)``; the Group page is left out with ``group = false`` (root).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mindful_clinic.ui.shell.i18n import translate

if TYPE_CHECKING:
    from mindful_clinic.core.admin.defaults import AdminDefaults
    from mindful_clinic.core.ports import SettingsSections
    from mindful_clinic.core.support.contacts import SupportInfo


def support_info(store: SettingsSections, defaults: AdminDefaults) -> SupportInfo:
    """The clinic's contacts first, then the shipped ones with the user's edits (unless locked)."""
    from mindful_clinic.core.support.contacts import SupportEdits, shipped_support
    from mindful_clinic.services.admin.apply import support_info as merged

    edits = SupportEdits.from_dict(store.section("support"))
    return merged(defaults, shipped_support(), edits)


def set_by_organisation(widget: QWidget, locked: bool, whole: bool = True) -> QWidget:
    """``widget`` with "Set by your organisation" above it when IT locked what it sets; with
    ``whole`` the widget is read-only (disabled), else only the note is shown."""
    if not locked:
        return widget
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    note = QLabel(
        translate(
            "AdminDefaults",
            "Set by your organisation. Some of these settings cannot be changed here; ask your "
            "IT team if something needs to change.",
        )
    )
    note.setObjectName("set_by_organisation")
    note.setWordWrap(True)
    layout.addWidget(note)
    layout.addWidget(widget)
    if whole:
        widget.setEnabled(False)
    return holder


def reminders_locked(defaults: AdminDefaults) -> bool:
    return defaults.is_locked("reminders") or defaults.is_locked("working_hours")


def lock_reminder_controls(page: QWidget, defaults: AdminDefaults) -> None:
    """The reminder rules and the working hours IT locked: shown, but not editable."""
    from mindful_clinic.ui.reminders.settings import ReminderSettingsPage

    if not isinstance(page, ReminderSettingsPage):
        return
    if defaults.is_locked("reminders"):
        box = page.kind.parentWidget()  # the whole rules box: the list stays readable
        if box is not None:
            box.setEnabled(False)
    if defaults.is_locked("working_hours"):
        page.work_start.setEnabled(False)
        page.work_end.setEnabled(False)
