"""Guided practices (body scan, self-compassion, brief resets): ordered steps on the step engine.

A practice is data: steps with a caption, optional spoken words, an optional sound cue and body
region, and either a fixed length or a weight. A practice offered at several lengths may carry its own
script (its own steps and words) for each length, so a short version says less rather than the same
things faster (see ``schema`` for the file layout). ``plan(options)`` picks the script for the length
and turns it into exact timings for one sitting: the user's choices (length, direction, skipped
regions, eyes, posture, anchor, touch, loving-kindness focus) are applied, and weighted steps share
the time left after fixed ones. Time is counted in whole milliseconds and shared out by the
largest-remainder rule, so the steps of a 10-minute body scan add up to exactly 600 000 ms.

Head to feet runs the scan regions in reverse and uses each step's own head-to-feet wording where it
has some. A skipped region keeps its time, spent resting on a neutral place (content-spec 8.3): the
first such step names what is left out, later ones say a short line, so a long scan is never long
without a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

from mindful_clinic.core.guided.answers import AnswerDef
from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.practice.timeline import Segment, StepTimeline

DIRECTIONS = ("feet_to_head", "head_to_feet")
FOCI = ("loved_one", "self", "colleague_or_team", "everyone")
"""Loving-kindness focus, easy-first order (content-spec 3.1)."""
OPTION_VALUES: dict[str, tuple[str, ...]] = {
    "eyes": ("open", "lowered", "closed"),
    "posture": ("sit", "lie", "stand"),
    "anchor": ("breath", "sounds", "feet", "hands", "object"),
    "touch": ("heart", "heart_and_belly", "cheek", "self_hug", "hands_held", "none"),
}
"""Word options: step text may say {eyes}, {posture}, {anchor} or {touch}; the words come from data."""
OPTION_DEFAULTS: dict[str, str] = {
    "eyes": "lowered",
    "posture": "sit",
    "anchor": "breath",
    "touch": "heart",
}

REGION_LABELS: dict[str, str] = {
    "left_foot": QT_TRANSLATE_NOOP("BodyRegion", "Left foot"),
    "right_foot": QT_TRANSLATE_NOOP("BodyRegion", "Right foot"),
    "feet": QT_TRANSLATE_NOOP("BodyRegion", "Feet"),
    "left_leg": QT_TRANSLATE_NOOP("BodyRegion", "Left leg"),
    "right_leg": QT_TRANSLATE_NOOP("BodyRegion", "Right leg"),
    "legs": QT_TRANSLATE_NOOP("BodyRegion", "Legs"),
    "pelvis": QT_TRANSLATE_NOOP("BodyRegion", "Pelvis and hips"),
    "abdomen_lower_back": QT_TRANSLATE_NOOP("BodyRegion", "Belly and lower back"),
    "chest_upper_back": QT_TRANSLATE_NOOP("BodyRegion", "Chest and upper back"),
    "hands_arms": QT_TRANSLATE_NOOP("BodyRegion", "Hands and arms"),
    "shoulders_neck": QT_TRANSLATE_NOOP("BodyRegion", "Shoulders, neck and throat"),
    "face_head": QT_TRANSLATE_NOOP("BodyRegion", "Face and head"),
    "whole_body": QT_TRANSLATE_NOOP("BodyRegion", "Whole body"),
}
"""Body regions a step can name (the body map draws each one)."""
SKIPPABLE: dict[str, tuple[str, ...]] = {
    "feet": ("left_foot", "right_foot", "feet"),
    "legs": ("left_leg", "right_leg", "legs"),
    "pelvis": ("pelvis",),
    "abdomen_lower_back": ("abdomen_lower_back",),
    "chest_upper_back": ("chest_upper_back",),
    "hands_arms": ("hands_arms",),
    "shoulders_neck": ("shoulders_neck",),
    "face_head": ("face_head",),
}
"""Groups a user may skip (pain, injury, trauma), and the regions each covers."""
MIN_STEP_MS = 1000
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class OptionError(ValueError):
    """A choice that does not fit the practice (every region skipped, say): plain words for the UI."""


def region_group(region: str) -> str | None:
    return next((g for g, members in SKIPPABLE.items() if region in members), None)


@dataclass(frozen=True)
class StepDef:
    """One step as written in the data file, before the user's choices and the length are applied."""

    id: str
    title: str
    caption: str
    spoken: str = ""
    weight: float | None = None
    """Share of the time left after fixed steps (written as seconds at the practice's usual length)."""
    seconds: float | None = None
    """A fixed length that does not scale."""
    cue: str | None = None
    region: str | None = None
    focus: str | None = None
    caption_head_to_feet: str = ""
    """Wording used instead of ``caption`` when the scan runs head to feet (empty: the same)."""
    spoken_head_to_feet: str = ""
    """Wording used instead of ``spoken`` when the scan runs head to feet (empty: the same)."""
    answer: AnswerDef | None = None
    """An optional typed answer the step invites (``core.guided.answers``)."""

    @property
    def is_scan_region(self) -> bool:
        """Part of the scan proper: reversed by direction, skippable; whole-body steps are not."""
        return self.region is not None and region_group(self.region) is not None


