"""What every practice screen shares: it reads a clock-driven session and says once when it is over.

Keys: Space pauses or resumes, but only when the focused control does not take Space itself (a
focused button presses itself, as everywhere else), so it is handled in ``keyPressEvent``, which
Qt calls after the focused child has declined the key. Esc ends the practice from anywhere in the
window while the practice is shown (also with the keyboard on the navigation rail). A screen reader
hears "Paused" and "Resumed".

A frame timer only asks for a refresh; a single-shot precise timer fires at the next segment boundary
so words change exactly on time; nothing repaints while the screen is hidden, and the session's clock
keeps the true position meanwhile. Subclasses implement ``refresh``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.ui.practice.focus import FOCUS_KEY, FocusScreen
from mindful_clinic.ui.shell.announce import PhaseAnnouncer


class SessionView(QWidget):
    ended = Signal(bool)
    """The practice is over: True if it ran to the end, False if the user stopped it."""
    support_requested = Signal()
    session_changed = Signal()
    """The session was started, paused, resumed, moved or stopped (a cue driver's ``sync``)."""
    jumped = Signal()
    """The user moved to the next or previous step (practices with steps; a cue driver's
    ``on_jumped``)."""

    def __init__(
        self, session: PracticeSession, frame_ms: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._ended_emitted = False
        self.timer = QTimer(self)
        self.timer.setInterval(frame_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.boundary_timer = QTimer(self)
        self.boundary_timer.setSingleShot(True)
        self.boundary_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary_timer.timeout.connect(self._tick)
        self.announcer = PhaseAnnouncer(self)
        """Says each new phase or step, and pausing and resuming, to a screen reader."""
        self._said_paused = False
        self.focus_screen: FocusScreen | None = None
        """Focus mode's full-screen window, while it is open."""
        self.focus_button = QPushButton(self.tr("Focus mode"))
        self.focus_button.setProperty("role", "quiet")
        self.focus_button.setAccessibleName(
            self.tr("Focus mode: full screen, shape and words only")
        )
        self.focus_button.setToolTip(FOCUS_KEY)
        self.focus_button.clicked.connect(self.toggle_focus)
        focus_key = QShortcut(QKeySequence(FOCUS_KEY), self)
        focus_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_key.activated.connect(self.toggle_focus)
        stop_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_key.setContext(Qt.ShortcutContext.WindowShortcut)  # active only while this is shown
        stop_key.activated.connect(self.stop)
        self.session_changed.connect(self.update_focus)
        self.session_changed.connect(self._say_pause)

    def begin(self) -> None:
        """Start the session (if not yet started) and the refresh timer, then take the keyboard."""
        if self.session.state is SessionState.READY:
            self.session.start()
        self.timer.start()
        self.session_changed.emit()
        self.refresh()
        self.setFocus()

    def refresh(self) -> None:
        raise NotImplementedError

    def toggle_pause(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space pauses or resumes; reached only when the focused control did not take it."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.toggle_pause()
            return
        super().keyPressEvent(event)

    def _say_pause(self) -> None:
        state = self.session.state
        paused = state is SessionState.PAUSED
        if state not in (SessionState.RUNNING, SessionState.PAUSED):
            self._said_paused = False
        elif paused != self._said_paused:
            self._said_paused = paused
            self.announcer.say(self.tr("Paused") if paused else self.tr("Resumed"))

    def _tick(self) -> None:
        self.refresh()
        if self.focus_screen is not None:
            self.update_focus()

    # -- focus mode ----------------------------------------------------------------------------
    def focus_shape(self) -> QWidget | None:
        """A moving guide for focus mode (its own widget, which ``update_focus`` keeps in step)."""
        return None

    def update_focus(self) -> None:
        """Show on the focus screen what the practice screen shows now (each kind says what)."""

    def toggle_focus(self) -> None:
        if self.focus_screen is None:
            self.enter_focus()
        else:
            self.leave_focus()

    def enter_focus(self) -> None:
        """Full screen, the shape and the words alone; Esc or F11 comes back."""
        if self.focus_screen is not None or self._ended_emitted:
            return
        screen = FocusScreen(self.focus_shape(), self)
        screen.left.connect(self.leave_focus)
        screen.pause_requested.connect(self._pause_from_focus)
        self.focus_screen = screen
        self.update_focus()
        screen.showFullScreen()
        screen.activateWindow()
        screen.setFocus()

    def _pause_from_focus(self) -> None:
        self.toggle_pause()
        self.update_focus()

    def leave_focus(self) -> None:
        """Back to the practice screen; the practice carries on as it was."""
        screen, self.focus_screen = self.focus_screen, None
        if screen is None:
            return
        screen.leave()
        screen.deleteLater()
        window = self.window()
        window.activateWindow()
        self.setFocus()

    @property
    def ended_emitted(self) -> bool:
        """``ended`` has been emitted: the practice is over for the flow."""
        return self._ended_emitted

    def stop(self) -> None:
        """End the practice early (each kind of screen says how)."""
        raise NotImplementedError

    def _emit_ended(self, completed: bool) -> None:
        if not self._ended_emitted:
            self._ended_emitted = True
            self.leave_focus()
            self.timer.stop()
            self.boundary_timer.stop()
            self.ended.emit(completed)

    def hideEvent(self, event: QHideEvent) -> None:
        """No repaints while nobody can see them; the session's clock keeps the true position."""
        self.timer.stop()
        self.boundary_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ended_emitted and self.session.state in (
            SessionState.RUNNING,
            SessionState.PAUSED,
        ):
            self.timer.start()
            self.refresh()
