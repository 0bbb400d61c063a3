"""One practice from choice to record: set-up, a first-use caution, check-in, practice, check-in.

The flow owns the order of screens and nothing else: each screen is built by a factory the app gives
it, so breath, guided and future kinds of practice share the same path into the log.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from mindful_clinic.core.log.outcome import PracticeOutcome
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.practice.closing import ClosingScreen
from mindful_clinic.ui.practice.session_view import SessionView
from mindful_clinic.ui.practice.setup_screen import SetupScreen

if TYPE_CHECKING:
    from mindful_clinic.ui.log.checkin import CheckInWidget


@dataclass
class PreparedPractice:
    """A practice ready to run: its session, its screen, and how to describe it in the log."""

    session: PracticeSession
    view: SessionView
    variant: str = ""
    tempo: float = 1.0
    notice: str | None = None
    """A caution to show once before the first use (e.g. breath holds), keyed by notice_id."""
    notice_id: str | None = None


class PracticeKind(Protocol):
    """Knows how to set up and build one kind of practice (breath, guided...)."""

    def setup_widget(self, entry: CatalogEntry) -> SetupScreen: ...

    def prepare(self, entry: CatalogEntry, choice: Any) -> PreparedPractice: ...

    def remember(self, entry: CatalogEntry, choice: Any) -> None: ...


CheckInFactory = Callable[[str, bool], "CheckInWidget"]
"""(question kind "before"/"after", allow_note) -> the check-in, whose ``answered(object)`` signal
emits (rating or None, note)."""


class PracticeFlow(QObject):
    finished = Signal(object)
    """Emits the PracticeOutcome (also for stopped practices); None if the user backed out. A
    practice that ran emits it once, as its closing screen is left (Done, Again), or as the user
    goes elsewhere or quits while it is under way or waits (``leave``, ``settle``,
    ``keep_before_quit``)."""
    support_requested = Signal()

    def __init__(
        self,
        stack: QStackedWidget,
        kinds: dict[str, PracticeKind],
        clock: Clock,
        *,
        checkin_factory: CheckInFactory | None = None,
        notice_seen: Callable[[str], bool] = lambda _id: False,
        mark_notice_seen: Callable[[str], None] = lambda _id: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack = stack
        self.kinds = kinds
        self.clock = clock
        self.checkin_factory = checkin_factory
        self._notice_seen = notice_seen
        self._mark_notice_seen = mark_notice_seen
        self.entry: CatalogEntry | None = None
        self.prepared: PreparedPractice | None = None
        self.outcome: PracticeOutcome | None = None
        self._stress_before: int | None = None
        self._current: QWidget | None = None
        self._choice: Any = None
        self.closing: ClosingScreen | None = None
        """The quiet screen at the end of a practice, while it is on show."""
        self._after: CheckInWidget | None = None
        """The rating after the practice, while it waits for an answer."""

    @property
    def current_widget(self) -> QWidget | None:
        return self._current

    @property
    def practice_id(self) -> str:
        """The id of the practice opened last, "" before the first."""
        return self.entry.id if self.entry is not None else ""

    def open(self, entry: CatalogEntry, seconds: int | None = None) -> None:
        """The practice's set-up page, its length chosen nearest ``seconds`` if given (the time
        chosen on the home screen), else the user's usual length."""
        kind = self.kinds.get(entry.kind)
        if kind is None:
            return
        self.settle()
        self.entry = entry
        setup = kind.setup_widget(entry)
        if seconds:
            setup.choose_length(seconds)
        setup.start_requested.connect(self._start_requested)
        setup.back_requested.connect(self.cancel)
        self._show(setup)

    @property
    def practising(self) -> bool:
        """A practice is on screen and not yet over (its set-up, ratings and closing are not)."""
        view = self._current
        return (
            isinstance(view, SessionView)
            and self.prepared is not None
            and view is self.prepared.view
            and not view.ended_emitted
        )

    @property
    def under_way(self) -> bool:
        """The practice or one of its check-ins is on screen: a reminder falling due now is
        answered by this practice (issue #15). The set-up page, the closing screen and the
        reflection prompt are not: left on screen by a clinician called away, they would
        silence every reminder for the rest of the day."""
        if self.stack.currentWidget() is not self._current:  # home shown, the flow set aside
            return False
        if self.practising:
            return True
        return (
            self.prepared is not None
            and self._current is not None
            and self._current is not self.prepared.view
            and self._current is not self.closing
        )

    def leave(self) -> None:
        """The user went home (Ctrl+1) from wherever the flow is. A set-up page or the rating
        before is left as Back leaves it; a running practice is stopped and recorded as stopped
        early, with the ratings it has; the rating after and the closing screen are recorded as
        they stand (``settle``). Nothing is asked: going home is what the user chose."""
        if self._current is None:
            return
        if self.practising:
            self._stop_running()
            self._finish()
        elif not self.settle():
            self.cancel()

    def keep_before_quit(self) -> None:
        """The app is quitting (or the desktop session ending): every practice that ran is
        recorded, as Ctrl+1 records it; a set-up page or the rating before, where nothing ran
        yet, is left unrecorded. Safe to call more than once: nothing is recorded twice."""
        try:
            if self.practising:
                self._stop_running()
                self._finish()
            else:
                self.settle()
        except RuntimeError:  # the window is already gone: nothing on screen to record
            return

    def _stop_running(self) -> None:
        """Stop the practice on screen (its session, its voice) and take its outcome as it is:
        stopped early, with the rating before if one was given."""
        assert self.prepared is not None
        view = self.prepared.view
        view.ended.disconnect(self._practice_ended)
        view.stop()
        self.outcome = self._outcome(completed=False)

    def start_now(self, entry: CatalogEntry, seconds: int | None = None) -> bool:
        """ "Start now" from a reminder: no set-up page, straight to the before-rating (if check-ins
        are on) and then the practice, at ``seconds`` (the reminder's suggestion; None or 0: the
        user's usual length). The user's other usual choices (holds, tempo...) are kept, and the
        suggested length is not remembered as their choice. False if the kind is unknown."""
        kind = self.kinds.get(entry.kind)
        if kind is None:
            return False
        self.settle()
        self.entry = entry
        usual = getattr(kind, "usual_choice", None)  # straight from the saved choices: no widgets
        choice = usual(entry) if callable(usual) else self._choice_from_setup(kind, entry)
        if choice is None:
            return False
        self._start_requested(with_length(choice, seconds), remember=False)
        return True

    @staticmethod
    def _choice_from_setup(kind: PracticeKind, entry: CatalogEntry) -> Any:
        """A kind that cannot tell its usual choice: read it from a set-up screen never shown."""
        setup = kind.setup_widget(entry)
        read = getattr(setup, "choice", None) or getattr(setup, "options", None)
        choice = read() if callable(read) else None
        setup.deleteLater()
        return choice

    def cancel(self) -> None:
        self._clear()
        self.finished.emit(None)

    def _start_requested(self, choice: Any, remember: bool = True) -> None:
        assert self.entry is not None
        kind = self.kinds[self.entry.kind]
        if remember:
            kind.remember(self.entry, choice)
        prepared = kind.prepare(self.entry, choice)
        self._choice = choice
        if prepared.notice and prepared.notice_id and not self._notice_seen(prepared.notice_id):
            notice_box(self.stack, prepared.notice).exec()
            self._mark_notice_seen(prepared.notice_id)
        self.prepared = prepared
        self.outcome = None
        self._stress_before = None
        if self.checkin_factory is not None:
            checkin = self.checkin_factory("before", False)
            checkin.answered.connect(self._before_answered)
            self._show(checkin)
        else:
            self._run()

    def _before_answered(self, answer: tuple[int | None, str]) -> None:
        self._stress_before = answer[0]
        self._run()

    def _run(self) -> None:
        assert self.prepared is not None
        self._started_wall = self.clock.now()
        view = self.prepared.view
        view.ended.connect(self._practice_ended)
        view.support_requested.connect(self.support_requested)
        self._show(view)
        view.begin()

    def _practice_ended(self, completed: bool) -> None:
        self.outcome = self._outcome(completed)
        if self.checkin_factory is not None:
            checkin = self.checkin_factory("after", True)
            checkin.answered.connect(self._after_answered)
            self._after = checkin
            self._show(checkin)
        else:
            self._close_moment(offer_note=True)

    def _outcome(self, completed: bool) -> PracticeOutcome:
        assert self.prepared is not None and self.entry is not None
        session = self.prepared.session
        return PracticeOutcome(
            practice_id=self.entry.id,
            practice_title=self.entry.title,
            started_at=self._started_wall,
            ended_at=self.clock.now(),
            planned_s=round(session.planned_s, 3),
            actual_s=round(session.elapsed_s, 3),
            completed=completed,
            variant=self.prepared.variant,
            tempo=self.prepared.tempo,
            stress_before=self._stress_before,
        )

    def _after_answered(self, answer: tuple[int | None, str]) -> None:
        assert self.outcome is not None
        self._after = None
        self.outcome.stress_after = answer[0]
        self.outcome.note = answer[1] or ""
        self._close_moment(offer_note=False)

    def _close_moment(self, offer_note: bool) -> None:
        """The quiet closing screen: what was done, then Done or Again (and a note if none was
        asked for yet). The outcome is recorded as it is left."""
        assert self.outcome is not None
        closing = ClosingScreen(self.outcome, offer_note=offer_note)
        closing.done_requested.connect(self._finish)
        closing.again_requested.connect(self.again)
        self.closing = closing
        self._show(closing)
        closing.done_button.setFocus()

    @property
    def waiting(self) -> bool:
        """A practice has ended and waits on screen for its rating after or its closing screen
        (``settle`` records it)."""
        current = self._current
        return (
            self.outcome is not None
            and current is not None
            and (current is self.closing or current is self._after)
        )

    def settle(self) -> bool:
        """Record a practice that has ended and waits for its rating after or on its closing
        screen, as it stands: a rating chosen and a note typed are kept, as if Done was pressed.
        For when the user goes elsewhere (another page, the window closed to the tray, another
        practice started) or the app quits. True if it recorded one; nothing happens otherwise,
        and a practice still running is left running."""
        if not self.waiting:
            return False
        after = self._after
        if after is not None and self._current is after and self.outcome is not None:
            self.outcome.stress_after, self.outcome.note = chosen_answer(after)
        self._finish()
        return True

    def again(self) -> None:
        """The same practice once more, with the same choices: recorded, then the before-rating."""
        entry, choice = self.entry, self._choice
        self._finish()
        if entry is not None and choice is not None and entry.kind in self.kinds:
            self.entry = entry
            self._start_requested(choice, remember=False)

    def _finish(self) -> None:
        outcome = self.outcome
        closing = self.closing
        if outcome is not None and closing is not None and closing.note and not outcome.note:
            outcome.note = closing.note
        self.closing = None
        self._clear()
        self.finished.emit(outcome)

    def _show(self, widget: QWidget) -> None:
        old = self._current
        self._current = widget  # first: the stack's currentChanged asks what is on show
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        widget.setFocus()
        if old is not None and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _clear(self) -> None:
        """Nothing of the flow on screen, and nothing of its last practice kept: a practice
        recorded (or backed out of) can never be recorded again."""
        if self._current is not None:
            self.stack.removeWidget(self._current)
            self._current.deleteLater()
            self._current = None
        self.prepared = None
        self.outcome = None
        self._after = None
        self.closing = None


def chosen_answer(checkin: CheckInWidget) -> tuple[int | None, str]:
    """What the rating after holds now, unanswered: the rating chosen (a digit pressed, a
    button clicked) and the note typed, as Done would send them."""
    return checkin.selected, checkin.note.text().strip()


def with_length(choice: Any, seconds: int | None) -> Any:
    """``choice`` at ``seconds``: a breath ``PracticeChoice`` (``duration_s``) or guided options
    (``length_s``); unchanged when no length is suggested."""
    if not seconds:
        return choice
    if hasattr(choice, "_replace") and "duration_s" in getattr(choice, "_fields", ()):
        return choice._replace(duration_s=seconds)
    if dataclasses.is_dataclass(choice) and hasattr(choice, "length_s"):
        return dataclasses.replace(choice, length_s=seconds)  # type: ignore[type-var]
    return choice


def notice_box(parent: QWidget, text: str) -> QMessageBox:
    """The caution shown once before a first use: the product's name and what it is in the title
    bar, the standard information icon, a plain OK (no style's picture on it)."""
    box = QMessageBox(parent)
    title = QCoreApplication.translate("PracticeFlow", "Mindful Clinic: before you start")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setIcon(QIcon())
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    return box