@dataclass(frozen=True)
class GuidedStep:
    """One step as practised: exact start and length, words with the user's choices filled in."""

    index: int
    id: str
    title: str
    caption: str
    spoken: str
    note: str
    """A line added because of a choice (a skipped region before this step), shown above the caption."""
    cue: str | None
    region: str | None
    focus: str | None
    start_ms: int
    duration_ms: int
    answer: AnswerDef | None = None
    """The optional typed answer this step invites; never spoken, logged or shown to a group."""

    @property
    def start_s(self) -> float:
        return self.start_ms / 1000

    @property
    def duration_s(self) -> float:
        return self.duration_ms / 1000

    @property
    def speech(self) -> str:
        """What the voice says when the step begins (empty: nothing)."""
        return " ".join(t for t in (self.note, self.spoken) if t)


@dataclass(frozen=True)
class SkipWords:
    """Wording for a skipped region's time (each may use {regions} and {neutral})."""

    title: str = "Resting on a neutral place"
    caption: str = "Leaving out {regions}: resting attention on {neutral}."
    note: str = (
        "We're leaving out {regions} this time. Instead, you might rest attention on {neutral}."
    )
    """Said as a skipped stretch begins."""
    also: str = "And leaving out {regions} too."
    """Said when a further skipped region follows straight on."""
    rest: tuple[str, ...] = ()
    """Said in turn on the later steps of the same skipped region."""
    regions: tuple[tuple[str, str], ...] = ()
    """How {regions} names each region in these lines, where "the left foot" (the region's label)
    does not fit: a translation gives each its own words ("den linken Fuß")."""


@dataclass(frozen=True)
class GuidedOptions:
    length_s: int | None = None
    """None: the practice's default length."""
    direction: str = "feet_to_head"
    skip_regions: frozenset[str] = frozenset()
    eyes: str = OPTION_DEFAULTS["eyes"]
    posture: str = OPTION_DEFAULTS["posture"]
    anchor: str = OPTION_DEFAULTS["anchor"]
    touch: str = OPTION_DEFAULTS["touch"]
    focus: frozenset[str] | None = None
    """Loving-kindness focus to include; None: all the practice has."""

    def choice(self, name: str) -> str:
        value: str = getattr(self, name)
        return value


