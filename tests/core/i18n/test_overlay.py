"""Translated content merged over the English files, checked by the same rules (issue #17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.schema import load_practice_text, load_shipped_practices
from mindful_clinic.core.i18n.overlay import GUIDED, merge, use_overlays
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.support.contacts import shipped_support

ENGLISH = """
id = "tiny"
title = "Tiny"
category = "rest"
summary = "A tiny practice."
durations_s = [60, 120]
default_duration_s = 60

[[scripts]]
length_s = 60
[[scripts.steps]]
id = "arrive"
title = "Arrive"
caption = "Arriving."
weight = 30
[[scripts.steps]]
id = "rest"
title = "Rest"
caption = "Resting."
spoken = "Just resting."
weight = 30

[[scripts]]
length_s = 120
[[scripts.steps]]
id = "arrive"
title = "Arrive"
caption = "Arriving slowly."
weight = 120
"""


@pytest.fixture
def overlays() -> Iterator[dict[str, str]]:
    """Overlay files by name, read through the same hook the services use."""
    files: dict[str, str] = {}
    use_overlays("xx", files.get)
    yield files
    use_overlays("en", None)


def load(text: str = ENGLISH):  # type: ignore[no-untyped-def]
    return load_practice_text(text, "guided/tiny.toml", shipped=True)


def test_translated_words_replace_the_english_and_the_rest_stays_english(
    overlays: dict[str, str],
) -> None:
    overlays["guided/tiny.toml"] = """
title = "Winzig"
[[scripts]]
length_s = 60
[[scripts.steps]]
id = "rest"
caption = "Ausruhen."
"""
    p = load()
    assert p.title == "Winzig"
    assert p.summary == "A tiny practice."  # not translated: English
    short = p.script_for(60) if hasattr(p, "script_for") else p.steps
    assert [s.caption for s in short] == ["Arriving.", "Ausruhen."]
    assert [s.spoken for s in short] == ["", "Just resting."]
    assert [s.weight for s in short] == [30, 30]  # timing comes from the English file


@pytest.mark.parametrize(
    ("overlay", "problem"),
    [
        ('[[steps]]\nid = "arrive"\ncaption = "x"', "steps: is not in the English file"),
        ("[[scripts]]\nlength_s = 90\n", "scripts[1].length_s: 90 is not in the English file"),
        (
            '[[scripts]]\nlength_s = 60\n[[scripts.steps]]\nid = "leave"\ncaption = "x"',
            "scripts[1].steps[1].id: 'leave' is not in the English file",
        ),
        (
            '[[scripts]]\nlength_s = 60\n[[scripts.steps]]\nid = "rest"\nweight = 5',
            "weight: is not translatable",
        ),
        ('category = "breathing"', "category: is not translatable"),
        ('id = "other"', "id: must be 'tiny'"),
        ('title = ""', "title: must be some words"),
        ('title = "x" x', "not valid TOML"),
    ],
)
def test_a_bad_overlay_is_reported_with_its_file_and_field(
    overlays: dict[str, str], overlay: str, problem: str
) -> None:
    overlays["guided/tiny.toml"] = overlay
    with pytest.raises(ContentError) as caught:
        load()
    assert "xx/guided/tiny.toml" in str(caught.value)
    assert problem in str(caught.value)


def test_merged_words_pass_the_same_checks_as_english(overlays: dict[str, str]) -> None:
    overlays["guided/tiny.toml"] = (
        '[[scripts]]\nlength_s = 60\n[[scripts.steps]]\nid = "rest"\ncaption = "Ruhe {augen}"'
    )
    with pytest.raises(ContentError, match=r"xx/guided/tiny.toml.*\{augen\} is not a choice"):
        load()


def test_merge_leaves_the_english_data_unchanged() -> None:
    english = {"id": "a", "title": "A", "steps": [{"id": "s", "caption": "c"}]}
    merged = merge(english, {"steps": [{"id": "s", "caption": "k"}]}, GUIDED, "x")
    assert merged["steps"][0]["caption"] == "k"
    assert english["steps"][0]["caption"] == "c"  # type: ignore[index]


def test_references_and_support_follow_the_content_language(overlays: dict[str, str]) -> None:
    overlays["cautions.toml"] = '[stop_if_dizzy]\ntext = "Sanft atmen."'
    overlays["support.toml"] = (
        'emergency = "Im Notfall: 112."\n'
        '[[contacts]]\nid = "de_x"\nname = "Beispiel"\nhow = "Anrufen 0800"\n'
    )
    assert cautions()["stop_if_dizzy"].text == "Sanft atmen."
    info = shipped_support()
    assert info.emergency == "Im Notfall: 112."
    assert [c.id for c in info.contacts] == ["de_x"]  # a country's own list replaces the English
    use_overlays("en", None)
    assert cautions()["stop_if_dizzy"].text.startswith("Breathe gently")
    assert "us_988" in [c.id for c in shipped_support().contacts]


def test_shipped_practices_load_with_no_overlay_reader() -> None:
    assert load_shipped_practices()
