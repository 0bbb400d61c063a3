"""A skipped body-scan region keeps its time, spent resting on a neutral place (content-spec 8.3).

Split from ``practice`` to keep modules small; ``build_plan`` calls ``skip_steps`` and ``quiet_note``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.practice import (
    REGION_LABELS,
    OptionError,
    SkipWords,
    StepDef,
    region_group,
)

if TYPE_CHECKING:
    from mindful_clinic.core.guided.practice import GuidedPractice

WORDS_PER_MINUTE = 150
"""The speaking rate scripts are written for (issue #14): every step's words end 1 s before it does."""
QUIET_MAX_S = 60
"""A skipped region's quiet step adds another line while it would otherwise be longer than this
without a word, if the line fits."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A spoken word, in any language (Füße is one word, not three)."""
_SKIP_KEYS = ("title", "caption", "note", "also", "rest", "regions")


def spoken_s(text: str) -> float:
    """How long words take at WORDS_PER_MINUTE."""
    return len(_WORD.findall(text)) * 60 / WORDS_PER_MINUTE


def quiet_note(texts: list[str], duration_s: float) -> str:
    """The first line, then further lines while the step would be long without a word and they fit."""
    note = texts[0]
    for extra in texts[1:]:
        longer = f"{note} {extra}".strip()
        if duration_s - spoken_s(note) <= QUIET_MAX_S or spoken_s(longer) + 1 > duration_s:
            break
        note = longer
    return note


def skip_steps(
    practice: GuidedPractice, steps: list[StepDef], skip: frozenset[str]
) -> tuple[list[StepDef], dict[int, list[str]]]:
    """A skipped region keeps its time, spent resting on a neutral place (content-spec 8.3).

    Each skipped step becomes a quiet step of the same length with no region. The first of a run
    names what is left out and offers the neutral place; the first of each further region in the run
    names that region too; the others say a short line in turn, so a long stretch is never silent.
    """
    if not skip or not any(s.is_scan_region for s in steps):
        return steps, {}
    if all(region_group(s.region or "") in skip for s in steps if s.is_scan_region):
        raise OptionError("Keep at least one region in the scan, or choose another practice.")
    words = practice.skip
    hands, feet = "hands_arms" not in skip, "feet" not in skip
    key = "hands_or_feet" if hands and feet else "hands" if hands else "feet" if feet else "other"
    neutral = practice.neutral.get(key, "")
    out: list[StepDef] = []
    notes: dict[int, list[str]] = {}
    rest = list(words.rest)
    names = dict(words.regions)
    previous: str | None = None  # the region of the step before, if it was skipped
    rests = 0
    for s in steps:
        group = region_group(s.region) if s.is_scan_region and s.region else None
        if group not in skip or s.region is None:
            out.append(s)
            previous = None
            continue
        region = names.get(s.region) or "the " + REGION_LABELS[s.region].lower()
        turn = rest[rests % len(rest) :] + rest[: rests % len(rest)] if rest else []
        if previous is None:
            texts = [words.note, *turn]
        elif previous != s.region:
            texts = [words.also, *turn]
        else:
            texts = turn or [""]
            rests += 1
        previous = s.region

        def fill(t: str, region: str = region) -> str:
            return t.replace("{regions}", region).replace("{neutral}", neutral)

        notes[len(out)] = [fill(t) for t in texts]
        out.append(
            StepDef(
                id=f"rest_{s.id}",
                title=fill(words.title),
                caption=fill(words.caption),
                weight=s.weight,
                seconds=s.seconds,
                cue=s.cue,
            )
        )
    return out, notes


def skip_words_from(raw: Any, base: SkipWords, source: str) -> SkipWords:
    """``base`` with a ``[skip]`` table's wording put in (guided_words.toml or a practice file)."""
    if raw is None:
        return base
    if not isinstance(raw, Mapping) or set(raw) - set(_SKIP_KEYS):
        raise ContentError(source, "skip", f"may only set {', '.join(_SKIP_KEYS)}")
    out = base
    for key, value in raw.items():
        if key == "rest":
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                      for v in value):  # fmt: skip
                raise ContentError(source, "skip.rest", "must be a list of lines")
            out = replace(out, rest=tuple(v.strip() for v in value))
        elif key == "regions":
            if not isinstance(value, Mapping) or set(value) - set(REGION_LABELS):
                raise ContentError(source, "skip.regions", "names body regions only")
            if not all(isinstance(v, str) and v.strip() for v in value.values()):
                raise ContentError(source, "skip.regions", "every region needs some words")
            out = replace(out, regions=tuple((str(k), str(v).strip()) for k, v in value.items()))
        else:
            if not isinstance(value, str) or not value.strip():
                raise ContentError(source, f"skip.{key}", "is required")
            out = replace(out, **{str(key): value.strip()})  # type: ignore[arg-type]
    return out
