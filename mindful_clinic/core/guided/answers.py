"""Optional typed answers inside a guided practice, and what becomes of them (issue #19, item 4).

A step may invite a few typed words, written in the practice file as::

    [[scripts.steps]]
    id = "next_step"
    ...
    answer = { kind = "text", prompt = "One next step", keep_as = "other" }

``kind`` is ``text`` (a line), ``list`` (one item a line) or ``time`` (a time later today: when a
worry parked in the same practice comes back; the practice's text answers are the worry).
``prompt`` is the few words shown above the box (translated in the overlay); ``keep_as`` is the
kind of reflection the words are kept as, if the user chooses to keep them (``other`` unless
said). Answers are private: they live only in an ``AnswerSheet`` in memory while the practice
runs, are never spoken, logged or shown on a shared screen, and are gone when the practice ends
unless the user keeps them (as a reflection, or as a parked worry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.reflect.records import KINDS

ANSWER_KINDS = ("text", "list", "time")
MAX_PROMPT = 120
"""A prompt is read at a glance under the caption."""
MAX_ANSWER = {"text": 280, "list": 400, "time": 5}
"""Characters a box takes: enough for a few words, and all of a practice's answers together stay
within a reflection's limit."""
_KEYS = {"kind", "prompt", "keep_as"}


@dataclass(frozen=True)
class AnswerDef:
    """What a step invites the user to type."""

    kind: str
    prompt: str
    keep_as: str = "other"
    """The kind of reflection these words become if kept."""

    def to_mapping(self) -> dict[str, str]:
        out = {"kind": self.kind, "prompt": self.prompt}
        if self.keep_as != "other":
            out["keep_as"] = self.keep_as
        return out


def answer_from(raw: Any, source: str, where: str) -> AnswerDef | None:
    """A step's ``answer`` table, checked (None when the step has none); raises ContentError."""
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ContentError(source, where, "must be a table with kind and prompt")
    unknown = set(raw) - _KEYS
    if unknown:
        raise ContentError(source, f"{where}.{sorted(unknown)[0]}", "is not a known field")
    kind = raw.get("kind")
    if kind not in ANSWER_KINDS:
        raise ContentError(source, f"{where}.kind", f"must be one of {', '.join(ANSWER_KINDS)}")
    prompt = raw.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        raise ContentError(source, f"{where}.prompt", "is required")
    prompt = prompt.strip()
    if len(prompt) > MAX_PROMPT:
        raise ContentError(
            source, f"{where}.prompt", f"is {len(prompt)} characters; keep it to {MAX_PROMPT}"
        )
    if "{" in prompt or "}" in prompt:
        raise ContentError(source, f"{where}.prompt", "cannot use choices like {eyes}")
    keep_as = raw.get("keep_as", "other")
    if keep_as not in KINDS:
        raise ContentError(source, f"{where}.keep_as", f"must be one of {', '.join(KINDS)}")
    return AnswerDef(str(kind), prompt, str(keep_as))


def parse_time(text: str) -> time | None:
    """ "17:30" or "9.05" as a time of day (None if it is not one)."""
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", text)
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return time(int(m.group(1)), int(m.group(2)))


@dataclass(frozen=True)
class Answer:
    """One typed answer: the step it belongs to, what was asked and what was typed."""

    step_id: str
    step_index: int
    definition: AnswerDef
    text: str

    @property
    def items(self) -> list[str]:
        """A list answer's items (one a line, blanks left out); a text answer as one item."""
        lines = [" ".join(line.split()) for line in self.text.splitlines()]
        return [line for line in lines if line]

    def as_line(self) -> str:
        """ "Act on: ring the ward; book leave" """
        return f"{self.definition.prompt}: {'; '.join(self.items)}"


@dataclass
class AnswerSheet:
    """The answers typed during one sitting, in memory only, keyed by the step's index."""

    answers: dict[int, Answer] = field(default_factory=dict)

    def set(self, step_index: int, step_id: str, definition: AnswerDef, text: str) -> None:
        limit = MAX_ANSWER[definition.kind]
        text = text[:limit]
        if not text.strip():
            self.answers.pop(step_index, None)
            return
        self.answers[step_index] = Answer(step_id, step_index, definition, text)

    def clear(self, step_index: int) -> None:
        self.answers.pop(step_index, None)

    def discard(self) -> None:
        """Forget everything typed (the practice ended without keeping it)."""
        self.answers.clear()

    def text_of(self, step_index: int) -> str:
        answer = self.answers.get(step_index)
        return answer.text if answer is not None else ""

    @property
    def is_empty(self) -> bool:
        return not self.answers

    def in_order(self) -> list[Answer]:
        return [self.answers[i] for i in sorted(self.answers)]

    def words(self) -> list[Answer]:
        """The answers that are words (not the time a worry comes back)."""
        return [a for a in self.in_order() if a.definition.kind != "time"]

    def worry_time(self) -> time | None:
        """The time chosen for a parked worry, if the practice asked for one and it was given."""
        for a in self.in_order():
            if a.definition.kind == "time":
                return parse_time(a.text)
        return None

    @property
    def asks_for_time(self) -> bool:
        return any(a.definition.kind == "time" for a in self.in_order())


def reflection_text(title: str, answers: list[Answer]) -> str:
    """The words to keep as one reflection: the practice's name, then each answer on its line."""
    return "\n".join([title, *(a.as_line() for a in answers)])


def worry_text(answers: list[Answer]) -> str:
    """The worry to park: the practice's text answers, as typed."""
    return "\n".join("; ".join(a.items) for a in answers if a.definition.kind != "time")


def reflection_kind(answers: list[Answer]) -> str:
    """The kind the kept words are offered as: the first answer's ``keep_as``."""
    return answers[0].definition.keep_as if answers else "other"
