"""Group mode in Qt: clicker keys in both windows, the shared screen's privacy and legibility."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from mindful_clinic.core.group.checkin import parse_checkin
from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.group.store import GroupStore
from mindful_clinic.services.practice.library import shipped_entries
from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel
from mindful_clinic.ui.group.presenter_style import DETAIL_TEXT, presenter_palette
from mindful_clinic.ui.group.presenter_window import PresenterWindow
from mindful_clinic.ui.shell.theme import contrast_ratio
from tests.heard import heard
from tests.qt_cleanup import stop_timers

SECRET = "PERSONAL-NOTE-7f3a9"
K = Qt.Key


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 12, 30, tzinfo=UTC))


@pytest.fixture
def store(data_dir: Path) -> GroupStore:
    return GroupStore(data_dir)


@pytest.fixture
def panel(qtbot: QtBot, clock: ManualClock, store: GroupStore) -> Iterator[GroupFacilitatorPanel]:
    window = QMainWindow()
    p = GroupFacilitatorPanel(Catalog(shipped_entries()), clock, store=store)
    window.setCentralWidget(p)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    p.setup.select_practice("even_5_5", 180)
    p.ask_on_escape = lambda _parent: "hide"  # the question itself is tested below
    yield p
    p.end_presenter()
    stop_timers(window)  # a session still running when the test has seen enough


def press(qtbot, widget: QWidget, key: Qt.Key) -> None:
    focus = QApplication.focusWidget() if widget.isActiveWindow() else None
    qtbot.keyClick(focus or widget, key)


def open_presenter(qtbot, panel: GroupFacilitatorPanel) -> PresenterWindow:
    panel.start_presenter()
    presenter = panel.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    return presenter


def shown_text(widget: QWidget) -> str:
    """Every string the widget tree could show or speak."""
    parts = [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
    for w in [widget, *widget.findChildren(QWidget)]:
        parts += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.whatsThis()]
        if isinstance(w, QLabel):
            parts.append(w.text())
        text = getattr(w, "text", None)
        if callable(text):
            parts.append(str(text()))
    return "\n".join(parts)


def go_to(panel: GroupFacilitatorPanel, stage_id: str) -> None:
    if not panel.flow.started:
        panel.start_session()
    while panel.flow.stage.id != stage_id:
        panel.flow.next()


# -- clicker keys -------------------------------------------------------------------------------
def test_clicker_keys_in_the_facilitator_window(qtbot: QtBot, panel: GroupFacilitatorPanel) -> None:
    flow = lambda: panel.flow  # noqa: E731 (the panel starts a new flow per session)
    press(qtbot, panel, K.Key_PageDown)
    assert flow().started and flow().stage.id == "arrival"
    press(qtbot, panel, K.Key_Right)
    assert flow().stage.id == "checkin_before"
    press(qtbot, panel, K.Key_Left)
    assert flow().stage.id == "arrival"
    press(qtbot, panel, K.Key_PageDown)
    press(qtbot, panel, K.Key_PageUp)
    assert flow().stage.id == "arrival"
    press(qtbot, panel, K.Key_B)
    assert flow().blank
    press(qtbot, panel, K.Key_Period)
    assert not flow().blank
    for _ in range(3):
        press(qtbot, panel, K.Key_PageDown)
    assert flow().stage.id == "practice"
    assert flow().practice_state is SessionState.READY  # waits for the facilitator
    press(qtbot, panel, K.Key_Space)
    assert flow().practice_state is SessionState.RUNNING
    press(qtbot, panel, K.Key_Space)
    assert flow().practice_state is SessionState.PAUSED
    press(qtbot, panel, K.Key_Space)
    assert flow().practice_state is SessionState.RUNNING
    press(qtbot, panel, K.Key_F5)
    assert panel.presenter is not None
    panel.window().activateWindow()
    qtbot.waitUntil(panel.window().isActiveWindow)
    press(qtbot, panel, K.Key_Escape)
    assert panel.presenter is None


def test_clicker_keys_in_the_presenter_window(qtbot: QtBot, panel: GroupFacilitatorPanel) -> None:
    presenter = open_presenter(qtbot, panel)
    assert panel.flow.started and panel.flow.stage.id == "arrival"  # F5 starts with the arrival
    qtbot.keyClick(presenter, K.Key_Right)
    qtbot.keyClick(presenter, K.Key_PageDown)
    assert panel.flow.stage.id == "settling"
    qtbot.keyClick(presenter, K.Key_PageUp)
    qtbot.keyClick(presenter, K.Key_Left)
    assert panel.flow.stage.id == "arrival"
    qtbot.keyClick(presenter, K.Key_B)
    presenter.refresh()
    assert presenter.is_blank
    qtbot.keyClick(presenter, K.Key_Period)
    presenter.refresh()
    assert not presenter.is_blank
    for _ in range(4):
        qtbot.keyClick(presenter, K.Key_PageDown)
    assert panel.flow.practice_state is SessionState.RUNNING
    qtbot.keyClick(presenter, K.Key_Space)
    assert panel.flow.practice_state is SessionState.PAUSED
    qtbot.keyClick(presenter, K.Key_F5)  # already showing: nothing changes
    assert panel.presenter is presenter
    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, K.Key_Escape)
    assert panel.presenter is None


def test_typing_in_the_checkin_field_is_not_taken_by_the_clicker(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    go_to(panel, "checkin_before")
    field = panel.checkin.field
    field.setFocus()
    qtbot.keyClicks(field, "4 6 b.")
    qtbot.keyClick(field, K.Key_Left)
    assert field.text() == "4 6 b."
    assert panel.flow.stage.id == "checkin_before" and not panel.flow.blank


# -- check-in ---------------------------------------------------------------------------------------
def test_bad_checkin_entry_gets_an_inline_message(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    go_to(panel, "checkin_before")
    field = panel.checkin.field
    field.setText("4 6 7")
    qtbot.keyClick(field, K.Key_Return)
    assert panel.flow.tallies["checkin_before"] == parse_checkin("4 6 7")
    field.setText("4 12 5")
    panel.checkin.enter_button.click()
    assert "'12' is not a rating" in panel.checkin.message.text()
    assert field.selectedText() == "12"
    assert panel.flow.tallies["checkin_before"] == parse_checkin("4 6 7")  # unchanged
    field.setText("4 x")
    panel.checkin.enter_button.click()
    assert "'x'" in panel.checkin.message.text()


def test_under_five_is_suppressed_on_the_shared_screen(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    presenter = open_presenter(qtbot, panel)
    go_to(panel, "checkin_before")
    panel.checkin.field.setText("2 9 9 p p p")
    panel.checkin.enter_button.click()
    presenter.refresh()
    assert "nothing is shown" in panel.checkin.message.text()
    assert not presenter.histogram.isVisible()
    screen = shown_text(presenter)
    assert "Median" not in screen and "9" not in screen and "2 " not in screen
    assert "at least 5" in presenter.detail.text()
    panel.checkin.field.setText("2 9 9 4 5 p")
    panel.checkin.enter_button.click()
    presenter.refresh()
    assert presenter.histogram.isVisible()
    assert presenter.detail.text() == "Median 5 \u00b7 5 answers"


# -- privacy, blank, legibility -----------------------------------------------------------------
def test_no_personal_data_reaches_the_presenter(
    qtbot: QtBot, clock: ManualClock, data_dir: Path, store: GroupStore
) -> None:
    from mindful_clinic.core.log.records import LogRecord, new_id, timestamp
    from mindful_clinic.services.log.store import LogStore

    with LogStore(data_dir / "log", clock) as log:
        log.add(
            LogRecord(
                id=new_id(),
                started_at=timestamp(clock.now()),
                ended_at=timestamp(clock.now()),
                practice_id="even_5_5",
                practice_title="Relaxed counting breath",
                planned_s=180,
                actual_s=180,
                completed=True,
                stress_before=8,
                stress_after=3,
                note=SECRET,
            )
        )
    (data_dir / "settings.json").write_text(f'{{"name": "{SECRET}"}}')
    panel = GroupFacilitatorPanel(Catalog(shipped_entries()), clock, store=store)
    qtbot.addWidget(panel)
    panel.show()
    panel.setup.select_practice("even_5_5", 180)
    presenter = open_presenter(qtbot, panel)
    seen = []
    for _ in range(12):  # every stage, the practice running, both check-ins
        if panel.flow.stage.id in ("checkin_before", "checkin_after"):
            panel.checkin.field.setText("4 6 7 3 5")
            panel.checkin.enter_button.click()
        clock.advance(7)
        presenter.refresh()
        seen.append(shown_text(presenter))
        panel.act("next")
    assert any("Breathing" in s for s in seen)
    assert all(SECRET not in s for s in seen)
    # The window is given a state function and a clock, nothing that leads to a store or log.
    assert presenter._source.__self__ is panel.flow  # type: ignore[attr-defined]
    assert not any(isinstance(v, (GroupStore, LogStore)) for v in vars(panel.flow).values())
    panel.end_presenter()


def test_blank_screen_is_all_black(qtbot: QtBot, panel: GroupFacilitatorPanel) -> None:
    presenter = open_presenter(qtbot, panel)
    panel.start_session()
    panel.act("blank")
    presenter.refresh()
    image = presenter.grab().toImage()
    for x, y in ((5, 5), (image.width() // 2, image.height() // 2), (image.width() - 5, 40)):
        assert image.pixelColor(x, y).name() == "#000000"
    panel.act("blank")
    presenter.refresh()
    assert not presenter.is_blank


@pytest.mark.parametrize(("w", "h"), [(1280, 720), (1920, 1080), (3840, 2160)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_presenter_words_are_at_least_six_percent_of_the_height(
    qtbot: QtBot,
    panel: GroupFacilitatorPanel,
    clock: ManualClock,
    w: int,
    h: int,
    high_contrast: bool,
) -> None:
    go_to(panel, "practice")
    panel.flow.next()
    clock.advance(1.0)
    presenter = PresenterWindow(panel.flow.screen_state, clock, high_contrast=high_contrast)
    qtbot.addWidget(presenter)
    presenter.resize(w, h)
    presenter.show()
    qtbot.waitExposed(presenter)
    presenter.refresh()
    QApplication.processEvents()
    for label in (presenter.main_text, presenter.phase_word, presenter.detail):
        info = QFontInfo(label.font())
        assert info.pixelSize() >= 0.06 * h * 0.98, label.objectName()
        assert label.font().weight() >= label.font().Weight.Medium
    assert presenter.phase_word.text() == "Breathing in"
    assert presenter.pacer.isVisible()
    pacer = presenter.pacer.geometry()
    assert pacer.height() >= 0.4 * h and presenter.rect().contains(pacer)
    word = presenter.phase_word.geometry()
    assert presenter.rect().contains(word) and word.top() >= pacer.bottom()
    assert DETAIL_TEXT >= 0.06


@pytest.mark.parametrize("high_contrast", [False, True])
def test_presenter_colours_pass_wcag_aa(high_contrast: bool) -> None:
    p = presenter_palette(high_contrast)
    assert contrast_ratio(p.text, p.window) >= 7
    assert contrast_ratio(p.muted, p.window) >= 4.5
    assert contrast_ratio(p.text, p.surface) >= 4.5


def test_single_screen_control_strip_hides_until_the_mouse_moves(
    qtbot: QtBot, clock: ManualClock
) -> None:
    from mindful_clinic.core.group.flow import ScreenState

    state = ScreenState(False, "arrival", "Arrival", "Welcome.")
    presenter = PresenterWindow(lambda: state, clock, shared_screen=True)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    assert not presenter.strip.isVisible()
    qtbot.mouseMove(presenter.main_text)
    presenter.show_strip()
    assert presenter.strip.isVisible()
    clock.advance(2)
    presenter.refresh()
    assert presenter.strip.isVisible()
    clock.advance(3)
    presenter.refresh()
    assert not presenter.strip.isVisible()
    separate = PresenterWindow(lambda: state, clock, shared_screen=False)
    qtbot.addWidget(separate)
    separate.show_strip()
    assert separate.strip.isHidden()


# -- sound, records -------------------------------------------------------------------------------
def test_bells_voice_and_group_volume(
    qtbot: QtBot, panel: GroupFacilitatorPanel, clock: ManualClock
) -> None:
    bells: list[str] = []
    spoken: list[str] = []
    panel.bell_requested.connect(bells.append)
    panel.speak_requested.connect(spoken.append)
    with qtbot.waitSignal(panel.group_volume_changed) as volume:
        panel.setup.volume_slider.setValue(35)
    assert volume.args == [0.35]
    panel.start_session()
    assert spoken == []  # spoken guidance is off by default
    panel.setup.voice_check.setChecked(True)
    panel.act("next")
    assert spoken == ["How stressed do you feel right now?"]
    go_to(panel, "practice")
    panel.act("next")
    assert bells == ["start"]
    clock.advance(180)
    panel._tick()
    assert bells == ["start", "end"]


def test_finish_keeps_totals_only_when_the_team_opted_in(
    qtbot: QtBot, panel: GroupFacilitatorPanel, store: GroupStore
) -> None:
    go_to(panel, "checkin_before")
    panel.checkin.field.setText("4 6 7 3 5")
    panel.checkin.enter_button.click()
    with qtbot.waitSignal(panel.session_finished) as finished:
        panel.finish_session()
    assert finished.args == [False] and store.records() == []
    assert not panel.flow.started  # ready for the next session
    go_to(panel, "checkin_before")
    panel.checkin.field.setText("4 6 7 3 5")
    panel.checkin.enter_button.click()
    panel.keep_totals.setChecked(True)
    panel.finish_session()
    (record,) = store.records()
    assert record.practice_id == "even_5_5" and record.before is not None
    assert record.before.median == 5.0 and record.after is None
    assert "kept for export" in panel.status_label.text()


def test_practice_picker_offers_group_lengths(panel: GroupFacilitatorPanel) -> None:
    setup = panel.setup
    ids = [setup.practice_combo.itemData(i) for i in range(setup.practice_combo.count())]
    assert "even_5_5" in ids and "body_scan_3" in ids
    assert "body_scan_45" not in ids  # longer than a group session
    setup.select_practice("box_4444", 600)
    assert setup.duration_s() == 600 and setup.length_combo.count() == 10
    setup.select_practice("body_scan_3")
    assert [setup.length_combo.itemData(i) for i in range(setup.length_combo.count())] == [180]
    assert panel.flow.practice is not None and panel.flow.practice.practice_id == "body_scan_3"
    assert "3:00" in setup.planned_label.text()


@pytest.mark.parametrize(("w", "h"), [(1024, 768), (1280, 720), (3840, 2160)])
def test_long_guided_captions_fit_and_stay_legible(
    qtbot: QtBot, clock: ManualClock, w: int, h: int
) -> None:
    from mindful_clinic.core.group.content import load_flow_content
    from mindful_clinic.core.group.flow import GroupFlow, plan_practice

    entry = next(e for e in shipped_entries() if e.id == "body_scan_3")
    flow = GroupFlow(load_flow_content(), clock)
    flow.choose_practice(plan_practice(entry, 180))
    flow.start()
    for _ in range(4):
        flow.next()
    presenter = PresenterWindow(flow.screen_state, clock)
    qtbot.addWidget(presenter)
    presenter.resize(w, h)
    presenter.show()
    session = flow.session
    assert session is not None
    for _ in range(session.timeline.segment_count):
        presenter.refresh()
        QApplication.processEvents()  # let the layout place the new words
        label = presenter.main_text
        assert label.text() and QFontInfo(label.font()).pixelSize() >= 0.06 * h * 0.98
        assert label.heightForWidth(label.width()) <= label.height() + 1
        assert presenter.rect().contains(label.geometry())
        session.next_segment()


def test_every_control_has_a_name_and_is_keyboard_reachable(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QComboBox,
        QLineEdit,
        QScrollBar,
    )

    presenter = open_presenter(qtbot, panel)
    presenter.show_strip()
    for root in (panel, presenter):
        for w in root.findChildren(QWidget):
            if isinstance(w, QScrollBar) or not w.isVisibleTo(root):
                continue
            if isinstance(w, (QAbstractButton, QAbstractSlider, QComboBox, QLineEdit)):
                assert heard(w), type(w).__name__
                assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w.accessibleName()


def test_a_new_catalog_keeps_the_choice(panel: GroupFacilitatorPanel) -> None:
    entries = [e for e in shipped_entries() if e.id in ("even_5_5", "box_4444")]
    panel.set_catalog(Catalog(entries))
    assert panel.setup.practice_combo.count() == 2
    assert panel.setup.selected_entry() is not None
    assert panel.setup.selected_entry().id == "even_5_5"  # type: ignore[union-attr]
    assert panel.setup.duration_s() == 180


def test_escape_on_the_shared_screen_asks_before_ending_the_session(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    asked: list[QWidget] = []
    answers = iter(["", "hide", "end"])
    panel.ask_on_escape = lambda parent: asked.append(parent) or next(answers)
    presenter = open_presenter(qtbot, panel)
    qtbot.keyClick(presenter, K.Key_Escape)  # changed their mind: all stays as it was
    assert panel.presenter is presenter and panel.flow.started and asked == [presenter]
    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, K.Key_Escape)  # only hide: the session runs on
    assert panel.presenter is None and panel.flow.started
    stage = panel.flow.stage.id
    presenter = open_presenter(qtbot, panel)
    assert panel.flow.stage.id == stage  # shown again where the group was
    with qtbot.waitSignal(panel.session_finished):
        qtbot.keyClick(presenter, K.Key_Escape)  # end: the session finishes too
    assert panel.presenter is None and not panel.flow.started


def test_the_room_sees_the_arrival_screen_as_soon_as_it_is_shown(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    presenter = open_presenter(qtbot, panel)
    presenter.refresh()
    assert presenter.main_text.isVisible() and presenter.main_text.text()
    assert presenter.heading.text() == panel.flow.stage.title


def test_a_session_where_nothing_happened_is_not_kept(
    qtbot: QtBot, panel: GroupFacilitatorPanel, store: GroupStore
) -> None:
    panel.keep_totals.setChecked(True)
    go_to(panel, "practice")  # walked through, nothing practised or answered
    panel.finish_session()
    assert store.records() == []
    assert "nothing was kept" in panel.status_label.text()


def test_the_preview_follows_high_contrast(panel: GroupFacilitatorPanel) -> None:
    before = panel.preview.styleSheet()
    panel.setup.high_contrast.setChecked(True)
    assert panel.preview.styleSheet() != before
    panel.setup.high_contrast.setChecked(False)
    assert panel.preview.styleSheet() == before


def test_the_page_says_what_it_is(panel: GroupFacilitatorPanel) -> None:
    """Every page opens with its name as a heading; the group page began with a box called
    "Practice", which a tired facilitator could take for the Practise page."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    heading = panel.setup.heading
    assert isinstance(heading, QLabel) and heading.text() == "Group session"
    first_box = panel.setup.findChildren(QGroupBox)[0]
    assert (
        heading.mapTo(panel, heading.rect().topLeft()).y()
        < first_box.mapTo(panel, first_box.rect().topLeft()).y()
    )
    assert heading.font().pointSizeF() > first_box.font().pointSizeF()


def test_before_a_session_the_preview_shows_the_arrival_screen(
    qtbot: QtBot, panel: GroupFacilitatorPanel
) -> None:
    """ "The room sees" is never an empty area: before F5 it shows what F5 will show (issue #16)."""
    preview = panel.preview
    qtbot.waitUntil(preview.isVisible)
    preview.refresh()
    assert not panel.flow.started
    assert preview.heading.text() == panel.flow.stage.title
    assert preview.main_text.isVisible()
    assert preview.main_text.text() == panel.flow.stage.screen_text
    assert not panel.flow.started  # showing it starts nothing
    # F5: the room sees the same words the preview showed.
    presenter = open_presenter(qtbot, panel)
    presenter.refresh()
    assert presenter.main_text.text() == preview.main_text.text()
    assert presenter.heading.text() == preview.heading.text()
