"""A group session from arrival to close, driven by a manual clock (content-spec 7.1)."""

from __future__ import annotations

from datetime import date

import pytest

from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.group.checkin import CheckinError
from mindful_clinic.core.group.content import (
    STAGE_IDS,
    flow_content_from_mapping,
    load_flow_content,
)
from mindful_clinic.core.group.flow import (
    GroupFlow,
    GroupFlowError,
    group_lengths,
    plan_practice,
)
from mindful_clinic.core.practice.catalog import Catalog, CatalogEntry, breath_entry
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.practice.timeline import Segment, StepTimeline
from mindful_clinic.core.time.clock import ManualClock


@pytest.fixture
def catalog() -> Catalog:
    return Catalog(breath_entry(p) for p in load_shipped_patterns())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def flow(clock: ManualClock, catalog: Catalog) -> GroupFlow:
    f = GroupFlow(load_flow_content(), clock)
    entry = catalog.get("even_5_5")
    assert entry is not None
    f.choose_practice(plan_practice(entry, 180))
    return f


def test_a_whole_session_end_to_end(flow: GroupFlow, clock: ManualClock) -> None:
    changes: list[str] = []
    flow.subscribe(lambda: changes.append(flow.stage.id))
    flow.start()
    assert flow.stage.id == "arrival"
    arrival = flow.screen_state()
    assert "optional" in arrival.text and "eyes open is fine" in arrival.text
    assert flow.upcoming() == "Check-in"

    clock.advance(50)
    flow.next()
    assert flow.stage.id == "checkin_before"
    assert flow.screen_state().aggregate is None  # nothing entered yet
    flow.enter_checkin("4 6 7 3 5 8 p")
    before = flow.screen_state()
    assert before.visual == "aggregate"
    assert before.aggregate is not None and before.aggregate.median == 5.5

    clock.advance(60)
    flow.next()
    assert flow.stage.id == "settling"
    clock.advance(45)
    flow.next()
    assert flow.stage.id == "practice"
    assert flow.practice_state is SessionState.READY  # never starts without the facilitator
    assert flow.upcoming() == "Start: Relaxed counting breath"
    waiting = flow.screen_state()
    assert waiting.visual == "words" and waiting.title == "Relaxed counting breath"

    flow.next()  # Page Down starts the practice
    assert flow.practice_state is SessionState.RUNNING
    clock.advance(2.5)
    mid_inhale = flow.screen_state()
    assert mid_inhale.visual == "pacer"
    assert mid_inhale.phase_word == "Breathing in"
    assert mid_inhale.fill == pytest.approx(0.5)
    assert mid_inhale.text == ""  # no countdown or numbers on the shared screen
    clock.advance(5.0)
    mid_exhale = flow.screen_state()
    assert mid_exhale.phase_word == "Breathing out"
    assert mid_exhale.fill == pytest.approx(0.5)

    assert flow.toggle_pause()
    clock.advance(30)  # an interruption: the pacer waits
    paused = flow.screen_state()
    assert paused.paused and paused.fill == pytest.approx(0.5)
    assert flow.toggle_pause()
    clock.advance(180 - 7.5)
    assert flow.practice_state is SessionState.FINISHED
    assert flow.screen_state().text == "Take your time coming back."

    flow.next()
    assert flow.stage.id == "return"
    clock.advance(30)
    flow.next()
    assert flow.stage.id == "reflection"
    prompts = flow.stage.prompts
    assert flow.screen_state().text == prompts[0]
    flow.next()
    assert flow.screen_state().text == prompts[1]
    flow.previous()
    assert flow.screen_state().text == prompts[0]
    for _ in prompts:
        flow.next()
    assert flow.stage.id == "checkin_after"
    assert flow.screen_state().aggregate is None  # the before answers do not show here
    with pytest.raises(CheckinError):
        flow.enter_checkin("3 4 12")
    flow.enter_checkin("3:3, 4:2, p")
    flow.next()
    assert flow.stage.id == "close"
    assert flow.upcoming() is None
    flow.next()  # nothing after the close
    assert flow.stage.id == "close"

    elapsed = flow.session_elapsed_s
    record = flow.finish()
    assert flow.finished
    clock.advance(100)
    assert flow.session_elapsed_s == elapsed
    assert record is not None
    assert record.date == date(2026, 1, 5)
    assert record.practice_id == "even_5_5"
    assert record.duration_s == 180
    assert record.before is not None and record.after is not None
    assert (record.before.answered, record.before.rated, record.before.median) == (7, 6, 5.5)
    assert record.after.median == 3.0
    assert record.after.distribution == (0, 0, 0, 3, 2, 0, 0, 0, 0, 0, 0)
    assert flow.screen_state().text == ""  # nothing left on the screen after the end
    assert changes[0] == "arrival" and "close" in changes
    with pytest.raises(GroupFlowError):
        flow.next()


