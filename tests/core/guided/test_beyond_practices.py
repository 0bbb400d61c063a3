"""The issue #19 practices: listed with their ids, words that fit their steps, room for silence."""

from __future__ import annotations

import itertools

import pytest

from mindful_clinic.core.guided.practice import OPTION_VALUES, GuidedOptions, GuidedPractice
from mindful_clinic.core.guided.schema import load_shipped_practices

NEW_IDS = (
    "after_hard_appointment", "quiet_rest", "end_of_shift", "thoughts_not_facts", "worry_time",
    "in_my_control", "the_pause",
)  # fmt: skip
WORDS_PER_S = 150 / 60


def _new() -> list[GuidedPractice]:
    return [p for p in load_shipped_practices() if p.id in NEW_IDS]


def test_every_new_practice_is_shipped() -> None:
    assert sorted(p.id for p in _new()) == sorted(NEW_IDS)


def _sittings(p: GuidedPractice) -> list[GuidedOptions]:
    names = ("eyes", "posture", "anchor")
    return [
        GuidedOptions(length_s=d, **dict(zip(names, combo, strict=True)))
        for d in p.durations_s
        for combo in itertools.product(*(OPTION_VALUES[n] for n in names))
    ]


@pytest.mark.parametrize("practice", _new(), ids=lambda p: p.id)
def test_words_end_a_second_early_and_a_third_is_silence(practice: GuidedPractice) -> None:
    for options in _sittings(practice):
        plan = practice.plan(options)
        speaking = 0.0
        for step in plan.steps:
            said = len(step.speech.split()) / WORDS_PER_S
            assert said + 1 <= step.duration_s, (options.length_s, step.id, said, step.duration_s)
            speaking += said
        assert speaking / plan.total_s <= 0.65, (options, speaking, plan.total_s)


def test_the_pause_keeps_15_to_45_seconds_of_silence_with_an_opt_out() -> None:
    pause = next(p for p in _new() if p.id == "the_pause")
    silences = [
        next(s for s in pause.plan(GuidedOptions(length_s=d)).steps if s.id == "silence").duration_s
        for d in pause.durations_s
    ]
    assert silences == [15, 30, 45]
    assert "step out" in pause.steps[0].spoken


def test_quiet_rest_gives_no_guidance_while_resting() -> None:
    rest = next(p for p in _new() if p.id == "quiet_rest")
    for d in rest.durations_s:
        steps = {s.id: s for s in rest.plan(GuidedOptions(length_s=d)).steps}
        assert steps["rest"].speech == ""
        assert steps["rest"].duration_s >= 0.85 * d
        assert sum(s.duration_s for s in steps.values()) == d
