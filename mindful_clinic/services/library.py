"""Builds the practice catalog from shipped content and the user's own definitions."""

from __future__ import annotations

from dataclasses import dataclass, field

from mindful_clinic.core.breath_schema import load_shipped_patterns
from mindful_clinic.core.catalog import Catalog, CatalogEntry, breath_entry
from mindful_clinic.core.guided import guided_entry
from mindful_clinic.core.guided_schema import load_shipped_practices
from mindful_clinic.services.custom_patterns import CustomPatternStore
from mindful_clinic.services.custom_practices import CustomPracticeStore


@dataclass
class Library:
    catalog: Catalog
    custom_patterns: CustomPatternStore | None
    problems: list[str] = field(default_factory=list)
    """Plain-words messages about user files that could not be read (shown once)."""
    custom_practices: CustomPracticeStore | None = None


def shipped_entries() -> list[CatalogEntry]:
    """Every practice that ships with the app (raises ContentError on a broken shipped file)."""
    entries = [breath_entry(p) for p in load_shipped_patterns()]
    entries += [guided_entry(p) for p in load_shipped_practices()]
    return entries


def load_library(
    custom: CustomPatternStore | None = None, practices: CustomPracticeStore | None = None
) -> Library:
    """Shipped practices plus the user's own patterns and guided practices (ids taken are kept)."""
    if practices is not None:
        return with_custom_practices(load_library(custom), practices)
    entries = shipped_entries()
    problems: list[str] = []
    if custom is not None:
        if custom.problem:
            problems.append(custom.problem)
        taken = {e.id for e in entries}
        entries += [breath_entry(p) for p in custom.patterns() if p.id not in taken]
    return Library(Catalog(entries), custom, problems)


def with_custom_practices(library: Library, store: CustomPracticeStore) -> Library:
    """The library plus the user's own guided practices (an id already taken is left out)."""
    entries = library.catalog.entries()
    taken = {e.id for e in entries}
    entries += [guided_entry(p) for p in store.practices() if p.id not in taken]
    problems = [*library.problems, *([store.problem] if store.problem else [])]
    return Library(Catalog(entries), library.custom_patterns, problems, store)
