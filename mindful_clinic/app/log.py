"""The practice log: check-ins around every practice, the record saved safely, History, Insights
and the Privacy tab.

The store (and TinyDB with it) opens just after the window is shown, never before it, and in a
worker thread (``services/log/opening.py``), delivered back to the window's thread by a queued
signal, so neither the window nor the tray and reminders wait for it, however long the log; a
damaged file found then is reported once in the message bar. Anything that needs the store
before it has arrived waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from mindful_clinic.ui.shell.i18n import translate

if TYPE_CHECKING:
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.core.log.quiet_rest import QuietRestReport
    from mindful_clinic.core.ports import LogBook
    from mindful_clinic.core.time.clock import Clock
    from mindful_clinic.services.log.opening import OpenInBackground
    from mindful_clinic.services.sync.control import LogHandle
    from mindful_clinic.ui.log.actions import LogActions
    from mindful_clinic.ui.log.checkin import CheckInWidget
    from mindful_clinic.ui.log.history import HistoryView
    from mindful_clinic.ui.log.insights import InsightsView
    from mindful_clinic.ui.log.private_summary import PrivateNotes
    from mindful_clinic.ui.practice.catalog_model import CatalogModel


class PracticeLog(QObject):
    """The log's store and actions, each made when first needed."""

    all_deleted = Signal()
    """"Delete all my data" removed the log; the root removes the rest."""
    arrived = Signal()
    """Files from another computer were merged (a synced folder is set): the views re-read."""
    opened = Signal()
    """The log arrived from the worker that opened it (pages may refresh)."""
    folder_changed = Signal()
    """Syncing was switched on or off, or another computer wrote to the synced folder: the other
    personal lists (reflections, self-checks) read it again."""

    def __init__(
        self, folder: Path, clock: Clock, window: QWidget, say: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.folder = folder
        self.clock = clock
        self.window = window
        self.say = say
        self._handle: LogHandle | None = None  # over this computer's log, or the merged synced one
        self._watcher: Any = None
        self._actions: LogActions | None = None
        self._opening: OpenInBackground | None = None
        self.history: HistoryView | None = None
        """The practice log's History, once made (the History page shows it beside Reflections)."""
        self.notes: PrivateNotes | None = None
        """Reflections and self-checks for the summary and the private export (the root sets it)."""
        self.catalog: CatalogModel | None = None
        """The practices on offer (the root sets it): History and Insights name them by it."""

    def _open_log(self) -> LogHandle:
        """A handle over the log: merged when a synced folder is set; it follows a switch in
        Settings."""
        from mindful_clinic.services.sync.control import LogHandle
        from mindful_clinic.services.sync.switch import open_log

        return LogHandle(lambda: open_log(self.clock, self.folder))

    @property
    def handle(self) -> LogHandle:
        """The log, opened now if the worker has not delivered it yet."""
        if self._handle is None and self._opening is not None:
            self._opening.finished.wait()  # needed before the worker delivered it: wait
            self._adopt()
        if self._handle is None:
            self._handle = self._open_log()
            for problem in self._handle.problems:
                self.say(problem.message)
        return self._handle

    @property
    def store(self) -> LogBook:
        """The log as History, Insights, the check-ins and the log's actions use it."""
        return self.handle

    @property
    def actions(self) -> LogActions:
        if self._actions is None:
            from mindful_clinic.services.storage.atomic import SafeFiles
            from mindful_clinic.services.storage.privacy import erased_text
            from mindful_clinic.ui.log.actions import LogActions

            self._actions = LogActions(
                self.store, self.clock, self.window, SafeFiles(), erased_text(), self.notes
            )
            self._actions.message.connect(self.say)
            self._actions.all_deleted.connect(self.all_deleted)
            self._actions.synced_folder = self.synced_folder
            self._actions.forget_here = self._forget_here
        return self._actions

    def open(self) -> None:
        """Open the log in a worker (after the window is shown); a busy or damaged log is said."""
        if self._handle is not None or self._opening is not None:
            return
        from mindful_clinic.services.log.opening import OpenInBackground

        self._opening = OpenInBackground(self._open_log)
        self._opening.signals.done.connect(self._adopt, Qt.ConnectionType.QueuedConnection)
        self._opening.start()

    def _adopt(self) -> None:
        job, self._opening = self._opening, None
        if job is None:
            return
        store, error = job.result
        if error is not None:
            self.say(translate("PracticeLog", "Your practice log could not be opened: %s") % error)
        elif store is not None and self._handle is None:
            self._handle = store
            for problem in store.problems:
                self.say(problem.message)
            self._watch(store)
            self.opened.emit()

    def _watch(self, store: LogHandle) -> None:
        """Watch the synced folder (if one is set) and merge what arrives while running."""
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        synced = store.synced
        if synced is not None:
            from mindful_clinic.services.sync.watch import FolderWatcher

            self._watcher = FolderWatcher(synced, self)
            self._watcher.changed.connect(self._merge_arrivals)

    def reopen(self) -> None:
        """After syncing was switched on or off in Settings: the log from its new place."""
        self.handle.reopen()
        self._watch(self.handle)
        self.arrived.emit()
        self.folder_changed.emit()

    def synced_folder(self) -> str | None:
        """The synced folder this log reads, or None when it is this computer's own."""
        if self._handle is None:
            from mindful_clinic.services.sync.follow import synced_folder_if_any

            folder = synced_folder_if_any()
            return str(folder) if folder is not None else None
        synced = self.handle.synced
        return str(synced) if synced is not None else None

    def _forget_here(self) -> None:
        """ "Delete from this computer only": stop syncing; the log becomes this computer's."""
        from mindful_clinic.services.sync.erase import erase_here

        erase_here()
        self.handle.reopen()
        self._watch(self.handle)
        self.folder_changed.emit()

    def _merge_arrivals(self) -> None:
        from mindful_clinic.services.sync.erase import honour_erase

        self.folder_changed.emit()
        handle = self.handle
        synced, device = handle.synced, handle.device
        if synced is not None and device is not None and honour_erase(synced, device.id):
            handle.reopen()  # "delete everywhere", asked on another computer
            self.arrived.emit()
            return
        try:
            changed = handle.refresh()
        except (OSError, RuntimeError):
            return  # busy or unreadable for a moment: the next change or poll tries again
        if changed:
            self.arrived.emit()

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        if self._handle is not None:
            self._handle.close()

    def save(self, outcome: PracticeOutcome | None) -> None:
        """Every practice, finished or stopped early, becomes one record (None: backed out)."""
        if outcome is None:
            return
        from mindful_clinic.core.log.records import RecordError, record_from_outcome
        from mindful_clinic.core.ports import LogStoreError
        from mindful_clinic.services.log.lock import LogBusyError

        try:
            self.store.add(record_from_outcome(outcome))
        except (RecordError, LogStoreError, LogBusyError, OSError) as exc:
            self.say(
                translate("PracticeLog", "This practice could not be saved in your log: %s") % exc
            )

    def checkin(self, _kind: str, allow_note: bool) -> CheckInWidget:
        from mindful_clinic.ui.log.checkin import CheckInWidget

        return CheckInWidget(None, allow_note, self.clock)

    def practice_name(self, practice_id: str) -> str | None:
        """A shipped practice's name in the app's language (a session logged while the app spoke
        English reads in German once it does), or None: a practice no longer shipped, or the
        user's own, keeps the title it was logged with. Only what is shown: the log, its exports
        and ``mindful-clinic log`` keep the stored title."""
        entry = self.catalog.catalog.get(practice_id) if self.catalog is not None else None
        return entry.title if entry is not None and not entry.custom else None

    def quiet_rest(self) -> QuietRestReport:
        """The quiet-rest comparison for Insights, each practice named as ``practice_name`` does."""
        from dataclasses import replace

        report = self.store.quiet_rest()
        named = [
            replace(c, title=self.practice_name(c.practice_id) or c.title)
            for c in report.comparisons
        ]
        return replace(report, comparisons=tuple(named))

    def make_history(self) -> QWidget:
        from mindful_clinic.ui.log.history import HistoryView

        a = self.actions
        actions = [a.export_action, a.import_action, a.pdf_action, a.private_export_action]
        self.history = HistoryView(self.store, self.clock, actions)
        self.history.model.set_practice_names(self.practice_name)
        self.arrived.connect(self.history.refresh)  # another computer's changes arrived
        return self.history

    def make_insights(self) -> InsightsView:
        from mindful_clinic.ui.log.insights import InsightsView

        view = InsightsView(self.store, self.clock, practice_name=self.practice_name)
        self.arrived.connect(view.refresh)
        return view

    def make_privacy(self) -> QWidget:
        from PySide6.QtWidgets import QLabel, QVBoxLayout

        from mindful_clinic.services.sync.control import SyncControl
        from mindful_clinic.ui.log.actions import privacy_section
        from mindful_clinic.ui.sync.privacy import privacy_text
        from mindful_clinic.ui.sync.settings import SyncSection

        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        privacy = privacy_section(self.actions)
        col.addWidget(privacy)
        sync = SyncSection(SyncControl(self.clock, self.reopen))
        col.addWidget(sync)
        col.addStretch(1)  # the sections sit at the top; the room left stays below them
        about = privacy.findChild(QLabel, "privacyAbout")
        where = privacy.findChild(QLabel, "privacyWhere")

        def say_where() -> None:  # the wording follows the sync state
            if about is not None:
                about.setText(privacy_text(self.synced_folder()))
            if where is not None:
                where.setText(str(self.store.folder))

        say_where()
        sync.changed.connect(say_where)
        self.actions.all_deleted.connect(say_where)
        self.actions.all_deleted.connect(sync.refresh)
        return page
