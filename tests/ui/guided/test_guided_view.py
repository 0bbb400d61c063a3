"""The guided screen in fake time: a 3-minute body scan's regions, captions and voice, in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mindful_clinic.core.guided.practice import GuidedOptions, GuidedPlan
from mindful_clinic.core.guided.schema import load_shipped_practices
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.time.clock import ManualClock
from mindful_clinic.services.sound.speech import NO_ENGINE_MESSAGE, NullSpeaker
from mindful_clinic.ui.guided.body_map import region_label
from mindful_clinic.ui.guided.view import GuidedView
from tests.speech_fakes import FakeSpeaker

PRACTICES = {p.id: p for p in load_shipped_practices()}


def make_view(qtbot, plan: GuidedPlan, speaker=None, clock=None, **kw):  # type: ignore[no-untyped-def]
    clock = clock or ManualClock()
    speaker = speaker if speaker is not None else FakeSpeaker()
    session = PracticeSession(plan.timeline(), clock)
    view = GuidedView(session, plan, speaker, clock, **kw)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=1000)
    return view, session, speaker, clock


def test_a_three_minute_body_scan_runs_in_order_in_fake_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["body_scan_3"].plan()
    view, session, speaker, clock = make_view(qtbot, plan)
    assert view.body_map is not None
    seen: list[tuple[str, str | None, str | None]] = []

    def record() -> None:
        assert view.body_map is not None
        now = (view.caption.text(), view.body_map.current, view.body_map.selected_label())
        if not seen or seen[-1] != now:
            seen.append(now)

    view.begin()
    record()
    with qtbot.waitSignal(view.ended, timeout=1000) as ended:
        for _ in range(180):
            clock.advance(1.0)
            view.refresh()
            if not session.is_over:
                record()
    assert ended.args == [True]
    assert [c for c, _, _ in seen] == [s.caption for s in plan.steps]
    regions = [r for _, r, _ in seen]
    assert regions == [s.region for s in plan.steps]
    assert regions[1:10] == ["feet", "legs", "pelvis", "abdomen_lower_back", "chest_upper_back",
                             "hands_arms", "shoulders_neck", "face_head", "whole_body"]  # fmt: skip
    for _, region, label in seen:
        assert label == (region_label(region) if region else None)
    assert speaker.text() == " ".join(s.speech for s in plan.steps)  # a sentence at a time
    assert view.spoken == list(range(len(plan.steps)))
    assert not view.timer.isActive() and not view.boundary_timer.isActive()


def test_the_body_map_list_names_this_sittings_regions(qtbot) -> None:  # type: ignore[no-untyped-def]
    options = GuidedOptions(direction="head_to_feet", skip_regions=frozenset({"pelvis"}))
    plan = PRACTICES["body_scan_3"].plan(options)
    view, *_ = make_view(qtbot, plan)
    assert view.body_map is not None
    items = [view.body_map.list.item(i).text() for i in range(view.body_map.list.count())]
    assert items[0] == "Face and head" and "Pelvis and hips" not in items
    assert items[-1] == "Whole body"


def test_keys_pause_move_between_steps_and_speak_each_step_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["body_scan_3"].plan()
    view, session, speaker, clock = make_view(qtbot, plan)
    view.begin()
    clock.advance(5.0)
    view.refresh()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert session.state is SessionState.PAUSED
    assert view.pause_button.text() == "Resume" and view.step_count.text().startswith("Paused")
    assert speaker.stops == 1
    qtbot.keyClick(view, Qt.Key.Key_Right)  # moved while paused: spoken on resuming
    assert view.caption.text() == plan.steps[1].caption
    assert speaker.text() == plan.steps[0].speech
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert session.state is SessionState.RUNNING
    assert speaker.text() == plan.steps[0].speech + " " + plan.steps[1].speech
    qtbot.keyClick(view, Qt.Key.Key_Left)  # just begun: back to the step before
    assert view.caption.text() == plan.steps[0].caption
    assert view.body_map is not None and view.body_map.current is None
    assert speaker.text().endswith(plan.steps[1].speech + " " + plan.steps[0].speech)
    said = len(speaker.said)
    clock.advance(1.0)
    view.refresh()
    assert len(speaker.said) == said  # time passing within a step says nothing more


def test_stop_goes_to_grounding_then_ends_not_completed(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["self_compassion_break"].plan()
    view, session, speaker, clock = make_view(qtbot, plan)
    assert view.body_map is None
    assert view.stop_button.isVisible()
    view.begin()
    clock.advance(42.0)
    view.refresh()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert session.state is SessionState.STOPPED
    assert session.elapsed_s == pytest.approx(42.0)
    assert view.is_grounding and speaker.stops >= 1
    assert "three things you can see" in view.grounding.cues.text()
    with qtbot.waitSignal(view.support_requested, timeout=1000):
        view.grounding.support_button.click()
    with qtbot.waitSignal(view.ended, timeout=1000) as ended:
        view.grounding.continue_button.click()
    assert ended.args == [False]


def test_support_link_pauses_and_asks_for_the_support_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, session, _speaker, clock = make_view(qtbot, PRACTICES["rain_mini"].plan())
    view.begin()
    clock.advance(3.0)
    with qtbot.waitSignal(view.support_requested, timeout=1000):
        view.support_button.click()
    assert session.state is SessionState.PAUSED


def test_voice_off_speaks_nothing_and_captions_carry_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["stop_1"].plan()
    view, _session, speaker, clock = make_view(qtbot, plan, voice=False)
    view.begin()
    clock.advance(30.0)
    view.refresh()
    assert speaker.said == []
    assert view.caption.text() == plan.steps[2].caption
    view.voice_button.click()
    assert view.voice
    clock.advance(25.0)
    view.refresh()
    assert speaker.text() == plan.steps[3].speech


def test_no_speech_engine_is_said_once_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _session, _speaker, clock = make_view(
        qtbot, PRACTICES["breathing_space_1"].plan(), speaker=NullSpeaker()
    )
    view.begin()
    assert view.status.isVisibleTo(view) and view.status.text() == NO_ENGINE_MESSAGE
    view.status.clear()
    clock.advance(25.0)
    view.refresh()
    assert view.status.text() == ""  # said once only


def test_skip_note_is_shown_above_the_caption(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["body_scan_3"].plan(GuidedOptions(skip_regions=frozenset({"pelvis"})))
    view, session, _speaker, clock = make_view(qtbot, plan)
    view.begin()
    target = next(s for s in plan.steps if s.note)
    clock.advance(target.start_s + 0.5)
    view.refresh()
    assert view.note.isVisibleTo(view) and "pelvis and hips" in view.note.text()
    assert session.position.index == target.index


def test_a_slow_voice_is_never_cut_off_and_the_practice_keeps_its_length(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["body_scan_3"].plan()
    clock = ManualClock()
    speaker = FakeSpeaker(clock=clock, seconds_per_word=0.55)  # about 110 words a minute
    view, session, _speaker, _clock = make_view(qtbot, plan, speaker=speaker, clock=clock)
    view.begin()
    late: list[float] = []
    with qtbot.waitSignal(view.ended, timeout=1000) as ended:
        for _ in range(2400):
            clock.advance(0.1)
            view.refresh()
            if view.shown_index is not None and not session.is_over:
                late.append(session.elapsed_s - plan.steps[view.shown_index].start_s)
            if view._ended_emitted:
                break
    assert ended.args == [True]
    assert speaker.utterances and not any(u.cut for u in speaker.utterances)
    assert max(late) > 1.0  # some step waited for the words before it
    assert session.elapsed_s == 180.0
    assert speaker.text() == " ".join(s.speech for s in plan.steps)


def test_pausing_mid_sentence_says_that_sentence_again_on_resuming(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["body_scan_3"].plan()
    clock = ManualClock()
    speaker = FakeSpeaker(clock=clock, seconds_per_word=0.4)
    view, _session, _speaker, _clock = make_view(qtbot, plan, speaker=speaker, clock=clock)
    view.begin()
    clock.advance(1.5)
    view.refresh()
    interrupted = speaker.said[-1]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert speaker.utterances[-1].cut
    clock.advance(60)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert speaker.said[-1] == interrupted and not speaker.utterances[-1].cut


def test_stop_during_the_last_words_after_the_time_is_up_ends_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["stop_1"].plan()
    clock = ManualClock()
    speaker = FakeSpeaker(clock=clock, seconds_per_word=5.0)  # far too slow to finish in time
    view, session, _speaker, _clock = make_view(qtbot, plan, speaker=speaker, clock=clock)
    view.begin()
    clock.advance(plan.total_s + 0.5)
    view.refresh()
    assert session.state is SessionState.FINISHED and view.pacer.busy
    assert not view._ended_emitted  # the sentence in progress is not cut by the clock
    with qtbot.waitSignal(view.ended, timeout=1000) as ended:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert ended.args == [True] and speaker.utterances[-1].cut


def test_the_voice_button_says_unavailable_without_a_speech_engine(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    from tests.heard import heard

    plan = PRACTICES["body_scan_3"].plan()
    view, *_ = make_view(qtbot, plan, speaker=NullSpeaker(), voice=True)
    button = view.voice_button
    assert button.text() == "Voice: unavailable"
    assert button.toolTip() == NO_ENGINE_MESSAGE
    # Neither drawn nor heard as switched on: not pressed, and unavailable.
    assert not button.isChecked() and not button.isEnabled()
    access = QAccessible.queryAccessibleInterface(button)
    assert access.state().disabled and not access.state().checked
    assert "Voice: unavailable" in heard(button)
    assert access.text(QAccessible.Text.Description) == NO_ENGINE_MESSAGE
    assert view.voice  # the wish is kept: muting and unmuting do not lose it
    view.set_voice(False)  # e.g. mute: off reads as off, and can be pressed again
    assert button.text() == "Voice: off" and button.isEnabled() and not button.isChecked()
    working, *_ = make_view(qtbot, plan, voice=True)
    assert working.voice_button.text() == "Voice: on"
    assert working.voice_button.isChecked() and working.voice_button.isEnabled()


def test_the_region_list_reads_as_calm_progress_and_the_caption_sits_centred(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFrame

    plan = PRACTICES["body_scan_3"].plan(GuidedOptions(direction="head_to_feet"))
    view, _session, _speaker, _clock = make_view(qtbot, plan)
    body_map = view.body_map
    assert body_map is not None
    assert view.caption.alignment() == Qt.AlignmentFlag.AlignCenter
    assert view.caption.font().pointSizeF() > view.step_title.font().pointSizeF()
    regions = [body_map.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)]
    body_map.set_current(regions[1])
    done, now, later = (body_map.list.item(i) for i in range(3))
    assert done.data(Qt.ItemDataRole.AccessibleTextRole) == "Face and head, done"
    assert now.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", now")
    assert later.data(Qt.ItemDataRole.AccessibleTextRole) == later.text()
    assert now.font().bold() and not done.font().bold() and not later.font().bold()
    assert done.foreground().color() != later.foreground().color()  # muted
    assert not done.icon().isNull()
    assert body_map.list.frameShape() == QFrame.Shape.NoFrame or "border: none" in (
        body_map.list.styleSheet()
    )


def test_a_screen_reader_hears_the_words_when_no_voice_can_read_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = PRACTICES["body_scan_3"].plan()
    first = plan.steps[0]
    silent, *_ = make_view(qtbot, plan, speaker=NullSpeaker(), voice=True)
    silent.begin()
    assert list(silent.announcer.said) == [f"{first.title}. {first.caption}"]
    speaking, *_ = make_view(qtbot, plan, voice=True)
    speaking.begin()
    assert list(speaking.announcer.said) == [first.title]  # the voice reads the words


def test_space_on_the_voice_button_switches_the_voice_and_the_practice_runs_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, session, *_ = make_view(qtbot, PRACTICES["body_scan_3"].plan(), voice=True)
    view.begin()
    view.voice_button.setFocus()
    qtbot.keyClick(view.voice_button, Qt.Key.Key_Space)
    assert view.voice_button.text() == "Voice: off"
    assert session.state is SessionState.RUNNING
