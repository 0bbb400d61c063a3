"""The session engine: exact phase boundaries over 20 minutes of fake time, pause, stop, finish."""

from __future__ import annotations

import pytest

from mindful_clinic.core.breath.pattern import BreathMode, PhaseKind, fill_at
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.practice.session import PracticeSession, SessionError, SessionState
from mindful_clinic.core.practice.timeline import Segment, StepTimeline
from mindful_clinic.core.time.clock import ManualClock


def pattern(pid: str):  # type: ignore[no-untyped-def]
    return next(p for p in load_shipped_patterns() if p.id == pid)


def test_twenty_minute_box_session_has_exact_phase_boundaries() -> None:
    clock = ManualClock()
    box = pattern("box_4444")
    session = PracticeSession(box.timeline(1200), clock)
    assert session.state is SessionState.READY
    session.start()
    kinds = ["inhale", "hold", "exhale", "hold"]
    assert session.position.segment.kind == "inhale"
    # Walk the whole 20 minutes, checking 1 ms either side of every boundary.
    for boundary in range(4, 1200, 4):
        clock_target = 1000.0 + boundary
        clock.advance(clock_target - clock.monotonic() - 0.001)
        before = session.position
        clock.advance(0.001)
        after = session.position
        assert after.segment.kind == kinds[(boundary // 4) % 4]
        assert after.segment_start_s == pytest.approx(boundary)
        assert before.segment.kind == kinds[(boundary // 4 - 1) % 4]
        assert before.progress == pytest.approx(1 - 0.001 / 4)
    assert session.state is SessionState.RUNNING
    clock.advance(4.0 - 0.002)
    assert session.state is SessionState.RUNNING
    assert session.remaining_s == pytest.approx(0.002, abs=1e-6)
    clock.advance(0.002)
    assert session.state is SessionState.FINISHED
    assert session.elapsed_s == 1200
    assert session.finish_monotonic == pytest.approx(1000.0 + 1200)


def test_pause_holds_everything_still_and_resume_continues() -> None:
    clock = ManualClock()
    session = PracticeSession(pattern("extended_4_6").timeline(60), clock)
    session.start()
    clock.advance(5.0)  # one second into the exhale
    session.pause()
    frozen = (session.position, session.elapsed_s, session.remaining_s)
    clock.advance(300.0)
    assert session.state is SessionState.PAUSED
    assert (session.position, session.elapsed_s, session.remaining_s) == frozen
    session.resume()
    clock.advance(1.0)
    assert session.elapsed_s == pytest.approx(6.0)
    assert session.finish_monotonic == pytest.approx(1000.0 + 300.0 + 60.0)
    clock.advance(54.0)
    assert session.state is SessionState.FINISHED


def test_stop_freezes_real_duration() -> None:
    clock = ManualClock()
    session = PracticeSession(pattern("resonance_5_5").timeline(300), clock)
    session.start()
    clock.advance(42.5)
    session.stop()
    clock.advance(100)
    assert session.state is SessionState.STOPPED
    assert session.elapsed_s == pytest.approx(42.5)
    with pytest.raises(SessionError):
        session.resume()


def test_cannot_pause_before_start() -> None:
    session = PracticeSession(pattern("even_5_5").timeline(60), ManualClock())
    with pytest.raises(SessionError):
        session.pause()


def test_478_stops_after_four_breaths_and_holds_can_be_switched_off() -> None:
    weil = pattern("weil_478")
    assert weil.timeline(1200).total_s == 4 * 19
    no_holds = weil.timeline(1200, holds=False)
    assert no_holds.total_s == 4 * 12
    assert [s.kind for s in no_holds.phases] == ["inhale", "exhale"]


def test_tempo_scales_every_phase_and_keeps_the_ratio() -> None:
    slow = pattern("extended_4_6").effective_phases(tempo=1.25)
    assert [p.seconds for p in slow] == [5.0, 7.5]
    with pytest.raises(ValueError):
        pattern("extended_4_6").effective_phases(tempo=1.5)


def test_session_ends_on_a_whole_breath() -> None:
    resonance = pattern("resonance_5_5")
    assert resonance.timeline(300).total_s == 27 * 11


def test_shape_fills_on_inhale_rests_on_hold_and_empties_on_exhale() -> None:
    phases = pattern("box_4444").effective_phases()
    assert fill_at(phases, 0, 0.0) == pytest.approx(0.0)
    assert fill_at(phases, 0, 0.5) == pytest.approx(0.5)
    assert fill_at(phases, 0, 1.0) == pytest.approx(1.0)
    assert fill_at(phases, 1, 0.3) == pytest.approx(1.0)
    assert fill_at(phases, 2, 1.0) == pytest.approx(0.0)
    sigh = pattern("cyclic_sigh").effective_phases()
    assert sigh[1].kind is PhaseKind.TOP_UP
    assert fill_at(sigh, 0, 1.0) == pytest.approx(0.8)
    assert fill_at(sigh, 1, 1.0) == pytest.approx(1.0)


def test_self_paced_mode_is_one_open_stretch() -> None:
    sigh = pattern("cyclic_sigh")
    timeline = sigh.timeline(300, mode=BreathMode.SELF_PACED)
    assert timeline.total_s == 300
    assert timeline.position_at(100).segment.kind == "self_paced"


def test_next_and_previous_step_jump_without_losing_the_clock() -> None:
    clock = ManualClock()
    steps = StepTimeline([Segment("step", 10), Segment("step", 20), Segment("step", 30)])
    session = PracticeSession(steps, clock)
    session.start()
    clock.advance(3)
    session.next_segment()
    assert session.position.index == 1 and session.elapsed_s == pytest.approx(10)
    clock.advance(5)
    session.previous_segment()  # 5 s in: back to the start of this step
    assert session.position.index == 1 and session.elapsed_s == pytest.approx(10)
    session.previous_segment()  # just started: to the step before
    assert session.position.index == 0
    session.next_segment()
    session.next_segment()
    session.next_segment()
    assert session.state is SessionState.FINISHED
