"""Ids for things users create: readable, stable, and never clashing with one already taken."""

from __future__ import annotations

import re
from collections.abc import Container


def new_custom_id(title: str, fallback: str, *taken: Container[str]) -> str:
    """``custom_<words of the title>``, with ``_2``, ``_3``... added until no collection has it."""
    base = "custom_" + (re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") or fallback)
    candidate, n = base, 2
    while any(candidate in ids for ids in taken):
        candidate, n = f"{base}_{n}", n + 1
    return candidate
