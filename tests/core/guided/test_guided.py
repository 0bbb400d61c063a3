"""Guided practices on the step engine: exact timing at every length and choice, and navigation."""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

import pytest

from mindful_clinic.core.guided.describe import describe_plan, describe_practice
from mindful_clinic.core.guided.practice import (
    SKIPPABLE,
    GuidedOptions,
    GuidedPractice,
    GuidedStep,
    OptionError,
    allocate_ms,
    render,
)
from mindful_clinic.core.guided.schema import load_shipped_practices
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.time.clock import ManualClock

PRACTICES = {p.id: p for p in load_shipped_practices()}
BODY_SCANS = ("body_scan_3", "body_scan_10", "body_scan_20", "body_scan_45")
SCAN_ORDER = [
    None,
    "feet",
    "legs",
    "pelvis",
    "abdomen_lower_back",
    "chest_upper_back",
    "hands_arms",
    "shoulders_neck",
    "face_head",
    "whole_body",
    None,
]
# content-spec 2.2, seconds per segment, in SCAN_ORDER (the 45-minute scan: see its own test)
SPEC_TABLE = {
    "body_scan_3": [20, 15, 20, 10, 12, 13, 20, 15, 20, 25, 10],
    "body_scan_10": [60, 60, 90, 30, 60, 60, 60, 45, 60, 60, 15],
    "body_scan_20": [120, 150, 150, 90, 120, 120, 120, 90, 120, 90, 30],
}
SCAN_ORDER_45 = [None, "left_foot", "left_leg", "right_foot", "right_leg", *SCAN_ORDER[3:]]
SPEC_TABLE_45 = [240, 240, 240, 180, 180, 180, 240, 240, 300, 180, 240, 180, 60]


def practice(pid: str) -> GuidedPractice:
    return PRACTICES[pid]


def segments_by_region(
    steps: tuple[GuidedStep, ...], by_side: bool = False
) -> list[tuple[str | None, int]]:
    """Consecutive steps merged by region (left/right feet count as feet unless by_side), ms each."""
    groups = {"left_foot": "feet", "right_foot": "feet", "left_leg": "legs", "right_leg": "legs"}
    if by_side:
        groups = {}
    out: list[tuple[str | None, int]] = []
    for s in steps:
        key = groups.get(s.region or "", s.region)
        if out and out[-1][0] == key and key is not None:
            out[-1] = (key, out[-1][1] + s.duration_ms)
        else:
            out.append((key, s.duration_ms))
    return out


@pytest.mark.parametrize("pid", sorted(PRACTICES))
def test_every_length_of_every_practice_adds_up_exactly(pid: str) -> None:
    p = practice(pid)
    for length in p.durations_s:
        plan = p.plan(GuidedOptions(length_s=length))
        assert plan.total_ms == length * 1000
        start = 0
        for i, step in enumerate(plan.steps):
            assert step.index == i
            assert step.start_ms == start
            assert step.duration_ms >= 1000
            start += step.duration_ms
        timeline = plan.timeline()
        assert timeline.total_s == length  # exact float equality, not approx
        assert all(seg.kind == "step" for seg in timeline.steps)


