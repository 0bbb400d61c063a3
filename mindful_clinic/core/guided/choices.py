"""Remembering a person's choices for a guided practice (the settings file), leniently."""

from __future__ import annotations

from collections.abc import Mapping

from mindful_clinic.core.guided.practice import (
    DIRECTIONS,
    FOCI,
    OPTION_VALUES,
    SKIPPABLE,
    GuidedOptions,
)


def options_to_dict(o: GuidedOptions) -> dict[str, object]:
    """For the settings file: the last choices per practice are offered again next time."""
    return {
        "length_s": o.length_s,
        "direction": o.direction,
        "skip_regions": sorted(o.skip_regions),
        **{name: o.choice(name) for name in OPTION_VALUES},
        "focus": None if o.focus is None else [f for f in FOCI if f in o.focus],
    }


def options_from_dict(data: object) -> GuidedOptions:
    """Lenient: unknown or bad values fall back to the defaults, never raise."""
    if not isinstance(data, Mapping):
        return GuidedOptions()
    length = data.get("length_s")
    words = {
        name: data[name]
        for name, allowed in OPTION_VALUES.items()
        if isinstance(data.get(name), str) and data[name] in allowed
    }
    skip = data.get("skip_regions")
    focus = data.get("focus")
    return GuidedOptions(
        length_s=length if isinstance(length, int) and not isinstance(length, bool) and length > 0
        else None,
        direction=data["direction"] if data.get("direction") in DIRECTIONS else DIRECTIONS[0],
        skip_regions=frozenset(s for s in skip if s in SKIPPABLE)
        if isinstance(skip, list)
        else frozenset(),
        focus=frozenset(f for f in focus if f in FOCI) if isinstance(focus, list) else None,
        **words,
    )  # fmt: skip
