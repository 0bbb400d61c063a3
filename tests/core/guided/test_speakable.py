"""Every guided script can be spoken in its time, keeps its silence and reads right (issue #14).

For every practice, every length and every combination of choices, at 150 words a minute:
- each step's spoken words (with any note) end at least 1 s before the step does;
- at least 35 % of each practice and length is silence;
- body scans of 10 minutes or more never leave more than 75 s without a word;
- the 45-minute scan is at least 25 % spoken (without skipped regions, whose time is kept quiet on a
  neutral place);
- no sentence is broken by a choice: no leftover or empty placeholder, doubled word or phrase,
  dangling "its", double space or sentence starting in lower case.

Choices fall into two independent kinds, so their product is covered exactly without building every
one of its ~140 000 plans: the structure (length, direction, skipped regions, loving-kindness focus)
decides which steps there are and their notes; the word choices (eyes, posture, anchor, touch) fill
placeholders within one step's text and never reach across steps. Timing is checked for every
structure with the longest wording of each choice (word counts add up, so that is the worst case);
wording is checked for every structure and every combination of word choices per direction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations, pairwise, product

import pytest

from mindful_clinic.core.guided.practice import (
    DIRECTIONS,
    OPTION_VALUES,
    GuidedOptions,
    GuidedPlan,
    GuidedPractice,
)
from mindful_clinic.core.guided.schema import load_shipped_practices

WORDS_PER_MINUTE = 150
SPARE_S = 1.0
MIN_SILENCE = 0.35
MAX_GAP_S = 75.0
LONG_SCAN_S = 600
MIN_SPOKEN_45 = 0.25

PRACTICES = {p.id: p for p in load_shipped_practices()}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # any alphabet, as the core counts


def words(text: str) -> int:
    return len(_WORD.findall(text))


def speech_s(text: str) -> float:
    return words(text) * 60 / WORDS_PER_MINUTE


def longest_words(p: GuidedPractice) -> GuidedPractice:
    """The practice with every choice worded as its longest choice: the worst case for timing."""
    worst = {
        option: dict.fromkeys(table, max(table.values(), key=words))
        for option, table in p.words.items()
    }
    return replace(p, words=worst)


def structures(p: GuidedPractice) -> Iterator[GuidedOptions]:
    """Every length, direction, set of skipped regions and loving-kindness focus the practice offers."""
    directions = DIRECTIONS if p.supports("direction") else DIRECTIONS[:1]
    groups = p.skippable_groups if p.supports("skip_regions") else ()
    # every set of regions but all of them (refused in plain words elsewhere)
    skips = [frozenset(c) for n in range(max(len(groups), 1)) for c in combinations(groups, n)]
    foci = p.foci
    focus_sets: list[frozenset[str] | None] = (
        [frozenset(c) for n in range(1, len(foci) + 1) for c in combinations(foci, n)]
        if foci
        else [None]
    )
    for length, direction, skip, focus in product(p.durations_s, directions, skips, focus_sets):
        yield GuidedOptions(length_s=length, direction=direction, skip_regions=skip, focus=focus)


def word_choices(p: GuidedPractice) -> Iterator[GuidedOptions]:
    """Every length and direction with every combination of the word choices the practice uses."""
    directions = DIRECTIONS if p.supports("direction") else DIRECTIONS[:1]
    used = [name for name in OPTION_VALUES if p.supports(name)]
    for length, direction in product(p.durations_s, directions):
        for values in product(*(OPTION_VALUES[name] for name in used)):
            yield GuidedOptions(
                length_s=length, direction=direction, **dict(zip(used, values, strict=True))
            )


def where(plan: GuidedPlan, index: int | None = None) -> str:
    o = plan.options
    bits = [plan.practice.id, f"{o.length_s} s", o.direction]
    if o.skip_regions:
        bits.append("skipping " + "+".join(sorted(o.skip_regions)))
    if o.focus is not None:
        bits.append("focus " + "+".join(sorted(o.focus)))
    if index is not None:
        step = plan.steps[index]
        bits.append(f"step {index + 1} '{step.id}'")
    return ", ".join(bits)


def timing_breaches(plan: GuidedPlan) -> list[str]:
    out: list[str] = []
    total = plan.total_s
    spoken = 0.0
    quiet_since = 0.0
    longest_gap = (0.0, 0)
    for i, s in enumerate(plan.steps):
        talk = speech_s(s.speech)
        spoken += talk
        if talk + SPARE_S > s.duration_s:
            out.append(
                f"{where(plan, i)}: {words(s.speech)} words take {talk:.1f} s + {SPARE_S:.0f} s "
                f"in a {s.duration_s:g} s step"
            )
        if talk:
            gap = s.start_s - quiet_since
            if gap > longest_gap[0]:
                longest_gap = (gap, i)
            quiet_since = s.start_s + talk
    end_gap = total - quiet_since
    if end_gap > longest_gap[0]:
        longest_gap = (end_gap, len(plan.steps) - 1)
    if spoken > total * (1 - MIN_SILENCE):
        out.append(
            f"{where(plan)}: {spoken / total:.0%} talk leaves under {MIN_SILENCE:.0%} silence"
        )
    scan = plan.practice.category == "body_scan"
    if scan and total >= LONG_SCAN_S and longest_gap[0] > MAX_GAP_S:
        out.append(
            f"{where(plan, longest_gap[1])}: {longest_gap[0]:.0f} s without a word "
            f"(at most {MAX_GAP_S:.0f} s)"
        )
    if scan and total >= 2700 and not plan.options.skip_regions and spoken < total * MIN_SPOKEN_45:
        out.append(f"{where(plan)}: only {spoken / total:.0%} spoken (at least 25 %)")
    return out


_STOP = set(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "for",
        "from",
        "how",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "may",
        "might",
        "me",
        "my",
        "no",
        "not",
        "now",
        "of",
        "on",
        "or",
        "so",
        "that",
        "the",
        "then",
        "there",
        "this",
        "to",
        "too",
        "up",
        "with",
        "you",
        "your",
        "yourself",
        "i",
        "where",
        "what",
        "whatever",
        "when",
        "we",
        "our",
        "it's",
        "that's",
        "you're",
        "any",
        "some",
        "here",
        "one",
        "other",
        "all",
        "perhaps",
        "they",
    ]
)
_IMPERATIVES = (
    "Bring", "Take", "Notice", "Relax", "Close", "Breathe", "Let", "Focus", "Feel", "Imagine", "Sit",
    "Picture", "Observe", "Try", "Keep", "Move", "Return", "Rest", "Offer", "Ask", "Say", "Name",
    "Choose", "Place", "Put", "Open", "Lie", "Stand", "Scan", "Allow", "Recognise", "Investigate",
    "Nurture", "Gather", "Widen", "Expand", "Proceed", "Remember", "Repeat", "Think",
)  # fmt: skip
_IMPERATIVE = re.compile(r"(?:^|[.!?]\s+)[\"“]?(" + "|".join(_IMPERATIVES) + r") [a-z]")


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])[\"”]?\s+", text) if s]


def wording_problems(text: str) -> list[str]:
    """What makes a filled-in sentence read wrong (empty text is fine: nothing is said)."""
    if not text:
        return []
    out: list[str] = []
    if "{" in text or "}" in text:
        out.append("a placeholder was not filled in")
    if "  " in text or text != text.strip():
        out.append("a double or stray space")
    if m := re.search(r"\b(\w+)\s+\1\b", text, re.IGNORECASE):
        out.append(f"a doubled word: '{m.group(0)}'")
    if m := re.search(r"\s[,.;:!?]|[,;:]\s*[,.;:]|\.\.|,\s*$", text):
        out.append(f"stray punctuation: '{m.group(0)}'")
    if m := re.search(r"(?:^|[.!?][\"”]?\s+)[\"“]?([a-z]\w*)", text):
        out.append(f"a sentence starts in lower case: '{m.group(1)}'")
    if not re.search(r"[.!?][\"”)]?$", text):
        out.append("does not end a sentence")
    if m := _IMPERATIVE.search(text):
        out.append(f"a bare command: '{m.group(1)} ...' (invite: 'you might ...')")
    for sentence in sentences(text):
        low = re.findall(r"[a-z']+", sentence.lower())
        pairs = [(a, b) for a, b in pairwise(low) if not {a, b} & _STOP]
        repeated = {p for p in pairs if pairs.count(p) > 1}
        if repeated:
            out.append(f"a phrase said twice in one sentence: '{' '.join(sorted(repeated)[0])}'")
        if "no touch" in sentence and re.search(r"\bits\b", sentence):
            out.append("'its' with nothing to refer to (no touch)")
    return out


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def echo_problems(p: GuidedPractice) -> list[str]:
    """A choice's words repeating a word of the sentence around it ("a few breaths with the breath")."""
    out: list[str] = []
    for step in p.all_steps:
        texts = (step.caption, step.spoken, step.caption_head_to_feet, step.spoken_head_to_feet)
        for sentence in (x for t in texts for x in sentences(t)):
            for m in re.finditer(r"\{([a-z_]+)\}", sentence):
                around = re.sub(r"\{[a-z_]+\}", " ", sentence).lower()
                here = {_stem(w) for w in re.findall(r"[a-z']+", around)} - _STOP
                for choice, value in p.words[m.group(1)].items():
                    said = {_stem(w) for w in re.findall(r"[a-z']+", value.lower())} - _STOP
                    if said & here:
                        out.append(
                            f"{p.id}, step '{step.id}': {{{m.group(1)}}} = {choice} repeats "
                            f"'{sorted(said & here)[0]}' in {sentence!r}"
                        )
    return out


