"""The breath pacer screen.

Every refresh reads the session's clock-derived state and draws it; the timer only asks for a refresh,
so a late or early tick never moves the pacer off the true breath. Space pauses, Esc stops, and a "just
breathe naturally" way out is always on screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.breath.pattern import BreathPattern, Phase, fill_at
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.breath.pacer_shape import PacerShape
from mindful_clinic.ui.practice.session_view import SessionView
from mindful_clinic.ui.shell.quiet_progress import QuietProgressBar
from mindful_clinic.ui.shell.shortcuts import SUPPORT_KEY
from mindful_clinic.ui.shell.theme import LIGHT, Palette, scaled_font

FRAME_MS = 33
"""About 30 frames a second: smooth for a shape that moves over seconds, light on the CPU."""


def format_clock(seconds: float) -> str:
    total = max(0, math.ceil(seconds - 1e-9))
    m, s = divmod(total, 60)
    return f"{m}:{s:02d}"


class PacerView(SessionView):
    def __init__(
        self,
        pattern: BreathPattern,
        session: PracticeSession,
        phases: tuple[Phase, ...],
        clock: Clock,
        *,
        reduced_motion: bool = False,
        palette: Palette = LIGHT,
        self_paced: bool = False,
        announce_phases: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, FRAME_MS, parent)
        self.pattern = pattern
        self.phases = phases
        self.clock = clock
        self.reduced_motion = reduced_motion
        self.self_paced = self_paced
        self.breaths_marked = 0
        self.announcer.enabled = announce_phases
        """Tells a screen reader each new phase ("Breathe in"), once per phase."""
        self.setAccessibleName(self.tr("Breathing practice: %s") % pattern.title)

        self.title = QLabel(pattern.title)
        self.title.setFont(scaled_font(self, 1.3, QFont.Weight.DemiBold))
        self.remaining = QLabel()
        self.remaining.setFont(scaled_font(self, 1.3))
        self.remaining.setAccessibleDescription(self.tr("Time remaining"))
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.remaining)

        self.shape = PacerShape(palette)
        self.palette_ = palette
        self.bar = QuietProgressBar(steps=4)  # a screen reader hears quarters, not 30 a second
        self.bar.setAccessibleName(self.tr("Phase progress"))
        self.bar.setVisible(reduced_motion)
        self.shape.setVisible(not reduced_motion)

        self.phase_word = QLabel()
        self.phase_word.setFont(scaled_font(self, 2.6, QFont.Weight.DemiBold))
        self.phase_word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_word.setAccessibleDescription(self.tr("What to do now"))
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setFont(scaled_font(self, 1.15))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setFont(scaled_font(self, 1.8))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleDescription(self.tr("Seconds left in this phase"))
        # Empty, they leave the accessibility tree (a blank, nameless label between the phase word
        # and the countdown said nothing) but keep their room, so nothing moves on screen.
        for label in (self.hint, self.countdown):
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)

        self.caution = QLabel(
            self.tr("Gentle, never forced. If you feel dizzy, stop and breathe normally.")
        )
        self.caution.setProperty("role", "muted")
        self.caution.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caution.setWordWrap(True)

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleDescription(self.tr("Pause or resume (Space)"))
        self.pause_button.setToolTip(self.tr("Space"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the practice (Esc)"))
        self.stop_button.setToolTip(self.tr("Esc"))
        self.natural_button = QPushButton(self.tr("Just breathe naturally"))
        self.natural_button.setProperty("role", "quiet")
        self.natural_button.setAccessibleName(self.tr("Leave the pacer and just breathe naturally"))
        self.support_button = QPushButton(self.tr("If you are struggling"))
        self.support_button.setProperty("role", "quiet")
        self.support_button.setAccessibleName(self.tr("If you are struggling: support contacts"))
        self.support_button.setToolTip(SUPPORT_KEY)
        self.mark_button = QPushButton(self.tr("Mark a breath (Enter)"))
        self.mark_button.setAccessibleDescription(self.tr("Mark that you finished a breath"))
        self.mark_button.setVisible(self_paced)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.natural_button.clicked.connect(self.breathe_naturally)
        self.support_button.clicked.connect(self.support_requested)
        self.mark_button.clicked.connect(self.mark_breath)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.mark_button, self.pause_button, self.stop_button, self.natural_button):
            b.setFont(scaled_font(self, 1.1))
            b.setMinimumHeight(b.sizeHint().height() + 8)
            buttons.addWidget(b)
        buttons.addStretch(1)
        quiet_row = QHBoxLayout()
        quiet_row.addStretch(1)
        quiet_row.addWidget(self.focus_button)
        quiet_row.addWidget(self.support_button)
        quiet_row.addStretch(1)

        practice = QWidget()
        col = QVBoxLayout(practice)
        col.setContentsMargins(28, 20, 28, 16)
        col.addLayout(header)
        col.addWidget(self.shape, 1)
        col.addStretch(0)
        col.addWidget(self.bar)
        col.addWidget(self.phase_word)
        col.addWidget(self.hint)
        col.addWidget(self.countdown)
        col.addLayout(buttons)
        col.addWidget(self.caution)
        col.addLayout(quiet_row)

        self.natural_panel = self._build_natural_panel()
        self._stack = QStackedLayout(self)
        self._stack.addWidget(practice)
        self._stack.addWidget(self.natural_panel)

        self.shown_elapsed_s = 0.0
        """The elapsed time the screen currently shows (for the benchmark's phase-error check)."""

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.mark_breath)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _build_natural_panel(self) -> QWidget:
        panel = QWidget()
        col = QVBoxLayout(panel)
        col.addStretch(1)
        heading = QLabel(self.tr("Just breathe naturally"))
        heading.setFont(scaled_font(self, 2.2, QFont.Weight.DemiBold))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(
            self.tr(
                "There's nothing to follow now. Let your breath find its own rhythm, "
                "notice your feet on the floor, and take as long as you like."
            )
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFont(scaled_font(self, 1.2))
        done = QPushButton(self.tr("Finish the practice"))  # it ends here: no resuming
        done.setProperty("role", "primary")
        done.setAccessibleName(self.tr("Finish the practice"))
        done.clicked.connect(lambda: self._emit_ended(False))
        col.addWidget(heading)
        col.addWidget(body)
        col.addSpacing(20)
        col.addWidget(done, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(1)
        return panel

    # -- commands -----------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.session.state in (SessionState.RUNNING, SessionState.PAUSED):
            self.session.toggle_pause()
            self.refresh()
            self.session_changed.emit()  # after the refresh: focus mode shows "Paused" too

    def stop(self) -> None:
        if self.session.is_over:
            return
        self.session.stop()
        self.timer.stop()
        self.session_changed.emit()
        self._emit_ended(False)

    def breathe_naturally(self) -> None:
        self.leave_focus()
        if not self.session.is_over:
            self.session.stop()
        self.timer.stop()
        self.session_changed.emit()
        self._stack.setCurrentWidget(self.natural_panel)

    def mark_breath(self) -> None:
        if self.self_paced and self.session.state is SessionState.RUNNING:
            self.breaths_marked += 1
            self.refresh()

    # -- focus mode: the shape and the phase word -----------------------------------------------
    def focus_shape(self) -> QWidget | None:
        return None if self.reduced_motion else PacerShape(self.palette_)

    def update_focus(self) -> None:
        screen = self.focus_screen
        if screen is None:
            return
        if isinstance(screen.shape, PacerShape):
            screen.shape.set_fill(self.shape.fill)
            screen.shape.set_dimmed(self.session.state is SessionState.PAUSED)
        countdown = self.countdown
        screen.set_words(
            self.phase_word.text(), countdown.text(), countdown.accessibleDescription()
        )

    # -- drawing --------------------------------------------------------------------------------
    def phase_text(self, kind: str, phase_index: int) -> str:
        if kind == "inhale":
            return self.tr("Breathe in")
        if kind == "top_up":
            return self.tr("A little more in")
        if kind == "exhale":
            return self.tr("Breathe out")
        if kind == "hold":
            after_exhale = phase_index > 0 and self.phases[phase_index - 1].kind.value == "exhale"
            return self.tr("Rest") if after_exhale else self.tr("Hold gently")
        if kind == "self_paced":
            return self.tr("Breathe at your own pace")
        return kind

    def refresh(self) -> None:
        session = self.session
        state = session.state
        self.shown_elapsed_s = session.elapsed_s
        if state is SessionState.RUNNING and self.timer.isActive():
            self.boundary_timer.start(max(0, math.ceil(session.seconds_to_next_boundary() * 1000)))
        self.remaining.setText(self.tr("%s left") % format_clock(session.remaining_s))
        if state is SessionState.FINISHED:
            self.timer.stop()
            self.phase_word.setText(
                self.tr("The end of the practice")
            )  # said, never praised (spec §8.3)
            _show_text(self.countdown, "")
            self.shape.set_fill(0.0)
            self._emit_ended(True)
            return
        pos = session.position
        seg = pos.segment
        self.pause_button.setText(
            self.tr("Resume") if state is SessionState.PAUSED else self.tr("Pause")
        )
        self.shape.set_dimmed(state is SessionState.PAUSED)
        if self.self_paced:
            self.phase_word.setText(self.phase_text("self_paced", 0))
            self.announcer.phase("self_paced", self.phase_word.text())
            _show_text(
                self.hint,
                self.tr("Two breaths in through the nose, one long sigh out. Breaths marked: %d")
                % self.breaths_marked,
            )
            _show_text(self.countdown, "")
            self.bar.set_fraction(session.elapsed_s / max(session.planned_s, 1e-9))
            self.shape.set_fill(0.5)
            return
        word = self.phase_text(seg.kind, pos.phase_index)
        if state is SessionState.PAUSED:
            word = self.tr("Paused")
        else:
            self.announcer.phase(pos.index, word)
        self.phase_word.setText(word)
        phase = self.phases[pos.phase_index]
        _show_text(self.hint, phase.hint)
        _show_text(
            self.countdown,
            str(max(1, math.ceil(pos.segment_remaining_s(session.elapsed_s) - 1e-9))),
        )
        self.bar.set_fraction(pos.progress)
        self.shape.set_fill(fill_at(self.phases, pos.phase_index, pos.progress))


def _show_text(label: QLabel, text: str) -> None:
    """Set a label's text; an empty one is hidden (it keeps its room) so a screen reader meets no
    blank, nameless label."""
    label.setText(text)
    if label.parentWidget() is not None:  # never a window of its own before it is placed
        label.setVisible(bool(text))
