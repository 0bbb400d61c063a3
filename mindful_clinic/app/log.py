"""The practice log: check-ins around every practice, the record saved safely, History, Insights
and the Privacy tab.

The store (and TinyDB with it) opens just after the window is shown, never before it, and in a
worker thread (QThreadPool), delivered back to the window's thread by a queued signal, so neither the
window nor the tray and reminders wait for it, however long the log; a damaged file found then is
reported once in the message bar. Anything that needs the store before it has arrived waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from mindful_clinic.ui.shell.i18n import translate

if TYPE_CHECKING:
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.core.time.clock import Clock
    from mindful_clinic.services.log.store import LogStore
    from mindful_clinic.ui.log.actions import LogActions
    from mindful_clinic.ui.log.checkin import CheckInWidget


class _Opened(QObject):
    done = Signal()


class _OpenInBackground(QRunnable):
    """Opens the store off the window's thread; ``result`` is (store, None) or (None, error)."""

    def __init__(self, folder: Path, clock: Clock) -> None:
        super().__init__()
        self.folder, self.clock = folder, clock
        self.result: tuple[LogStore | None, str | None] = (None, None)
        self.finished = threading.Event()
        self.signals = _Opened()  # made on the window's thread: its signal is delivered there

    def run(self) -> None:
        try:
            from mindful_clinic.services.log.store import LogStore

            self.result = (LogStore(self.folder, self.clock), None)
        except Exception as exc:  # a busy or unreadable log: said in the message bar
            self.result = (None, str(exc))
        self.finished.set()
        self.signals.done.emit()


class PracticeLog(QObject):
    """The log's store and actions, each made when first needed."""

    all_deleted = Signal()
    """"Delete all my data" removed the log; the root removes the rest."""
    opened = Signal()
    """The store arrived from the worker that opened it (pages may refresh)."""

    def __init__(
        self, folder: Path, clock: Clock, window: QWidget, say: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.folder = folder
        self.clock = clock
        self.window = window
        self.say = say
        self._store: LogStore | None = None
        self._actions: LogActions | None = None
        self._opening: _OpenInBackground | None = None

    @property
    def store(self) -> LogStore:
        if self._store is None and self._opening is not None:
            self._opening.finished.wait()  # needed before the worker delivered it: wait
            self._adopt()
        if self._store is None:
            from mindful_clinic.services.log.store import LogStore

            self._store = LogStore(self.folder, self.clock)
            for problem in self._store.problems:
                self.say(problem.message)
        return self._store

    @property
    def actions(self) -> LogActions:
        if self._actions is None:
            from mindful_clinic.services.storage.atomic import SafeFiles
            from mindful_clinic.services.storage.privacy import erased_text
            from mindful_clinic.ui.log.actions import LogActions

            self._actions = LogActions(
                self.store, self.clock, self.window, SafeFiles(), erased_text()
            )
            self._actions.message.connect(self.say)
            self._actions.all_deleted.connect(self.all_deleted)
        return self._actions

    def open(self) -> None:
        """Open the log in a worker (after the window is shown); a busy or damaged log is said."""
        if self._store is not None or self._opening is not None:
            return
        from PySide6.QtCore import Qt  # here: the Qt namespace costs start-up time to build

        self._opening = _OpenInBackground(self.folder, self.clock)
        self._opening.setAutoDelete(False)
        self._opening.signals.done.connect(self._adopt, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(self._opening)

    def _adopt(self) -> None:
        job, self._opening = self._opening, None
        if job is None:
            return
        store, error = job.result
        if error is not None:
            self.say(translate("PracticeLog", "Your practice log could not be opened: %s") % error)
        elif store is not None and self._store is None:
            self._store = store
            for problem in store.problems:
                self.say(problem.message)
            self.opened.emit()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

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

    def make_history(self) -> QWidget:
        from mindful_clinic.ui.log.history import HistoryView

        a = self.actions
        return HistoryView(self.store, self.clock, [a.export_action, a.import_action, a.pdf_action])

    def make_insights(self) -> QWidget:
        from mindful_clinic.ui.log.insights import InsightsView

        return InsightsView(self.store, self.clock)

    def make_privacy(self) -> QWidget:
        from mindful_clinic.ui.log.actions import privacy_section

        return privacy_section(self.actions)