@pytest.mark.parametrize("pid", BODY_SCANS)
def test_body_scans_follow_the_spec_region_order_and_time_table(pid: str) -> None:
    plan = practice(pid).plan()
    merged = segments_by_region(plan.steps, by_side=pid == "body_scan_45")
    # arriving may be several unregioned steps: fold them into one leading "None" segment
    lead = 0
    while merged[lead][0] is None:
        lead += 1
    merged = [(None, sum(ms for _, ms in merged[:lead])), *merged[lead:]]
    order, table = (
        (SCAN_ORDER_45, SPEC_TABLE_45) if pid == "body_scan_45" else (SCAN_ORDER, SPEC_TABLE[pid])
    )
    assert [r for r, _ in merged] == order
    assert [ms // 1000 for _, ms in merged] == table
    assert all(ms % 1000 == 0 for _, ms in merged)


def test_45_minute_scan_takes_the_left_foot_and_leg_then_the_right_as_in_mbsr() -> None:
    regions = [s.region for s in practice("body_scan_45").plan().steps if s.region]
    order = list(dict.fromkeys(regions))
    assert order[:4] == ["left_foot", "left_leg", "right_foot", "right_leg"]
    steps = practice("body_scan_45").plan().steps
    per = {r: sum(s.duration_ms for s in steps if s.region == r) for r in order[:4]}
    assert per == {"left_foot": 240_000, "right_foot": 180_000, "left_leg": 240_000,
                   "right_leg": 180_000}  # fmt: skip


@pytest.mark.parametrize("pid", BODY_SCANS)
def test_head_to_feet_reverses_the_scan_but_not_arrival_whole_body_or_close(pid: str) -> None:
    p = practice(pid)
    down = p.plan(GuidedOptions(direction="feet_to_head")).steps
    up = p.plan(GuidedOptions(direction="head_to_feet")).steps
    assert sum(s.duration_ms for s in up) == p.default_duration_s * 1000
    scan_down = [s.id for s in down if s.region and s.region != "whole_body"]
    scan_up = [s.id for s in up if s.region and s.region != "whole_body"]
    assert scan_up == scan_down[::-1]
    assert up[0].id == down[0].id and up[-1].id == "close"
    assert up[-2].region == "whole_body"
    first_region = next(s.region for s in up if s.region)
    assert first_region == "face_head"


@pytest.mark.parametrize("pid", BODY_SCANS)
@pytest.mark.parametrize("direction", ["feet_to_head", "head_to_feet"])
def test_skipping_regions_keeps_the_total_exact(pid: str, direction: str) -> None:
    p = practice(pid)
    groups = list(SKIPPABLE)
    total = p.default_duration_s * 1000
    for n in (1, 2, 3, 7):
        for skip in list(combinations(groups, n))[:12]:
            plan = p.plan(GuidedOptions(direction=direction, skip_regions=frozenset(skip)))
            assert plan.total_ms == total, skip
            assert plan.timeline().total_s == p.default_duration_s
            kept_groups = {s.region for s in plan.steps}
            for g in skip:
                assert not kept_groups & set(SKIPPABLE[g])


def test_a_skipped_region_keeps_its_time_resting_on_a_neutral_place() -> None:
    p = practice("body_scan_10")
    plain = {s.id: s.duration_ms for s in p.plan().steps}
    plan = p.plan(GuidedOptions(skip_regions=frozenset({"pelvis"})))
    durations = {s.id: s.duration_ms for s in plan.steps}
    assert sum(durations.values()) == 600_000
    assert "pelvis" not in durations and durations["rest_pelvis"] == 30_000
    assert all(durations[k] == v for k, v in plain.items() if k != "pelvis")
    rest = next(s for s in plan.steps if s.id == "rest_pelvis")
    assert rest.region is None and "pelvis and hips" in rest.caption


def test_skip_note_names_what_is_left_out_and_offers_a_neutral_area() -> None:
    p = practice("body_scan_3")
    plan = p.plan(GuidedOptions(skip_regions=frozenset({"chest_upper_back"})))
    rest = next(s for s in plan.steps if s.id == "rest_chest")
    assert "chest and upper back" in rest.note
    assert "hands or your feet" in rest.note
    assert rest.note in rest.speech
    assert all(not s.note for s in plan.steps if s.id != "rest_chest")
    # With the hands skipped too, the neutral place is the feet only.
    plan = p.plan(GuidedOptions(skip_regions=frozenset({"chest_upper_back", "hands_arms"})))
    first, also = (s for s in plan.steps if s.id in ("rest_chest", "rest_hands_arms"))
    assert "the chest and upper back" in first.note and "your feet" in first.note
    assert also.note.startswith("And leaving out the hands and arms too")


def test_a_long_skipped_stretch_is_never_long_without_a_word() -> None:
    p = practice("body_scan_45")
    plan = p.plan(GuidedOptions(skip_regions=frozenset({"feet", "legs"})))
    quiet = [s for s in plan.steps if s.id.startswith("rest_")]
    assert len(quiet) == 14 and all(s.note for s in quiet)
    assert "left foot" in quiet[0].note and "left leg" in quiet[4].note
    assert "right foot" in quiet[8].note and "right leg" in quiet[11].note


def test_skipping_every_region_is_refused_in_plain_words() -> None:
    with pytest.raises(OptionError, match="at least one region"):
        practice("body_scan_3").plan(GuidedOptions(skip_regions=frozenset(SKIPPABLE)))


def test_fixed_steps_keep_their_length_at_every_total() -> None:
    p = practice("self_compassion_break")
    for length in (120, 180, 300):
        plan = p.plan(GuidedOptions(length_s=length))
        assert plan.steps[0].duration_ms == 20_000
        assert plan.total_ms == length * 1000


def test_loving_kindness_focus_can_leave_people_out() -> None:
    p = practice("loving_kindness_5")
    assert p.foci == ("loved_one", "self", "colleague_or_team", "everyone")
    plan = p.plan(GuidedOptions(focus=frozenset({"loved_one", "everyone"})))
    assert [s.focus for s in plan.steps if s.focus] == ["loved_one", "everyone"]
    assert plan.total_ms == 300_000
    with pytest.raises(OptionError):
        p.plan(GuidedOptions(focus=frozenset()))


def test_choices_fill_the_words_and_capitalise_at_a_sentence_start() -> None:
    p = practice("self_compassion_break")
    plan = p.plan(GuidedOptions(touch="none", eyes="open", posture="stand", anchor="sounds"))
    kindness = next(s for s in plan.steps if s.id == "kindness")
    assert "no touch at all" in kindness.caption
    assert "{" not in kindness.spoken
    arrive = plan.steps[0]
    assert "standing" in arrive.caption and "eyes open" in arrive.caption
    words = {"eyes": {"open": "with your eyes open"}}
    assert (
        render("{eyes}, then.", words, GuidedOptions(eyes="open")) == "With your eyes open, then."
    )
    assert render("Sit. {eyes}.", words, GuidedOptions(eyes="open")) == "Sit. With your eyes open."
    assert render("Sit {eyes}.", words, GuidedOptions(eyes="open")) == "Sit with your eyes open."


def test_unknown_choices_are_refused() -> None:
    with pytest.raises(OptionError):
        practice("body_scan_3").plan(GuidedOptions(eyes="shut"))
    with pytest.raises(OptionError):
        practice("body_scan_3").plan(GuidedOptions(direction="sideways"))


def test_allocation_is_exact_by_largest_remainder() -> None:
    thirds = allocate_ms(100_000, [None, None, None], [Fraction(1)] * 3)
    assert thirds == [34_000, 33_000, 33_000]
    # a total that is not whole seconds is shared in milliseconds, still exactly
    odd = allocate_ms(10_001, [None, None, None], [Fraction(1)] * 3)
    assert sum(odd) == 10_001 and max(odd) - min(odd) <= 1
    mixed = allocate_ms(60_000, [15_500, None, None], [None, Fraction(2), Fraction(1)])
    assert mixed[0] == 15_500 and sum(mixed) == 60_000
    with pytest.raises(OptionError):
        allocate_ms(1_500, [None, None], [Fraction(1), Fraction(1)])  # under a second each
    with pytest.raises(OptionError):
        allocate_ms(30_000, [20_000], [None])  # only fixed steps: the length cannot change


def test_steps_ride_in_the_timeline_as_payload_with_a_cue_attribute() -> None:
    timeline = practice("body_scan_3").timeline()
    payloads = [seg.payload for seg in timeline.steps]
    assert all(isinstance(p, GuidedStep) for p in payloads)
    assert all(hasattr(p, "cue") for p in payloads)
    assert any(getattr(p, "cue", None) == "bell_interval" for p in payloads)


def test_next_and_previous_step_through_a_practice_session() -> None:
    clock = ManualClock()
    plan = practice("body_scan_3").plan()
    starts = [s.start_s for s in plan.steps]
    session = PracticeSession(plan.timeline(), clock)
    session.start()
    clock.advance(5.0)
    session.next_segment()
    assert session.position.index == 1
    assert session.elapsed_s == pytest.approx(starts[1])
    clock.advance(1.0)
    session.previous_segment()  # only just begun: back to the step before
    assert session.position.index == 0
    assert session.elapsed_s == pytest.approx(0.0)
    clock.advance(3.0)
    session.previous_segment()  # 3 s in: back to the start of this step
    assert session.position.index == 0 and session.elapsed_s == pytest.approx(0.0)
    for expected in range(1, len(starts)):
        session.next_segment()
        assert session.position.index == expected
        assert session.position.segment.payload is plan.steps[expected]
    session.pause()
    clock.advance(100.0)
    assert session.position.index == len(starts) - 1
    session.resume()
    session.next_segment()  # past the last step: the practice is complete
    assert session.state is SessionState.FINISHED
    assert session.elapsed_s == 180.0


def test_steps_change_exactly_at_their_boundaries_in_fake_time() -> None:
    clock = ManualClock()
    plan = practice("body_scan_10").plan(GuidedOptions(skip_regions=frozenset({"pelvis"})))
    session = PracticeSession(plan.timeline(), clock)
    session.start()
    for step in plan.steps[1:]:
        clock.advance(step.start_s - session.elapsed_s - 0.001)
        assert session.position.index == step.index - 1
        clock.advance(0.001)
        assert session.position.index == step.index
    clock.advance(session.remaining_s)
    assert session.state is SessionState.FINISHED


def test_describe_lists_every_step_with_start_length_and_words() -> None:
    p = practice("body_scan_3")
    text = describe_practice(p)
    plan = p.plan()
    for s in plan.steps:
        assert s.title in text
    assert "0:00" in text and "2:50" in text and "3:00  end" in text
    assert "Voice:" in text and "Screen:" in text
    assert "[S18]" in text
    assert "head_to_feet" in text
    assert "Feet to head" in describe_plan(plan)  # words to read; the id is in the choices
