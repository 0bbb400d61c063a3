"""Scores, plain-language bands, the signpost rule and the trend for the self-checks (spec section 5).

- WHO-5: five items 0-5, raw 0-25, times 4 gives 0-100 %. At or below 50 % is read as lower
  well-being; at or below 28 % as very low. A change of 10 points or more is meaningful [S46, S46b].
- PWLS single item 1-5: 3 or more is commonly read as burnout [S42].
- CBI: each scale is the mean of its items (0-100); 50 or more is a common convention for "high",
  not an official cut-off [S44].
- Signpost (a supportive message with support contacts, never an alarm): WHO-5 at or below 28 %, or
  the PWLS item at 5, or at 4 or more on two checks in a row.
Bands describe, they never diagnose; every screen shows ``NOT_A_DIAGNOSIS`` with them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP
from mindful_clinic.core.selfcheck.instruments import ANSWER_SCORES, CBI_SCALES, cbi_items

WHO5_LOW = 50
WHO5_VERY_LOW = 28
WHO5_MEANINGFUL_CHANGE = 10
CBI_HIGH = 50
PWLS_BURNOUT = 3


class SelfCheckError(ValueError):
    """Answers that do not fit the questionnaire; one plain line for the user."""


@dataclass(frozen=True)
class Band:
    id: str
    label: str
    meaning: str


WHO5_BANDS = {
    "good": Band(
        "good",
        QT_TRANSLATE_NOOP("core", "Good well-being"),
        QT_TRANSLATE_NOOP("core", "Your answers describe a reasonable fortnight overall."),
    ),
    "low": Band(
        "low",
        QT_TRANSLATE_NOOP("core", "Lower well-being"),
        QT_TRANSLATE_NOOP(
            "core",
            "Your answers describe a harder fortnight than many people report. It can help to talk it "
            "over with someone you trust, and to look again in a couple of weeks.",
        ),
    ),
    "very_low": Band(
        "very_low",
        QT_TRANSLATE_NOOP("core", "Very low well-being"),
        QT_TRANSLATE_NOOP(
            "core",
            "Your answers describe a fortnight that has been hard going. You don't have to carry that "
            "on your own.",
        ),
    ),
}
PWLS_MEANINGS = {
    1: QT_TRANSLATE_NOOP("core", "You describe enjoying your work, with no signs of burnout."),
    2: QT_TRANSLATE_NOOP("core", "You describe some stress and less energy, but not burnout."),
    3: QT_TRANSLATE_NOOP("core", "You describe burning out, with at least one sign of it."),
    4: QT_TRANSLATE_NOOP("core", "You describe signs of burnout that are not going away."),
    5: QT_TRANSLATE_NOOP("core", "You describe feeling completely burned out."),
}

SUPPORT_MESSAGE = QT_TRANSLATE_NOOP(
    "core",
    "Thank you for taking a moment to check in with yourself. Your answers suggest things have been "
    "heavy lately, and you don't have to manage that alone. Talking to someone can help: occupational "
    "health, your employee assistance programme, your GP or your own clinician, or a confidential "
    "support line for health workers. If you ever feel unable to keep yourself safe, the crisis "
    "lines are there day and night.",
)


def who5_raw(items: Sequence[int]) -> int:
    if len(items) != 5:
        raise SelfCheckError(f"the WHO-5 has 5 items; {len(items)} were given")
    for i, v in enumerate(items, 1):
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 5:
            raise SelfCheckError(f"WHO-5 item {i} must be a whole number from 0 to 5 (not {v!r})")
    return sum(items)


def who5_percent(raw: int) -> int:
    return raw * 4


def who5_band(percent: int) -> Band:
    if percent <= WHO5_VERY_LOW:
        return WHO5_BANDS["very_low"]
    if percent <= WHO5_LOW:
        return WHO5_BANDS["low"]
    return WHO5_BANDS["good"]


def check_pwls(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise SelfCheckError(f"the burnout item must be a whole number from 1 to 5 (not {value!r})")
    return value


def cbi_scores(answers: Sequence[int], people: str = "patients") -> dict[str, float]:
    """Scale scores 0-100 from the 19 answers, each the position of the chosen answer (0 = first:
    "Always" or "To a very high degree"). Reverse-scored items are turned round here."""
    items = cbi_items(people)
    if len(answers) != len(items):
        raise SelfCheckError(f"the CBI has {len(items)} items; {len(answers)} were given")
    sums: dict[str, list[int]] = {s: [] for s in CBI_SCALES}
    for i, (item, a) in enumerate(zip(items, answers, strict=True), 1):
        if isinstance(a, bool) or not isinstance(a, int) or not 0 <= a <= 4:
            raise SelfCheckError(f"CBI item {i} needs an answer from 0 to 4 (not {a!r})")
        score = ANSWER_SCORES[a]
        sums[item.scale].append(100 - score if item.reverse else score)
    return {s: sum(v) / len(v) for s, v in sums.items()}


def cbi_label(score: float) -> str:
    if score >= CBI_HIGH:
        return QT_TRANSLATE_NOOP(
            "core", "On the high side (50 or more, a common convention rather than a cut-off)"
        )
    return QT_TRANSLATE_NOOP("core", "Below 50, the level often used to mark high burnout")


@dataclass(frozen=True)
class Reading:
    """What one check means, given the ones before it."""

    who5_percent: int | None
    band: Band | None
    burnout_item: int | None
    signpost: bool
    reasons: tuple[str, ...]


def signpost_reasons(
    who5_pct: int | None, burnout_item: int | None, previous_burnout: int | None
) -> tuple[str, ...]:
    """Why the supportive message is shown (empty: not shown). ``previous_burnout`` is the burnout
    item of the most recent earlier check that answered it."""
    reasons: list[str] = []
    if who5_pct is not None and who5_pct <= WHO5_VERY_LOW:
        reasons.append("well-being at or below 28 %")
    if burnout_item == 5:
        reasons.append("the burnout item at 5")
    elif burnout_item is not None and burnout_item >= 4 and (previous_burnout or 0) >= 4:
        reasons.append("the burnout item at 4 or more twice in a row")
    return tuple(reasons)


def readings(checks: Sequence[Mapping[str, object]]) -> list[Reading]:
    """One reading per check, oldest first. Each check is a mapping with "who5" (5 items or None)
    and "burnout_item" (1-5 or None), so records and fresh answers are read the same way."""
    out: list[Reading] = []
    previous: int | None = None
    for c in checks:
        who5 = c.get("who5")
        pct = who5_percent(who5_raw(list(who5))) if isinstance(who5, list | tuple) else None
        item = c.get("burnout_item")
        burnout = check_pwls(item) if isinstance(item, int) else None
        reasons = signpost_reasons(pct, burnout, previous)
        band = who5_band(pct) if pct is not None else None
        out.append(Reading(pct, band, burnout, bool(reasons), reasons))
        if burnout is not None:
            previous = burnout
    return out


def change_words(before: float | None, after: float | None, meaningful: float) -> str:
    """ "up", "down" or "steady" (a change smaller than ``meaningful``), "" if either is missing."""
    if before is None or after is None:
        return ""
    if after - before >= meaningful:
        return "up"
    if before - after >= meaningful:
        return "down"
    return "steady"
