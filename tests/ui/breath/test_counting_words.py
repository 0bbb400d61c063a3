"""The relaxed counting breath's words and its pacer count the same way.

The pacer shows the seconds left in each breath, 5 down to 1, as it does for every pattern. The
words once said "Count 1 to 5 in, 1 to 5 out" (the NHS's way of pacing a breath with no pacer), so a
user counting up met a screen counting down. The pacer keeps its count; the words say "in for 5,
out for 5" and that the number counts down, in English and German.
"""

from __future__ import annotations

import re

import pytest

from mindful_clinic.app import App
from mindful_clinic.core.breath.pattern import BreathPattern
from mindful_clinic.core.breath.schema import load_shipped_patterns
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.time.clock import ManualClock
from tests.language import speaking
from tests.ui.breath.test_pacer import start

COUNTING_UP = re.compile(r"\b1\s*(to|bis|-|–)\s*5\b|\bbis 5 zählen", re.IGNORECASE)
"""Words that tell the user to count up from 1 to 5."""


def relaxed_counting_breath(language: str) -> BreathPattern:
    with speaking(language, []):
        return next(p for p in load_shipped_patterns() if p.id == "even_5_5")


def test_the_pacer_counts_each_breath_down_from_5(app: App, clock: ManualClock) -> None:
    view = start(app, "even_5_5", PracticeChoice(duration_s=60))
    seen = []
    for _ in range(10):
        seen.append((view.phase_word.text(), view.countdown.text()))
        clock.advance(1.0)
        view.refresh()
    assert seen == [("Breathe in", str(n)) for n in range(5, 0, -1)] + [
        ("Breathe out", str(n)) for n in range(5, 0, -1)
    ]


@pytest.mark.parametrize(
    ("language", "rhythm", "down"),
    [("en", "In for 5, out for 5", "5 to 1"), ("de", "5 ein, 5 aus", "von 5 bis 1")],
)
def test_the_words_count_as_the_pacer_does(language: str, rhythm: str, down: str) -> None:
    pattern = relaxed_counting_breath(language)
    words = " ".join((pattern.summary, pattern.description, pattern.evidence))
    assert not COUNTING_UP.search(words), words
    assert pattern.summary.startswith(rhythm)
    assert down in pattern.description