@dataclass(frozen=True)
class GuidedPractice:
    id: str
    title: str
    category: str
    steps: tuple[StepDef, ...]
    durations_s: tuple[int, ...]
    default_duration_s: int
    summary: str = ""
    description: str = ""
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Option name -> choice -> words, for the {placeholders} in step text."""
    skip: SkipWords = field(default_factory=lambda: SkipWords())
    """What is shown and said while a skipped region's time is spent on a neutral place."""
    neutral: Mapping[str, str] = field(default_factory=dict)
    """Neutral places to rest attention: hands_or_feet, hands, feet, other."""
    cautions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    evidence: str = ""
    custom: bool = False
    scripts: Mapping[int, tuple[StepDef, ...]] = field(default_factory=dict)
    """Own scripts for lengths other than the default (length in seconds -> steps); ``steps`` is the
    default length's script and serves any length without one of its own."""

    def as_own(self, **changes: Any) -> GuidedPractice:
        """This practice as one of the user's own (``custom``), with ``changes`` to other fields
        (the user's store is made at every start and need not import dataclasses for it)."""
        return replace(self, custom=True, **changes)

    def fitted(self, options: GuidedOptions) -> GuidedOptions:
        """``options`` at the offered length nearest the one asked for (the shorter on a tie), for
        a length chosen elsewhere ("--start body_scan_3:60", a reminder's gap): each offered
        length has words written for it, and any other would squeeze or stretch them."""
        asked = options.length_s
        if not asked or not self.durations_s or asked in self.durations_s:
            return options
        return replace(options, length_s=min(self.durations_s, key=lambda d: (abs(d - asked), d)))

    def steps_for(self, length_s: int | None = None) -> tuple[StepDef, ...]:
        """The script written for this length (the default script for a length without one)."""
        return self.scripts.get(length_s or self.default_duration_s, self.steps)

    @property
    def all_steps(self) -> tuple[StepDef, ...]:
        """Every step of every script (for what the setup panel offers)."""
        return self.steps + tuple(s for steps in self.scripts.values() for s in steps)

    def supports(self, option: str) -> bool:
        """Whether the setup panel should offer a choice (only what changes this practice)."""
        steps = self.all_steps
        if option == "length":
            return len(self.durations_s) > 1
        if option in ("direction", "skip_regions"):
            return any(s.is_scan_region for s in steps)
        if option == "focus":
            return any(s.focus for s in steps)
        return any(
            option in _PLACEHOLDER.findall(s.caption + s.spoken + s.caption_head_to_feet
                                           + s.spoken_head_to_feet)
            for s in steps
        )  # fmt: skip

    @property
    def foci(self) -> tuple[str, ...]:
        return tuple(f for f in FOCI if any(s.focus == f for s in self.all_steps))

    @property
    def skippable_groups(self) -> tuple[str, ...]:
        present = {region_group(s.region) for s in self.all_steps if s.region}
        return tuple(g for g in SKIPPABLE if g in present)

    def plan(self, options: GuidedOptions | None = None) -> GuidedPlan:
        return build_plan(self, options or GuidedOptions())

    def timeline(self, options: GuidedOptions | None = None) -> StepTimeline:
        return self.plan(options).timeline()


@dataclass(frozen=True)
class GuidedPlan:
    """A practice prepared for one sitting: what the session runs and the view shows."""

    practice: GuidedPractice
    options: GuidedOptions
    steps: tuple[GuidedStep, ...]

    @property
    def total_ms(self) -> int:
        return sum(s.duration_ms for s in self.steps)

    @property
    def total_s(self) -> float:
        return self.total_ms / 1000

    @property
    def has_body_map(self) -> bool:
        return any(s.region for s in self.steps)

    def regions(self) -> list[str]:
        """Regions in the order this sitting visits them (for the list beside the body map)."""
        out: list[str] = []
        for s in self.steps:
            if s.region and s.region not in out:
                out.append(s.region)
        return out

    def timeline(self) -> StepTimeline:
        return StepTimeline(
            [Segment("step", s.duration_ms / 1000, label=s.title, payload=s) for s in self.steps]
        )


def guided_entry(p: GuidedPractice) -> CatalogEntry:
    """The practice as the picker and ``mindful-clinic practices`` list it."""
    return CatalogEntry(
        p.id, p.title, p.category, p.summary, p.durations_s, p.default_duration_s, "guided", p,
        p.custom,
    )  # fmt: skip


# -- building a sitting -----------------------------------------------------------------------------
def build_plan(practice: GuidedPractice, options: GuidedOptions) -> GuidedPlan:
    _check_options(practice, options)
    length_s = options.length_s or practice.default_duration_s
    steps = list(practice.steps_for(length_s))
    if any(s.focus for s in steps):
        chosen = options.focus if options.focus is not None else frozenset(FOCI)
        steps = [s for s in steps if s.focus is None or s.focus in chosen]
        if not any(s.focus for s in steps):
            raise OptionError("Choose at least one person or group to send kind wishes to.")
    if options.direction == "head_to_feet":
        steps = _head_to_feet(steps)
    from mindful_clinic.core.guided.skipping import quiet_note, skip_steps

    steps, lines = skip_steps(practice, steps, options.skip_regions)
    durations = allocate_ms(
        length_s * 1000,
        [_ms(s.seconds) if s.seconds is not None else None for s in steps],
        [Fraction(str(s.weight)) if s.weight is not None else None for s in steps],
    )
    notes = {i: quiet_note(texts, durations[i] / 1000) for i, texts in lines.items()}
    out: list[GuidedStep] = []
    start = 0
    for i, (s, ms) in enumerate(zip(steps, durations, strict=True)):
        out.append(
            GuidedStep(
                index=i,
                id=s.id,
                title=s.title,
                caption=render(s.caption, practice.words, options),
                spoken=render(s.spoken, practice.words, options),
                note=notes.get(i, ""),
                cue=s.cue,
                region=s.region,
                focus=s.focus,
                start_ms=start,
                duration_ms=ms,
                answer=s.answer,
            )
        )
        start += ms
    return GuidedPlan(practice, options, tuple(out))


