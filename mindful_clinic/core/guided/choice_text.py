"""Step text for people: the choices in a step (``{posture}``, ``{anchor}``) as readable words.

Stored step text says ``Sit, {posture}, resting on {anchor}.``; the practice editor shows it as
``Sit, [your posture], resting on [your anchor].``, in the user's language (the names are passed in,
already translated). Both directions are exact: ``from_readable(to_readable(s, names), names) == s``
for every stored text ``s``, so opening a practice and saving it unchanged writes the same words.

The readable form has one rule and one escape:

- ``[name]`` (a name in ``names``, in any letter case) is a choice; so a person may type
  ``[your anchor]`` themselves, as well as pick it from a menu;
- ``[[`` is a single ``[`` of the person's own. It is written only where a bracket of their own would
  otherwise be read as a choice (``[your anchor]`` meant literally) or be read as the start of ``[[``;
  any other bracket is shown as it is, so ``[see notes]`` stays ``[see notes]``.

Curly brackets the person types are left as they are: the schema then explains a stray one, and a
typed ``{anchor}`` is simply that choice. Plain Python, no Qt (tested exhaustively in
tests/core/guided/test_choice_text.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

OPEN = "["
CLOSE = "]"
ESCAPE = OPEN + OPEN
_STORED = re.compile(r"\{([a-z_]+)\}")
_UNUSABLE = set("[]{}")


@dataclass(frozen=True)
class Token:
    """A choice in readable text: ``text[start:end]`` is ``[name]`` for the option ``option``."""

    start: int
    end: int
    option: str


def usable_names(names: Mapping[str, str]) -> dict[str, str]:
    """Names that can stand in text: trimmed, non-empty, without brackets, distinct in any case.

    A name that cannot (a translation gone wrong) falls back to the option's own name, so a choice is
    never lost or mistaken for another.
    """
    out: dict[str, str] = {}
    seen: set[str] = set()
    for option, name in names.items():
        name = " ".join(name.split())
        if not name or _UNUSABLE & set(name) or name.casefold() in seen:
            name = option
        out[option] = name
        seen.add(name.casefold())
    return out


def token(option: str, names: Mapping[str, str]) -> str:
    """What inserting a choice puts in the text: ``[your anchor]``."""
    return OPEN + usable_names(names)[option] + CLOSE


def to_readable(stored: str, names: Mapping[str, str]) -> str:
    """``{anchor}`` -> ``[your anchor]``; a bracket of the writer's own is doubled only where needed.

    Unknown ``{things}`` (never in valid content) are left as they are.
    """
    names = usable_names(names)
    name_then_close = _name_then_close(tuple(names.values()))
    pieces: list[str] = []  # readable pieces, built from the end so each knows what follows it
    after = ""
    end = len(stored)
    for m in reversed(list(_STORED.finditer(stored))):
        if m.group(1) not in names:
            continue
        after = _escaped(stored[m.end() : end], after, name_then_close, pieces)
        choice = OPEN + names[m.group(1)] + CLOSE
        pieces.append(choice)
        after = choice + after
        end = m.start()
    _escaped(stored[:end], after, name_then_close, pieces)
    return "".join(reversed(pieces))


def from_readable(readable: str, names: Mapping[str, str]) -> str:
    """``[your anchor]`` (any letter case) -> ``{anchor}``; ``[[`` -> ``[``; the rest as it is."""
    pattern, groups = _readable_pattern(tuple(usable_names(names).items()))
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(readable):
        out.append(readable[pos : m.start()])
        out.append(OPEN if m.group(0) == ESCAPE else "{" + groups[m.lastgroup or ""] + "}")
        pos = m.end()
    out.append(readable[pos:])
    return "".join(out)


def tokens(readable: str, names: Mapping[str, str]) -> list[Token]:
    """Where the choices are in readable text (for drawing them as chips), in order."""
    pattern, groups = _readable_pattern(tuple(usable_names(names).items()))
    return [
        Token(m.start(), m.end(), groups[m.lastgroup or ""])
        for m in pattern.finditer(readable)
        if m.group(0) != ESCAPE
    ]


def _escaped(literal: str, after: str, name_then_close: re.Pattern[str], pieces: list[str]) -> str:
    """Append ``literal`` (the writer's own text) to ``pieces`` in readable form, last character
    first, given the readable text that follows it; returns the readable text from its start on."""
    for ch in reversed(literal):
        if ch == OPEN and (after.startswith(OPEN) or name_then_close.match(after)):
            ch = ESCAPE
        pieces.append(ch)
        after = ch + after
    return after


@lru_cache(maxsize=32)
def _name_then_close(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(f"(?:{alternatives}){re.escape(CLOSE)}" if names else "(?!)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _readable_pattern(
    items: tuple[tuple[str, str], ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    names = dict(items)
    groups = {f"c{i}": option for i, option in enumerate(names)}
    by_length = sorted(groups, key=lambda g: len(names[groups[g]]), reverse=True)
    choices = "|".join(f"(?P<{g}>{re.escape(names[groups[g]])})" for g in by_length)
    body = f"|{re.escape(OPEN)}(?:{choices}){re.escape(CLOSE)}" if names else ""
    return re.compile(re.escape(ESCAPE) + body, re.IGNORECASE), groups
