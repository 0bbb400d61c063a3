"""Plain-text review of a guided practice: every step with its start, length and words.

Used by ``mindful-clinic practices --show ID`` so a clinician or reviewer can check a practice's timing
and wording without running it.
"""

from __future__ import annotations

import textwrap

from mindful_clinic.core.guided.practice import (
    DIRECTIONS,
    OPTION_DEFAULTS,
    OPTION_VALUES,
    REGION_LABELS,
    GuidedPlan,
    GuidedPractice,
    format_ms,
)
from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP, Translate, same
from mindful_clinic.core.practice.catalog import category_words, cautions_and_sources

CHOICE_LABELS: dict[str, str] = {
    "direction": QT_TRANSLATE_NOOP("core", "Direction"),
    "eyes": QT_TRANSLATE_NOOP("core", "Eyes"),
    "posture": QT_TRANSLATE_NOOP("core", "Posture"),
    "anchor": QT_TRANSLATE_NOOP("core", "Steady place to return to"),
    "touch": QT_TRANSLATE_NOOP("core", "Supportive touch"),
}
"""The name of each choice as the set-up page shows it (the id, "direction", is what is typed)."""
CHOICE_WORDS: dict[str, str] = {
    "feet_to_head": QT_TRANSLATE_NOOP("core", "Feet to head"),
    "head_to_feet": QT_TRANSLATE_NOOP("core", "Head to feet"),
    "open": QT_TRANSLATE_NOOP("core", "Open"),
    "lowered": QT_TRANSLATE_NOOP("core", "Gaze lowered"),
    "closed": QT_TRANSLATE_NOOP("core", "Closed"),
    "sit": QT_TRANSLATE_NOOP("core", "Sitting"),
    "lie": QT_TRANSLATE_NOOP("core", "Lying down"),
    "stand": QT_TRANSLATE_NOOP("core", "Standing"),
    "breath": QT_TRANSLATE_NOOP("core", "The breath"),
    "sounds": QT_TRANSLATE_NOOP("core", "Sounds around you"),
    "feet": QT_TRANSLATE_NOOP("core", "Feet on the floor"),
    "hands": QT_TRANSLATE_NOOP("core", "Your hands"),
    "object": QT_TRANSLATE_NOOP("core", "Something in view"),
    "heart": QT_TRANSLATE_NOOP("core", "Hand on heart"),
    "heart_and_belly": QT_TRANSLATE_NOOP("core", "One hand on heart, one on belly"),
    "cheek": QT_TRANSLATE_NOOP("core", "Hand on cheek"),
    "self_hug": QT_TRANSLATE_NOOP("core", "A gentle self-hug"),
    "hands_held": QT_TRANSLATE_NOOP("core", "One hand holding the other"),
    "none": QT_TRANSLATE_NOOP("core", "No touch: just notice your hands resting"),
    "loved_one": QT_TRANSLATE_NOOP("core", "Someone easy to care about"),
    "self": QT_TRANSLATE_NOOP("core", "Yourself"),
    "colleague_or_team": QT_TRANSLATE_NOOP("core", "Colleagues or your team"),
    "everyone": QT_TRANSLATE_NOOP("core", "Everyone"),
}
"""A choice's value in words, as the set-up page shows it; the command line adds the value typed."""


def _worded(value: str, tr: Translate, default: str | None = None) -> str:
    """ "Feet to head (feet_to_head, default)": the words, then the value one types."""
    words = tr(CHOICE_WORDS[value]) if value in CHOICE_WORDS else value
    if value == default:
        return tr(QT_TRANSLATE_NOOP("core", "{words} ({value}, default)")).format(
            words=words, value=value
        )
    return f"{words} ({value})"


def _choice_line(name: str, values: tuple[str, ...], default: str, tr: Translate) -> str:
    """ "Direction: Feet to head (feet_to_head, default), Head to feet (head_to_feet)"."""
    label = tr(CHOICE_LABELS.get(name, name))
    return f"{label}: {', '.join(_worded(v, tr, default) for v in values)}"


