"""Reminders: the saved rules, the calendars, one sleep-proof timer, and the reminder waiting for an
answer (a desktop notification with buttons or the corner notice, the tray menu, the home banner)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from mindful_clinic.app.reminders_answer import ReminderAnswering
from mindful_clinic.core.admin.defaults import AdminDefaults
from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.core.reminders.gaps import practice_candidates
from mindful_clinic.core.sound.settings import SoundSettings
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.admin.apply import reminder_defaults
from mindful_clinic.services.reminders.calendar_import import CalendarCache
from mindful_clinic.services.reminders.calendar_read import LIMITS
from mindful_clinic.services.reminders.calendar_watcher import CalendarWatcher
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.practice.catalog_model import CatalogModel
from mindful_clinic.ui.reminders.notice import ReminderNotice
from mindful_clinic.ui.reminders.pending import PendingReminder
from mindful_clinic.ui.reminders.settings import ReminderSettingsPage
from mindful_clinic.ui.reminders.tray import Tray
from mindful_clinic.ui.sound.model import SoundModel


@dataclass
class Reminders:
    store: ReminderStore
    cache: CalendarCache
    watcher: CalendarWatcher
    scheduler: ReminderScheduler
    tray: Tray
    notice: ReminderNotice
    presenter: PendingReminder
    """The reminder waiting for an answer (notification, corner notice, tray menu, home banner)."""
    answering: ReminderAnswering
    settings: SettingsStore

    def make_debrief_box(self) -> QWidget:
        """Which appointments are followed by the debrief offer (issue #19)."""
        from mindful_clinic.app.debrief import load_rule, save_rule
        from mindful_clinic.ui.reminders.debrief_box import DebriefBox

        box = DebriefBox(load_rule(self.settings))
        box.changed.connect(lambda rule: save_rule(self.settings, rule))
        box.changed.connect(lambda _rule: self.scheduler.reschedule())
        return box

    def make_settings(self) -> ReminderSettingsPage:
        from mindful_clinic.services.desktop.autostart import Autostart

        page = ReminderSettingsPage(self.store, self.watcher, Autostart())
        if self.store.problem:  # a rule or setting that could not be read: said where they are
            page.message.setText(self.store.problem)
        self.watcher.changed.connect(page.show_calendars)
        page.calendars_changed.connect(self.scheduler.reschedule)
        layout = page.layout()
        if isinstance(layout, QVBoxLayout):  # pause and "when I close": above the message line
            layout.insertWidget(layout.count() - 2, self.answering.make_quiet_box())
            layout.insertWidget(layout.count() - 2, self.make_debrief_box())
        return page


def build_reminders(
    settings: SettingsStore,
    clock: Clock,
    catalog: CatalogModel,
    sound: SoundModel,
    window: QWidget,
    defaults: AdminDefaults | None = None,
) -> Reminders:
    """Build reminders, the tray and the calendars, and connect them to the practices and sound."""
    store = ReminderStore(  # the clinic's rules and hours under the user's own (issue #18)
        settings, reminder_defaults(defaults) if defaults is not None else None
    )
    # The window reads calendars in a worker, so a large rota may take longer than the command
    # line's 15 s (which keeps `calendar gaps` inside 20 s); the other caps stay as they are.
    cache = CalendarCache(
        store.calendar_paths,
        clock.now,
        store.record_calendar,
        tz=lambda: scheduler.tz,
        limits=replace(LIMITS, max_seconds=60.0),
    )
    watcher = CalendarWatcher(cache, store.calendar_paths, parent=window)
    scheduler = ReminderScheduler(
        store,
        clock,
        busy=cache.busy,
        candidates=practice_candidates(catalog.catalog.entries()),
        parent=window,
    )

    def category(pid: str) -> str | None:
        entry = catalog.catalog.get(pid)
        return entry.category if entry is not None else None

    tray = Tray(scheduler, icon=None, sounds_muted=sound.muted, parent=window)
    notice = ReminderNotice(clock, lambda: scheduler.tz, category)
    answering = ReminderAnswering(settings, store, scheduler, tray, notice, category, window)

    def catalog_changed(new: Catalog) -> None:
        scheduler.candidates = practice_candidates(new.entries())
        scheduler.reschedule()

    def sound_changed(new: SoundSettings) -> None:
        tray.set_muted(new.muted)

    scheduler.time_jumped.connect(lambda _kind: watcher.refresh())
    # A bell only for a reminder that is really offered: never in a practice or do-not-disturb.
    answering.gate.offer.connect(
        lambda _reminder: sound.ring_reminder(store.config.sound, clock.now())
    )
    catalog.changed.connect(catalog_changed)
    tray.mute_toggled.connect(sound.set_muted)
    sound.settings_changed.connect(sound_changed)
    watcher.changed.connect(scheduler.reschedule)
    from mindful_clinic.app.debrief import debrief_reminders, load_rule

    scheduler.extra_offers = debrief_reminders(cache, lambda: load_rule(settings))
    return Reminders(
        store, cache, watcher, scheduler, tray, notice, answering.pending, answering, settings
    )


def start_reminders(reminders: Reminders, qapp: QApplication, window: QWidget) -> bool:
    """After the window is shown: the tray, the first calendar read, the one timer. True if a tray."""
    from mindful_clinic.services.reminders.wake_signals import connect_wake_signals

    has_tray = reminders.tray.show()
    qapp.setQuitOnLastWindowClosed(not has_tray)
    reminders.answering.close_guard.enabled = not has_tray  # without a tray: ask once on close
    connect_wake_signals(reminders.scheduler.check_now, qapp, window)
    QTimer.singleShot(
        0, reminders.watcher.refresh
    )  # read in a worker thread, after the window is up
    qapp.aboutToQuit.connect(reminders.watcher.close)  # no calendar read outlives the app
    QTimer.singleShot(0, reminders.scheduler.start)
    return has_tray
