"""The evidence and safety texts that practice files refer to by id (sources.toml, cautions.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from mindful_clinic.core.errors import ContentError


@dataclass(frozen=True)
class Caution:
    id: str
    text: str
    sources: tuple[str, ...]
    notice: bool
    """Shown once, before the first use of a practice that carries it."""


@cache
def sources() -> dict[str, str]:
    data = _load("sources.toml")
    out: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, dict) or not isinstance(value.get("citation"), str):
            raise ContentError("sources.toml", key, "needs a citation")
        out[key] = value["citation"]
    return out


@cache
def cautions() -> dict[str, Caution]:
    data = _load("cautions.toml")
    out: dict[str, Caution] = {}
    for key, value in data.items():
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            raise ContentError("cautions.toml", key, "needs a text")
        out[key] = Caution(
            key, value["text"], tuple(value.get("sources", [])), bool(value.get("notice", False))
        )
    return out


def _load(name: str) -> dict[str, object]:
    text = resources.files("mindful_clinic.content").joinpath(name).read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(name, "(file)", f"not valid TOML: {exc}") from None
