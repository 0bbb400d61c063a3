"""Reminders you can trust and answer: the gate, the desktop, the pending reminder and its places.

Built by ``build_reminders``; the root (``App.reminders``) then calls ``attach_home`` (banner
and today's line on the home screen) and ``watch_practice`` (a practice answers a reminder);
``start_reminders`` switches the close guard on when there is no tray.

    scheduler.reminder_due / missed -> gate (core.reminders.hold: show, drop, hold, away)
    gate.offer -> pending.offer      (notification with buttons, or the corner notice; tray; banner)
    gate.away  -> pending.away       ("You were away; your next gap is 14:40", once)
    presence.changed, activity.changed, scheduler.state_changed -> gate.reconsider
    settings.json changed on disk -> store.reload -> scheduler.reschedule
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mindful_clinic.core.reminders.schedule import Reminder
from mindful_clinic.services.desktop.notifications import desktop_notifier
from mindful_clinic.services.desktop.polled_presence import desktop_presence
from mindful_clinic.services.desktop.presence import open_session_bus, open_system_bus
from mindful_clinic.services.reminders.gate import AppActivity, ReminderGate
from mindful_clinic.services.reminders.settings_watcher import SettingsFileWatcher
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.banner import ReminderBanner
from mindful_clinic.ui.reminders.close_prompt import ASK, CloseGuard
from mindful_clinic.ui.reminders.notice import ReminderNotice
from mindful_clinic.ui.reminders.pending import PendingReminder
from mindful_clinic.ui.reminders.quiet_box import QuietBox
from mindful_clinic.ui.reminders.today_line import TodayLine
from mindful_clinic.ui.reminders.tray import Tray

WINDOW_SECTION = "window"


class ReminderAnswering:
    def __init__(
        self,
        settings: SettingsStore,
        store: ReminderStore,
        scheduler: ReminderScheduler,
        tray: Tray,
        notice: ReminderNotice,
        category_of: Callable[[str], str | None],
        window: QWidget,
    ) -> None:
        self.settings = settings
        self.scheduler = scheduler
        self.bus = open_session_bus(window)
        self.notifier = desktop_notifier(self.bus, window)
        self.presence = desktop_presence(self.bus, open_system_bus(window), window)
        self.activity = AppActivity(window)
        self.gate = ReminderGate(scheduler, self.activity, self.presence, parent=window)
        self.banner = ReminderBanner()
        self.pending = PendingReminder(
            scheduler, notice, self.notifier, self.banner, tray, category_of, parent=window
        )
        self.gate.offer.connect(self.pending.offer)
        self.gate.away.connect(self.pending.away)
        self.gate.dropped.connect(self._dropped)
        self.today = TodayLine(scheduler)
        scheduler.next_changed.connect(self.today.refresh)
        scheduler.state_changed.connect(self.today.refresh)
        self.pending.changed.connect(self.today.refresh)
        self.file_watcher = SettingsFileWatcher(settings, store, window)
        self.close_guard = CloseGuard(self._close_choice, self._remember_close, self.notifier)
        self.close_guard.setParent(window)
        window.installEventFilter(self.close_guard)
        self.close_guard.open_requested.connect(lambda: _bring_forward(window))
        self.shortcut = self.pending.install_shortcut(window)
        self._practice_running: Callable[[], bool] = lambda: False

    # -- what the root calls ----------------------------------------------------------------------
    def attach_home(self, add_line: Callable[[QWidget], None]) -> None:
        """Place the banner and today's line on the home screen (``HomeView.add_top_line``)."""
        add_line(self.banner)
        add_line(self.today)

    def watch_practice(self, running: Callable[[], bool]) -> None:
        """``running()``: a practice, a check-in or a guided session is on screen. Call
        ``practice_changed`` whenever that may have changed."""
        self._practice_running = running
        self.activity.set_practice(running())

    def practice_changed(self, *_args: object) -> None:
        running = self._practice_running()
        if running and self.pending.pending() is not None:
            self.scheduler.accept()  # the practice answers the reminder that was waiting
            self.pending.withdraw()
        self.activity.set_practice(running)  # the gate reconsiders when it changed

    def make_quiet_box(self) -> QuietBox:
        s = self.scheduler
        box = QuietBox(s, self.presence.detects(), self._close_choice())
        box.pause_hour_requested.connect(lambda: s.pause_for(60))
        box.pause_tomorrow_requested.connect(s.pause_until_tomorrow)
        box.pause_until_resumed_requested.connect(s.pause_until_resumed)
        box.resume_requested.connect(s.resume)
        box.close_choice_changed.connect(self._remember_close)
        s.state_changed.connect(box.refresh)
        return box

    # -- inside -------------------------------------------------------------------------------------
    def _dropped(self, reminder: Reminder) -> None:
        if self.pending.pending() == reminder:
            self.pending.withdraw()

    def _close_choice(self) -> str:
        return str(self.settings.section(WINDOW_SECTION).get("on_close", ASK))

    def _remember_close(self, choice: str) -> None:
        section = self.settings.section(WINDOW_SECTION)
        section["on_close"] = choice
        self.settings.set_section(WINDOW_SECTION, section)


def _bring_forward(window: QWidget) -> None:
    bring = getattr(window, "bring_forward", None)
    if callable(bring):
        bring()
    else:
        window.show()
