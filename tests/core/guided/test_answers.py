"""Typed answers inside a guided practice (issue #19, item 4): written as data, checked on load,
translated by their prompt, kept in memory only, and turned into a reflection or a parked worry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.answers import (
    AnswerDef,
    AnswerSheet,
    parse_time,
    reflection_text,
    worry_text,
)
from mindful_clinic.core.guided.practice import GuidedOptions
from mindful_clinic.core.guided.schema import (
    load_shipped_practice,
    practice_from_mapping,
    practice_to_mapping,
)
from mindful_clinic.core.i18n.overlay import GUIDED, merge, use_overlays
from tests.core.i18n.test_german_content import read_german


def practice(answer: object) -> dict[str, object]:
    return {
        "id": "mine",
        "title": "Mine",
        "category": "thinking_skills",
        "durations_s": [60],
        "steps": [
            {"id": "a", "title": "A", "caption": "Words.", "weight": 1, "answer": answer},
            {"id": "b", "title": "B", "caption": "More words.", "weight": 1},
        ],
    }


def test_a_step_may_invite_a_typed_answer_and_the_plan_carries_it() -> None:
    p = practice_from_mapping(practice({"kind": "list", "prompt": "What you can act on"}), "f")
    steps = p.plan().steps
    assert steps[0].answer == AnswerDef("list", "What you can act on", "other")
    assert steps[1].answer is None
    assert practice_to_mapping(p)["steps"][0]["answer"] == {
        "kind": "list",
        "prompt": "What you can act on",
    }


@pytest.mark.parametrize(
    ("answer", "field", "problem"),
    [
        ("a line", "steps[1].answer", "must be a table"),
        ({"kind": "essay", "prompt": "x"}, "steps[1].answer.kind", "must be one of text, list"),
        ({"kind": "text"}, "steps[1].answer.prompt", "is required"),
        ({"kind": "text", "prompt": "x" * 121}, "steps[1].answer.prompt", "keep it to 120"),
        ({"kind": "text", "prompt": "With {eyes}"}, "steps[1].answer.prompt", "cannot use"),
        ({"kind": "text", "prompt": "x", "keep_as": "diary"}, "steps[1].answer.keep_as", "win"),
        ({"kind": "text", "prompt": "x", "spoken": "y"}, "steps[1].answer.spoken", "not a known"),
    ],
)
def test_a_wrong_answer_is_named_with_its_field(answer: object, field: str, problem: str) -> None:
    with pytest.raises(ContentError) as err:
        practice_from_mapping(practice(answer), "mine.toml")
    assert err.value.field == field
    assert problem in str(err.value)


def test_the_thinking_skills_invite_the_answers_the_issue_names() -> None:
    for length in (180, 300):
        opts = GuidedOptions(length_s=length)
        control = load_shipped_practice("guided/54_in_my_control.toml").plan(opts)
        asked = {s.id: s.answer.kind for s in control.steps if s.answer}
        assert asked == {"act": "list", "influence": "list", "let_be": "list", "next_step": "text"}
        worry = load_shipped_practice("guided/53_worry_time.toml").plan(opts)
        assert {s.id: s.answer.kind for s in worry.steps if s.answer} == {
            "name_worry": "text",
            "choose_time": "time",
        }
        thought = load_shipped_practice("guided/52_thoughts_not_facts.toml").plan(opts)
        assert [s.id for s in thought.steps if s.answer] == ["notice"]


@pytest.fixture
def german() -> Iterator[None]:
    use_overlays("de", read_german)
    yield
    use_overlays("en", None)


def test_the_german_overlay_translates_the_prompts(german: None) -> None:
    control = load_shipped_practice("guided/54_in_my_control.toml").plan()
    prompts = [s.answer.prompt for s in control.steps if s.answer]
    assert prompts == [
        "Wo du handeln kannst",
        "Was du beeinflussen kannst",
        "Was du sein lassen kannst",
        "Ein nächster Schritt",
    ]
    assert next(s.answer.kind for s in control.steps if s.answer) == "list"


def test_an_overlay_may_not_change_what_kind_of_answer_is_asked() -> None:
    base = practice({"kind": "text", "prompt": "The thought"})
    overlay = {"steps": [{"id": "a", "answer": {"kind": "list"}}]}
    with pytest.raises(ContentError, match="not translatable"):
        merge(base, overlay, GUIDED, "de/x.toml")
    merged = merge(base, {"steps": [{"id": "a", "answer": {"prompt": "Der Gedanke"}}]}, GUIDED, "x")
    assert practice_from_mapping(merged, "x").steps[0].answer == AnswerDef("text", "Der Gedanke")


def test_the_sheet_keeps_answers_in_memory_and_shapes_what_may_be_kept() -> None:
    act = AnswerDef("list", "What you can act on")
    step = AnswerDef("text", "One next step")
    sheet = AnswerSheet()
    assert sheet.is_empty
    sheet.set(2, "act", act, "ring the ward\n\n  book  leave \n")
    sheet.set(5, "next_step", step, "ring the ward at 3")
    sheet.set(3, "influence", AnswerDef("list", "What you can influence"), "   ")  # blank: none
    assert [a.step_id for a in sheet.in_order()] == ["act", "next_step"]
    assert sheet.in_order()[0].items == ["ring the ward", "book leave"]
    assert reflection_text("In my control", sheet.words()) == (
        "In my control\nWhat you can act on: ring the ward; book leave\n"
        "One next step: ring the ward at 3"
    )
    sheet.clear(2)
    assert sheet.text_of(2) == ""
    sheet.discard()
    assert sheet.is_empty


def test_a_worry_and_its_time_come_from_the_worry_time_answers() -> None:
    sheet = AnswerSheet()
    sheet.set(1, "name_worry", AnswerDef("text", "The worry"), "the audit")
    sheet.set(2, "choose_time", AnswerDef("time", "When"), "17.30")
    assert sheet.asks_for_time
    assert sheet.worry_time() == time(17, 30)
    assert worry_text(sheet.in_order()) == "the audit"
    assert [parse_time(t) for t in ("9:05", "24:00", "noon", "7:5")] == [
        time(9, 5),
        None,
        None,
        None,
    ]


def test_a_box_takes_only_so_many_characters() -> None:
    sheet = AnswerSheet()
    sheet.set(0, "a", AnswerDef("text", "x"), "y" * 1000)
    assert len(sheet.text_of(0)) == 280


def test_a_group_never_sees_an_answer_prompt_on_the_shared_screen() -> None:
    from mindful_clinic.core.group.content import load_flow_content
    from mindful_clinic.core.group.flow import GroupFlow, plan_practice
    from mindful_clinic.core.guided.practice import guided_entry
    from mindful_clinic.core.time.clock import ManualClock

    clock = ManualClock()
    control = load_shipped_practice("guided/54_in_my_control.toml")
    prompts = {s.answer.prompt for s in control.all_steps if s.answer}
    flow = GroupFlow(load_flow_content(), clock)
    flow.choose_practice(plan_practice(guided_entry(control), 180))
    flow.start()
    for _ in range(4):
        flow.next()
    shown: list[str] = []
    for _ in range(180):
        state = flow.screen_state()
        shown += [state.text, state.detail, state.speech, state.title]
        clock.advance(1.0)
    assert any("act on" in text for text in shown)  # the practice ran on the shared screen
    assert not any(p in text for p in prompts for text in shown)
