"""Which language the app speaks (issue #17): Settings first, then the system's languages."""

from __future__ import annotations

import pytest

from mindful_clinic.core.i18n.language import choose_language, normalise_choice


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", ["de-Latn-DE", "de-DE", "de"], "de"),
        ("system", ["de_AT"], "de"),
        ("system", ["fr-FR", "de-DE"], "de"),  # French is not shipped: the next one is
        ("system", ["fr-FR"], "en"),
        ("system", ["C"], "en"),
        ("system", [], "en"),
        ("en", ["de-DE"], "en"),  # the choice in Settings wins
        ("de", ["en-GB"], "de"),
    ],
)
def test_the_choice_in_settings_wins_else_the_first_shipped_system_language(
    choice: str, system: list[str], expected: str
) -> None:
    assert choose_language(choice, system) == expected


def test_an_unknown_saved_choice_follows_the_system() -> None:
    assert normalise_choice("klingon") == "system"
    assert normalise_choice(None) == "system"
    assert normalise_choice("de") == "de"
