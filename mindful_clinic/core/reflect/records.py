"""Private reflections: small wins, things learned, a debrief after a hard appointment (issue #19).

A reflection is a date, a kind and a few words. It is never shown in group mode and never written to
the practice log; the data folder keeps it in its own file. Everything here is plain data and checks,
so the app, the command line and the tests share the same rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

KINDS = ("win", "learned", "debrief", "other")
"""Kinds in the order the app offers them."""
KIND_LABELS = {
    "win": "A small win",
    "learned": "Something learned",
    "debrief": "Debrief",
    "other": "Other",
}
MAX_TEXT = 2000
"""A few words are enough; a long essay belongs somewhere else (supervision notes, a journal)."""
CLIENT_REMINDER = (
    "Please keep notes free of anything that could identify a client: no names, dates of birth "
    "or details someone else could recognise."
)


class ReflectionError(ValueError):
    """An invalid reflection; the message is one plain line for the user."""


@dataclass(frozen=True)
class Reflection:
    id: str
    date: date
    kind: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "date": self.date.isoformat(), "kind": self.kind, "text": self.text}

    @classmethod
    def from_json(cls, data: object) -> Reflection:
        """Read a stored reflection; raises ReflectionError naming the problem."""
        if not isinstance(data, Mapping):
            raise ReflectionError("a reflection must be an object")
        rid = data.get("id")
        if not isinstance(rid, str) or not rid.strip():
            raise ReflectionError("a reflection needs an id")
        raw_date = data.get("date")
        return make_reflection(
            str(data.get("text", "")),
            str(data.get("kind", "")),
            parse_date(raw_date if isinstance(raw_date, str) else ""),
            rid=rid,
        )

    def edited(self, text: str | None = None, kind: str | None = None) -> Reflection:
        """A copy with new words or kind, checked like a new one."""
        return replace(
            self,
            text=check_text(self.text if text is None else text),
            kind=check_kind(self.kind if kind is None else kind),
        )


def make_reflection(text: str, kind: str, on: date, rid: str | None = None) -> Reflection:
    """A checked reflection (a new id unless one is given)."""
    return Reflection(
        id=rid or uuid.uuid4().hex[:16], date=on, kind=check_kind(kind), text=check_text(text)
    )


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ReflectionError(f"kind must be one of {', '.join(KINDS)} (not '{kind}')")
    return kind


def check_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ReflectionError("a reflection needs a few words")
    if len(cleaned) > MAX_TEXT:
        raise ReflectionError(f"a reflection is {len(cleaned)} characters; keep it to {MAX_TEXT}")
    if "\x00" in cleaned:
        raise ReflectionError("a reflection cannot contain a NUL character")
    return cleaned


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReflectionError(f"'{text}' is not a date like 2026-03-31") from None


def by_kind(reflections: list[Reflection], kinds: frozenset[str] | None) -> list[Reflection]:
    """Oldest first, only the chosen kinds (None: every kind)."""
    chosen = [r for r in reflections if kinds is None or r.kind in kinds]
    return sorted(chosen, key=lambda r: r.date)


def format_reflections(reflections: list[Reflection]) -> str:
    """Plain text for a supervision or CPD summary: date, kind and words, oldest first."""
    if not reflections:
        return "Reflections: none chosen for this period.\n"
    lines = [f"Reflections ({len(reflections)}):"]
    for r in by_kind(reflections, None):
        words = " ".join(r.text.split())
        lines.append(f"  {r.date.isoformat()}  {KIND_LABELS[r.kind]}: {words}")
    return "\n".join(lines) + "\n"
