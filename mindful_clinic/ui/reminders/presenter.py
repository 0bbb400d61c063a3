"""Where a due reminder is shown: the tray's message when a tray is showing, else the corner notice.

A tray balloon cannot carry buttons, so clicking it opens the corner notice with Start now, Snooze
and Skip; without a tray the notice appears straight away. The notice's answers go to the
scheduler (snooze, skip) or out as ``start_practice`` for the app to open the practice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from mindful_clinic.core.ports import ReminderScheduling
from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.ui.reminders.notice import ReminderNotice, missed_text, reminder_text
from mindful_clinic.ui.reminders.tray import Tray


class ReminderPresenter(QObject):
    start_practice = Signal(str, int)
    """(practice id, or "" to let the user choose; seconds, or 0 for the practice's default)."""

    def __init__(
        self,
        scheduler: ReminderScheduling,
        notice: ReminderNotice,
        tray: Tray | None = None,
        category_of: Callable[[str], str | None] = lambda _pid: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._notice = notice
        self._tray = tray
        self._category_of = category_of
        self._pending: Reminder | None = None
        scheduler.reminder_due.connect(self.present)
        scheduler.missed.connect(self.present_missed)
        notice.start_requested.connect(self._start)
        notice.snooze_requested.connect(scheduler.snooze)
        notice.skip_requested.connect(scheduler.skip)
        if tray is not None:
            tray.message_clicked.connect(self._open_pending)

    def uses_tray(self) -> bool:
        return self._tray is not None and self._tray.icon.isVisible()

    def present(self, reminder: Reminder) -> None:
        if not self.uses_tray():
            self._notice.show_reminder(reminder)
            return
        assert self._tray is not None
        self._pending = reminder
        category = self._category_of(reminder.practice_id) if reminder.practice_id else None
        text = reminder_text(reminder, self._scheduler.now(), self._scheduler.tz, category)
        self._tray.show_message(self.tr("A moment for you"), text)

    def present_missed(self, count: int) -> None:
        if self.uses_tray():
            assert self._tray is not None
            self._tray.show_message(self.tr("Reminders"), missed_text(count))
        else:
            self._notice.show_missed(count)

    def _open_pending(self) -> None:
        if self._pending is not None and self._scheduler.current() == self._pending:
            self._notice.show_reminder(self._pending)

    def _start(self, practice_id: str, seconds: int) -> None:
        self._scheduler.accept()
        self._pending = None
        self.start_practice.emit(practice_id, seconds)
