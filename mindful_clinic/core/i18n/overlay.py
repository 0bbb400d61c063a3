"""Translated content as overlays on the English files (issue #17).

A translation of a content file lives at ``content/<lang>/<same path>`` and holds only words: the
same ids, with their text in another language. It is merged into the English data before anything
is checked, and the result goes through the very same checks as English content, so a translated
step that is too long, a stray ``{`` or a missing choice is reported the same way. Whatever the
overlay leaves out stays English. An overlay that names an id the English file does not have, or
sets a field that is not words (timing, ids, sounds, regions), is a content problem reported as
"de/guided/10_body_scan_3.toml: scripts[2].steps[3].weight: ...".

What may be translated is written down once per kind of file as a *shape*:

- ``TEXT``: a line of text, replaced as a whole; ``LINES``: a list of lines, replaced as a whole;
- a dict: those keys (``"*"`` = any key the English data has), each with its own shape;
- ``ById(key, shape)``: a list whose items are matched to the English items by ``key`` (a step's
  ``id``, a script's ``length_s``); ``ByIndex(shape)``: matched by position (breath phases);
- ``REPLACE``: a list the overlay replaces whole (a country's own support contacts).

Which overlay files exist is the services' business (``services.practice.overlays``): the core
is handed a reader (``use_overlays``) and never looks for files itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from mindful_clinic.core.errors import ContentError

TEXT = "text"
LINES = "lines"
REPLACE = "replace"
KEY = "key"
"""A field that only says which English item is meant (an id); it must match, and is kept."""


# Named tuples rather than dataclasses: this module is read at every start (the content cache's
# key names the language), and making a dataclass compiles its methods.
class ById(NamedTuple):
    key: str
    shape: Any


class ByIndex(NamedTuple):
    shape: Any


STEP = {
    "id": KEY, "title": TEXT, "caption": TEXT, "spoken": TEXT, "caption_head_to_feet": TEXT,
    "spoken_head_to_feet": TEXT, "answer": {"prompt": TEXT},
}  # fmt: skip
"""A step's typed ``answer`` is translated by its prompt alone (its kind is not words)."""
SKIP = {
    "title": TEXT,
    "caption": TEXT,
    "note": TEXT,
    "also": TEXT,
    "rest": LINES,
    "regions": REPLACE,
}
WORDS = {"words": {"*": {"*": TEXT}}, "neutral": {"*": TEXT}, "skip": SKIP}
GUIDED = {
    "id": KEY, "title": TEXT, "summary": TEXT, "description": TEXT, "evidence": TEXT,
    "skip_note": TEXT, **WORDS,
    "steps": ById("id", STEP),
    "scripts": ById("length_s", {"length_s": KEY, "steps": ById("id", STEP)}),
}  # fmt: skip
BREATH = {
    "id": KEY, "title": TEXT, "summary": TEXT, "description": TEXT, "posture_hint": TEXT,
    "evidence": TEXT, "phases": ByIndex({"hint": TEXT}),
}  # fmt: skip
CAUTIONS = {"*": {"text": TEXT}}
SOURCES = {"*": {"citation": TEXT}}
SUPPORT = {"disclaimer": TEXT, "feels_worse": TEXT, "emergency": TEXT, "contacts": REPLACE}
GROUP_FLOW = {
    "phase_words": {"*": TEXT},
    "stages": ById("id", {
        "id": KEY, "title": TEXT, "screen_text": TEXT, "screen_detail": TEXT, "done_text": TEXT,
        "prompts": LINES, "notes": LINES,
    }),
}  # fmt: skip


