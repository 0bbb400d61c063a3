"""Reading breath patterns from data (shipped TOML files, the user's custom-pattern JSON).

Every field is checked and a bad file is reported as "file: field: problem", so a clinician editing a
pattern can find the mistake without reading code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from mindful_clinic.core.breath.pattern import (
    DEFAULT_DURATIONS_S,
    BreathMode,
    BreathPattern,
    Phase,
    PhaseKind,
    validate_phases,
)
from mindful_clinic.core.errors import ContentError

_KNOWN = {
    "id", "title", "summary", "description", "category", "phases", "default_duration_s",
    "duration_options_s", "max_cycles", "breath_counts", "modes", "cautions", "first_use_notice",
    "posture_hint",
    "sources", "evidence", "custom",
}  # fmt: skip
_PHASE_KNOWN = {"kind", "seconds", "optional", "hint"}


def pattern_from_mapping(data: Mapping[str, Any], source: str) -> BreathPattern:
    unknown = set(data) - _KNOWN
    if unknown:
        raise ContentError(source, sorted(unknown)[0], "is not a known field")
    pid = _str(data, "id", source, required=True)
    if not pid.replace("_", "").isalnum() or not pid.islower():
        raise ContentError(source, "id", "use lower-case letters, digits and underscores only")
    raw_phases = data.get("phases")
    if not isinstance(raw_phases, list):
        raise ContentError(source, "phases", "must be a list of phases")
    phases = tuple(_phase(p, i, source) for i, p in enumerate(raw_phases, 1))
    validate_phases(phases, source)
    durations = _int_list(data, "duration_options_s", source, DEFAULT_DURATIONS_S)
    default = _int(data, "default_duration_s", source, 300)
    if default not in durations:
        raise ContentError(source, "default_duration_s", "must be one of duration_options_s")
    max_cycles = data.get("max_cycles")
    if max_cycles is not None and (not isinstance(max_cycles, int) or max_cycles < 1):
        raise ContentError(source, "max_cycles", "must be a whole number of at least 1")
    counts = _int_list(data, "breath_counts", source, ()) if "breath_counts" in data else []
    if any(n < 1 or n > 8 for n in counts):
        raise ContentError(source, "breath_counts", "each must be a whole number from 1 to 8")
    try:
        modes = tuple(BreathMode(m) for m in data.get("modes", ["paced"]))
    except ValueError as exc:
        raise ContentError(source, "modes", f"{exc}; use 'paced' or 'self_paced'") from None
    custom = data.get("custom", False)
    if not isinstance(custom, bool):
        raise ContentError(source, "custom", "must be true or false")
    return BreathPattern(
        id=pid,
        title=_str(data, "title", source, required=True),
        phases=phases,
        summary=_str(data, "summary", source),
        description=_str(data, "description", source),
        category=_str(data, "category", source) or "breathing",
        default_duration_s=default,
        duration_options_s=tuple(durations),
        max_cycles=max_cycles,
        breath_counts=tuple(counts),
        modes=modes,
        cautions=tuple(_str_list(data, "cautions", source)),
        first_use_notice=_str(data, "first_use_notice", source) or None,
        posture_hint=_str(data, "posture_hint", source),
        sources=tuple(_str_list(data, "sources", source)),
        evidence=_str(data, "evidence", source),
        custom=custom,
    )


def pattern_to_mapping(p: BreathPattern) -> dict[str, Any]:
    """The inverse of pattern_from_mapping, for saving custom patterns."""
    out: dict[str, Any] = {
        "id": p.id,
        "title": p.title,
        "summary": p.summary,
        "description": p.description,
        "category": p.category,
        "phases": [
            {"kind": ph.kind.value, "seconds": ph.seconds, "optional": ph.optional, "hint": ph.hint}
            for ph in p.phases
        ],
        "default_duration_s": p.default_duration_s,
        "duration_options_s": list(p.duration_options_s),
        "modes": [m.value for m in p.modes],
        "cautions": list(p.cautions),
        "sources": list(p.sources),
        "custom": p.custom,
    }
    if p.max_cycles:
        out["max_cycles"] = p.max_cycles
    if p.breath_counts:
        out["breath_counts"] = list(p.breath_counts)
    if p.first_use_notice:
        out["first_use_notice"] = p.first_use_notice
    return out


def shipped_pattern_sources() -> list[str]:
    """The shipped pattern files as ``breathing/NAME.toml``, in file-name order."""
    folder = resources.files("mindful_clinic.content").joinpath("breathing")
    return sorted(f"breathing/{f.name}" for f in folder.iterdir() if f.name.endswith(".toml"))


def load_shipped_pattern(source: str) -> BreathPattern:
    """One shipped pattern, read from its file (``source`` as ``shipped_pattern_sources`` gives it)."""
    text = resources.files("mindful_clinic.content").joinpath(source).read_text(encoding="utf-8")
    return load_pattern_text(text, source)


def load_shipped_patterns() -> list[BreathPattern]:
    """Every pattern in mindful_clinic/content/breathing, one a file, in file-name order."""
    patterns = [load_shipped_pattern(source) for source in shipped_pattern_sources()]
    _check_unique((p.id for p in patterns), "breathing/")
    return patterns


def load_pattern_text(text: str, source: str) -> BreathPattern:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(source, "(file)", f"not valid TOML: {exc}") from None
    from mindful_clinic.core.i18n.overlay import BREATH, overlaid

    return pattern_from_mapping(*overlaid(source, data, BREATH))


def _check_unique(ids: Iterable[str], source: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ContentError(source, "id", f"'{i}' is used by more than one pattern")
        seen.add(i)


def _phase(raw: Any, index: int, source: str) -> Phase:
    where = f"phases[{index}]"
    if not isinstance(raw, Mapping):
        raise ContentError(source, where, "must be a table with kind and seconds")
    unknown = set(raw) - _PHASE_KNOWN
    if unknown:
        raise ContentError(source, f"{where}.{sorted(unknown)[0]}", "is not a known field")
    try:
        kind = PhaseKind(raw.get("kind"))
    except ValueError:
        allowed = ", ".join(k.value for k in PhaseKind)
        raise ContentError(source, f"{where}.kind", f"must be one of {allowed}") from None
    seconds = raw.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ContentError(source, f"{where}.seconds", "must be a number of seconds")
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise ContentError(source, f"{where}.optional", "must be true or false")
    if optional and kind is not PhaseKind.HOLD:
        raise ContentError(source, f"{where}.optional", "only holds can be optional")
    hint = raw.get("hint", "")
    if not isinstance(hint, str):
        raise ContentError(source, f"{where}.hint", "must be text")
    return Phase(kind, float(seconds), optional, hint)


def _str(data: Mapping[str, Any], key: str, source: str, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ContentError(source, key, "must be text")
    if required and not value.strip():
        raise ContentError(source, key, "is required")
    return value.strip()


def _str_list(data: Mapping[str, Any], key: str, source: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ContentError(source, key, "must be a list of text")
    return list(value)


def _int(data: Mapping[str, Any], key: str, source: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ContentError(source, key, "must be a whole number of seconds above 0")
    return value


def _int_list(data: Mapping[str, Any], key: str, source: str, default: Iterable[int]) -> list[int]:
    value = data.get(key, list(default))
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
    ):
        raise ContentError(source, key, "must be a list of whole seconds above 0")
    return list(value)
