"""Choices in step text shown as readable words and turned back exactly (core/guided/choice_text)."""

from __future__ import annotations

from itertools import product

import pytest

from mindful_clinic.core.guided.choice_text import (
    Token,
    from_readable,
    to_readable,
    token,
    tokens,
    usable_names,
)
from mindful_clinic.core.guided.schema import load_shipped_practices

NAMES = {
    "eyes": "your eyes",
    "posture": "your posture",
    "anchor": "your anchor",
    "touch": "your kind touch",
}
GERMAN = {
    "eyes": "deine Augen",
    "posture": "deine Haltung",
    "anchor": "dein Anker",
    "touch": "deine Berührung",
}
TINY = {"anchor": "x", "posture": "xy"}
"""Short names, one the start of the other, so every tricky neighbour fits in a few characters."""


def strings(alphabet: list[str], longest: int) -> list[str]:
    return ["".join(p) for n in range(longest + 1) for p in product(alphabet, repeat=n)]


def test_a_step_reads_in_words_and_goes_back_the_same() -> None:
    stored = "Sit, {posture}, and rest on {anchor}. {Anchor} {eyes}{touch}"
    readable = to_readable(stored, NAMES)
    assert readable == (
        "Sit, [your posture], and rest on [your anchor]. {Anchor} [your eyes][your kind touch]"
    )
    assert from_readable(readable, NAMES) == stored
    assert to_readable("Komm an, {posture}.", GERMAN) == "Komm an, [deine Haltung]."


def test_typing_the_words_of_a_choice_makes_it_a_choice_in_any_case() -> None:
    assert from_readable("Rest on [your anchor].", NAMES) == "Rest on {anchor}."
    assert from_readable("[Your Posture], please", NAMES) == "{posture}, please"
    assert from_readable("[ your anchor]", NAMES) == "[ your anchor]"  # not quite: left as typed
    assert from_readable("Ruh auf [DEIN ANKER]", GERMAN) == "Ruh auf {anchor}"


def test_brackets_of_ones_own_stay_as_typed_and_are_escaped_only_where_needed() -> None:
    assert from_readable("[see notes] and [", NAMES) == "[see notes] and ["
    assert to_readable("[see notes] and [", NAMES) == "[see notes] and ["
    # A bracket of one's own that would read as a choice is doubled, and comes back single.
    assert to_readable("[your anchor] literally", NAMES) == "[[your anchor] literally"
    assert from_readable("[[your anchor] literally", NAMES) == "[your anchor] literally"
    assert to_readable("[{anchor}", NAMES) == "[[[your anchor]"
    assert to_readable("[[x", NAMES) == "[[[x"
    # Two brackets typed together are the escape: they stand for one.
    assert from_readable("[[note]]", NAMES) == "[note]]"


def test_tokens_say_where_each_choice_is() -> None:
    readable = "[[your anchor] [your anchor] [Your eyes]"
    assert tokens(readable, NAMES) == [Token(15, 28, "anchor"), Token(29, 40, "eyes")]
    assert token("touch", NAMES) == "[your kind touch]"


@pytest.mark.parametrize("names", [TINY, {"anchor": "x"}, {}])
def test_every_stored_text_goes_there_and_back_exactly(names: dict[str, str]) -> None:
    """All texts of up to five pieces from the characters that matter (~66 000 texts)."""
    alphabet = ["[", "]", "{", "}", "x", "X", "y", "{anchor}", "{posture}"]
    for stored in strings(alphabet, 5 if names is TINY else 4):
        readable = to_readable(stored, names)
        assert from_readable(readable, names) == stored, (stored, readable)
        for option in names:
            assert "{" + option + "}" not in readable


def test_what_a_person_types_comes_back_as_they_typed_it() -> None:
    """Typed text without a doubled bracket reads back the same (a choice typed in capitals comes
    back in the name's own letters)."""
    for readable in strings(["[", "]", "x", "y", " ", "{"], 6):
        if "[[" in readable:
            continue
        stored = from_readable(readable, TINY)
        assert to_readable(stored, TINY) == readable, (readable, stored)


def test_every_shipped_step_reads_without_a_raw_choice_and_goes_back_exactly() -> None:
    for practice in load_shipped_practices():
        for step in practice.all_steps:
            for stored in (step.caption, step.spoken, step.caption_head_to_feet):
                for names in (NAMES, GERMAN):
                    readable = to_readable(stored, names)
                    assert "{" not in readable and "}" not in readable
                    assert from_readable(readable, names) == stored


def test_names_that_cannot_stand_in_text_fall_back_to_the_options_own() -> None:
    names = usable_names(
        {"eyes": " your  eyes ", "posture": "[bad]", "anchor": "", "touch": "YOUR EYES"}
    )
    assert names == {
        "eyes": "your eyes",
        "posture": "posture",
        "anchor": "anchor",
        "touch": "touch",
    }
    assert to_readable("{posture}{touch}", names) == "[posture][touch]"
