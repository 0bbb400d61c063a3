"""The practice log: check-ins around every practice, the record saved safely, History and Insights.

The store (and TinyDB with it) opens just after the window is shown, never before it, so start-up
stays light; a damaged file found then is reported once in the message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mindful_clinic.core.time.clock import Clock

if TYPE_CHECKING:
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.services.log.store import LogStore
    from mindful_clinic.ui.log.actions import LogActions


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class LogWiring:
    def __init__(
        self,
        clock: Clock,
        window: QWidget,
        say: Callable[[str], None],
        also_delete: list[tuple[Callable[[], None], str]] | None = None,
    ) -> None:
        self.clock = clock
        self.window = window
        self.say = say
        self._store: LogStore | None = None
        self._actions: LogActions | None = None
        self._also_delete = also_delete or []

    @property
    def store(self) -> LogStore:
        if self._store is None:
            from mindful_clinic.services.log.store import LogStore

            self._store = LogStore(clock=self.clock)
            for problem in self._store.problems:
                self.say(problem.message)
        return self._store

    @property
    def actions(self) -> LogActions:
        if self._actions is None:
            from mindful_clinic.ui.log.actions import LogActions

            self._actions = LogActions(self.store, self.clock, self.window)
            self._actions.message.connect(self.say)
            for deleter, text in self._also_delete:
                self._actions.also_delete.append(deleter)
                self._actions.also_delete_text = text
        return self._actions

    def open(self) -> None:
        """Open the log now (after the window is shown), reporting a busy or damaged log."""
        try:
            _ = self.store
        except Exception as exc:
            self.say(
                QCoreApplication.translate("App", "Your practice log could not be opened: %s") % exc
            )

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def save(self, outcome: PracticeOutcome) -> None:
        """Every practice, finished or stopped early, becomes one record."""
        from mindful_clinic.core.log.records import RecordError, record_from_outcome
        from mindful_clinic.services.log.lock import LogBusyError
        from mindful_clinic.services.log.store import LogStoreError

        try:
            self.store.add(record_from_outcome(outcome))
        except (RecordError, LogStoreError, LogBusyError, OSError) as exc:
            self.say(
                QCoreApplication.translate(
                    "App", "This practice could not be saved in your log: %s"
                )
                % exc
            )

    def checkin(self, _kind: str, allow_note: bool) -> QWidget:
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
