"""The shared screen: only the practice, huge and calm, for a TV or projector in a meeting room.

Its only input is a function returning the group flow's ``ScreenState`` (words, the pacer's fullness,
a check-in aggregate that exists only when at least 5 gave a rating). It is given no store, no
settings and no log, so it cannot show anything personal even by mistake. A timer only asks for a
repaint; what is drawn always comes from the flow's clock-derived state.

Keys come from a clicker (see ``group_keys``) and are passed on as ``action_requested``; the
facilitator panel decides what they do. On a single screen a small control strip appears when the
mouse moves and hides again after a few seconds of stillness.

Light on a 4K screen: a frame moves only the breathing shape (which repaints the square around its
circle over a cached background); the words are set only when they change, and they change on the
phase boundary itself, from a precise single-shot timer armed with ``next_change``, not on the next
frame. The phase word is copied from a picture drawn in advance (``PhaseWord``) and painted before
the handler returns, ahead of the shape's move, so it never waits behind a frame. The facilitator's
small preview moves its shape at most ``PREVIEW_FRAME_MS`` apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.group.flow import ScreenState
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.breath.pacer_shape import PacerShape
from mindful_clinic.ui.group import keys as group_keys
from mindful_clinic.ui.group.histogram import GroupHistogram
from mindful_clinic.ui.group.phase_word import PhaseWord
from mindful_clinic.ui.group.presenter_style import (
    AXIS_TEXT,
    DETAIL_TEXT,
    HEADING_TEXT,
    MAIN_TEXT,
    MIN_TEXT,
    PHASE_WORD,
    presenter_palette,
    presenter_sheet,
    room_font,
)
from mindful_clinic.ui.shell.enter_key import install_enter_activates_buttons

FRAME_MS = 33
PREVIEW_FRAME_MS = 200
"""The facilitator's preview: five moves a second is enough to see the room's screen is alive."""
STRIP_IDLE_S = 4.0


class PresenterWindow(QWidget):
    action_requested = Signal(str)
    """A clicker key or strip button: one of group_keys.ACTIONS."""
    closed = Signal()

    def __init__(
        self,
        state_source: Callable[[], ScreenState],
        clock: Clock,
        *,
        high_contrast: bool = False,
        shared_screen: bool = False,
        embedded: bool = False,
        next_change: Callable[[], float | None] | None = None,
        phase_words: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``embedded`` makes a small live preview for the facilitator's own window: a child
        widget at 16:9 with no keys of its own and no control strip. ``next_change`` says how many
        seconds remain until the words change by themselves (a breath phase ending), or None.
        ``phase_words`` are the breath's words the room may see, drawn ahead of their first use."""
        super().__init__(parent, Qt.WindowType.Widget if embedded else Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Group practice: shared screen"))
        self.setAccessibleName(self.tr("Shared screen"))
        if not embedded:
            install_enter_activates_buttons(self)
        self._source = state_source
        self._clock = clock
        self._shared = shared_screen
        self._strip_until = 0.0
        self._state: ScreenState | None = None
        self._next_change = next_change
        self._moved_at: float | None = None
        self._palette = presenter_palette(high_contrast)

        self.heading = self._label("presenterHeading", self.tr("Stage"), muted=True)
        self.main_text = self._label("presenterText", self.tr("Words for the group"))
        self.phase_word = PhaseWord(self._palette)
        self.phase_word.setObjectName("presenterPhase")
        self.phase_word.setAccessibleDescription(self.tr("Breathing guide words"))
        self.phase_word.expect([*phase_words, self.tr("Paused")])
        self.detail = self._label("presenterDetail", self.tr("More words for the group"), True)
        self.pacer = PacerShape(self._palette, opaque=True)
        self.histogram = GroupHistogram(self._palette)

        page = QWidget()
        page.setObjectName("presenterPage")
        col = QVBoxLayout(page)
        col.addWidget(self.heading)
        col.addStretch(1)
        col.addWidget(self.main_text)
        col.addWidget(self.pacer, 8)
        col.addWidget(self.phase_word)
        col.addWidget(self.histogram, 8)
        col.addWidget(self.detail)
        col.addStretch(1)
        self._column = col
        blank = QWidget()
        blank.setObjectName("blankPage")
        blank.setAccessibleName(self.tr("Blank screen"))
        self._pages = QStackedLayout()
        self._pages.addWidget(page)
        self._pages.addWidget(blank)

        self.strip = self._build_strip()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(self._pages, 1)
        outer.addWidget(self.strip)
        self.strip.hide()

        self._embedded = embedded
        if not embedded:
            self._shortcuts = group_keys.install_clicker_keys(self, self.action_requested.emit)
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(PREVIEW_FRAME_MS if embedded else FRAME_MS)
        self.frame_timer.timeout.connect(self.refresh)
        self.boundary_timer = QTimer(self)
        """Fires when the words change by themselves, so they change on time, not a frame late."""
        self.boundary_timer.setSingleShot(True)
        self.boundary_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary_timer.timeout.connect(self.refresh)
        self.setStyleSheet(presenter_sheet(self._palette))
        for w in [self, *self.findChildren(QWidget)]:
            w.setMouseTracking(True)
            w.installEventFilter(self)
        self._size_fonts()
        self.refresh()

    # -- public ---------------------------------------------------------------------------------
    @property
    def shared_screen(self) -> bool:
        return self._shared

    @property
    def is_blank(self) -> bool:
        return self._pages.currentIndex() == 1

    def set_high_contrast(self, on: bool) -> None:
        self._palette = presenter_palette(on)
        self.pacer.set_palette(self._palette)
        self.phase_word.set_palette(self._palette)
        self.histogram.set_palette(self._palette)
        self.setStyleSheet(presenter_sheet(self._palette))

    def show_strip(self) -> None:
        """Single screen only: reveal the control strip until the mouse rests for a few seconds."""
        if not self._shared or self._embedded:
            return
        self._strip_until = self._clock.monotonic() + STRIP_IDLE_S
        if not self.strip.isVisible():
            self.strip.show()
            self.unsetCursor()

    def refresh(self) -> None:
        """Read the flow's state now and show it (called by the repaint timer)."""
        state = self._source()
        idle = self._clock.monotonic() > self._strip_until
        if self.strip.isVisible() and idle and not self.strip.underMouse():
            self.strip.hide()
            self.setCursor(Qt.CursorShape.BlankCursor)
        word = self.tr("Paused") if state.paused else state.phase_word
        if self._state is not None and _breath_only(state) == _breath_only(self._state):
            # Only the breath moved: no layout to redo. A new phase word is painted first and at
            # once (this is the boundary timer, or the first frame to see the new phase), then
            # the shape moves on the next frame.
            self._state = state
            self.phase_word.setText(word, now=True)
            self._move(state)
            return
        self._state = state
        self._move(state)
        self._pages.setCurrentIndex(1 if state.blank else 0)
        self.heading.setText(state.title)
        self.main_text.setText(state.text)
        self.main_text.setVisible(bool(state.text) and state.visual != "aggregate")
        self.pacer.setVisible(state.visual == "pacer")
        self.phase_word.setText(word)
        self.phase_word.setVisible(state.visual == "pacer")
        self.histogram.set_aggregate(state.aggregate)
        self.histogram.setVisible(state.aggregate is not None)
        detail = state.detail
        if state.aggregate is not None:
            detail = self.tr("Median {median} \u00b7 {n} answers").format(
                median=f"{state.aggregate.median:g}", n=state.aggregate.n
            )
        elif state.paused and state.visual == "caption":
            detail = self.tr("Paused")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._fit_main_text()

    def _move(self, state: ScreenState) -> None:
        if state.visual == "pacer" and state.fill is not None:
            self._move_pacer(state.fill)
            self.pacer.set_dimmed(state.paused)
        self._arm_boundary()

    def _move_pacer(self, fill: float) -> None:
        if self._embedded:  # the preview: a few moves a second, whatever asks it to refresh
            now = self._clock.monotonic()
            if self._moved_at is not None and now - self._moved_at < PREVIEW_FRAME_MS / 1000:
                return
            self._moved_at = now
        self.pacer.set_fill(fill)

    def _arm_boundary(self) -> None:
        seconds = self._next_change() if self._next_change is not None else None
        if seconds is None or seconds <= 0 or not self.isVisible():
            self.boundary_timer.stop()  # nothing left to change by itself (0: the practice ended)
            return
        self.boundary_timer.start(max(0, math.ceil(seconds * 1000)))

    # -- Qt events --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._state = None  # set every word again: "Paused" is ours to translate
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self.show_strip()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._embedded:  # keep a 16:9 preview whatever width the panel gives it
            h = round(self.width() * 9 / 16)
            if abs(self.height() - h) > 1:
                self.setFixedHeight(h)
        self._size_fonts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shared:
            self.setCursor(Qt.CursorShape.BlankCursor)
        self.frame_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.frame_timer.stop()
        self.boundary_timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.frame_timer.stop()
        self.boundary_timer.stop()
        super().closeEvent(event)
        self.closed.emit()

    # -- building ---------------------------------------------------------------------------------
    def _label(self, name: str, accessible: str, muted: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAccessibleDescription(accessible)
        if muted:
            label.setProperty("role", "muted")
        return label

    def _build_strip(self) -> QFrame:
        strip = QFrame()
        strip.setObjectName("controlStrip")
        strip.setAccessibleName(self.tr("Presenter controls"))
        row = QHBoxLayout(strip)
        buttons = (
            (self.tr("Previous"), group_keys.PREVIOUS),
            (self.tr("Next"), group_keys.NEXT),
            (self.tr("Pause"), group_keys.PAUSE),
            (self.tr("Blank"), group_keys.BLANK),
            (self.tr("End shared screen"), group_keys.END),
        )
        row.addStretch(1)
        for text, action in buttons:
            b = QPushButton(text)
            b.setAccessibleName(text)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
            row.addWidget(b)
        row.addStretch(1)
        return strip

    def _size_fonts(self) -> None:
        h = max(1, self.height())
        demi, medium = QFont.Weight.DemiBold, QFont.Weight.Medium
        self.heading.setFont(room_font(self, HEADING_TEXT, h, medium))
        self.phase_word.setFont(room_font(self, PHASE_WORD, h, demi))
        self.detail.setFont(room_font(self, DETAIL_TEXT, h, medium))
        self.histogram.set_label_px(AXIS_TEXT * h * 0.8)
        side = round(self.width() * 0.06)
        self._column.setContentsMargins(side, round(h * 0.04), side, round(h * 0.05))
        self._column.setSpacing(round(h * 0.02))
        self._fit_main_text()

    def _fit_main_text(self) -> None:
        """Long guided captions step down from the main size, never below the 6 % floor, so that a
        few lines still fit on a 4:3 projector."""
        h = max(1, self.height())
        width = self.width() - 2 * round(self.width() * 0.06)
        budget = h * (0.55 if self.detail.isVisibleTo(self) else 0.7)
        fraction = MAIN_TEXT
        while True:
            font = room_font(self, fraction, h, QFont.Weight.DemiBold)
            self.main_text.setFont(font)
            if fraction <= MIN_TEXT or self.main_text.heightForWidth(width) <= budget:
                return
            fraction = max(MIN_TEXT, fraction - 0.005)


def _breath_only(state: ScreenState) -> ScreenState:
    """What stays the same while a breath practice runs: all but the fullness and the phase word."""
    return replace(state, fill=None, phase_word="")
