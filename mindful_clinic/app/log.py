"""The practice log: check-ins around every practice, the record saved safely, History, Insights
and the Privacy tab.

The store (and TinyDB with it) opens just after the window is shown, never before it, so start-up
stays light; a damaged file found then is reported once in the message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mindful_clinic.ui.shell.i18n import translate

if TYPE_CHECKING:
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.core.time.clock import Clock
    from mindful_clinic.services.log.store import LogStore
    from mindful_clinic.ui.log.actions import LogActions
    from mindful_clinic.ui.log.checkin import CheckInWidget
    from mindful_clinic.ui.log.history import HistoryView
    from mindful_clinic.ui.log.private_summary import PrivateNotes


class PracticeLog(QObject):
    """The log's store and actions, each made when first needed."""

    all_deleted = Signal()
    """"Delete all my data" removed the log; the root removes the rest."""

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
        self.history: HistoryView | None = None
        self.notes: PrivateNotes | None = None
        """Reflections and self-checks for the summary and the private export (the root sets it)."""
        """The practice log's History, once made (the History page shows it beside Reflections)."""

    @property
    def store(self) -> LogStore:
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
                self.store, self.clock, self.window, SafeFiles(), erased_text(), self.notes
            )
            self._actions.message.connect(self.say)
            self._actions.all_deleted.connect(self.all_deleted)
        return self._actions

    def open(self) -> None:
        """Open the log now (after the window is shown), reporting a busy or damaged log."""
        try:
            _ = self.store
        except Exception as exc:
            self.say(translate("PracticeLog", "Your practice log could not be opened: %s") % exc)

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
        actions = [a.export_action, a.import_action, a.pdf_action, a.private_export_action]
        self.history = HistoryView(self.store, self.clock, actions)
        return self.history

    def make_insights(self) -> QWidget:
        from mindful_clinic.ui.log.insights import InsightsView

        return InsightsView(self.store, self.clock)

    def make_privacy(self) -> QWidget:
        from mindful_clinic.ui.log.actions import privacy_section

        return privacy_section(self.actions)
