"""The reminder waiting for an answer, wherever the user answers it.

An offered reminder (``ReminderGate.offer``) becomes *pending*: one desktop notification with Start,
Snooze 5/10/15 and Skip buttons that never expires, where the notification server shows buttons;
else the app's own corner notice. It also stays in the tray menu and as a quiet banner on the home
screen until answered, so a dismissed notification can still be acted on. The first answer wins
and clears every other place. Snooze and Skip say what happens next ("Next reminder 14:40");
Start emits ``start_practice`` with the suggested practice and length for the app to start at once.

Ctrl+Shift+R (``install_shortcut``) brings the keyboard to the pending reminder: the corner notice if
it is up, else the home banner.

This module takes its collaborators as small interfaces (the scheduler's answers, a notifier, the
tray), so it imports nothing from services.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.ui.reminders.banner import ReminderBanner
from mindful_clinic.ui.reminders.notice import ReminderNotice, reminder_text
from mindful_clinic.ui.shell.local_format import day_and_time, short_time

SHORTCUT = "Ctrl+Shift+R"
SNOOZE_MINUTES = (5, 10, 15)


class Answers(Protocol):
    """The scheduler's side (``services.reminders.timer.ReminderScheduler``)."""

    @property
    def tz(self) -> tzinfo: ...

    def now(self) -> datetime: ...

    def accept(self) -> Reminder | None: ...

    def skip(self) -> None: ...

    def snooze(self, minutes: int) -> bool: ...

    def next_reminder(self) -> Reminder | None: ...


