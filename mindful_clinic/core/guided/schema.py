"""Reading guided practices from data (shipped TOML files, the user's own practices as JSON).

Every field is checked and a problem is reported as "file: scripts[2].steps[3].caption: problem", so
whoever edits a practice (a developer, a team lead in the editor) can find the mistake without
reading code. Shared wording (eyes, posture, anchor and touch choices; what is said while a skipped
region's time is spent on a neutral place) lives in guided_words.toml; a practice may override any
of it.

One script per length (issue #14; ../shared/content-spec.md sections 2.2, 3.1 and 9). A practice
offered at one length, or one script for every length, lists its steps at the top level::

    durations_s = [180]
    [[steps]]
    id = "arrive"
    ...

A practice offered at several lengths gives each length its own script, written for that length (a
short version says less, not the same things faster)::

    durations_s = [120, 180, 300]
    default_duration_s = 180

    [[scripts]]
    length_s = 120
    [[scripts.steps]]
    id = "arrive"
    ...

    [[scripts]]
    length_s = 180
    [[scripts.steps]]
    ...

A file has ``steps`` or ``scripts``, never both. Each script's ``length_s`` is one of ``durations_s``,
no length has two scripts, and with ``scripts`` every length in ``durations_s`` has one. Within a
script, weights are seconds at that script's length. A step's fields: id, title, caption, spoken,
weight or seconds, cue, region, focus, a typed ``answer`` (see ``answers``), and for body scans
``caption_head_to_feet``, ``spoken_head_to_feet``: the step's own words when the scan runs head
down (wherever words mention order). ``[skip]`` overrides the skipped-region wording (title,
caption, note, also, rest)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.guided.answers import answer_from
from mindful_clinic.core.guided.choices import options_from_dict as options_from_dict
from mindful_clinic.core.guided.choices import options_to_dict as options_to_dict
from mindful_clinic.core.guided.practice import (
    DIRECTIONS,
    FOCI,
    OPTION_VALUES,
    REGION_LABELS,
    GuidedOptions,
    GuidedPractice,
    OptionError,
    SkipWords,
    StepDef,
    placeholders,
)
from mindful_clinic.core.guided.skipping import skip_words_from
from mindful_clinic.core.i18n.overlay import GUIDED, WORDS, content_key, overlaid
from mindful_clinic.core.practice.catalog import CATEGORIES
from mindful_clinic.core.practice.references import cautions, sources

MAX_CAPTION = 320
"""Captions are read at a glance in large type; longer guidance belongs in the spoken text."""
MAX_SPOKEN = 1500
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_KNOWN = {
    "id", "title", "category", "summary", "description", "durations_s", "default_duration_s",
    "words", "skip_note", "skip", "neutral", "cautions", "sources", "evidence", "steps", "scripts",
    "custom",
}  # fmt: skip
_STEP_KNOWN = {
    "id", "title", "caption", "spoken", "weight", "seconds", "cue", "region", "focus",
    "caption_head_to_feet", "spoken_head_to_feet", "answer",
}  # fmt: skip
_SKIP_KEYS = ("title", "caption", "note", "also", "rest")
_NEUTRAL_KEYS = ("hands_or_feet", "hands", "feet", "other")


def common_words() -> tuple[dict[str, dict[str, str]], SkipWords, dict[str, str]]:
    """Shared wording: (words per option, skipped-region words, neutral places), from
    guided_words.toml (in the content language)."""
    return _common_words(content_key())


@cache
def _common_words(
    _key: tuple[str, object],
) -> tuple[dict[str, dict[str, str]], SkipWords, dict[str, str]]:
    name = "guided_words.toml"
    text = resources.files("mindful_clinic.content").joinpath(name).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(name, "(file)", f"not valid TOML: {exc}") from None
    data, name = overlaid(name, data, WORDS, _key)
    words = _words(data.get("words", {}), name)
    for option, values in OPTION_VALUES.items():
        missing = [v for v in values if v not in words.get(option, {})]
        if missing:
            raise ContentError(name, f"words.{option}", f"needs wording for {', '.join(missing)}")
    neutral = _neutral(data.get("neutral", {}), name)
    skip = skip_words_from(data.get("skip"), SkipWords(), name)
    return words, skip, neutral


def practice_from_mapping(
    data: Mapping[str, Any], source: str, english_words: bool = False
) -> GuidedPractice:
    if not isinstance(data, Mapping):
        raise ContentError(source, "(file)", "must be a table of fields")
    unknown = set(data) - _KNOWN
    if unknown:
        raise ContentError(source, sorted(unknown)[0], "is not a known field")
    pid = _text(data, "id", source, required=True)
    if not _ID.match(pid):
        raise ContentError(source, "id", "use lower-case letters, digits and underscores only")
    category = _text(data, "category", source, required=True)
    if category not in CATEGORIES:
        raise ContentError(source, "category", f"must be one of {', '.join(CATEGORIES)}")
    # a shipped practice not yet translated keeps the English shared words (never half and half)
    shared = _common_words(("en", None)) if english_words else common_words()
    base_words, base_skip, base_neutral = shared
    words = {k: dict(v) for k, v in base_words.items()}
    for option, table in _words(data.get("words", {}), source).items():
        words[option].update(table)
    durations = data.get("durations_s")
    if (
        not isinstance(durations, list)
        or not durations
        or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in durations)
    ):
        raise ContentError(source, "durations_s", "must be a list of whole seconds above 0")
    default = data.get("default_duration_s", durations[0])
    if default not in durations:
        raise ContentError(source, "default_duration_s", "must be one of durations_s")
    steps, scripts = _scripts(data, source, durations, default)
    skip = base_skip
    if "skip_note" in data:  # the older single-line form
        skip = replace(skip, note=_text(data, "skip_note", source, required=True))
    skip = skip_words_from(data.get("skip"), skip, source)
    custom = data.get("custom", False)
    if not isinstance(custom, bool):
        raise ContentError(source, "custom", "must be true or false")
    practice = GuidedPractice(
        id=pid,
        title=_text(data, "title", source, required=True),
        category=category,
        steps=steps,
        durations_s=tuple(durations),
        default_duration_s=default,
        summary=_text(data, "summary", source),
        description=_text(data, "description", source),
        words=words,
        skip=skip,
        scripts=scripts,
        neutral={**base_neutral, **_neutral(data.get("neutral", {}), source)},
        cautions=tuple(_known_ids(data, "cautions", source, cautions(), "cautions.toml")),
        sources=tuple(_known_ids(data, "sources", source, sources(), "sources.toml")),
        evidence=_text(data, "evidence", source),
        custom=custom,
    )
    directions = DIRECTIONS if practice.supports("direction") else DIRECTIONS[:1]
    for d in practice.durations_s:
        for direction in directions:
            try:
                practice.plan(GuidedOptions(length_s=d, direction=direction))
            except OptionError as exc:
                raise ContentError(source, "durations_s", f"{d} s: {exc}") from None
    return practice


def practice_to_mapping(p: GuidedPractice) -> dict[str, Any]:
    """The inverse of practice_from_mapping (shared wording left out), for saving user practices."""
    base_words, base_skip, base_neutral = common_words()
    words = {
        option: {k: v for k, v in table.items() if base_words.get(option, {}).get(k) != v}
        for option, table in p.words.items()
    }
    out: dict[str, Any] = {
        "id": p.id,
        "title": p.title,
        "category": p.category,
        "summary": p.summary,
        "description": p.description,
        "durations_s": list(p.durations_s),
        "default_duration_s": p.default_duration_s,
        "cautions": list(p.cautions),
        "sources": list(p.sources),
        "evidence": p.evidence,
        "custom": p.custom,
    }
    if p.scripts:
        by_length = {**p.scripts, p.default_duration_s: p.steps}
        out["scripts"] = [
            {"length_s": d, "steps": [_step_to_mapping(s) for s in by_length[d]]}
            for d in sorted(by_length)
        ]
    else:
        out["steps"] = [_step_to_mapping(s) for s in p.steps]
    if any(words.values()):
        out["words"] = {k: v for k, v in words.items() if v}
    skip = {
        k: list(v) if isinstance(v, tuple) else v
        for k in _SKIP_KEYS
        if (v := getattr(p.skip, k)) != getattr(base_skip, k)
    }
    if skip:
        out["skip"] = skip
    neutral = {k: v for k, v in p.neutral.items() if base_neutral.get(k) != v}
    if neutral:
        out["neutral"] = neutral
    return out


def load_practice_text(text: str, source: str, shipped: bool = False) -> GuidedPractice:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(source, "(file)", f"not valid TOML: {exc}") from None
    if not shipped:
        return practice_from_mapping(data, source)
    merged, where = overlaid(source, data, GUIDED)
    return practice_from_mapping(merged, where, english_words=where == source)


def shipped_practice_sources() -> list[str]:
    """The shipped guided practice files as ``guided/NAME.toml``, in file-name order."""
    folder = resources.files("mindful_clinic.content").joinpath("guided")
    return sorted(f"guided/{f.name}" for f in folder.iterdir() if f.name.endswith(".toml"))


def load_shipped_practice(source: str) -> GuidedPractice:
    """One shipped practice, read from its file (``source`` as ``shipped_practice_sources`` gives it)."""
    text = resources.files("mindful_clinic.content").joinpath(source).read_text(encoding="utf-8")
    return load_practice_text(text, source, shipped=True)  # with its translation, if any


def load_shipped_practices() -> list[GuidedPractice]:
    """Every practice in mindful_clinic/content/guided, one a file, in file-name order."""
    out: list[GuidedPractice] = []
    for source in shipped_practice_sources():
        p = load_shipped_practice(source)
        if any(p.id == q.id for q in out):
            raise ContentError(source, "id", f"'{p.id}' is used by another practice")
        out.append(p)
    return out


def _step_to_mapping(s: StepDef) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "title": s.title, "caption": s.caption}
    for key in (
        "spoken", "weight", "seconds", "cue", "region", "focus", "caption_head_to_feet",
        "spoken_head_to_feet",
    ):  # fmt: skip
        value = getattr(s, key)
        if value not in (None, ""):
            out[key] = value
    if s.answer is not None:
        out["answer"] = s.answer.to_mapping()
    return out


def _scripts(
    data: Mapping[str, Any], source: str, durations: list[int], default: int
) -> tuple[tuple[StepDef, ...], dict[int, tuple[StepDef, ...]]]:
    """(the default length's steps, the other lengths' own steps)."""
    if "scripts" not in data:
        return _steps(data.get("steps"), source, "steps"), {}
    if "steps" in data:
        raise ContentError(source, "steps", "give steps or scripts (one per length), not both")
    raw_scripts = data["scripts"]
    if not isinstance(raw_scripts, list) or not raw_scripts:
        raise ContentError(source, "scripts", "must be a list of scripts, one per length")
    found: dict[int, tuple[StepDef, ...]] = {}
    for i, raw in enumerate(raw_scripts, 1):
        where = f"scripts[{i}]"
        if not isinstance(raw, Mapping):
            raise ContentError(source, where, "must be a table with length_s and steps")
        unknown = set(raw) - {"length_s", "steps"}
        if unknown:
            raise ContentError(source, f"{where}.{sorted(unknown)[0]}", "is not a known field")
        length = raw.get("length_s")
        if length not in durations or isinstance(length, bool):
            raise ContentError(source, f"{where}.length_s", "must be one of durations_s")
        if length in found:
            raise ContentError(source, f"{where}.length_s", f"{length} s already has a script")
        found[length] = _steps(raw.get("steps"), source, f"{where}.steps")
    missing = [d for d in durations if d not in found]
    if missing:
        raise ContentError(
            source, "scripts", f"needs a script for {', '.join(f'{d} s' for d in missing)}"
        )
    return found.pop(default), found


def _steps(raw_steps: Any, source: str, where: str) -> tuple[StepDef, ...]:
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ContentError(source, where, "must be a list of at least one step")
    steps = tuple(_step(raw, i, source, where) for i, raw in enumerate(raw_steps, 1))
    seen: set[str] = set()
    for i, s in enumerate(steps, 1):
        if s.id in seen:
            raise ContentError(source, f"{where}[{i}].id", f"'{s.id}' is used by an earlier step")
        seen.add(s.id)
    return steps


def _step(raw: Any, index: int, source: str, steps_where: str = "steps") -> StepDef:
    where = f"{steps_where}[{index}]"
    if not isinstance(raw, Mapping):
        raise ContentError(source, where, "must be a table with id, title, caption and timing")
    unknown = set(raw) - _STEP_KNOWN
    if unknown:
        raise ContentError(source, f"{where}.{sorted(unknown)[0]}", "is not a known field")
    sid = _text(raw, "id", source, required=True, where=where)
    if not _ID.match(sid):
        raise ContentError(source, f"{where}.id", "use lower-case letters, digits and underscores")
    caption = _text(raw, "caption", source, required=True, where=where)
    spoken = _text(raw, "spoken", source, where=where)
    caption_down = _text(raw, "caption_head_to_feet", source, where=where)
    spoken_down = _text(raw, "spoken_head_to_feet", source, where=where)
    texts = (
        ("caption", caption),
        ("spoken", spoken),
        ("caption_head_to_feet", caption_down),
        ("spoken_head_to_feet", spoken_down),
    )
    for key, text in texts:
        limit = MAX_CAPTION if key.startswith("caption") else MAX_SPOKEN
        if len(text) > limit:
            raise ContentError(
                source, f"{where}.{key}", f"is {len(text)} characters; keep it to {limit}"
            )
    for key, text in texts:
        _check_braces(text, f"{where}.{key}", source)
        for name in placeholders(text):
            if name not in OPTION_VALUES:
                allowed = ", ".join("{" + o + "}" for o in OPTION_VALUES)
                raise ContentError(
                    source, f"{where}.{key}", f"{{{name}}} is not a choice; use {allowed}"
                )
    weight, seconds = raw.get("weight"), raw.get("seconds")
    if (weight is None) == (seconds is None):
        raise ContentError(
            source, where, "give either weight (scales) or seconds (fixed), not both"
        )
    for key, value in (("weight", weight), ("seconds", seconds)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ContentError(source, f"{where}.{key}", "must be a number above 0")
        if key == "seconds" and round(value * 1000) != value * 1000:
            raise ContentError(source, f"{where}.seconds", "use whole milliseconds at most")
    region = _optional(raw, "region", source, where, tuple(REGION_LABELS))
    focus = _optional(raw, "focus", source, where, FOCI)
    cue = _text(raw, "cue", source, where=where) or None
    if cue is not None and not _ID.match(cue):
        raise ContentError(source, f"{where}.cue", "must be a sound name like 'bell'")
    return StepDef(
        id=sid,
        title=_text(raw, "title", source, required=True, where=where),
        caption=caption,
        spoken=spoken,
        weight=weight,
        seconds=seconds,
        cue=cue,
        region=region,
        focus=focus,
        caption_head_to_feet=caption_down,
        spoken_head_to_feet=spoken_down,
        answer=answer_from(raw.get("answer"), source, f"{where}.answer"),
    )


def _check_braces(text: str, field: str, source: str) -> None:
    if "{" in (stripped := re.sub(r"\{[a-z_]+\}", "", text)) or "}" in stripped:
        raise ContentError(source, field, "has a stray { or }; choices look like {eyes}")


def _optional(
    raw: Mapping[str, Any], key: str, source: str, where: str, allowed: tuple[str, ...]
) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if value not in allowed:
        raise ContentError(source, f"{where}.{key}", f"must be one of {', '.join(allowed)}")
    return str(value)


def _words(raw: Any, source: str) -> dict[str, dict[str, str]]:
    if not isinstance(raw, Mapping):
        raise ContentError(source, "words", "must be a table of choices")
    out: dict[str, dict[str, str]] = {}
    for option, table in raw.items():
        if option not in OPTION_VALUES:
            raise ContentError(source, f"words.{option}", "is not a choice")
        if not isinstance(table, Mapping):
            raise ContentError(source, f"words.{option}", "must be a table of words")
        for key, value in table.items():
            if key not in OPTION_VALUES[option]:
                raise ContentError(source, f"words.{option}.{key}", "is not one of the choices")
            if not isinstance(value, str) or not value.strip():
                raise ContentError(source, f"words.{option}.{key}", "must be some words")
        out[option] = {str(k): str(v).strip() for k, v in table.items()}
    return out


def _neutral(raw: Any, source: str) -> dict[str, str]:
    if not isinstance(raw, Mapping) or set(raw) - set(_NEUTRAL_KEYS):
        raise ContentError(source, "neutral", f"may only set {', '.join(_NEUTRAL_KEYS)}")
    if not all(isinstance(v, str) and v.strip() for v in raw.values()):
        raise ContentError(source, "neutral", "every entry must be some words")
    return {str(k): str(v).strip() for k, v in raw.items()}


def _known_ids(
    data: Mapping[str, Any], key: str, source: str, known: Mapping[str, object], where: str
) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ContentError(source, key, "must be a list of ids")
    for v in value:
        if v not in known:
            raise ContentError(source, key, f"'{v}' is not in {where}")
    return list(value)


def _text(
    data: Mapping[str, Any], key: str, source: str, required: bool = False, where: str = ""
) -> str:
    field = f"{where}.{key}" if where else key
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ContentError(source, field, "must be text")
    if required and not value.strip():
        raise ContentError(source, field, "is required")
    return value.strip()
