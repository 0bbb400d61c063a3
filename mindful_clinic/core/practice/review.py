"""One practice as a reviewer or a script sees it: ``mindful-clinic practices --show ID --json``.

The contract (issue #14)::

    {"id", "title", "category", "length_s", "lengths_s",
     "steps": [{"title", "start_s", "duration_s", "screen", "voice"}]}

for one length and one set of choices. A guided practice lists its steps as planned for that sitting
(words with the choices filled in; ``screen`` is the caption, after any note a choice adds;
``voice`` is what is spoken). A breath practice lists every phase of the session in order, as the
pacer shows it: ``title`` and ``screen`` are the pacer's words ("Breathe in", "Hold gently"...) with
the phase's hint, and ``voice`` is empty (breath practices are not spoken).

Choices are NAME=VALUE. Guided: direction, eyes, posture, anchor, touch, skip (regions, comma
separated, e.g. skip=pelvis,feet) and focus (comma separated). Breath: holds=on|off,
tempo=0.75..1.25, mode=paced|self_paced, breaths=N (4-7-8: 4 or 8). Anything else is a
``ReviewError`` with one plain line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mindful_clinic.core.practice.catalog import CatalogEntry


class ReviewError(ValueError):
    """A bad length or choice, said in one line."""


def practice_json(
    entry: CatalogEntry, length_s: int | None, choices: Mapping[str, str]
) -> dict[str, Any]:
    from mindful_clinic.core.breath.pattern import BreathPattern

    item = entry.item
    if isinstance(item, BreathPattern):
        length, steps = _breath(item, length_s, dict(choices))
    else:
        length, steps = _guided(item, length_s, dict(choices))
    return {
        "id": entry.id,
        "title": entry.title,
        "category": entry.category,
        "length_s": length,
        "lengths_s": list(entry.durations_s),
        "steps": steps,
    }


def parse_choices(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise ReviewError(f"'{pair}' is not a choice like direction=head_to_feet")
        out[name.strip()] = value.strip()
    return out


def _step(title: str, start: float, duration: float, screen: str, voice: str) -> dict[str, Any]:
    return {
        "title": title,
        "start_s": round(start, 3),
        "duration_s": round(duration, 3),
        "screen": screen,
        "voice": voice,
    }


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 3)


# -- guided ------------------------------------------------------------------------------------------
def _guided(item: Any, length_s: int | None, choices: dict[str, str]) -> tuple[Any, list[Any]]:
    from mindful_clinic.core.guided.practice import (
        DIRECTIONS,
        OPTION_VALUES,
        GuidedOptions,
        OptionError,
    )

    if length_s is not None and length_s not in item.durations_s:
        offered = ", ".join(str(d) for d in item.durations_s)
        raise ReviewError(f"{item.id} lasts {offered} seconds, not {length_s}")
    values: dict[str, Any] = {"length_s": length_s}
    allowed = {"direction": DIRECTIONS, **OPTION_VALUES}
    for name, value in choices.items():
        if name in ("skip", "skip_regions"):
            values["skip_regions"] = frozenset(v for v in value.split(",") if v)
        elif name == "focus":
            values["focus"] = frozenset(v for v in value.split(",") if v)
        elif name in allowed:
            if value not in allowed[name]:
                raise ReviewError(f"{name} can be {', '.join(allowed[name])}, not '{value}'")
            values[name] = value
        else:
            names = ", ".join([*allowed, "skip", "focus"])
            raise ReviewError(f"unknown choice '{name}' for {item.id} (choices: {names})")
    try:
        plan = item.plan(GuidedOptions(**values))
    except OptionError as exc:
        raise ReviewError(str(exc)) from None
    steps = [
        _step(
            s.title,
            s.start_s,
            s.duration_s,
            " ".join(t for t in (s.note, s.caption) if t),
            s.speech,
        )
        for s in plan.steps
    ]
    return _number(plan.total_s), steps


# -- breath ------------------------------------------------------------------------------------------
_WORDS = {"inhale": "Breathe in", "top_up": "A little more in", "exhale": "Breathe out"}


def _breath(item: Any, length_s: int | None, choices: dict[str, str]) -> tuple[Any, list[Any]]:
    from mindful_clinic.core.breath.pattern import TEMPO_MAX, TEMPO_MIN, BreathMode, Phase

    holds = item.holds_on_by_default
    tempo = 1.0
    mode = BreathMode.PACED
    breaths = item.breath_counts[0] if item.breath_counts else None
    for name, value in choices.items():
        if name == "holds" and value in ("on", "off"):
            holds = value == "on"
        elif name == "tempo":
            try:
                tempo = float(value)
            except ValueError:
                tempo = -1.0
            if not TEMPO_MIN <= tempo <= TEMPO_MAX:
                raise ReviewError(f"tempo can be {TEMPO_MIN} to {TEMPO_MAX}, not '{value}'")
        elif name == "mode" and value in (m.value for m in item.modes):
            mode = BreathMode(value)
        elif name == "breaths" and item.breath_counts:
            # ASCII digits only: "²" passes isdigit() but int() refuses it
            if not (value.isascii() and value.isdigit() and len(value) <= 4) or (
                int(value) not in item.breath_counts
            ):
                offered = " or ".join(str(n) for n in item.breath_counts)
                raise ReviewError(f"breaths can be {offered}, not '{value}'")
            breaths = int(value)
        else:
            raise ReviewError(f"'{name}={value}' is not a choice {item.id} offers")
    planned = [round(item.planned_s(d, holds)) for d in item.duration_options_s]
    if length_s is not None and item.breath_counts:
        by_count = [round(n * item.cycle_s(holds, tempo)) for n in item.breath_counts]
        if length_s not in by_count:
            raise ReviewError(f"{item.id} is counted in breaths: use breaths=N, not a length")
        breaths = item.breath_counts[by_count.index(length_s)]
    elif length_s is not None and length_s not in (*item.duration_options_s, *planned):
        offered = ", ".join(str(d) for d in item.duration_options_s)
        raise ReviewError(f"{item.id} can be {offered} seconds long, not {length_s}")
    duration = length_s or item.default_duration_s
    if length_s in planned and length_s not in item.duration_options_s:
        duration = item.duration_options_s[planned.index(length_s)]
    timeline = item.timeline(duration, holds=holds, tempo=tempo, mode=mode, breaths=breaths)
    steps = []
    for i in range(timeline.segment_count):
        start = timeline.segment_start(i)
        seg = timeline.position_at(start).segment
        phase = seg.payload if isinstance(seg.payload, Phase) else None
        title = _WORDS.get(seg.kind, "Breathe at your own pace")
        if seg.kind == "hold":
            after_exhale = i > 0 and timeline.position_at(start - 1e-6).segment.kind == "exhale"
            title = "Rest" if after_exhale else "Hold gently"
        screen = f"{title} ({phase.hint})" if phase is not None and phase.hint else title
        steps.append(_step(title, start, seg.duration_s, screen, ""))
    return _number(timeline.total_s), steps
