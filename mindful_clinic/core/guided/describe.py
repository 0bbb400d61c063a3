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
from mindful_clinic.core.practice.catalog import cautions_and_sources


def describe_practice(p: GuidedPractice) -> str:
    lines = [f"{p.title}  [{p.id}]", f"Category: {p.category}" + (" (custom)" if p.custom else "")]
    if p.summary:
        lines.append(p.summary)
    if p.description:
        lines += ["", *textwrap.wrap(p.description, 100)]
    lengths = ", ".join(format_ms(d * 1000) for d in p.durations_s)
    lines += ["", f"Lengths: {lengths} (shown below: {format_ms(p.default_duration_s * 1000)})"]
    choices: list[str] = []
    if p.supports("direction"):
        choices.append("direction: feet_to_head (default) or head_to_feet")
    if p.supports("skip_regions"):
        names = ", ".join(REGION_LABELS[g].lower() for g in p.skippable_groups)
        choices.append(f"regions that can be skipped: {names}")
    for name, values in OPTION_VALUES.items():
        if p.supports(name):
            choices.append(f"{name}: {', '.join(values)}")
    if p.supports("focus"):
        choices.append(f"kind-wishes focus (any of): {', '.join(p.foci)}")
    if choices:
        lines += ["Choices before starting:", *(f"  - {c}" for c in choices)]
    lines += ["", describe_plan(p.plan(), header=False)]
    lines += cautions_and_sources(p.cautions, p.sources, p.evidence)
    return "\n".join(lines)


def describe_plan(plan: GuidedPlan, header: bool = True) -> str:
    p, o = plan.practice, plan.options
    lines: list[str] = []
    if header:
        lines.append(f"{p.title}  [{p.id}]")
    settings = [f"length {format_ms(plan.total_ms)}"]
    if p.supports("direction"):
        settings.append(o.direction)
    if o.skip_regions:
        settings.append("skipping " + ", ".join(sorted(o.skip_regions)))
    for name in ("eyes", "posture", "anchor", "touch"):
        if p.supports(name):
            settings.append(f"{name} {o.choice(name)}")
    if o.focus is not None:
        settings.append("focus " + ", ".join(f for f in p.foci if f in o.focus))
    lines.append("Steps (" + "; ".join(settings) + "):")
    for s in plan.steps:
        extras = [x for x in (s.region and f"region {s.region}", s.cue and f"cue {s.cue}") if x]
        tail = f"  [{', '.join(extras)}]" if extras else ""
        lines.append(
            f"{s.index + 1:>3}. {format_ms(s.start_ms):>9}  {format_ms(s.duration_ms):>8}  "
            f"{s.title}{tail}"
        )
        if s.note:
            lines += _wrapped("Note", s.note)
        lines += _wrapped("Screen", s.caption)
        if s.spoken:
            lines += _wrapped("Voice", s.spoken)
    lines.append(f"     {format_ms(plan.total_ms):>9}  end")
    return "\n".join(lines)


def _wrapped(label: str, text: str) -> list[str]:
    prefix = f"{'':6}{label}: "
    indent = " " * len(prefix)
    return textwrap.wrap(
        " ".join(text.split()), 100, initial_indent=prefix, subsequent_indent=indent
    )
