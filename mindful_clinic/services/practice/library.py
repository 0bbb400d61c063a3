"""Builds the practice catalog from shipped content and the user's own definitions.

Reading and checking the shipped TOML files is the largest single cost of starting the app, and the
result only changes when the files (or the code that reads them) change. So the checked practices
are kept in a small file in the user's cache folder, keyed by the name, size and modification time
of every content file and every core module (the test Python itself uses for its own byte-code), and
by the app and Python versions: any change gives a new key, so the cache is never stale, and a
missing, damaged or foreign cache file is ignored and written again.

Start-up reads only the summaries the home screen shows; each practice itself is rebuilt from the
cache when it is first opened (so its model modules are not imported before then). If that part of
the cache turns out damaged, the practice is read from the content files instead.

The file holds plain values only (``marshal``), and only the app's own core classes are rebuilt from
it, so a foreign file cannot run code. ``pickle`` and ``hashlib`` are not used: importing them costs
more than reading the whole cache.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.practice.catalog import Catalog, CatalogEntry, Deferred, breath_entry

if TYPE_CHECKING:
    from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore

ENV_CACHE_DIR = "MINDFUL_CLINIC_CACHE_DIR"
CACHE_FILE = "shipped-content.bin"
CACHE_FORMAT = 2


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
    cached = _read_cache(key)
    if cached is not None:
        return cached
    entries = _load_shipped_entries()
    _write_cache(key, entries)
    return entries


def _load_shipped_entries() -> list[CatalogEntry]:
    from mindful_clinic.core.breath.schema import load_shipped_patterns
    from mindful_clinic.core.guided.practice import guided_entry
    from mindful_clinic.core.guided.schema import load_shipped_practices

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
    own = store.practices()
    if own:
        from mindful_clinic.core.guided.practice import guided_entry

        taken = {e.id for e in entries}
        entries += [guided_entry(p) for p in own if p.id not in taken]
    problems = [*library.problems, *([store.problem] if store.problem else [])]
    return Library(Catalog(entries), library.custom_patterns, problems, store)


# -- the cache of shipped content ---------------------------------------------------------------------
def cache_dir() -> Path:
    """The user's cache folder for this app (``MINDFUL_CLINIC_CACHE_DIR`` overrides it)."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "mindful_clinic" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "mindful_clinic"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mindful_clinic"


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
    if not folder.is_dir():  # a frozen bundle keeps the code in its archive: the version is the key
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


def _read_cache(key: str) -> list[CatalogEntry] | None:
    try:
        stored_key, values = marshal.loads((cache_dir() / CACHE_FILE).read_bytes())
        if stored_key != key or type(values) is not list:
            return None
        return [_entry_from_cache(value) for value in values]
    except Exception:  # missing, damaged, truncated or foreign: read the content files instead
        return None


_SUMMARY_TYPES = (str, str, str, str, tuple, int, str, bool)


def _entry_from_cache(value: Any) -> CatalogEntry:
    """The summary now (checked field by field); the practice itself when it is first opened."""
    fields, item = value
    fields = (*fields[:4], tuple(fields[4]), *fields[5:])
    if len(fields) != len(_SUMMARY_TYPES) or not all(
        type(v) is t for v, t in zip(fields, _SUMMARY_TYPES, strict=True)
    ) or not all(type(d) is int for d in fields[4]):  # fmt: skip
        raise ValueError("not a practice summary")
    practice_id, title, category, summary, durations, default, kind, custom = fields
    content = Deferred(lambda: _item_from_cache(item, practice_id))
    return CatalogEntry(
        practice_id, title, category, summary, durations, default, kind, content, custom
    )


def _item_from_cache(encoded: Any, practice_id: str) -> object:
    try:
        found = _decode(encoded)
        if getattr(found, "id", None) == practice_id:
            return found
    except Exception:  # damaged after all: this practice is read from its file instead
        pass
    return next(e.item for e in _load_shipped_entries() if e.id == practice_id)


def _write_cache(key: str, entries: list[CatalogEntry]) -> None:
    """Best effort: a cache that cannot be written only means the next start reads the files."""
    from mindful_clinic.services.storage.atomic import atomic_write_bytes
    from mindful_clinic.services.storage.paths import ensure_private_dir

    try:
        values = [
            (
                [e.id, e.title, e.category, e.summary, list(e.durations_s), e.default_duration_s,
                 e.kind, e.custom],
                _encode(e.item),
            )
            for e in entries
        ]  # fmt: skip
        data = marshal.dumps((key, values))
        folder = ensure_private_dir(cache_dir())
        atomic_write_bytes(folder / CACHE_FILE, data, backup=False)
    except (OSError, TypeError, ValueError):
        pass


# Plain values stand for themselves; lists and dicts hold encoded values; every tuple in the encoded
# form is a tag: ("t", items) a tuple, ("f", items) a frozenset, ("e", module, name, value) an enum
# member, ("o", module, name, fields) an instance of a core data class.
def _encode(value: Any) -> Any:
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind is list:
        return [_encode(v) for v in value]
    if kind is tuple:
        return ("t", [_encode(v) for v in value])
    if kind is frozenset:
        return ("f", [_encode(v) for v in value])
    if kind is dict and all(type(k) is str for k in value):
        return {k: _encode(v) for k, v in value.items()}
    if not kind.__module__.startswith("mindful_clinic.core."):
        raise TypeError(f"{kind.__name__} is not kept in the content cache")
    if isinstance(value, Enum):
        return ("e", kind.__module__, kind.__qualname__, _encode(value.value))
    if hasattr(kind, "__slots__") or not hasattr(value, "__dict__"):
        raise TypeError(f"{kind.__name__} is not kept in the content cache")
    return ("o", kind.__module__, kind.__qualname__, _encode(vars(value)))


def _decode(value: Any) -> Any:
    kind = type(value)
    if kind is list:
        return [_decode(v) for v in value]
    if kind is dict:
        return {k: _decode(v) for k, v in value.items()}
    if kind is not tuple:
        return value
    tag = value[0]
    if tag == "t":
        return tuple(_decode(v) for v in value[1])
    if tag == "f":
        return frozenset(_decode(v) for v in value[1])
    _, module, name, inner = value
    cls = _core_class(module, name)
    if tag == "e" and issubclass(cls, Enum):
        return cls(_decode(inner))
    if tag == "o" and isinstance(inner, dict):
        obj = cls.__new__(cls)
        obj.__dict__.update(_decode(inner))  # as pickle does: frozen classes are not re-checked
        return obj
    raise ValueError(f"unknown tag {tag!r} in the content cache")


@cache
def _core_class(module: str, name: str) -> Any:
    import importlib

    if not module.startswith("mindful_clinic.core.") or "." in name:
        raise ValueError(f"{module}.{name} is not allowed in the content cache")
    found = getattr(importlib.import_module(module), name)
    if not isinstance(found, type):
        raise ValueError(f"{module}.{name} is not a class")
    return found
