"""The German content (content/de/) passes the same checks as the English (issue #17)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from itertools import product

import pytest

from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.guided.practice import DIRECTIONS, GuidedOptions, GuidedPractice
from mindful_clinic.core.guided.schema import common_words, load_shipped_practices
from mindful_clinic.core.guided.skipping import spoken_s
from mindful_clinic.core.i18n.overlay import use_overlays
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.support.contacts import shipped_support

GERMAN = resources.files("mindful_clinic.content").joinpath("de")


def read_german(name: str) -> str | None:
    """The same lookup as services.practice.overlays, kept here so the core tests need no services."""
    path = GERMAN.joinpath(*name.split("/"))
    return path.read_text(encoding="utf-8") if path.is_file() else None


def translated(folder: str) -> list[str]:
    return sorted(f.name for f in GERMAN.joinpath(folder).iterdir() if f.name.endswith(".toml"))


@pytest.fixture
def german() -> Iterator[None]:
    use_overlays("de", read_german)
    yield
    use_overlays("en", None)


def test_every_german_file_merges_and_passes_the_english_checks(german: None) -> None:
    practices = {p.id: p for p in load_shipped_practices()}  # raises on any problem
    patterns = {p.id: p for p in load_shipped_patterns()}
    assert practices and patterns
    assert cautions()["stop_if_dizzy"].text.startswith("Atme sanft")
    words, skip, _neutral = common_words()
    assert words["anchor"]["breath"].startswith("dem Atem")
    assert dict(skip.regions)["left_foot"] == "den linken Fuß"


def test_german_support_lists_german_speaking_lines_and_the_emergency_number(
    german: None,
) -> None:
    info = shipped_support()
    assert "112" in info.emergency and "112" in info.disclaimer
    numbers = " ".join(c.how for c in info.contacts)
    for number in ("0800 111 0 111", "0800 111 0 222", "116 123"):
        assert number in numbers
    assert {"occupational_health", "eap"} <= {c.id for c in info.contacts}


def test_german_numbers_the_spec_does_not_give_stay_marked_unverified(german: None) -> None:
    """content-spec 8.2 gives no number for Germany, Austria or Switzerland (and 11 item 6 lists
    local crisis numbers as still to check): each German line with a number says, where the user
    reads it, that it is to be checked, and cites no source."""
    info = shipped_support()
    english = {
        "us_988",
        "us_physician_support_line",
        "uk_samaritans",
        "england_practitioner_health",
    }
    assert not english & {c.id for c in info.contacts}  # the spec's verified lines are not German
    phoned = [c for c in info.contacts if any(ch.isdigit() for ch in c.how)]
    assert {c.id for c in phoned} == {"de_telefonseelsorge", "at_telefonseelsorge",
                                      "ch_dargebotene_hand"}  # fmt: skip
    for contact in phoned:
        assert "prüfen]" in contact.detail, contact.id
        assert contact.sources == (), contact.id


def test_a_translated_practice_is_german_at_every_length_and_direction(german: None) -> None:
    for name in translated("guided"):
        p = next(q for q in load_shipped_practices() if name.endswith(f"{q.id}.toml")
                 or q.id in name)  # fmt: skip
        for length in p.durations_s:
            plan = p.plan(GuidedOptions(length_s=length))
            text = " ".join(s.caption + " " + s.spoken for s in plan.steps)
            assert " the " not in f" {text} ", f"{p.id} at {length} s still has English: {text}"


def test_a_skipped_region_is_named_in_german(german: None) -> None:
    scan = next(p for p in load_shipped_practices() if p.id == "body_scan_3")
    plan = scan.plan(GuidedOptions(skip_regions=frozenset({"feet"})))
    said = " ".join(" ".join(n) for n in plan.notes.values()) if hasattr(plan, "notes") else ""
    captions = " ".join(s.caption for s in plan.steps)
    assert "die Füße" in captions + said or "den linken Fuß" in captions + said


def _german_practices() -> list[GuidedPractice]:
    names = translated("guided")
    return [p for p in load_shipped_practices() if any(p.id in n for n in names)]


def test_every_german_script_fits_its_time_with_a_second_to_spare(german: None) -> None:
    """The English rule (tests/core/guided/test_speakable.py): every step's words, read at 150
    words a minute with the longest choice of words, end a second before the step does. German
    words are longer but fewer; where a step did not fit, the German was shortened."""
    breaches: list[str] = []
    for p in _german_practices():
        worst = replace(
            p, words={o: dict.fromkeys(t, max(t.values(), key=len)) for o, t in p.words.items()}
        )
        directions = DIRECTIONS if p.supports("direction") else DIRECTIONS[:1]
        skips = [frozenset()] + (
            [frozenset({g}) for g in p.skippable_groups] if p.supports("skip_regions") else []
        )
        for length, direction, skip in product(p.durations_s, directions, skips):
            plan = worst.plan(
                GuidedOptions(length_s=length, direction=direction, skip_regions=skip)
            )
            for s in plan.steps:
                if spoken_s(s.speech) + 1 > s.duration_s:
                    breaches.append(
                        f"{p.id} {length} s {direction} {set(skip) or ''} step '{s.id}': "
                        f"{spoken_s(s.speech):.1f} s of words in {s.duration_s:g} s"
                    )
    assert not breaches, "\n".join(breaches[:30])


def test_a_practice_not_yet_translated_stays_wholly_english() -> None:
    """No half-and-half: a practice without a German file keeps the English shared words too."""
    missing = "guided/13_body_scan_45.toml"
    use_overlays("de", lambda name: None if name == missing else read_german(name))
    try:
        by_id = {p.id: p for p in load_shipped_practices()}
    finally:
        use_overlays("en", None)
    assert by_id["body_scan_45"].words["posture"]["sit"] == "sitting in a way that feels supported"
    assert by_id["body_scan_45"].title == "Body scan, 45 minutes"
    assert by_id["body_scan_3"].words["posture"]["sit"].startswith("im Sitzen")


def test_the_group_session_speaks_german(german: None) -> None:
    from mindful_clinic.core.group.content import load_flow_content

    flow = load_flow_content()
    assert flow.stage("arrival").title == "Ankommen"
    assert flow.stage("reflection").prompts[1] == "Was war anders als sonst?"
    use_overlays("en", None)
    assert load_flow_content().stage("arrival").title == "Arrival"