@pytest.mark.parametrize("pid", sorted(PRACTICES))
def test_no_choice_repeats_the_words_around_it(pid: str) -> None:
    breaches = echo_problems(PRACTICES[pid])
    assert not breaches, "\n".join(breaches[:40])


def plan_wording_problems(plan: GuidedPlan) -> list[str]:
    out: list[str] = []
    for i, s in enumerate(plan.steps):
        for label, text in (("caption", s.caption), ("voice", s.spoken), ("note", s.note)):
            out += [f"{where(plan, i)} {label}: {problem}" for problem in wording_problems(text)]
    return out


def _once(breaches: list[str]) -> list[str]:
    """Each breach once (the same words fail under many choices), the first 40 of them."""
    seen: dict[str, str] = {}
    for b in breaches:
        seen.setdefault(re.sub(r", (skipping|focus) [^,]+", "", b), b)
    return list(seen.values())[:40]


@pytest.mark.parametrize("pid", sorted(PRACTICES))
def test_every_script_fits_its_time_with_silence_to_spare(pid: str) -> None:
    p = longest_words(PRACTICES[pid])
    breaches: list[str] = []
    plans = 0
    for options in structures(p):
        plan = p.plan(options)
        plans += 1
        breaches += timing_breaches(plan)
        breaches += plan_wording_problems(plan)
    assert plans >= len(p.durations_s)
    assert not breaches, "\n".join(_once(breaches))


