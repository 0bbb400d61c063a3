"""Reminders: the saved rules, the calendars, one sleep-proof timer, the tray or a corner notice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.core.reminders.gaps import practice_candidates
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.reminders.calendar_import import CalendarCache
from mindful_clinic.services.reminders.calendar_read import LIMITS
from mindful_clinic.services.reminders.calendar_watcher import CalendarWatcher
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.notice import ReminderNotice
from mindful_clinic.ui.reminders.presenter import ReminderPresenter
from mindful_clinic.ui.reminders.tray import Tray


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


@dataclass
class RemindersWiring:
    store: ReminderStore
    cache: CalendarCache
    watcher: CalendarWatcher
    scheduler: ReminderScheduler
    tray: Tray
    notice: ReminderNotice
    presenter: ReminderPresenter
    session_button: QPushButton | None = None

    def set_catalog(self, catalog: Catalog) -> None:
        self.scheduler.candidates = practice_candidates(catalog.entries())
        self.scheduler.reschedule()

    def make_settings(self) -> QWidget:
        from mindful_clinic.services.desktop.autostart import Autostart
        from mindful_clinic.ui.reminders.settings import ReminderSettingsPage

        page = ReminderSettingsPage(self.store, self.watcher, Autostart())
        self.watcher.changed.connect(page.show_calendars)
        page.calendars_changed.connect(self.scheduler.reschedule)
        return page

    def make_session_button(self) -> QPushButton:
        """ "In session": no reminder until switched off or the current appointment ends."""
        button = QPushButton(QCoreApplication.translate("App", "In session: off"))
        button.setCheckable(True)
        button.setAccessibleName(
            QCoreApplication.translate("App", "In session: hold all reminders")
        )
        button.setToolTip(
            QCoreApplication.translate(
                "App",
                "While on, no reminder appears. It switches itself off when the calendar's current "
                "appointment ends.",
            )
        )

        def toggled(on: bool) -> None:
            self.scheduler.set_in_session(on, until_appointment_end=on)

        def refresh() -> None:
            on = self.scheduler.in_session_until() is not None
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
            button.setText(
                QCoreApplication.translate("App", "In session: on")
                if on
                else QCoreApplication.translate("App", "In session: off")
            )

        button.toggled.connect(toggled)
        self.scheduler.state_changed.connect(refresh)
        self.scheduler.next_changed.connect(lambda _next: refresh())  # ends with the appointment
        self.session_button = button
        refresh()
        return button


def wire_reminders(
    settings: SettingsStore,
    clock: Clock,
    catalog: Callable[[], Catalog],
    window: QWidget,
    sounds_muted: bool,
) -> RemindersWiring:
    store = ReminderStore(settings)
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
        candidates=practice_candidates(catalog().entries()),
        parent=window,
    )

    def category(pid: str) -> str | None:
        entry = catalog().get(pid)
        return entry.category if entry is not None else None

    tray = Tray(scheduler, icon=None, sounds_muted=sounds_muted, parent=window)
    notice = ReminderNotice(clock, lambda: scheduler.tz, category)
    presenter = ReminderPresenter(scheduler, notice, tray, category, parent=window)
    scheduler.time_jumped.connect(lambda _kind: watcher.refresh())
    watcher.changed.connect(scheduler.reschedule)
    return RemindersWiring(store, cache, watcher, scheduler, tray, notice, presenter)


def start_reminders(wiring: RemindersWiring, qapp: QApplication, window: QWidget) -> bool:
    """After the window is shown: the tray, the first calendar read, the one timer. True if a tray."""
    from mindful_clinic.services.reminders.wake_signals import connect_wake_signals

    has_tray = wiring.tray.show()
    qapp.setQuitOnLastWindowClosed(not has_tray)
    connect_wake_signals(wiring.scheduler.check_now, qapp, window)
    QTimer.singleShot(0, wiring.watcher.refresh)  # read in a worker thread, after the window is up
    QTimer.singleShot(0, wiring.scheduler.start)
    return has_tray