class Notifier(Protocol):
    """``services.desktop.notifications.DesktopNotifier``: also has ``action_invoked(int, str)``
    and ``closed(int, int)`` signals."""

    action_invoked: Any
    closed: Any

    def can_answer(self) -> bool: ...

    def show(self, title: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int: ...

    def close(self, notification_id: int) -> None: ...


class TrayMenu(Protocol):
    """``ui.reminders.tray.Tray``: also has ``pending_start``, ``pending_snooze(int)`` and
    ``pending_skip`` signals, connected here."""

    pending_start: Any
    pending_snooze: Any
    pending_skip: Any

    def set_pending(self, text: str | None) -> None: ...


def actions() -> list[tuple[str, str]]:
    """The notification's buttons: keys the app answers to, labels the user reads. "default" is
    a click on the notification itself (no button on most desktops): it opens the app."""
    return [
        ("default", QCoreApplication.translate("PendingReminder", "Open Mindful Clinic")),
        ("start", QCoreApplication.translate("PendingReminder", "Start now")),
        *[
            (
                f"snooze{m}",
                QCoreApplication.translate("PendingReminder", "Snooze {n} min").format(n=m),
            )
            for m in SNOOZE_MINUTES
        ],
        ("skip", QCoreApplication.translate("PendingReminder", "Skip")),
    ]


def hhmm(moment: datetime, now: datetime, tz: tzinfo) -> str:
    """ "14:40" today, "Tue 14:40" another day: the locale's day name and 12- or 24-hour time."""
    local = moment.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return short_time(local)
    return day_and_time(local)


def next_text(nxt: Reminder | None, now: datetime, tz: tzinfo) -> str:
    """ "Next reminder 14:40" (or that there is none planned)."""
    if nxt is None:
        return QCoreApplication.translate("PendingReminder", "No reminder planned for now.")
    return QCoreApplication.translate("PendingReminder", "Next reminder {time}").format(
        time=hhmm(nxt.at, now, tz)
    )


def away_text(nxt: Reminder | None, now: datetime, tz: tzinfo) -> str:
    """The one line after time away: never a replay, only what comes next."""
    if nxt is None:
        return QCoreApplication.translate(
            "PendingReminder", "You were away; no more reminders are planned for now."
        )
    when = hhmm(nxt.at, now, tz)
    if nxt.kind == "gap":
        return QCoreApplication.translate(
            "PendingReminder", "You were away; your next gap is {time}"
        ).format(time=when)
    return QCoreApplication.translate(
        "PendingReminder", "You were away; your next reminder is {time}"
    ).format(time=when)


class PendingReminder(QObject):
    start_practice = Signal(str, int)
    """(practice id or "" to let the user choose; seconds, or 0 for the practice's usual length)."""
    changed = Signal()
    status = Signal(str)
    """What happens next, after an answer ("Next reminder 14:40")."""
    open_requested = Signal()
    """The notification itself was clicked: bring the window forward (the banner waits there)."""

    def __init__(
        self,
        answers: Answers,
        notice: ReminderNotice,
        notifier: Notifier | None = None,
        banner: ReminderBanner | None = None,
        tray: TrayMenu | None = None,
        category_of: Callable[[str], str | None] = lambda _pid: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._answers = answers
        self._notice = notice
        self._notifier = notifier
        self._banner = banner
        self._tray = tray
        self._category_of = category_of
        self._pending: Reminder | None = None
        self._notification = 0
        notice.start_requested.connect(lambda _pid, _s: self.start())
        notice.snooze_requested.connect(self.snooze)
        notice.skip_requested.connect(self.skip)
        if notifier is not None:
            notifier.action_invoked.connect(self._action)
            notifier.closed.connect(self._closed)
        if tray is not None:
            tray.pending_start.connect(self.start)
            tray.pending_snooze.connect(self.snooze)
            tray.pending_skip.connect(self.skip)
        if banner is not None:
            self.attach_banner(banner)

    def attach_banner(self, banner: ReminderBanner) -> None:
        """The home screen's banner (the root may build it after this object)."""
        self._banner = banner
        banner.start_requested.connect(self.start)
        banner.snooze_requested.connect(self.snooze)
        banner.skip_requested.connect(self.skip)
        if self._pending is not None:
            banner.show_pending(self.text())

    # -- what is pending --------------------------------------------------------------------------
    def pending(self) -> Reminder | None:
        return self._pending

    def notification_id(self) -> int:
        return self._notification

    def text(self) -> str:
        r = self._pending
        if r is None:
            return ""
        category = self._category_of(r.practice_id) if r.practice_id else None
        return reminder_text(r, self._answers.now(), self._answers.tz, category)

    # -- offering -----------------------------------------------------------------------------------
    def offer(self, reminder: Reminder) -> None:
        """Connect ``ReminderGate.offer`` here."""
        self._close_notification()
        self._pending = reminder
        text = self.text()
        title = QCoreApplication.translate("PendingReminder", "A moment for you")
        shown = 0
        if self._notifier is not None and self._notifier.can_answer():
            shown = self._notifier.show(title, text, actions())
        self._notification = shown
        if not shown:
            self._notice.show_reminder(reminder)
        if self._banner is not None:
            self._banner.show_pending(text)
        if self._tray is not None:
            self._tray.set_pending(
                QCoreApplication.translate("PendingReminder", "Waiting: {text}").format(text=text)
            )
        self.changed.emit()

    def away(self, nxt: Reminder | None) -> None:
        """Connect ``ReminderGate.away`` here: one quiet line, no buttons."""
        text = away_text(nxt, self._answers.now(), self._answers.tz)
        notifier = self._notifier
        if (
            notifier is not None
            and notifier.can_answer()
            and notifier.show(QCoreApplication.translate("PendingReminder", "Reminders"), text)
        ):
            return
        self._notice.show_note(text)

    # -- answers ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._pending is None:
            return
        self._answers.accept()
        r = self._pending
        self._clear()
        self.start_practice.emit(r.practice_id or "", r.practice_s or 0)

    def snooze(self, minutes: int) -> None:
        if self._pending is None:
            return
        self._answers.snooze(minutes)
        self._clear()
        self._say_next(
            QCoreApplication.translate("PendingReminder", "Snoozed for {n} minutes.").format(
                n=minutes
            )
        )

    def skip(self) -> None:
        if self._pending is None:
            return
        self._answers.skip()
        self._clear()
        self._say_next(QCoreApplication.translate("PendingReminder", "Skipped."))

    def withdraw(self) -> None:
        """The reminder was let go elsewhere (a practice began): clear every place, quietly."""
        if self._pending is not None:
            self._clear()

    def focus(self) -> bool:
        """Ctrl+Shift+R: the keyboard to the corner notice if it is up, else to the home banner."""
        if self._notice.take_focus():
            return True
        return self._banner is not None and self._banner.take_focus()

    def install_shortcut(self, window: QWidget) -> QShortcut:
        shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.focus)
        return shortcut

    # -- inside ---------------------------------------------------------------------------------------
    def _action(self, nid: int, key: str) -> None:
        if nid != self._notification or self._pending is None:
            return
        if key == "default":
            self.open_requested.emit()  # not an answer: the reminder stays pending
            return
        # answered there; a resident notification stays until we close it, which _clear does
        if key == "start":
            self.start()
        elif key in {f"snooze{m}" for m in SNOOZE_MINUTES}:  # only the buttons we offered
            self.snooze(int(key.removeprefix("snooze")))
        elif key == "skip":
            self.skip()

    def _closed(self, nid: int, _reason: int) -> None:
        """Dismissed or gone: the reminder stays pending in the window and the tray."""
        if nid == self._notification:
            self._notification = 0

    def _say_next(self, prefix: str) -> None:
        now, tz = self._answers.now(), self._answers.tz
        text = f"{prefix} {next_text(self._answers.next_reminder(), now, tz)}"
        if self._banner is not None:
            self._banner.show_status(text)
        self.status.emit(text)

    def _close_notification(self) -> None:
        if self._notification and self._notifier is not None:
            self._notifier.close(self._notification)
        self._notification = 0

    def _clear(self) -> None:
        self._close_notification()
        self._pending = None
        if self._notice.reminder() is not None:
            self._notice.hide()
        if self._banner is not None:
            self._banner.clear()
        if self._tray is not None:
            self._tray.set_pending(None)
        self.changed.emit()
