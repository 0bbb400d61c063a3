"""Typed answers on the guided screen (issue #19, item 4): a calm optional box under the caption,
typing pauses the practice, Enter goes on and Esc skips; the words are offered to keep at the end,
never spoken, and there is no box on a shared screen."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from mindful_clinic.core.guided.practice import GuidedOptions, GuidedPlan
from mindful_clinic.core.guided.schema import load_shipped_practice
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.ui.guided.answer_box import AnswerBox, KeepWords
from mindful_clinic.ui.guided.view import GuidedView
from tests.heard import unheard
from tests.speech_fakes import FakeSpeaker
from tests.ui.guided.test_guided_view import make_view


class Keeper:
    """Records what the user chose to keep."""

    def __init__(self) -> None:
        self.kept: list[tuple[str, str]] = []
        self.parked: list[tuple[str, time]] = []

    def keep(self, text: str, kind: str) -> None:
        self.kept.append((text, kind))

    def park(self, text: str, at: time) -> str:
        self.parked.append((text, at))
        return f"Parked until {at:%H:%M}."


def plan(practice_id: str, length_s: int = 180) -> GuidedPlan:
    source = {
        "in_my_control": "guided/54_in_my_control.toml",
        "worry_time": "guided/53_worry_time.toml",
        "thoughts_not_facts": "guided/52_thoughts_not_facts.toml",
    }[practice_id]
    return load_shipped_practice(source).plan(GuidedOptions(length_s=length_s))


def go_to(view: GuidedView, clock: ManualClock, step_id: str) -> None:
    """Move the fake clock to just inside the step (from wherever the session stands)."""
    step = next(s for s in view.plan.steps if s.id == step_id)
    clock.advance(step.start_s + 0.5 - view.session.elapsed_s)
    for _ in range(20):  # a speaking voice finishes the step before's words first
        view.refresh()
        if view.current_step().id == step_id:
            break
        clock.advance(0.2)
    assert view.current_step().id == step_id


def type_at(qtbot, view: GuidedView, clock: ManualClock, step_id: str, text: str) -> AnswerBox:  # type: ignore[no-untyped-def]
    """Go to ``step_id`` and type ``text`` into its answer box, focused first as a user would."""
    go_to(view, clock, step_id)
    box = view.answer_box
    assert box is not None
    box.editor.setFocus()
    qtbot.keyClicks(box.editor, text)
    return box


def stop_early(view: GuidedView) -> None:
    """Stop the practice and leave the grounding screen."""
    view.stop()
    view.grounding.continue_button.click()


def finish(view: GuidedView, clock: ManualClock) -> None:
    clock.advance(view.session.planned_s - view.session.elapsed_s + 0.1)
    for _ in range(40):  # the last words are finished before the practice ends
        view.refresh()
        if view.keep_page is not None or view.ended_emitted:
            return
        clock.advance(0.2)


def test_the_box_appears_only_on_steps_that_invite_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _session, _speaker, clock = make_view(qtbot, plan("in_my_control"), keeper=Keeper())
    view.begin()
    box = view.answer_box
    assert box is not None and not box.isVisible()  # "Arriving": nothing to type
    go_to(view, clock, "act")
    assert box.isVisible() and box.prompt.text() == "What you can act on"
    assert isinstance(box.editor, QPlainTextEdit)  # a list: one item a line
    assert "What you can act on" in box.editor.accessibleName()
    assert not box.editor.hasFocus()  # never takes the keyboard by itself
    go_to(view, clock, "next_step")
    assert isinstance(box.editor, QLineEdit) and box.prompt.text() == "One next step"
    go_to(view, clock, "close")
    assert not box.isVisible()
    stop_early(view)


def test_typing_pauses_the_practice_enter_goes_on_and_esc_skips(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, session, _speaker, clock = make_view(qtbot, plan("in_my_control"), keeper=Keeper())
    view.begin()
    go_to(view, clock, "next_step")
    box = view.answer_box
    assert box is not None
    box.editor.setFocus()
    assert session.state is SessionState.RUNNING  # reaching the box alone does not pause
    qtbot.keyClicks(box.editor, "ring the ward")  # Space types a space, it does not pause
    assert session.state is SessionState.PAUSED
    assert "Paused" in view.step_count.text() and box.go_on_button.isVisible()
    clock.advance(120.0)  # time spent writing is not taken from the practice
    view.refresh()
    assert view.current_step().id == "next_step"
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    assert session.state is SessionState.RUNNING
    assert view.sheet.text_of(view.current_step().index) == "ring the ward"
    assert not view.is_grounding  # Enter did not stop anything
    # Esc in the box skips: the words for this step go, the practice carries on (it is not stopped).
    box.editor.setFocus()
    qtbot.keyClicks(box.editor, " later")
    qtbot.keyClick(box.editor, Qt.Key.Key_Escape)
    assert session.state is SessionState.RUNNING and not view.is_grounding
    assert view.sheet.is_empty and box.text() == ""
    stop_early(view)


def test_a_list_goes_on_with_ctrl_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, session, _speaker, clock = make_view(qtbot, plan("in_my_control"), keeper=Keeper())
    view.begin()
    box = type_at(qtbot, view, clock, "act", "ring the ward")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)  # a new line, not the end
    qtbot.keyClicks(box.editor, "book leave")
    assert session.state is SessionState.PAUSED
    qtbot.keyClick(box.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.state is SessionState.RUNNING
    assert view.sheet.in_order()[0].items == ["ring the ward", "book leave"]
    stop_early(view)


def test_the_voice_never_says_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock()
    speaker = FakeSpeaker(clock=clock, seconds_per_word=0.01)
    keeper = Keeper()
    view, _session, speaker, clock = make_view(
        qtbot, plan("thoughts_not_facts"), speaker=speaker, clock=clock, keeper=keeper
    )
    view.begin()
    box = type_at(qtbot, view, clock, "notice", "zebra crossing thought")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.ended, timeout=1000):
        finish(view, clock)
        assert isinstance(view.keep_page, KeepWords)
        view.keep_page.keep_button.click()
    assert speaker.said and all("zebra" not in said for said in speaker.said)
    assert keeper.kept == [
        ("Thoughts are not facts\nThe thought, in a few words: zebra crossing thought", "other")
    ]


def test_at_the_end_esc_lets_the_words_go(qtbot) -> None:  # type: ignore[no-untyped-def]
    keeper = Keeper()
    view, _session, _speaker, clock = make_view(qtbot, plan("thoughts_not_facts"), keeper=keeper)
    view.begin()
    type_at(qtbot, view, clock, "notice", "not good enough").go_on()
    finish(view, clock)
    assert view.keep_page is not None and not view.ended_emitted  # the practice waits for a choice
    with qtbot.waitSignal(view.ended, timeout=1000) as ended:
        qtbot.keyClick(view.keep_page, Qt.Key.Key_Escape)
    assert ended.args == [True]
    assert keeper.kept == [] and view.sheet.is_empty and view.kept_message == ""


def test_a_practice_without_typed_words_ends_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _session, _speaker, clock = make_view(qtbot, plan("in_my_control"), keeper=Keeper())
    view.begin()
    with qtbot.waitSignal(view.ended, timeout=1000):
        finish(view, clock)
    assert view.keep_page is None


def test_worry_time_parks_the_worry_until_the_chosen_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        park_at_half_past_five(qtbot, "Park it until 17:30")
    finally:
        QLocale.setDefault(before)


def test_the_park_button_says_the_time_the_locales_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        park_at_half_past_five(qtbot, "Park it until 5:30 PM")
    finally:
        QLocale.setDefault(before)


def park_at_half_past_five(qtbot, button_text: str) -> None:  # type: ignore[no-untyped-def]
    keeper = Keeper()
    view, _session, _speaker, clock = make_view(qtbot, plan("worry_time"), keeper=keeper)
    view.begin()
    box = type_at(qtbot, view, clock, "name_worry", "the audit")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    go_to(view, clock, "choose_time")
    box.editor.setFocus()
    qtbot.keyClicks(box.editor, "17:30")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.ended, timeout=1000):
        finish(view, clock)
        page = view.keep_page
        assert page is not None
        assert page.park_button.text().replace("\u202f", " ") == button_text
        assert unheard(page) == []  # every choice named by its words, the list by its label
        page.park_button.click()
    assert keeper.parked == [("the audit", time(17, 30))]
    assert view.kept_message == "Parked until 17:30."


def test_stopping_early_still_offers_the_words_after_the_grounding_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    keeper = Keeper()
    view, _session, _speaker, clock = make_view(qtbot, plan("in_my_control"), keeper=keeper)
    view.begin()
    type_at(qtbot, view, clock, "next_step", "email the rota lead").go_on()
    view.stop_button.click()
    view.grounding.continue_button.click()
    assert view.keep_page is not None
    with qtbot.waitSignal(view.ended, timeout=1000) as ended:
        view.keep_page.keep_button.click()
    assert ended.args == [False]
    assert keeper.kept == [("In my control\nOne next step: email the rota lead", "other")]


def test_no_answer_box_on_a_shared_screen_or_without_a_keeper(qtbot) -> None:  # type: ignore[no-untyped-def]
    for kw in ({"keeper": Keeper(), "answers": False}, {}):
        view, _session, _speaker, clock = make_view(qtbot, plan("in_my_control"), **kw)
        view.begin()
        go_to(view, clock, "act")
        assert view.answer_box is None
        assert not view.findChildren(QPlainTextEdit) and not view.findChildren(QLineEdit)
        stop_early(view)
