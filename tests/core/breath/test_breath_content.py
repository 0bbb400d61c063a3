"""Breath patterns as data: every shipped file loads, and a broken file names file, field and problem."""

from __future__ import annotations

import pytest

from mindful_clinic.core.breath.schema import load_pattern_text, load_shipped_patterns
from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.practice.references import cautions, sources

GOOD = """
id = "t"
title = "T"
[[phases]]
kind = "inhale"
seconds = 4
[[phases]]
kind = "exhale"
seconds = 6
"""


def test_every_spec_pattern_ships_with_sources_and_a_five_minute_default() -> None:
    patterns = {p.id: p for p in load_shipped_patterns()}
    assert set(patterns) == {
        "resonance_5_5", "even_5_5", "extended_4_6", "extended_4_8", "box_4444", "weil_478",
        "cyclic_sigh",
    }  # fmt: skip
    for p in patterns.values():
        assert p.default_duration_s == 300
        assert p.duration_options_s == (60, 180, 300, 600, 1200)
        assert p.sources and all(s in sources() for s in p.sources)
        assert all(c in cautions() for c in p.cautions)
        assert "stop_if_dizzy" in p.cautions
    assert [ph.seconds for ph in patterns["resonance_5_5"].phases] == [5.5, 5.5]
    assert patterns["weil_478"].max_cycles == 4
    assert patterns["box_4444"].first_use_notice == "holds_caution"
    assert [p.optional for p in patterns["box_4444"].phases] == [False, True, False, True]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (("seconds = 6", "seconds = 25"), "phases[2].seconds", "between 0 and 20"),
        (('kind = "exhale"', 'kind = "breathe"'), "phases[2].kind", "must be one of"),
        (('title = "T"', 'title = ""'), "title", "is required"),
        (('kind = "exhale"', 'kind = "hold"'), "phases", "needs an exhale"),
        (('id = "t"', 'id = "t"\nduration = 3'), "duration", "not a known field"),
        (("seconds = 4", 'seconds = "four"'), "phases[1].seconds", "number of seconds"),
    ],
)
def test_invalid_file_names_the_file_the_field_and_the_problem(
    change: tuple[str, str], field: str, problem: str
) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(ContentError) as err:
        load_pattern_text(text, "breathing/test.toml")
    assert err.value.source == "breathing/test.toml"
    assert err.value.field == field
    assert problem in err.value.problem
    assert str(err.value).startswith("breathing/test.toml: " + field)


def test_broken_toml_is_reported_with_the_file_name() -> None:
    with pytest.raises(ContentError, match=r"breathing/x\.toml: \(file\): not valid TOML"):
        load_pattern_text("id = ", "breathing/x.toml")


def test_five_phases_are_refused() -> None:
    text = GOOD + '[[phases]]\nkind = "hold"\nseconds = 1\n' * 3
    with pytest.raises(ContentError, match=r"1 to 4 phases"):
        load_pattern_text(text, "p.toml")
