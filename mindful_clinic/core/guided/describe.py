"""Plain-text review of a guided practice: every step with its start, length and words.

Used by ``mindful-clinic practices --show ID`` so a clinician or reviewer can check a practice's timing
and wording without running it.
"""

from __future__ import annotations

import textwrap

from mindful_clinic.core.guided.practice import (
    OPTION_VALUES,
    REGION_LABELS,
    GuidedPlan,
    GuidedPractice,
    format_ms,
)
from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP, Translate, same
from mindful_clinic.core.practice.catalog import category_words, cautions_and_sources


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
        choices.append(
            tr(QT_TRANSLATE_NOOP("core", "direction: feet_to_head (default) or head_to_feet"))
        )
    if p.supports("skip_regions"):
        # English names read mid-sentence in lower case; German nouns keep their capitals
        names = ", ".join(
            label.lower() if (label := tr(REGION_LABELS[g])) == REGION_LABELS[g] else label
            for g in p.skippable_groups
        )
        skip = tr(QT_TRANSLATE_NOOP("core", "regions that can be skipped: {names}"))
        choices.append(skip.format(names=names))
    for name, values in OPTION_VALUES.items():
        if p.supports(name):
            choices.append(f"{name}: {', '.join(values)}")
    if p.supports("focus"):
        focus = tr(QT_TRANSLATE_NOOP("core", "kind-wishes focus (any of): {foci}"))
        choices.append(focus.format(foci=", ".join(p.foci)))
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
        settings.append(o.direction)
    if o.skip_regions:
        skipping = tr(QT_TRANSLATE_NOOP("core", "skipping {regions}"))
        settings.append(skipping.format(regions=", ".join(sorted(o.skip_regions))))
    for name in ("eyes", "posture", "anchor", "touch"):
        if p.supports(name):
            settings.append(f"{name} {o.choice(name)}")
    if o.focus is not None:
        focus = tr(QT_TRANSLATE_NOOP("core", "focus {foci}"))
        settings.append(focus.format(foci=", ".join(f for f in p.foci if f in o.focus)))
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
