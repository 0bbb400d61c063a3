"""What the room and the facilitator see move: words on the phase boundary, a calm preview, a shape
that never stands still while the breath moves. Fake clocks only; no timings are asserted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.breath.pattern import fill_at
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.group.flow import ScreenState
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.breath.pacer_shape import PacerShape
from mindful_clinic.ui.group.presenter_window import PresenterWindow
from tests.qt_cleanup import stop_timers


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def screen_of(session: PracticeSession) -> ScreenState:
    pattern = next(p for p in load_shipped_patterns() if p.id == "even_5_5")
    pos = session.position
    fill = fill_at(pattern.effective_phases(), pos.phase_index, pos.progress)
    return ScreenState(
        False, "practice", "Even", "", visual="pacer", fill=fill, phase_word=pos.segment.kind
    )


@pytest.fixture
def presenter(
    qtbot: QtBot, clock: ManualClock, session: PracticeSession
) -> Iterator[PresenterWindow]:
    window = PresenterWindow(
        lambda: screen_of(session), clock, next_change=session.seconds_to_next_boundary
    )
    qtbot.addWidget(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    yield window
    stop_timers(window)


def test_the_room_sees_the_next_word_when_its_phase_begins_not_a_frame_later(
    qtbot: QtBot, clock: ManualClock, session: PracticeSession, presenter: PresenterWindow
) -> None:
    session.start()
    clock.advance(4.99)
    presenter.refresh()
    assert presenter.phase_word.text() == "inhale"
    presenter.frame_timer.stop()  # no frame will come: only the boundary may change the word
    clock.advance(0.01)
    with qtbot.waitSignal(presenter.boundary_timer.timeout, timeout=2000):
        pass
    assert presenter.phase_word.text() == "exhale"


def drive(window: PresenterWindow, clock: ManualClock, seconds: float) -> None:
    """Thirty frames a second on the fake clock, each painted."""
    window.frame_timer.stop()
    for _ in range(round(seconds * 30)):
        clock.advance(1 / 30)
        window.refresh()
        QApplication.processEvents()


def test_the_facilitators_preview_moves_a_few_times_a_second_while_the_room_moves_every_frame(
    qtbot: QtBot, clock: ManualClock, session: PracticeSession, presenter: PresenterWindow
) -> None:
    preview = PresenterWindow(
        lambda: screen_of(session),
        clock,
        embedded=True,
        next_change=session.seconds_to_next_boundary,
    )
    qtbot.addWidget(preview)
    preview.resize(480, 270)
    preview.show()
    qtbot.waitExposed(preview)
    session.start()
    drive(preview, clock, 0.1)
    drive(presenter, clock, 0.1)
    in_preview, in_room = PaintCounter(preview.pacer), PaintCounter(presenter.pacer)
    clock_start = clock.monotonic()
    for _ in range(60):  # two seconds of frames, both windows asked every frame
        clock.advance(1 / 30)
        preview.refresh()
        presenter.refresh()
        QApplication.processEvents()
    assert clock.monotonic() - clock_start == pytest.approx(2.0)
    assert 8 <= in_preview.count <= 11  # five moves a second
    assert in_room.count >= 55
    stop_timers(preview)


def test_the_shape_paints_every_move_however_small_and_nothing_on_a_hold(qtbot: QtBot) -> None:
    shape = PacerShape()
    qtbot.addWidget(shape)
    shape.resize(400, 400)
    shape.show()
    qtbot.waitExposed(shape)
    paints = PaintCounter(shape)
    for step in range(1, 11):  # the first tenths of a second of a breath: sub-pixel moves
        shape.set_fill(step * 0.00005)
        QApplication.processEvents()
    assert paints.count == 10
    shape.set_fill(shape.fill)  # a hold
    QApplication.processEvents()
    assert paints.count == 10
