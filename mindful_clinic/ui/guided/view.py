"""The guided practice screen: big caption, step title, progress, body map, and a Stop always in view.

Like the pacer, the screen never keeps time itself: a QTimer only asks for a refresh, and each
refresh reads the session's clock-derived position. Which step is on screen and heard is the
SpeechPacer's answer (core/guided/pacing.py): a step still speaking when its time ends finishes its
words and the next step waits for it, giving up as much of its own silence, so no sentence is cut
and the practice keeps its length (captions are always on screen, voice or not). Stop leads to a
neutral grounding screen (content-spec 8.3) before the practice ends. Keys: Space pauses or resumes,
Esc stops, Left and Right go to the previous and next step.

A step that invites a typed answer shows a calm box under the caption (``answer_box``): typing
pauses the practice, Enter goes on, Esc skips. What was typed is kept only if the user chooses so on
the page shown at the end (``KeepWords``); it is never spoken, logged or shown on a shared screen
(``answers=False`` there), and without a ``keeper`` no box is offered.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.guided.answers import AnswerSheet
from mindful_clinic.core.guided.pacing import SpeechPacer
from mindful_clinic.core.guided.practice import GuidedPlan, GuidedStep
from mindful_clinic.core.ports import Speaker
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.breath.pacer_view import format_clock
from mindful_clinic.ui.guided.answer_box import AnswerBox, KeepWords, WordsKeeper
from mindful_clinic.ui.guided.body_map import BodyMap
from mindful_clinic.ui.practice.grounding import GroundingScreen
from mindful_clinic.ui.practice.session_view import SessionView
from mindful_clinic.ui.shell.quiet_progress import QuietProgressBar
from mindful_clinic.ui.shell.shortcuts import SUPPORT_KEY
from mindful_clinic.ui.shell.theme import scaled_font
from mindful_clinic.ui.sound.voice_button import VoiceButton

REFRESH_MS = 250
"""Only the clock display needs this; step changes are caught exactly by the boundary timer."""


class GuidedView(SessionView):
    step_changed = Signal(int)
    """A new step is on screen (its index in the plan)."""

    def __init__(
        self,
        session: PracticeSession,
        practice: GuidedPlan,
        speaker: Speaker,
        clock: Clock,
        *,
        voice: bool = True,
        keeper: WordsKeeper | None = None,
        answers: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``keeper`` keeps the words the user chooses to keep; ``answers=False`` (a shared
        screen) or no keeper: no answer box at all."""
        super().__init__(session, REFRESH_MS, parent)
        self.plan = practice
        self.speaker = speaker
        self.clock = clock
        self.voice = voice
        self.shown_index: int | None = None
        self.pacer = SpeechPacer([s.speech for s in practice.steps], speaker, clock)
        self.pacer.voice = voice
        self.spoken: list[int] = []
        """Indices of the steps spoken so far, in order (for tests and the benchmark)."""
        """Tells a screen reader each new step, once."""
        self.setAccessibleName(self.tr("Guided practice: %s") % practice.practice.title)

        title = QLabel(practice.practice.title)
        title.setFont(scaled_font(self, 1.3, QFont.Weight.DemiBold))
        self.remaining = QLabel()
        self.remaining.setFont(scaled_font(self, 1.2))
        self.remaining.setAccessibleDescription(self.tr("Time remaining"))
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.remaining)

        self.step_title = QLabel()
        self.step_title.setFont(scaled_font(self, 1.5, QFont.Weight.DemiBold))
        self.step_title.setAccessibleDescription(self.tr("Step"))
        self.step_count = QLabel()
        self.step_count.setProperty("role", "muted")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setFont(scaled_font(self, 1.1))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setFont(scaled_font(self, 2.2))
        # The words in the middle of the screen, large, as a calm app shows them.
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.step_count, self.step_title, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption.setAccessibleDescription(self.tr("Guidance"))
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.caption.setMinimumWidth(scaled_font(self, 1.9).pointSize() * 16)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.step_count)
        words.addWidget(self.step_title)
        words.addWidget(self.note)
        words.addSpacing(12)
        words.addWidget(self.caption, 3)
        self.sheet = AnswerSheet()
        """What was typed in this sitting: in memory only, gone at the end unless kept."""
        self.keeper = keeper if answers else None
        self.answer_box: AnswerBox | None = None
        self.keep_page: KeepWords | None = None
        self._ended_as: bool | None = None
        self._typing_paused = False
        self.kept_message = ""
        """What became of the typed words at the end ("" if let go or none were typed)."""
        if self.keeper is not None and any(s.answer for s in practice.steps):
            self.answer_box = AnswerBox(self.sheet)
            self.answer_box.typing_started.connect(self._typing)
            self.answer_box.finished.connect(self._answered)
            self.answer_box.skipped.connect(self._answered)
            words.addWidget(self.answer_box)
        words.addStretch(1)

        self.body_map: BodyMap | None = None
        middle = QHBoxLayout()
        middle.addLayout(words, 3)
        if practice.has_body_map:
            self.body_map = BodyMap(practice.regions())
            middle.addWidget(self.body_map, 2)

        self.progress = QuietProgressBar(steps=20)  # a screen reader hears 5 % steps
        self.progress.setAccessibleName(self.tr("Practice progress"))

        self.previous_button = QPushButton(self.tr("Previous step"))
        self.previous_button.setAccessibleName(self.tr("Previous step (Left arrow)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleDescription(self.tr("Pause or resume (Space)"))
        self.next_button = QPushButton(self.tr("Next step"))
        self.next_button.setAccessibleName(self.tr("Next step (Right arrow)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the practice (Esc)"))
        self.voice_button = VoiceButton(voice)  # on, off, or unavailable without an engine
        self.support_button = QPushButton(self.tr("If you are struggling"))
        self.support_button.setProperty("role", "quiet")
        self.support_button.setAccessibleName(self.tr("If you are struggling: support contacts"))
        self.support_button.setToolTip(SUPPORT_KEY)
        for button, tip in ((self.previous_button, "Left"), (self.pause_button, "Space"),
                            (self.next_button, "Right"), (self.stop_button, "Esc")):  # fmt: skip
            button.setToolTip(tip)
        self.previous_button.clicked.connect(self.previous_step)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next_step)
        self.stop_button.clicked.connect(self.stop)
        self.voice_button.toggled.connect(self.set_voice)
        self._label_voice()
        self.support_button.clicked.connect(self._support)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.previous_button, self.pause_button, self.next_button, self.stop_button):
            b.setFont(scaled_font(self, 1.1))
            b.setMinimumHeight(b.sizeHint().height() + 8)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))
        self.status.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.voice_button)
        footer.addWidget(self.status, 1)
        footer.addStretch(1)
        footer.addWidget(self.focus_button)
        footer.addWidget(self.support_button)

        practice_page = QWidget()
        col = QVBoxLayout(practice_page)
        col.setContentsMargins(28, 20, 28, 16)
        col.addLayout(header)
        col.addLayout(middle, 1)
        col.addWidget(self.progress)
        col.addLayout(buttons)
        col.addLayout(footer)

        self.grounding = GroundingScreen()
        self.grounding.continue_requested.connect(lambda: self._emit_ended(False))
        self.grounding.support_requested.connect(self.support_requested)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(practice_page)
        self._stack.addWidget(self.grounding)

        for key, slot in (
            (Qt.Key.Key_Left, self.previous_step),
            (Qt.Key.Key_Right, self.next_step),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- commands -----------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        state = self.session.state
        if state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        self.session.toggle_pause()
        if self.session.state is SessionState.PAUSED:
            self.pacer.pause()
        self.refresh()
        self.session_changed.emit()  # after the refresh: focus mode shows "Paused" too

    def next_step(self) -> None:
        self._move(self.session.next_segment)

    def previous_step(self) -> None:
        self._move(self.session.previous_segment)

    def _move(self, action: Callable[[], object]) -> None:
        if self.session.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        action()
        self.pacer.jump(self.session.position.index)
        self.shown_index = None  # a step chosen by the user is spoken again, even the same one
        self.announcer.reset()
        self.jumped.emit()
        self.refresh()

    def stop(self) -> None:
        """End early and show the grounding screen; ``ended(False)`` follows when the user is ready."""
        if self.keep_page is not None:  # Esc on the words at the end: they are let go
            self.keep_page.let_go()
            return
        if self._stack.currentWidget() is self.grounding:
            self._emit_ended(False)
            return
        if self.session.is_over:
            if self.pacer.busy:  # Stop during the last words, after the time is up: end now
                self.pacer.stop()
                self.refresh()
            return
        self.leave_focus()
        self.session.stop()
        self.pacer.stop()
        self.speaker.stop()
        self.timer.stop()
        self.boundary_timer.stop()
        self.session_changed.emit()
        self._stack.setCurrentWidget(self.grounding)
        self.grounding.setFocus()

    def set_voice(self, on: bool) -> None:
        self.voice = on
        if self.voice_button.isChecked() != on:
            self.voice_button.setChecked(on)
        self._label_voice()
        self.pacer.set_voice(on)

    def show_status(self, text: str) -> None:
        """A line beside the Voice button (why the voice is quiet, how to switch it)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def explain_voice(self, reason: str | None) -> None:
        """Say on screen why the voice is quiet ("muted", "quiet_hours") or, with None, how the
        Voice button works (shown the first time a guided practice is used)."""
        if reason == "muted":
            text = self.tr(
                "The voice is quiet because sound is muted; captions carry on. "
                "Press Voice to hear it anyway."
            )
        elif reason == "quiet_hours":
            text = self.tr(
                "The voice is quiet during your quiet hours; captions carry on. "
                "Press Voice to hear it anyway."
            )
        else:
            text = self.tr(
                "The guidance is spoken and shown. Press Voice to switch the voice off or on at "
                "any time (Settings, Voice keeps it off); the captions stay either way."
            )
        self.show_status(text)

    def _label_voice(self) -> None:
        self.voice_button.show_voice(self.voice, self.speaker)

    def _support(self) -> None:
        if self.session.state is SessionState.RUNNING:
            self.toggle_pause()
        self.support_requested.emit()

    # -- typed answers -------------------------------------------------------------------------
    def _typing(self) -> None:
        """The user began to type: the step's clock and the voice wait for them."""
        if self.session.state is SessionState.RUNNING:
            self.toggle_pause()
            self._typing_paused = True

    def _answered(self) -> None:
        """Enter or Esc in the box: the practice carries on if typing paused it."""
        if self._typing_paused and self.session.state is SessionState.PAUSED:
            self.toggle_pause()
        self._typing_paused = False
        self.setFocus()

    def _emit_ended(self, completed: bool) -> None:
        """Before the practice ends, the words typed in it are offered to keep, once."""
        if self.keep_page is not None or self._ended_as is not None:
            return
        if self.keeper is None or not self.sheet.words():
            self.sheet.discard()
            super()._emit_ended(completed)
            return
        self._ended_as = completed
        self.leave_focus()
        self.timer.stop()
        self.boundary_timer.stop()
        self.keep_page = KeepWords(self.plan.practice.title, self.sheet, self.keeper)
        self.keep_page.done.connect(self._words_kept)
        self._stack.addWidget(self.keep_page)
        self._stack.setCurrentWidget(self.keep_page)
        self.keep_page.setFocus()

    def _words_kept(self, said: str) -> None:
        self.kept_message = said
        completed, self._ended_as = bool(self._ended_as), None
        self.keep_page = None
        self.sheet.discard()
        super()._emit_ended(completed)

    # -- focus mode: the words alone ------------------------------------------------------------
    def update_focus(self) -> None:
        if self.focus_screen is not None:
            paused = self.session.state is SessionState.PAUSED
            self.focus_screen.set_words(
                self.caption.text(), self.tr("Paused") if paused else self.step_title.text()
            )

    # -- reading the session ---------------------------------------------------------------------
    @property
    def is_grounding(self) -> bool:
        return self._stack.currentWidget() is self.grounding

    def current_step(self) -> GuidedStep:
        """The step on screen (it may wait for the one before to finish speaking)."""
        if self.shown_index is not None:
            return self.plan.steps[self.shown_index]
        payload = self.session.position.segment.payload
        assert isinstance(payload, GuidedStep)
        return payload

    def refresh(self) -> None:
        session = self.session
        state = session.state
        if state is SessionState.STOPPED:
            return
        self.remaining.setText(self.tr("%s left") % format_clock(session.remaining_s))
        self.progress.set_fraction(session.elapsed_s / max(session.planned_s, 1e-9))
        if state is SessionState.FINISHED:
            self.pacer.update(len(self.plan.steps) - 1, running=False, time_up=True)
            if self.pacer.busy:  # the last words finish before the practice ends
                return
            self.timer.stop()
            self.boundary_timer.stop()
            self._emit_ended(True)
            return
        index = self.pacer.update(
            self.session.position.index, running=state is SessionState.RUNNING
        )
        step = self.plan.steps[index]
        if step.index != self.shown_index:
            self._show_step(step)
        # A speech problem met just now is said here, beside the Voice button, and so not again
        # in the window's message bar (VoiceModel passes on only what no screen took).
        notice = self.speaker.take_notice() if self.voice else None
        if notice:
            self.show_status(notice)
            self._label_voice()  # e.g. the engine stopped working: "Voice: unavailable" too
        paused = state is SessionState.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.step_count.setText(
            (self.tr("Paused · ") if paused else "")
            + self.tr("Step %1 of %2")
            .replace("%1", str(step.index + 1))
            .replace("%2", str(len(self.plan.steps)))
        )
        if state is SessionState.RUNNING and self.timer.isActive():
            wait = session.seconds_to_next_boundary()
            self.boundary_timer.start(max(0, math.ceil(wait * 1000)))

    def _show_step(self, step: GuidedStep) -> None:
        self.shown_index = step.index
        self.step_title.setText(step.title)
        self.note.setText(step.note)
        self.note.setVisible(bool(step.note))
        self.caption.setText(step.caption)
        if self.answer_box is not None:
            self.answer_box.show_step(step)
        # A screen reader hears each new step, and its words too unless the voice reads them
        # (not when it is off, muted or missing).
        spoken = self.voice and bool(step.speech) and self.speaker.available
        self.announcer.phase(step.index, step.title if spoken else f"{step.title}. {step.caption}")
        if self.body_map is not None:
            self.body_map.set_current(step.region)
        self.step_changed.emit(step.index)
        if self.voice and step.speech:
            self.spoken.append(step.index)