def describe_practice(p: GuidedPractice, tr: Translate = same) -> str:
    """``tr`` translates the labels (the command line speaks the window's language); option values
    and ids stay as they are typed on the command line."""
    custom = tr(QT_TRANSLATE_NOOP("core", " (custom)")) if p.custom else ""
    category = tr(QT_TRANSLATE_NOOP("core", "Category: {category}")).format(
        category=category_words(p.category, tr)
    )
    lines = [f"{p.title}  [{p.id}]", category + custom]
    if p.summary:
        lines.append(p.summary)
    if p.description:
        lines += ["", *textwrap.wrap(p.description, 100)]
    lengths = ", ".join(format_ms(d * 1000) for d in p.durations_s)
    shown = format_ms(p.default_duration_s * 1000)
    label = tr(QT_TRANSLATE_NOOP("core", "Lengths: {lengths} (shown below: {shown})"))
    lines += ["", label.format(lengths=lengths, shown=shown)]
    choices: list[str] = []
    if p.supports("direction"):
        choices.append(_choice_line("direction", DIRECTIONS, "feet_to_head", tr))
    if p.supports("skip_regions"):
        # English names read mid-sentence in lower case; German nouns keep their capitals
        names = ", ".join(
            f"{label.lower() if (label := tr(REGION_LABELS[g])) == REGION_LABELS[g] else label} ({g})"
            for g in p.skippable_groups
        )
        skip = tr(QT_TRANSLATE_NOOP("core", "regions that can be skipped: {names}"))
        choices.append(skip.format(names=names))
    for name, values in OPTION_VALUES.items():
        if p.supports(name):
            choices.append(_choice_line(name, values, OPTION_DEFAULTS[name], tr))
    if p.supports("focus"):
        focus = tr(QT_TRANSLATE_NOOP("core", "kind-wishes focus (any of): {foci}"))
        choices.append(focus.format(foci=", ".join(_worded(f, tr) for f in p.foci)))
    if choices:
        before = tr(QT_TRANSLATE_NOOP("core", "Choices before starting:"))
        lines += [before, *(f"  - {c}" for c in choices)]
    lines += ["", describe_plan(p.plan(), header=False, tr=tr)]
    lines += cautions_and_sources(p.cautions, p.sources, p.evidence, tr)
    return "\n".join(lines)


def describe_plan(plan: GuidedPlan, header: bool = True, tr: Translate = same) -> str:
    p, o = plan.practice, plan.options
    lines: list[str] = []
    if header:
        lines.append(f"{p.title}  [{p.id}]")
    settings = [
        tr(QT_TRANSLATE_NOOP("core", "length {length}")).format(length=format_ms(plan.total_ms))
    ]
    if p.supports("direction"):
        settings.append(tr(CHOICE_WORDS[o.direction]))
    if o.skip_regions:
        skipping = tr(QT_TRANSLATE_NOOP("core", "skipping {regions}"))
        names = (tr(REGION_LABELS[r]) if r in REGION_LABELS else r for r in sorted(o.skip_regions))
        settings.append(skipping.format(regions=", ".join(names)))
    for name in ("eyes", "posture", "anchor", "touch"):
        if p.supports(name):
            value = o.choice(name)
            settings.append(f"{tr(CHOICE_LABELS[name])}: {tr(CHOICE_WORDS.get(value, value))}")
    if o.focus is not None:
        focus = tr(QT_TRANSLATE_NOOP("core", "focus {foci}"))
        chosen = (tr(CHOICE_WORDS.get(f, f)) for f in p.foci if f in o.focus)
        settings.append(focus.format(foci=", ".join(chosen)))
    steps = tr(QT_TRANSLATE_NOOP("core", "Steps ({settings}):"))
    lines.append(steps.format(settings="; ".join(settings)))
    for s in plan.steps:
        region = tr(QT_TRANSLATE_NOOP("core", "region {region}"))
        cue = tr(QT_TRANSLATE_NOOP("core", "cue {cue}"))
        extras = [
            x
            for x in (s.region and region.format(region=s.region), s.cue and cue.format(cue=s.cue))
            if x
        ]
        tail = f"  [{', '.join(extras)}]" if extras else ""
        lines.append(
            f"{s.index + 1:>3}. {format_ms(s.start_ms):>9}  {format_ms(s.duration_ms):>8}  "
            f"{s.title}{tail}"
        )
        if s.note:
            lines += _wrapped(tr(QT_TRANSLATE_NOOP("core", "Note")), s.note)
        lines += _wrapped(tr(QT_TRANSLATE_NOOP("core", "Screen")), s.caption)
        if s.spoken:
            lines += _wrapped(tr(QT_TRANSLATE_NOOP("core", "Voice")), s.spoken)
    lines.append(f"     {format_ms(plan.total_ms):>9}  {tr(QT_TRANSLATE_NOOP('core', 'end'))}")
    return "\n".join(lines)


def _wrapped(label: str, text: str) -> list[str]:
    prefix = f"{'':6}{label}: "
    indent = " " * len(prefix)
    return textwrap.wrap(
        " ".join(text.split()), 100, initial_indent=prefix, subsequent_indent=indent
    )