def test_skip_and_repeat(flow: GroupFlow, clock: ManualClock) -> None:
    flow.start()
    flow.next()
    flow.enter_checkin("1 2 3 4 5")
    flow.skip()
    assert flow.is_skipped("checkin_before")
    assert "checkin_before" not in flow.tallies  # a skipped check-in records nothing
    flow.next()
    flow.next()
    clock.advance(20)
    flow.repeat()  # before it began: still waiting
    assert flow.practice_state is SessionState.READY
    flow.next()
    clock.advance(40)
    flow.repeat()
    assert flow.practice_state is SessionState.READY
    assert flow.stage_elapsed_s == 0
    flow.next()
    clock.advance(12)
    assert flow.session.elapsed_s == pytest.approx(12)  # type: ignore[union-attr]
    flow.skip()  # ends the practice early and moves on
    assert flow.stage.id == "return"
    flow.previous()
    assert flow.stage.id == "practice"
    assert flow.practice_state is SessionState.STOPPED  # coming back does not restart it
    flow.next()
    assert flow.stage.id == "return"


def test_optional_reflection_can_be_left_out(flow: GroupFlow) -> None:
    flow.set_enabled("reflection", False)
    flow.start()
    for _ in range(4):
        flow.next()
    assert flow.stage.id == "practice"
    flow.skip()
    assert flow.stage.id == "return"
    flow.next()
    assert flow.stage.id == "checkin_after"
    flow.previous()
    assert flow.stage.id == "return"
    with pytest.raises(GroupFlowError):
        flow.set_enabled("practice", False)


def test_practice_must_be_chosen_before_reaching_it(clock: ManualClock) -> None:
    flow = GroupFlow(load_flow_content(), clock)
    flow.start()
    flow.next()
    flow.next()
    with pytest.raises(GroupFlowError, match="Choose a practice"):
        flow.next()
    assert flow.stage.id == "settling"
    assert flow.record() is None


def test_practice_cannot_change_while_it_runs(
    flow: GroupFlow, catalog: Catalog, clock: ManualClock
) -> None:
    flow.start()
    for _ in range(4):
        flow.next()
    assert flow.practice_state is SessionState.RUNNING
    other = catalog.get("extended_4_6")
    assert other is not None
    with pytest.raises(GroupFlowError):
        flow.choose_practice(plan_practice(other, 120))
    flow.toggle_pause()
    with pytest.raises(GroupFlowError):
        flow.choose_practice(plan_practice(other, 120))


@pytest.mark.parametrize("seconds", [0, 59, 601, 1200])
def test_group_practices_last_one_to_ten_minutes(catalog: Catalog, seconds: int) -> None:
    entry = catalog.get("box_4444")
    assert entry is not None
    with pytest.raises(GroupFlowError, match="1 to 10 minutes"):
        plan_practice(entry, seconds)


def test_guided_practice_shows_the_step_caption(clock: ManualClock) -> None:
    steps = StepTimeline(
        [
            Segment("step", 60, label="Noticing what is here"),
            Segment("step", 60, label="Gathering to the breath"),
        ]
    )
    entry = CatalogEntry("space", "Breathing space", "body_scan", "", (120,), 120, "guided", None)
    flow = GroupFlow(load_flow_content(), clock)
    flow.choose_practice(plan_practice(entry, 120, lambda _e, _d: steps))
    flow.start()
    for _ in range(4):
        flow.next()
    state = flow.screen_state()
    assert (state.visual, state.text) == ("caption", "Noticing what is here")
    clock.advance(61)
    assert flow.screen_state().text == "Gathering to the breath"
    flow.toggle_pause()
    assert flow.screen_state().paused


def test_default_timeline_builder_refuses_unknown_items() -> None:
    entry = CatalogEntry("x", "Something else", "body_scan", "", (120,), 120, "guided", None)
    with pytest.raises(GroupFlowError, match="cannot be run"):
        plan_practice(entry, 120)


def test_a_shipped_guided_practice_runs_with_the_default_builder(clock: ManualClock) -> None:
    from mindful_clinic.services.practice.library import shipped_entries

    entry = next(e for e in shipped_entries() if e.id == "body_scan_3")
    assert group_lengths(entry) == [180]
    flow = GroupFlow(load_flow_content(), clock)
    flow.choose_practice(plan_practice(entry, 180))
    flow.start()
    for _ in range(4):
        flow.next()
    state = flow.screen_state()
    assert state.visual == "caption" and state.title == "Body scan, 3 minutes"
    step = flow.session.position.segment.payload  # type: ignore[union-attr]
    assert state.text == step.caption != step.title  # the caption, not the step's name
    assert state.speech and "{" not in state.text + state.speech
    clock.advance(180)
    assert flow.practice_state is SessionState.FINISHED