@pytest.mark.parametrize("pid", sorted(PRACTICES))
def test_every_combination_of_choices_reads_right(pid: str) -> None:
    p = PRACTICES[pid]
    breaches: list[str] = []
    for options in word_choices(p):
        breaches += plan_wording_problems(p.plan(options))
    assert not breaches, "\n".join(_once(breaches))


@pytest.mark.parametrize("pid", sorted(PRACTICES))
def test_each_length_has_its_own_script(pid: str) -> None:
    p = PRACTICES[pid]
    scripts = {d: p.steps_for(d) for d in p.durations_s}
    for d in scripts:
        first = p.plan(GuidedOptions(length_s=d)).steps[0]
        assert "at any time" in first.caption + first.spoken, f"{pid}, {d} s"
    if len(scripts) > 1:
        spoken = [" ".join(s.spoken for s in steps) for steps in scripts.values()]
        assert len(set(spoken)) == len(spoken), f"{pid}: two lengths share one script"
        # a shorter version says less: fewer words, never the same words faster
        by_length = [words(t) for _, t in sorted(zip(scripts, spoken, strict=True))]
        assert by_length == sorted(by_length), f"{pid}: words per length {by_length}"


# the wording of order: the other direction's words never reach a sitting
_UP = re.compile(
    r"\b(from the (feet|toes) up|up through|upwards?|working up|moving up|on up)\b", re.I
)
_DOWN = re.compile(
    r"\b(from the (top of the )?head down|down through|downwards?|working down|moving down|on down)\b",
    re.I,
)
_SIDE = re.compile(r"\b(left|right) (foot|toes?|sole|heel|ankle|leg|shin|calf|knee|thigh)\b", re.I)