def allocate_ms(
    total_ms: int, fixed_ms: Sequence[int | None], weights: Sequence[Fraction | None]
) -> list[int]:
    """Exact lengths: fixed steps keep theirs, weighted steps share the rest by largest remainder.

    The rest is shared in whole seconds when it is a whole number of seconds (readable timings), else
    in milliseconds; either way the lengths add up to ``total_ms`` exactly.
    """
    fixed_total = sum(f for f in fixed_ms if f is not None)
    rest = total_ms - fixed_total
    weighted = [(i, w) for i, w in enumerate(weights) if w is not None]
    if not weighted:
        if rest != 0:
            raise OptionError(
                f"This practice lasts {format_ms(fixed_total)}; it cannot be made {format_ms(total_ms)}."
            )
        return [f or 0 for f in fixed_ms]
    if rest < MIN_STEP_MS * len(weighted):
        raise OptionError(f"{format_ms(total_ms)} is too short for the steps of this practice.")
    quantum = 1000 if rest % 1000 == 0 else 1
    units = rest // quantum
    weight_sum = sum((w for _, w in weighted), Fraction(0))
    shares = {i: units * w / weight_sum for i, w in weighted}
    floors = {i: int(share) for i, share in shares.items()}  # shares are >= 0: int() floors
    leftover = units - sum(floors.values())
    by_remainder = sorted(shares, key=lambda i: (-(shares[i] - floors[i]), i))
    for i in by_remainder[:leftover]:
        floors[i] += 1
    out = [f if f is not None else floors[i] * quantum for i, f in enumerate(fixed_ms)]
    if any(out[i] < MIN_STEP_MS for i, _ in weighted):
        raise OptionError(f"{format_ms(total_ms)} is too short for the steps of this practice.")
    return out


def render(text: str, words: Mapping[str, Mapping[str, str]], options: GuidedOptions) -> str:
    """Fill {eyes}, {posture}, {anchor}, {touch} with the chosen words; capitalise at a sentence start."""

    def sub(m: re.Match[str]) -> str:
        value = words[m.group(1)][options.choice(m.group(1))]
        before = text[: m.start()].rstrip(" ")
        if not before or before[-1] in ".!?\n":
            value = value[:1].upper() + value[1:]
        return value

    return _PLACEHOLDER.sub(sub, text)


def placeholders(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


def _check_options(practice: GuidedPractice, options: GuidedOptions) -> None:
    if options.length_s is not None and options.length_s <= 0:
        raise OptionError("Choose a length above zero.")
    if options.direction not in DIRECTIONS:
        raise OptionError(f"Unknown direction '{options.direction}'.")
    for name, allowed in OPTION_VALUES.items():
        if options.choice(name) not in allowed:
            raise OptionError(f"Unknown {name} choice '{options.choice(name)}'.")
    unknown = set(options.skip_regions) - set(SKIPPABLE)
    if unknown:
        raise OptionError(f"Unknown region to skip: {sorted(unknown)[0]}.")
    if options.focus is not None and set(options.focus) - set(FOCI):
        raise OptionError(f"Unknown focus: {sorted(set(options.focus) - set(FOCI))[0]}.")


def _head_to_feet(steps: list[StepDef]) -> list[StepDef]:
    """The scan regions run in reverse (arriving, whole body and closing stay put), and every step
    uses its own head-to-feet wording where it has some."""
    slots = [i for i, s in enumerate(steps) if s.is_scan_region]
    out = list(steps)
    for slot, step in zip(slots, reversed([steps[i] for i in slots]), strict=True):
        out[slot] = step
    return [
        replace(
            s,
            caption=s.caption_head_to_feet or s.caption,
            spoken=s.spoken_head_to_feet or s.spoken,
        )
        for s in out
    ]


def _ms(seconds: float) -> int:
    return int(Fraction(str(seconds)) * 1000)


def format_ms(ms: int) -> str:
    """m:ss, with milliseconds only when a time is not a whole second."""
    minutes, rest = divmod(ms, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{minutes}:{secs:02d}" + (f".{millis:03d}" if millis else "")
