"""What sounds when: the plan the cue driver follows, checked without Qt or waiting."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.practice.timeline import CyclicTimeline, Segment, StepTimeline
from mindful_clinic.core.sound.cue_plan import CuePlan, newest_of_each_kind, segment_sound
from mindful_clinic.core.sound.settings import PracticeSoundChoices

BOTH = PracticeSoundChoices(inhale_cue=True, exhale_cue=True)


@dataclass(frozen=True)
class Step:
    text: str
    cue: str | None = None


def sighs() -> CyclicTimeline:
    pattern = next(p for p in load_shipped_patterns() if p.id == "cyclic_sigh")
    return pattern.timeline(60)


def test_breath_phases_get_rising_and_falling_cues_and_holds_stay_silent() -> None:
    assert segment_sound(Segment("inhale", 4), BOTH) == ("cue_in", "cues")
    assert segment_sound(Segment("top_up", 1), BOTH) == ("cue_in", "cues")
    assert segment_sound(Segment("exhale", 6), BOTH) == ("cue_out", "cues")
    assert segment_sound(Segment("hold", 4), BOTH) is None
    assert segment_sound(Segment("self_paced", 60), BOTH) is None
    assert segment_sound(Segment("inhale", 4), PracticeSoundChoices()) is None


def test_guided_steps_play_the_cue_their_payload_names() -> None:
    choices = PracticeSoundChoices()
    assert segment_sound(Segment("step", 30, payload=Step("feet", "bell_interval")), choices) == (
        "bell_interval",
        "cues",
    )
    assert segment_sound(Segment("step", 30, payload=Step("feet")), choices) is None
    assert segment_sound(Segment("step", 30, payload={"cue": "x"}), choices) is None
    voice = Step("intro", "user_guidance_welcome")
    assert segment_sound(Segment("step", 30, payload=voice), choices) == (
        "user_guidance_welcome",
        "voice",
    )
    off = PracticeSoundChoices(step_cues=False)
    assert segment_sound(Segment("step", 30, payload=Step("feet", "bell_bowl")), off) is None


def test_the_whole_run_of_a_box_pattern() -> None:
    tl = CyclicTimeline([Segment(k, 4) for k in ("inhale", "hold", "exhale", "hold")], 2)
    plan = CuePlan(tl, BOTH)
    cues = plan.cues_between(-1, tl.total_s)
    assert [(c.at_s, c.sound) for c in cues] == [
        (0.0, "bell_start"),
        (0.0, "cue_in"),
        (8.0, "cue_out"),
        (16.0, "cue_in"),
        (24.0, "cue_out"),
        (32.0, "bell_end"),
    ]
    assert plan.next_time_after(-1) == 0.0
    assert plan.next_time_after(0.0) == 8.0  # the hold at 4 s has nothing to play
    assert plan.next_time_after(24.0) == 32.0
    assert plan.next_time_after(32.0) is None


def test_top_up_inhale_is_cued_too() -> None:
    plan = CuePlan(sighs(), BOTH)
    first_cycle = plan.cues_between(-1, sighs().cycle_s - 0.01)
    assert [c.sound for c in first_cycle] == ["bell_start", "cue_in", "cue_in", "cue_out"]


def test_interval_bells_every_n_minutes_but_not_on_top_of_the_end() -> None:
    tl = StepTimeline([Segment("step", 120), Segment("step", 180)])  # 5 minutes
    plan = CuePlan(tl, PracticeSoundChoices(interval_bell_min=1, start_bell=False))
    cues = plan.cues_between(-1, tl.total_s)
    assert [(c.at_s, c.sound) for c in cues] == [
        (60.0, "bell_interval"),
        (120.0, "bell_interval"),
        (180.0, "bell_interval"),
        (240.0, "bell_interval"),
        (300.0, "bell_end"),
    ]
    nearly = StepTimeline([Segment("step", 62)])
    assert [c.why for c in CuePlan(nearly, plan.choices).cues_between(-1, 62)] == ["end"]


def test_cues_between_is_half_open() -> None:
    tl = CyclicTimeline([Segment("inhale", 5), Segment("exhale", 5)], 3)
    plan = CuePlan(tl, BOTH)
    assert [c.at_s for c in plan.cues_between(0.0, 5.0)] == [5.0]
    assert plan.cues_between(5.0, 9.999) == []
    assert [c.at_s for c in plan.cues_between(4.999, 10.0)] == [5.0, 10.0]


def test_boundaries_stay_exact_over_twenty_minutes() -> None:
    pattern = next(p for p in load_shipped_patterns() if p.id == "resonance_5_5")
    tl = pattern.timeline(1200)
    plan = CuePlan(tl, BOTH)
    t, times = -1.0, []
    while (nxt := plan.next_time_after(t)) is not None:
        times.append(nxt)
        t = nxt
    cycle = tl.cycle_s
    assert times[-1] == pytest.approx(tl.total_s)
    assert times[:-1] == pytest.approx([i * cycle / 2 for i in range(len(times) - 1)])


def test_a_late_timer_plays_only_the_newest_of_each_kind() -> None:
    tl = StepTimeline([Segment("step", 30, payload=Step(str(i), "cue_in")) for i in range(10)])
    plan = CuePlan(tl, PracticeSoundChoices(interval_bell_min=1))
    backlog = plan.cues_between(-1, 200.0)
    kept = newest_of_each_kind(backlog)
    assert [(c.at_s, c.why) for c in kept] == [
        (0.0, "start"),
        (180.0, "segment"),
        (180.0, "interval"),
    ]
    at_end = newest_of_each_kind(plan.cues_between(200.0, 300.0))
    assert [c.why for c in at_end] == ["segment", "end"]


def test_every_cue_in_shipped_guided_practices_is_a_shipped_sound() -> None:
    from mindful_clinic.core.guided.schema import load_shipped_practices
    from mindful_clinic.core.sound.design import BY_NAME

    practices = load_shipped_practices()
    named = {s.cue for p in practices for s in p.steps if s.cue}
    assert named and named <= set(BY_NAME)
    with_cues = next(p for p in practices if any(s.cue for s in p.steps))
    timeline = with_cues.timeline()
    plan = CuePlan(timeline, PracticeSoundChoices(start_bell=False, end_bell=False))
    step_cues = [c for c in plan.cues_between(-1, timeline.total_s) if c.why == "segment"]
    expected = [
        timeline.segment_start(i)
        for i, step in enumerate(timeline.steps)
        if getattr(step.payload, "cue", None)
    ]
    assert expected
    assert [c.at_s for c in step_cues] == expected
