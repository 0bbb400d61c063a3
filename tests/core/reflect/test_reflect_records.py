"""Reflections: checked kinds and words, round trips, the rotating prompts."""

from __future__ import annotations

from datetime import date

import pytest

from mindful_clinic.core.reflect.prompts import PROMPTS, prompt_at
from mindful_clinic.core.reflect.records import (
    KINDS,
    Reflection,
    ReflectionError,
    by_kind,
    format_reflections,
    make_reflection,
)


def test_a_reflection_round_trips_and_keeps_its_id() -> None:
    r = make_reflection("  Helped a parent feel heard  ", "win", date(2026, 3, 2))
    assert r.text == "Helped a parent feel heard"
    again = Reflection.from_json(r.to_json())
    assert again == r
    assert set(r.to_json()) == {"id", "date", "kind", "text"}


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [("", "win", "few words"), ("ok", "wins", "kind must be one of"), ("x" * 2001, "win", "2000")],
)
def test_bad_reflections_are_refused_in_plain_words(text: str, kind: str, words: str) -> None:
    with pytest.raises(ReflectionError, match=words):
        make_reflection(text, kind, date(2026, 3, 2))


def test_editing_checks_the_new_words() -> None:
    r = make_reflection("first", "win", date(2026, 3, 2))
    assert r.edited(text="second", kind="learned").kind == "learned"
    with pytest.raises(ReflectionError):
        r.edited(text="   ")


def test_summary_filters_by_kind_oldest_first() -> None:
    later = make_reflection("later", "win", date(2026, 3, 5))
    earlier = make_reflection("earlier", "debrief", date(2026, 3, 1))
    assert by_kind([later, earlier], None) == [earlier, later]
    assert by_kind([later, earlier], frozenset({"win"})) == [later]
    text = format_reflections([later, earlier])
    assert text.index("2026-03-01") < text.index("2026-03-05")
    assert "Debrief: earlier" in text


def test_prompts_rotate_and_suggest_a_known_kind() -> None:
    assert {p.kind for p in PROMPTS} <= set(KINDS)
    seen = [prompt_at(i).id for i in range(len(PROMPTS))]
    assert len(set(seen)) == len(PROMPTS)
    assert prompt_at(len(PROMPTS)) == prompt_at(0)
    assert prompt_at(0, end_of_day=True).id == "leaving"