def test_group_lengths(catalog: Catalog) -> None:
    box = catalog.get("box_4444")
    assert box is not None
    assert group_lengths(box) == [60 * m for m in range(1, 11)]
    long_scan = CatalogEntry("s", "Scan", "body_scan", "", (1200, 2700), 1200, "guided", None)
    assert group_lengths(long_scan) == []  # not offered to a group


def test_blank_and_screen_before_start(flow: GroupFlow) -> None:
    assert flow.screen_state().text == ""
    flow.toggle_blank()
    assert flow.screen_state().blank
    with pytest.raises(GroupFlowError):
        flow.next()
    flow.start()
    assert flow.screen_state().blank
    flow.toggle_blank()
    assert not flow.screen_state().blank
    assert flow.toggle_pause() is False  # nothing to pause outside a practice
    with pytest.raises(GroupFlowError):
        flow.start()
    with pytest.raises(GroupFlowError, match="check-in stage"):
        flow.enter_checkin("1 2 3")


def test_suppressed_checkin_shows_only_a_thank_you(flow: GroupFlow) -> None:
    flow.start()
    flow.next()
    flow.enter_checkin("3 4 5 6 p")
    state = flow.screen_state()
    assert state.aggregate is None and state.visual == "words"
    assert "at least 5" in state.detail
    for digit in "3456":
        assert digit not in state.text + state.detail.replace("5 people", "")


def test_shipped_content_is_complete() -> None:
    content = load_flow_content()
    assert tuple(s.id for s in content.stages) == STAGE_IDS
    for stage in content.stages:
        assert stage.notes and all(len(n) <= 160 for n in stage.notes)
    assert content.stage("reflection").optional
    assert content.stage("practice").done_text
    assert set(content.phase_words) >= {"inhale", "exhale", "hold", "top_up"}
    from mindful_clinic.core.practice.references import sources

    assert set(content.sources) <= set(sources())  # every cited S-id is in sources.toml


def _mapping() -> dict[str, object]:
    import tomllib
    from importlib import resources

    text = resources.files("mindful_clinic.content").joinpath("group_flow.toml").read_text()
    return tomllib.loads(text)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(schema_version=2), "schema_version"),
        (lambda d: d["stages"].pop(2), "stages"),
        (lambda d: d["stages"].reverse(), "stages"),
        (lambda d: d["stages"][0].update(colour="red"), "stages[1].colour"),
        (lambda d: d["stages"][0].update(title=""), "stages[1].title"),
        (lambda d: d["stages"][1].update(suggested_s=5), "stages[2].suggested_s"),
        (lambda d: d["stages"][1].update(optional="yes"), "stages[2].optional"),
        (lambda d: d["stages"][1].update(notes=[]), "stages[2].notes"),
        (lambda d: d["stages"][1].update(notes=["x" * 200]), "stages[2].notes[1]"),
        (lambda d: d["stages"][5].update(prompts=[]), "stages[reflection].prompts"),
        (lambda d: d["phase_words"].pop("exhale"), "phase_words.exhale"),
    ],
)
def test_content_problems_name_the_field(change, field: str) -> None:  # type: ignore[no-untyped-def]
    data = _mapping()
    change(data)
    with pytest.raises(ContentError) as err:
        flow_content_from_mapping(data, "group_flow.toml")
    assert err.value.field == field


def test_the_pause_runs_with_no_check_in_and_no_reflection(clock: ManualClock) -> None:
    from mindful_clinic.core.guided.practice import guided_entry
    from mindful_clinic.core.guided.schema import load_shipped_practices

    pause = next(guided_entry(p) for p in load_shipped_practices() if p.id == "the_pause")
    assert group_lengths(pause) == [60, 75]
    flow = GroupFlow(load_flow_content(), clock)
    flow.choose_practice(plan_practice(pause, 75))
    flow.start()
    visited = [flow.stage.id]
    while flow.stage.id != "close":
        if flow.stage.id == "practice":
            flow.next()  # start the practice
            clock.advance(75)
        flow.next()
        visited.append(flow.stage.id)
    assert visited == ["arrival", "settling", "practice", "return", "close"]
    record = flow.finish()
    assert record is not None and record.before is None and record.after is None


def test_choosing_another_practice_after_the_pause_puts_the_plan_back(
    clock: ManualClock, catalog: Catalog
) -> None:
    from mindful_clinic.core.guided.practice import guided_entry
    from mindful_clinic.core.guided.schema import load_shipped_practices

    pause = next(guided_entry(p) for p in load_shipped_practices() if p.id == "the_pause")
    flow = GroupFlow(load_flow_content(), clock)
    flow.set_enabled("reflection", False)
    flow.choose_practice(plan_practice(pause, 60))
    assert not flow.is_enabled("checkin_before")
    entry = catalog.get("even_5_5")
    assert entry is not None
    flow.choose_practice(plan_practice(entry, 180))
    assert flow.is_enabled("checkin_before") and flow.is_enabled("checkin_after")
    assert not flow.is_enabled("reflection")  # the facilitator's own choice is kept
