"""The rotating reflection prompts, written for clinicians (issue #19, item 1).

One prompt is offered at a time, after a practice or at the end of the day, and skipping is always
one key. The set is short on purpose; it rotates so the same question does not come up every time.
Each prompt suggests a kind, which the user may change.
"""

from __future__ import annotations

from dataclasses import dataclass

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP
from mindful_clinic.core.reflect.records import CLIENT_REMINDER


@dataclass(frozen=True)
class Prompt:
    id: str
    kind: str
    text: str


PROMPTS: tuple[Prompt, ...] = (
    Prompt("helped", "win", QT_TRANSLATE_NOOP("core", "One small way you helped someone today")),
    Prompt(
        "moved_towards",
        "win",
        QT_TRANSLATE_NOOP("core", "Something a client moved towards, however small"),
    ),
    Prompt(
        "differently",
        "learned",
        QT_TRANSLATE_NOOP("core", "One thing you'd do differently next time"),
    ),
    Prompt("leaving", "other", QT_TRANSLATE_NOOP("core", "What you're leaving at work tonight")),
    Prompt(
        "went_well",
        "win",
        QT_TRANSLATE_NOOP("core", "Something that went a little better than you expected"),
    ),
    Prompt(
        "noticed",
        "learned",
        QT_TRANSLATE_NOOP("core", "Something you noticed about how you work today"),
    ),
    Prompt(
        "hard_part",
        "debrief",
        QT_TRANSLATE_NOOP("core", "The hardest moment today, in a few words, without judging it"),
    ),
    Prompt(
        "thanks",
        "other",
        QT_TRANSLATE_NOOP("core", "Someone you'd like to thank, even if only in your head"),
    ),
)
"""Short, concrete and kind; none asks for anything about a client that could identify them."""

END_OF_DAY = ("leaving", "helped", "went_well", "hard_part")
"""Prompts that suit the end of the working day (offered from the home screen)."""

REMINDER = CLIENT_REMINDER


def prompt_at(turn: int, end_of_day: bool = False) -> Prompt:
    """The prompt for the ``turn``-th offer (a counter the caller keeps), rotating through the set."""
    by_id = {p.id: p for p in PROMPTS}
    pool = [by_id[i] for i in END_OF_DAY] if end_of_day else list(PROMPTS)
    return pool[turn % len(pool)]