def merge(base: Any, overlay: Any, shape: Any, source: str, where: str = "") -> Any:
    """``base`` with the words of ``overlay`` put in (neither is changed); raises ContentError."""
    if shape == TEXT:
        if not isinstance(overlay, str) or not overlay.strip():
            raise ContentError(source, where, "must be some words")
        return overlay
    if shape == LINES:
        if not isinstance(overlay, list) or not all(isinstance(v, str) for v in overlay):
            raise ContentError(source, where, "must be a list of lines")
        return list(overlay)
    if shape == REPLACE:
        return overlay  # checked by the file's own rules once merged
    if shape == KEY:
        if overlay != base:
            raise ContentError(source, where, f"must be {base!r}, as in the English file")
        return base
    if isinstance(shape, ById | ByIndex):
        return _merge_list(base, overlay, shape, source, where)
    return _merge_table(base, overlay, shape, source, where)


def _merge_table(base: Any, overlay: Any, shape: Mapping[str, Any], source: str, where: str) -> Any:
    if not isinstance(overlay, Mapping):
        raise ContentError(source, where or "(file)", "must be a table")
    if not isinstance(base, Mapping):
        raise ContentError(source, where or "(file)", "is not a table in the English file")
    out = dict(base)
    for key, value in overlay.items():
        field = f"{where}.{key}" if where else str(key)
        inner = shape.get(key, shape.get("*"))
        if inner is None:
            raise ContentError(source, field, "is not translatable; change it in the English file")
        if key not in base and inner != REPLACE:
            raise ContentError(source, field, "is not in the English file")
        out[key] = merge(base.get(key), value, inner, source, field)
    return out


def _merge_list(base: Any, overlay: Any, shape: ById | ByIndex, source: str, where: str) -> Any:
    if not isinstance(overlay, list) or not isinstance(base, list):
        raise ContentError(source, where, "must be a list, as in the English file")
    out = list(base)
    for i, item in enumerate(overlay, 1):
        at = f"{where}[{i}]"
        if isinstance(shape, ByIndex):
            if i > len(base):
                raise ContentError(source, at, f"the English file has only {len(base)}")
            out[i - 1] = merge(base[i - 1], item, shape.shape, source, at)
            continue
        if not isinstance(item, Mapping) or shape.key not in item:
            raise ContentError(source, at, f"must be a table with {shape.key}")
        found = [j for j, b in enumerate(base) if isinstance(b, Mapping)
                 and b.get(shape.key) == item[shape.key]]  # fmt: skip
        if not found:
            raise ContentError(
                source, f"{at}.{shape.key}", f"{item[shape.key]!r} is not in the English file"
            )
        out[found[0]] = merge(base[found[0]], item, shape.shape, source, at)
    return out


# -- the reader the services hand in ------------------------------------------------------------------
OverlayReader = Callable[[str], "str | None"]
"""Given a content file's path ("guided/10_body_scan_3.toml"), the text of its translation in the
current language, or None when there is none."""


class _Active:
    def __init__(self) -> None:
        self.language = "en"
        self.reader: OverlayReader | None = None


_ACTIVE = _Active()
# The one piece of process-wide state: content is read through process-wide caches (the references,
# the shared wording, the support file), so the language they are read in is process-wide too. It is
# set once at start (services.i18n) before any content is read; tests set and reset it.


def use_overlays(language: str, reader: OverlayReader | None) -> None:
    """Read content in ``language`` from now on (``reader`` finds its overlay files)."""
    _ACTIVE.language, _ACTIVE.reader = language, reader


def content_language() -> str:
    return _ACTIVE.language


def content_key() -> tuple[str, object]:
    """What content read now depends on (the language and its reader): the key of the caches."""
    return _ACTIVE.language, _ACTIVE.reader


def overlaid(
    name: str, data: Mapping[str, Any], shape: Any, key: tuple[str, object] | None = None
) -> tuple[Any, str]:
    """(the English ``data`` of content file ``name`` with the current language's words put in,
    the name to report problems under). ``key`` (a ``content_key()``) names another language."""
    language, reader = key if key is not None else content_key()
    text = reader(name) if callable(reader) else None
    if text is None:
        return data, name
    import tomllib  # 5 ms to import: only when another language's words are read

    source = f"{language}/{name}"
    try:
        overlay = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(source, "(file)", f"not valid TOML: {exc}") from None
    return merge(data, overlay, shape, source), source
