"""The stress check-in answered from the keyboard and the mouse, with a clock that moves on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.log.checkin import CheckInWidget
from tests.heard import heard


def make(qtbot: QtBot, allow_note: bool = False) -> tuple[CheckInWidget, ManualClock, list[object]]:
    clock = ManualClock()
    widget = CheckInWidget(None, allow_note, clock)
    qtbot.addWidget(widget)
    widget.show()
    answers: list[object] = []
    widget.answered.connect(answers.append)
    return widget, clock, answers


def test_one_key_answers(qtbot: QtBot) -> None:
    widget, _, answers = make(qtbot)
    assert widget.question.text() == "How stressed do you feel right now?"
    qtbot.keyClick(widget, "7")
    assert answers == [(7, "")]
    qtbot.keyClick(widget, "3")  # answered once only
    assert answers == [(7, "")]


def test_one_then_zero_within_a_second_is_ten(qtbot: QtBot) -> None:
    widget, clock, answers = make(qtbot)
    qtbot.keyClick(widget, "1")
    assert answers == [] and widget.buttons[1].isChecked()  # shown as a tentative 1
    clock.advance(0.6)
    qtbot.keyClick(widget, "0")
    assert answers == [(10, "")]


def test_a_lone_one_becomes_one_when_the_second_is_up(qtbot: QtBot) -> None:
    widget, clock, answers = make(qtbot)
    qtbot.keyClick(widget, "1")
    clock.advance(0.5)
    widget._pending_timeout()  # the timer fired early: the clock says wait
    assert answers == [] and widget._pending_timer.isActive()
    clock.advance(0.6)
    widget._pending_timeout()
    assert answers == [(1, "")]


def test_enter_confirms_a_one_at_once(qtbot: QtBot) -> None:
    widget, _, answers = make(qtbot)
    qtbot.keyClick(widget, "1")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert answers == [(1, "")]


def test_click_and_skip(qtbot: QtBot) -> None:
    widget, _, answers = make(qtbot)
    qtbot.mouseClick(widget.buttons[4], Qt.MouseButton.LeftButton)
    assert answers == [(4, "")]
    other, _, skipped = make(qtbot)
    qtbot.mouseClick(other.skip_button, Qt.MouseButton.LeftButton)
    assert skipped == [(None, "")]
    third, _, escaped = make(qtbot)
    qtbot.keyClick(third, Qt.Key.Key_Escape)
    assert escaped == [(None, "")]


def test_after_practice_rating_and_note(qtbot: QtBot) -> None:
    widget, clock, answers = make(qtbot, allow_note=True)
    assert widget.note.isVisible()
    assert widget.note.placeholderText() == "Anything you'd like to note? (optional)"
    assert widget.selected is None  # nothing pre-selected: the earlier answer is never shown
    qtbot.keyClick(widget, "1")
    clock.advance(0.9)
    qtbot.keyClick(widget, "0")
    assert answers == [] and widget.selected == 10
    qtbot.keyClicks(widget.note, "a longer out-breath, 2 rounds")
    assert widget.selected == 10  # digits typed into the note stay in the note
    qtbot.keyClick(widget.note, Qt.Key.Key_Return)
    assert answers == [(10, "a longer out-breath, 2 rounds")]


def test_after_practice_skip_keeps_the_note(qtbot: QtBot) -> None:
    widget, _, answers = make(qtbot, allow_note=True)
    qtbot.mouseClick(widget.buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.buttons[3], Qt.MouseButton.LeftButton)  # changed my mind
    assert widget.selected == 3
    widget.note.setText("walked to the window")
    qtbot.mouseClick(widget.skip_button, Qt.MouseButton.LeftButton)
    assert answers == [(None, "walked to the window")]


def test_reset_clears_everything(qtbot: QtBot) -> None:
    widget, _, answers = make(qtbot, allow_note=True)
    qtbot.keyClick(widget, "5")
    widget.note.setText("x")
    widget.reset()
    assert widget.selected is None and widget.note.text() == ""
    qtbot.mouseClick(widget.done_button, Qt.MouseButton.LeftButton)
    assert answers == [(None, "")]


def test_every_control_is_named_and_reachable(qtbot: QtBot) -> None:
    widget, _, _ = make(qtbot, allow_note=True)
    controls = widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit)
    assert len(controls) == 14
    for control in controls:
        assert heard(control)
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert widget.buttons[10].accessibleName() == "10 out of 10"


def test_the_note_box_shows_its_whole_hint(qtbot: QtBot) -> None:
    """After a practice the empty note box read "Anything you'd like to note? (optio...": the hint
    was cut off. The box is wide enough for its whole hint, in any language's wording."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame

    from mindful_clinic.ui.shell import theme

    theme.apply(QApplication.instance(), theme.LIGHT)  # the app's style sheet pads the box
    widget, _, _ = make(qtbot, allow_note=True)
    widget.resize(1000, 600)
    qtbot.waitExposed(widget)
    note = widget.note
    option = QStyleOptionFrame()
    note.initStyleOption(option)
    inside = note.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, note)
    hint = note.fontMetrics().horizontalAdvance(note.placeholderText())
    assert inside.width() - 4 >= hint  # QLineEdit keeps 2 px of margin each side of its text


def test_tab_reaches_every_rating_before_and_after_a_practice(qtbot: QtBot) -> None:
    for allow_note in (False, True):  # after a practice the ratings stay chosen until Done
        widget, _, _ = make(qtbot, allow_note=allow_note)
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
        widget.buttons[0].setFocus()
        reached = []
        for _ in range(10):
            focused = widget.focusWidget()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            reached.append(widget.focusWidget())
        assert reached == widget.buttons[1:], allow_note


def test_after_a_practice_done_carries_the_rating_chosen(qtbot: QtBot) -> None:
    widget, _, _ = make(qtbot, allow_note=True)
    widget.choose(3)  # a click, or 3 typed: the keyboard moves on to Done
    assert widget.done_button.accessibleDescription() == "Save my answer: 3 out of 10"
