"""Guided practice files: every shipped one loads and cites real sources; errors say file, step, problem."""

from __future__ import annotations

import re

import pytest

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.schema import (
    load_practice_text,
    load_shipped_practices,
    practice_from_mapping,
    practice_to_mapping,
)
from mindful_clinic.core.practice.references import sources
from mindful_clinic.core.support.contacts import shipped_support

EXPECTED = {
    "body_scan_3": "body_scan",
    "body_scan_10": "body_scan",
    "body_scan_20": "body_scan",
    "body_scan_45": "body_scan",
    "self_compassion_break": "self_compassion",
    "loving_kindness_5": "self_compassion",
    "rain_mini": "self_compassion",
    "breathing_space_3": "quick_reset",
    "breathing_space_1": "quick_reset",
    "stop_1": "quick_reset",
    "after_hard_appointment": "quick_reset",
    "quiet_rest": "rest",
    "end_of_shift": "rest",
    "thoughts_not_facts": "thinking_skills",
    "worry_time": "thinking_skills",
    "in_my_control": "thinking_skills",
    "the_pause": "self_compassion",
}
PRACTICES = load_shipped_practices()

GOOD = """
id = "test_practice"
title = "Test"
category = "self_compassion"
durations_s = [60]
sources = ["S22"]

[[steps]]
id = "one"
title = "One"
weight = 1
caption = "First, {eyes}."

[[steps]]
id = "two"
title = "Two"
weight = 1
caption = "Second."
"""


def test_every_shipped_practice_loads_with_its_category() -> None:
    assert {p.id: p.category for p in PRACTICES} == EXPECTED


def test_every_cited_source_exists_in_sources_toml() -> None:
    known = sources()
    for p in PRACTICES:
        assert p.sources, p.id
        assert set(p.sources) <= set(known), p.id
    support = shipped_support()
    cited = set(support.sources) | {s for c in support.contacts for s in c.sources}
    assert cited <= set(known)


def _texts(p):  # type: ignore[no-untyped-def]
    return [t for s in p.plan().steps for t in (s.caption, s.spoken, s.note)]


@pytest.mark.parametrize("p", PRACTICES, ids=lambda p: p.id)
def test_every_practice_opens_with_choices_and_permission_to_stop(p) -> None:  # type: ignore[no-untyped-def]
    first = p.plan().steps[0]
    assert "at any time" in first.caption + first.spoken
    assert p.supports("eyes")
    assert p.supports("anchor")
    assert all("{" not in t and "}" not in t for t in _texts(p))


@pytest.mark.parametrize("p", PRACTICES, ids=lambda p: p.id)
def test_wording_invites_rather_than_commands(p) -> None:  # type: ignore[no-untyped-def]
    for text in _texts(p):
        assert not re.search(r"close your eyes", text, re.IGNORECASE), text
        assert not re.search(r"(^|[.!?]\s+)Relax", text), text
        assert "must" not in text.lower().split()


def test_self_compassion_and_rain_suggest_a_mild_to_moderate_difficulty() -> None:
    for pid in ("self_compassion_break", "rain_mini"):
        p = next(q for q in PRACTICES if q.id == pid)
        assert "mild to moderate" in p.description
        assert re.search(r"not (the|your) hardest", p.description)
        assert any("mild or moderate" in s.spoken for s in p.plan().steps)


def test_body_scans_are_framed_as_awareness_not_relaxation() -> None:
    for p in PRACTICES:
        if p.category == "body_scan":
            assert "relax" in p.description and "not" in p.description
            assert any("nothing" in t.lower() or "no particular" in t for t in _texts(p))


@pytest.mark.parametrize("p", PRACTICES, ids=lambda p: p.id)
def test_saving_and_reading_back_gives_the_same_practice(p) -> None:  # type: ignore[no-untyped-def]
    again = practice_from_mapping(practice_to_mapping(p), "round trip")
    assert again == p


def test_a_good_minimal_file_loads() -> None:
    p = load_practice_text(GOOD, "guided/test.toml")
    assert p.plan().total_ms == 60_000


BROKEN = [
    (GOOD.replace('caption = "Second."', ""), "steps[2].caption", "is required"),
    (GOOD.replace("weight = 1\ncaption = \"Second.\"", 'weight = 1\nseconds = 5\ncaption = "x"'),
     "steps[2]", "either weight"),
    (GOOD.replace("{eyes}", "{mood}"), "steps[1].caption", "{mood} is not a choice"),
    (GOOD.replace("{eyes}", "{eyes"), "steps[1].caption", "stray"),
    (GOOD.replace('id = "two"', 'id = "two"\nregion = "elbow"'), "steps[2].region", "must be one of"),
    (GOOD.replace('id = "two"', 'id = "two"\ncolour = "red"'), "steps[2].colour", "not a known"),
    (GOOD.replace('id = "two"', 'id = "one"'), "steps[2].id", "earlier step"),
    (GOOD.replace("weight = 1\ncaption = \"Second.\"", 'weight = -2\ncaption = "x"'),
     "steps[2].weight", "above 0"),
    (GOOD.replace('"S22"', '"S999"'), "sources", "'S999' is not in sources.toml"),
    (GOOD.replace("self_compassion", "wellbeing"), "category", "must be one of"),
    (GOOD.replace("[60]", "[1]"), "durations_s", "too short"),
    (GOOD.replace("[60]", "[60]\ndefault_duration_s = 90"), "default_duration_s", "one of"),
    (GOOD.replace('"First, {eyes}."', '"' + "x" * 400 + '"'), "steps[1].caption", "keep it to"),
    (GOOD + "\n[words.eyes]\nshut = \"x\"\n", "words.eyes.shut", "not one of the choices"),
    (GOOD.replace("[[steps]]", "steps = 3\n[[oops]]", 1), "(file)", "not valid TOML"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "problem"), BROKEN)
def test_errors_name_the_file_the_step_and_the_problem(text: str, field: str, problem: str) -> None:
    with pytest.raises(ContentError) as info:
        load_practice_text(text, "guided/broken.toml")
    err = info.value
    assert err.source == "guided/broken.toml"
    assert err.field == field
    assert problem in err.problem
    assert str(err).startswith(f"guided/broken.toml: {field}: ")


def test_remembered_choices_round_trip_and_load_leniently() -> None:
    from mindful_clinic.core.guided.practice import GuidedOptions
    from mindful_clinic.core.guided.schema import options_from_dict, options_to_dict

    chosen = GuidedOptions(
        length_s=600,
        direction="head_to_feet",
        skip_regions=frozenset({"pelvis", "chest_upper_back"}),
        eyes="open",
        posture="lie",
        anchor="sounds",
        touch="none",
        focus=frozenset({"self"}),
    )
    assert options_from_dict(options_to_dict(chosen)) == chosen
    messy = {"length_s": "10", "direction": "up", "skip_regions": ["pelvis", "elbow"],
             "eyes": "shut", "posture": "lie", "focus": "all"}  # fmt: skip
    loaded = options_from_dict(messy)
    assert loaded == GuidedOptions(skip_regions=frozenset({"pelvis"}), posture="lie")
    assert options_from_dict(None) == GuidedOptions()
