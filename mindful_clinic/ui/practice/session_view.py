"""What every practice screen shares: it reads a clock-driven session and says once when it is over.

A frame timer only asks for a refresh; a single-shot precise timer fires at the next segment boundary
so words change exactly on time; nothing repaints while the screen is hidden, and the session's clock
keeps the true position meanwhile. Subclasses implement ``refresh``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from mindful_clinic.core.practice.session import PracticeSession, SessionState


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
        self.timer.timeout.connect(self.refresh)
        self.boundary_timer = QTimer(self)
        self.boundary_timer.setSingleShot(True)
        self.boundary_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary_timer.timeout.connect(self.refresh)

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

    def _emit_ended(self, completed: bool) -> None:
        if not self._ended_emitted:
            self._ended_emitted = True
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
