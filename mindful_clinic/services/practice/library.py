"""Builds the practice catalog from shipped content and the user's own definitions.

Reading and checking every shipped TOML file is the largest single cost of starting the app, and
the home screen needs only each practice's summary (title, category, summary and lengths). So
those summaries are kept, as plain JSON, in a small file in the user's cache folder, with a key made
of the name, size and modification time of every content file and every core module (the test
Python itself uses for its own byte-code) and of the app and Python versions: any change gives a
new key, so the cache is never stale, and a missing, damaged or foreign cache file is ignored and
written again.

A practice itself (its phases or steps, cautions and sources) is read from its own TOML file the
first time it is opened, so the breath and guided models are not imported before then.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.practice.catalog import Catalog, CatalogEntry, Deferred, breath_entry
from mindful_clinic.services.storage.atomic import atomic_write_text
from mindful_clinic.services.storage.paths import cache_dir, ensure_private_dir

if TYPE_CHECKING:
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore

CACHE_FILE = "shipped-summaries.json"
CACHE_FORMAT = 3

SUMMARY_FIELDS: dict[str, type] = {
    "id": str,
    "title": str,
    "category": str,
    "summary": str,
    "durations_s": list,
    "default_duration_s": int,
    "kind": str,
    "custom": bool,
    "source": str,
}
"""What the cache keeps of each practice: what the home screen shows, and the file to open."""


class Library:
    """The catalogue and the user's own stores it was read from (a plain class, made at start)."""

    def __init__(
        self,
        catalog: Catalog,
        custom_patterns: CustomPatternStore | None,
        problems: list[str] | None = None,
        custom_practices: CustomPracticeStore | None = None,
    ) -> None:
        self.catalog = catalog
        self.custom_patterns = custom_patterns
        self.problems: list[str] = problems if problems is not None else []
        """Plain-words messages about user files that could not be read (shown once)."""
        self.custom_practices = custom_practices


def shipped_entries() -> list[CatalogEntry]:
    """Every practice that ships with the app (raises ContentError on a broken shipped file)."""
    key = _content_key()
    summaries = _read_cache(key)
    if summaries is not None:
        return [_entry_from_summary(summary) for summary in summaries]
    shipped = _read_shipped()
    _write_cache(key, [_summary(source, entry) for source, entry in shipped])
    return [entry for _source, entry in shipped]


def _read_shipped() -> list[tuple[str, CatalogEntry]]:
    """Every shipped practice read and checked from its file, with the file's name."""
    from mindful_clinic.core.breath.schema import load_shipped_patterns, shipped_pattern_sources
    from mindful_clinic.core.guided.practice import guided_entry
    from mindful_clinic.core.guided.schema import load_shipped_practices, shipped_practice_sources

    breath = zip(shipped_pattern_sources(), load_shipped_patterns(), strict=True)
    guided = zip(shipped_practice_sources(), load_shipped_practices(), strict=True)
    return [(s, breath_entry(p)) for s, p in breath] + [(s, guided_entry(p)) for s, p in guided]


def _open_shipped(kind: str, source: str, practice_id: str) -> object:
    """A practice read from its own file when first opened (all files again if that one changed)."""
    from mindful_clinic.core.breath.schema import load_shipped_pattern
    from mindful_clinic.core.guided.schema import load_shipped_practice

    try:
        practice = (load_shipped_pattern if kind == "breath" else load_shipped_practice)(source)
        if practice.id == practice_id:
            return practice
    except (OSError, ContentError):  # moved or changed since the summaries were kept
        pass
    return next(entry.item for _source, entry in _read_shipped() if entry.id == practice_id)


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
    own = store.practices()
    if own:
        from mindful_clinic.core.guided.practice import guided_entry

        taken = {e.id for e in entries}
        entries += [guided_entry(p) for p in own if p.id not in taken]
    problems = [*library.problems, *([store.problem] if store.problem else [])]
    return Library(Catalog(entries), library.custom_patterns, problems, store)


# -- the cache of summaries -------------------------------------------------------------------------
def _content_key() -> str:
    """Everything the shipped entries are made from: each file's name, size and time, versions."""
    from mindful_clinic import __version__
    from mindful_clinic.core.i18n.overlay import content_language

    parts = [f"format {CACHE_FORMAT}", f"app {__version__}", f"python {sys.version}"]
    parts.append(f"language {content_language()}")  # each language's words are cached apart
    files = _files(resources.files("mindful_clinic.content"), "content/", (".toml", ".json"))
    files += _files(resources.files("mindful_clinic.core"), "core/", (".py",))  # the reading code
    parts += sorted(files)
    return "\n".join(parts)


def _files(folder: Any, prefix: str, suffixes: tuple[str, ...]) -> list[str]:
    """``name size mtime`` for each file; a folder that is not on disk (a zip) falls back to CRCs."""
    out: list[str] = []
    if not isinstance(folder, Path):
        for item in folder.iterdir():
            if item.is_dir():
                out += _files(item, f"{prefix}{item.name}/", suffixes)
            elif item.name.endswith(suffixes):
                data = item.read_bytes()
                out.append(f"{prefix}{item.name} {len(data)} {zlib.crc32(data):08x}")
        return out
    if not folder.is_dir():
        # A frozen bundle keeps the code compiled inside the executable, not as files on disk:
        # the app version (in the key) already changes with it.
        return out
    with os.scandir(folder) as found:
        for item in found:
            if item.is_dir():
                if item.name != "__pycache__":
                    out += _files(Path(item.path), f"{prefix}{item.name}/", suffixes)
            elif item.name.endswith(suffixes):
                st = item.stat()
                out.append(f"{prefix}{item.name} {st.st_size} {st.st_mtime_ns}")
    return out


def _read_cache(key: str) -> list[dict[str, Any]] | None:
    """The kept summaries if the cache file is there, readable and made from the same files."""
    try:
        doc = json.loads((cache_dir() / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, damaged or truncated
        return None
    if not isinstance(doc, dict) or doc.get("key") != key:
        return None
    summaries = doc.get("practices")
    if not isinstance(summaries, list) or not all(_is_summary(s) for s in summaries):
        return None
    return summaries


def _is_summary(value: object) -> bool:
    return (
        isinstance(value, dict)
        and value.keys() == SUMMARY_FIELDS.keys()
        and all(type(value[name]) is kind for name, kind in SUMMARY_FIELDS.items())
        and all(type(d) is int for d in value["durations_s"])
        and value["kind"] in ("breath", "guided")
    )


def _summary(source: str, e: CatalogEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "title": e.title,
        "category": e.category,
        "summary": e.summary,
        "durations_s": list(e.durations_s),
        "default_duration_s": e.default_duration_s,
        "kind": e.kind,
        "custom": e.custom,
        "source": source,
    }


def _entry_from_summary(s: dict[str, Any]) -> CatalogEntry:
    """The home screen's entry now; the practice itself is read from its file when first opened."""
    opened = Deferred(lambda: _open_shipped(s["kind"], s["source"], s["id"]))
    return CatalogEntry(
        s["id"], s["title"], s["category"], s["summary"], tuple(s["durations_s"]),
        s["default_duration_s"], s["kind"], opened, s["custom"],
    )  # fmt: skip


def _write_cache(key: str, summaries: list[dict[str, Any]]) -> None:
    """Best effort: a cache that cannot be written only means the next start reads the files."""
    text = json.dumps({"key": key, "practices": summaries}, ensure_ascii=False)
    try:
        folder = ensure_private_dir(cache_dir())
        atomic_write_text(folder / CACHE_FILE, text, backup=False)
    except OSError:
        pass
