"""The shared screen's phase word: painted on the boundary itself, from pictures drawn ahead, which
are drawn again whenever the theme, the language or the size changes. Fake clocks only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.breath.pattern import fill_at
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.group.flow import ScreenState
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.i18n.language import load_translators
from mindful_clinic.ui.group.presenter_style import presenter_palette
from mindful_clinic.ui.group.presenter_window import PresenterWindow
from tests.qt_cleanup import stop_timers

WORDS = {"inhale": "Breathe in", "exhale": "Breathe out"}


class PaintLog(QObject):
    """The text each paint of the word showed, and whether the shape painted meanwhile."""

    def __init__(self, presenter: PresenterWindow) -> None:
        super().__init__(presenter)
        self.presenter = presenter
        self.words: list[str] = []
        self.shape_paints = 0
        presenter.phase_word.installEventFilter(self)
        presenter.pacer.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.presenter.phase_word:
                self.words.append(self.presenter.phase_word.text())
            else:
                self.shape_paints += 1
        return False


@pytest.fixture
def presenter(
    qtbot: QtBot, clock: ManualClock, session: PracticeSession
) -> Iterator[PresenterWindow]:
    pattern = next(p for p in load_shipped_patterns() if p.id == "even_5_5")

    def screen() -> ScreenState:
        pos = session.position
        fill = fill_at(pattern.effective_phases(), pos.phase_index, pos.progress)
        return ScreenState(
            False, "practice", "Even", "", visual="pacer", fill=fill,
            phase_word=WORDS[pos.segment.kind], paused=session.state.value == "paused",
        )  # fmt: skip

    window = PresenterWindow(
        screen,
        clock,
        next_change=session.seconds_to_next_boundary,
        phase_words=tuple(WORDS.values()),
    )
    qtbot.addWidget(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    session.start()
    window.refresh()
    QApplication.processEvents()
    window.frame_timer.stop()  # frames are driven by the test
    yield window
    stop_timers(window)


def ink(widget: QWidget, background: str) -> tuple[QRect, set[int]]:
    """The bounding box of everything painted unlike the background, and its colours."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    bg = QColor(background).rgb()
    xs, ys, colours = [], [], set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y)
            if pixel != bg:
                xs.append(x)
                ys.append(y)
                colours.add(pixel)
    if not xs:
        return QRect(), colours
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1), colours


def test_the_new_word_is_painted_inside_the_boundary_handler_before_the_shape_moves(
    qtbot: QtBot, clock: ManualClock, presenter: PresenterWindow
) -> None:
    log = PaintLog(presenter)
    qtbot.waitUntil(lambda: not presenter.phase_word.warm_timer.isActive(), timeout=3000)
    clock.advance(4.99)
    presenter.refresh()
    QApplication.processEvents()
    assert presenter.phase_word.text() == "Breathe in"
    log.words.clear()
    before_shape = log.shape_paints
    seen_in_handler: list[tuple[list[str], int]] = []
    clock.advance(0.01)  # the boundary: the precise timer's moment
    presenter.boundary_timer.timeout.connect(
        lambda: seen_in_handler.append((list(log.words), log.shape_paints))
    )
    with qtbot.waitSignal(presenter.boundary_timer.timeout, timeout=2000):
        pass
    # The presenter's handler ran first: by the time the next slot runs, before the event loop has
    # had any chance to paint a frame, the new word was already painted, and the shape not yet.
    assert seen_in_handler[0] == (["Breathe out"], before_shape)  # the shape moves after it
    renders = presenter.phase_word.renders
    clock.advance(4.99)
    presenter.refresh()  # a frame just before the next boundary arms the timer again
    clock.advance(0.01)  # back to a word drawn before: only a copy
    with qtbot.waitSignal(presenter.boundary_timer.timeout, timeout=2000):
        pass
    assert presenter.phase_word.text() == "Breathe in"
    assert presenter.phase_word.renders == renders


def test_expected_words_are_drawn_ahead_of_their_first_boundary(
    qtbot: QtBot, presenter: PresenterWindow
) -> None:
    word = presenter.phase_word
    qtbot.waitUntil(lambda: not word.warm_timer.isActive(), timeout=3000)
    drawn = word.renders
    assert drawn >= 3  # both words and "Paused", one at a time
    word.setText("Breathe out", now=True)
    word.setText("Paused", now=True)
    assert word.renders == drawn


def test_the_word_is_drawn_again_in_the_new_theme_colours(
    qtbot: QtBot, presenter: PresenterWindow
) -> None:
    calm, contrast = presenter_palette(False), presenter_palette(True)
    _box, colours = ink(presenter.phase_word, calm.window)
    assert QColor(calm.text).rgb() in colours
    presenter.set_high_contrast(True)
    QApplication.processEvents()
    _box, colours = ink(presenter.phase_word, contrast.window)
    assert QColor(contrast.text).rgb() in colours
    assert QColor(calm.text).rgb() not in colours


def test_the_word_is_drawn_again_at_the_new_size(qtbot: QtBot, presenter: PresenterWindow) -> None:
    background = presenter_palette(False).window
    small, _ = ink(presenter.phase_word, background)
    presenter.resize(1920, 1080)
    QApplication.processEvents()
    large, _ = ink(presenter.phase_word, background)
    assert large.height() == pytest.approx(2 * small.height(), rel=0.2)
    assert large.width() == pytest.approx(2 * small.width(), rel=0.2)


def test_the_word_is_drawn_again_in_the_new_language(
    qtbot: QtBot, clock: ManualClock, session: PracticeSession, presenter: PresenterWindow
) -> None:
    session.pause()
    presenter.refresh()
    QApplication.processEvents()
    assert presenter.phase_word.text() == "Paused"
    background = presenter_palette(False).window
    english, _ = ink(presenter.phase_word, background)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = load_translators("de", qapp)
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    try:
        for t in translators:
            qapp.installTranslator(t)
        QApplication.processEvents()  # the language change reaches the window
        assert presenter.phase_word.text() == "Pausiert"
        assert presenter.phase_word.accessibleName() == "Pausiert"
        german, _ = ink(presenter.phase_word, background)
        assert german.width() != english.width()  # the German word itself is on the screen
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QApplication.processEvents()
    assert presenter.phase_word.text() == "Paused"