@pytest.mark.parametrize(
    "pid", [p for p in sorted(PRACTICES) if PRACTICES[p].supports("direction")]
)
def test_head_to_feet_has_its_own_words_wherever_order_is_mentioned(pid: str) -> None:
    p = PRACTICES[pid]
    for options in structures(p):
        plan = p.plan(options)
        wrong = _DOWN if options.direction == "feet_to_head" else _UP
        for i, s in enumerate(plan.steps):
            for text in (s.caption, s.speech):
                m = wrong.search(text)
                assert m is None, f"{where(plan, i)}: '{m and m.group(0)}' in {text!r}"
                # a step names only its own side: no "let the left foot go" on the right foot
                if s.region and s.region.startswith(("left_", "right_")):
                    side = s.region.split("_")[0]
                    others = {m.group(1).lower() for m in _SIDE.finditer(text)} - {side}
                    assert not others, f"{where(plan, i)}: names the {others} side in {text!r}"
    # the scan has words of its own for head to feet, not just its steps in reverse
    down = p.plan(GuidedOptions(direction="head_to_feet")).steps
    up = p.plan(GuidedOptions(direction="feet_to_head")).steps
    said = {s.id: s.speech for s in up}
    assert any(s.speech != said[s.id] for s in down), pid


def test_45_minute_scan_returns_kindly_to_wandering_and_to_sleepiness() -> None:
    plan = PRACTICES["body_scan_45"].plan()
    said = [s.speech.lower() for s in plan.steps]
    wandering = [t for t in said if re.search(r"wander|drift|carried off|somewhere else", t)]
    sleepy = [t for t in said if re.search(r"sleep|drows|doz|heavy-eyed|tired", t)]
    assert len(wandering) >= 3 and len(sleepy) >= 2
    assert all(
        re.search(r"kind|gentl|fine|natural|no problem|alright|no need to judge|welcome", t)
        for t in wandering
    )
    spoken = sum(speech_s(s.speech) for s in plan.steps)
    assert spoken >= 0.25 * plan.total_s


def test_the_checks_catch_what_they_are_for() -> None:
    """The content checks themselves: each breach is named (a check that cannot fail is a defect)."""
    assert wording_problems("rest with no touch at all, feeling its warmth.")
    assert wording_problems("You might stay here with the left foot, and then the left foot.")
    echo = replace(
        PRACTICES["stop_1"],
        steps=(
            replace(
                PRACTICES["stop_1"].steps[0],
                spoken="You might rest for a few breaths with {anchor}.",
            ),
        ),
    )
    assert any("repeats 'breath'" in b for b in echo_problems(echo))
    assert wording_problems("You might rest with , then.")
    assert wording_problems("You might rest.  Then go on.")
    assert wording_problems("You might rest. then go on.")
    assert wording_problems("You might rest with the the breath.")
    assert wording_problems("Bring to mind something difficult.")
    assert wording_problems("You might rest with {touch}.")
    assert not wording_problems("Stop. You might pause, just for a minute. Observe: what's here?")
    assert words("That's it, isn't it? Yes.") == 5
    plan = PRACTICES["stop_1"].plan()
    crammed = replace(plan, steps=(replace(plan.steps[0], spoken="word " * 40), *plan.steps[1:]))
    assert any("step 1 'stop'" in b for b in timing_breaches(crammed))
