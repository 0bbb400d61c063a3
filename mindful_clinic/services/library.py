"""Builds the practice catalog from shipped content and the user's own definitions."""

from __future__ import annotations

from dataclasses import dataclass, field

from mindful_clinic.core.breath_schema import load_shipped_patterns
from mindful_clinic.core.catalog import Catalog, CatalogEntry, breath_entry
from mindful_clinic.services.custom_patterns import CustomPatternStore


@dataclass
class Library:
    catalog: Catalog
    custom_patterns: CustomPatternStore | None
    problems: list[str] = field(default_factory=list)
    """Plain-words messages about user files that could not be read (shown once)."""


def shipped_entries() -> list[CatalogEntry]:
    """Every practice that ships with the app (raises ContentError on a broken shipped file)."""
    entries = [breath_entry(p) for p in load_shipped_patterns()]
    # Guided practices (body scan, self-compassion) register here as they are added.
    return entries


def load_library(custom: CustomPatternStore | None = None) -> Library:
    entries = shipped_entries()
    problems: list[str] = []
    if custom is not None:
        if custom.problem:
            problems.append(custom.problem)
        taken = {e.id for e in entries}
        entries += [breath_entry(p) for p in custom.patterns() if p.id not in taken]
    return Library(Catalog(entries), custom, problems)
