"""The words of a group session (content/group_flow.toml), read and checked on load.

Stage texts and facilitator notes are content, not code, so a facilitator or reviewer can change
the wording without touching the stage machine. The file must list exactly the stages of
content-spec 7.1, in order; every problem is reported as "file: field: problem".
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from mindful_clinic.core.errors import ContentError

FILE_NAME = "group_flow.toml"
STAGE_IDS = (
    "arrival",
    "checkin_before",
    "settling",
    "practice",
    "return",
    "reflection",
    "checkin_after",
    "close",
)
"""Session order from content-spec 7.1."""
PHASE_WORD_KINDS = ("inhale", "top_up", "hold", "exhale", "self_paced")
MAX_NOTES = 4
MAX_NOTE_CHARS = 160
"""Notes are read at a glance during a session: a few short lines, not a script."""

_STAGE_KNOWN = {
    "id", "title", "screen_text", "screen_detail", "suggested_s", "optional", "notes", "prompts",
    "done_text",
}  # fmt: skip


@dataclass(frozen=True)
class StageSpec:
    id: str
    title: str
    screen_text: str
    screen_detail: str
    suggested_s: int
    optional: bool
    notes: tuple[str, ...]
    prompts: tuple[str, ...] = ()
    """Reflection prompts, shown one at a time (Next moves to the following prompt)."""
    done_text: str = ""
    """Practice stage only: the words shown once the practice has finished."""


@dataclass(frozen=True)
class FlowContent:
    stages: tuple[StageSpec, ...]
    phase_words: Mapping[str, str]
    sources: tuple[str, ...]

    def stage(self, stage_id: str) -> StageSpec:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)


def load_flow_content() -> FlowContent:
    """The shipped session wording in the content language (cached; raises ContentError if the
    shipped file, or its translation, is broken)."""
    from mindful_clinic.core.i18n.overlay import content_key

    return _load_flow_content(content_key())


@cache
def _load_flow_content(key: tuple[str, object]) -> FlowContent:
    from mindful_clinic.core.i18n.overlay import GROUP_FLOW, overlaid

    text = resources.files("mindful_clinic.content").joinpath(FILE_NAME).read_text("utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(FILE_NAME, "(file)", f"not valid TOML: {exc}") from None
    return flow_content_from_mapping(*overlaid(FILE_NAME, data, GROUP_FLOW, key))


def flow_content_from_mapping(data: Mapping[str, Any], source: str) -> FlowContent:
    if data.get("schema_version") != 1:
        raise ContentError(source, "schema_version", "must be 1")
    raw_stages = data.get("stages")
    if not isinstance(raw_stages, list):
        raise ContentError(source, "stages", "must be a list of [[stages]] tables")
    stages = tuple(_stage(raw, i, source) for i, raw in enumerate(raw_stages, 1))
    ids = tuple(s.id for s in stages)
    if ids != STAGE_IDS:
        raise ContentError(source, "stages", f"must be, in order: {', '.join(STAGE_IDS)}")
    if not stages[STAGE_IDS.index("reflection")].prompts:
        raise ContentError(source, "stages[reflection].prompts", "needs at least one prompt")
    words = data.get("phase_words")
    if not isinstance(words, dict):
        raise ContentError(source, "phase_words", "must be a table")
    for kind in PHASE_WORD_KINDS:
        if not isinstance(words.get(kind), str) or not words[kind].strip():
            raise ContentError(source, f"phase_words.{kind}", "needs a short text")
    srcs = data.get("sources", [])
    if not isinstance(srcs, list) or not all(isinstance(s, str) for s in srcs):
        raise ContentError(source, "sources", "must be a list of source ids")
    return FlowContent(stages, dict(words), tuple(srcs))


def _stage(raw: object, n: int, source: str) -> StageSpec:
    where = f"stages[{n}]"
    if not isinstance(raw, dict):
        raise ContentError(source, where, "must be a table")
    unknown = set(raw) - _STAGE_KNOWN
    if unknown:
        raise ContentError(source, f"{where}.{sorted(unknown)[0]}", "is not a known field")
    texts = {}
    for key in ("id", "title", "screen_text"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(source, f"{where}.{key}", "needs a non-empty text")
        texts[key] = value
    for key in ("screen_detail", "done_text"):
        if not isinstance(raw.get(key, ""), str):
            raise ContentError(source, f"{where}.{key}", "must be a text")
    suggested = raw.get("suggested_s")
    if not isinstance(suggested, int) or isinstance(suggested, bool) or not 10 <= suggested <= 900:
        raise ContentError(source, f"{where}.suggested_s", "must be whole seconds from 10 to 900")
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise ContentError(source, f"{where}.optional", "must be true or false")
    notes = _texts(raw.get("notes"), f"{where}.notes", source)
    if not 1 <= len(notes) <= MAX_NOTES:
        raise ContentError(source, f"{where}.notes", f"needs 1 to {MAX_NOTES} short notes")
    for i, note in enumerate(notes, 1):
        if len(note) > MAX_NOTE_CHARS:
            raise ContentError(
                source, f"{where}.notes[{i}]", f"is longer than {MAX_NOTE_CHARS} characters"
            )
    prompts = _texts(raw.get("prompts", []), f"{where}.prompts", source)
    return StageSpec(
        id=texts["id"],
        title=texts["title"],
        screen_text=texts["screen_text"],
        screen_detail=raw.get("screen_detail", ""),
        suggested_s=suggested,
        optional=optional,
        notes=notes,
        prompts=prompts,
        done_text=raw.get("done_text", ""),
    )


def _texts(value: object, field: str, source: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ContentError(source, field, "must be a list of non-empty texts")
    return tuple(value)
