"""Crisis and support contacts (content-spec 8.2) and the wellness disclaimer (8.1).

The shipped defaults live in content/support.toml. A user (or the organisation deploying the app) edits
them for their country and workplace; only the differences are stored (changed fields, hidden ids,
added contacts, order), so a number corrected in a later release still reaches everyone who did not
change that contact themselves. Loading the edits is lenient: a bad entry is dropped, never raised.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from mindful_clinic.core.errors import ContentError
from mindful_clinic.core.i18n.overlay import SUPPORT, content_key, overlaid

EDITABLE = ("region", "name", "how", "detail")
"""The fields a user can change on a contact."""
MAX_FIELD = 400


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    how: str
    """How to reach them: a number, a text line, a web address."""
    detail: str = ""
    region: str = ""
    sources: tuple[str, ...] = ()
    placeholder: bool = False
    """A slot the user fills in (occupational health, EAP); shown as "not set yet" while empty."""
    custom: bool = False

    @property
    def needs_details(self) -> bool:
        return not self.how.strip()


@dataclass(frozen=True)
class SupportInfo:
    disclaimer: str
    feels_worse: str
    emergency: str
    contacts: tuple[Contact, ...]
    sources: tuple[str, ...] = ()

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)


@dataclass
class SupportEdits:
    """What the user changed (the ``support`` section of the settings file)."""

    changed: dict[str, dict[str, str]] = field(default_factory=dict)
    hidden: list[str] = field(default_factory=list)
    added: list[Contact] = field(default_factory=list)
    order: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.changed or self.hidden or self.added or self.order)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed": {k: dict(v) for k, v in self.changed.items()},
            "hidden": list(self.hidden),
            "added": [
                {"id": c.id, "region": c.region, "name": c.name, "how": c.how, "detail": c.detail}
                for c in self.added
            ],
            "order": list(self.order),
        }

    @classmethod
    def from_dict(cls, data: object) -> SupportEdits:
        out = cls()
        if not isinstance(data, Mapping):
            return out
        changed = data.get("changed")
        if isinstance(changed, Mapping):
            for cid, fields in changed.items():
                if isinstance(cid, str) and isinstance(fields, Mapping):
                    clipped = {str(k): _clip(v) for k, v in fields.items() if k in EDITABLE}
                    clean = {k: v for k, v in clipped.items() if v is not None}
                    if clean:
                        out.changed[cid] = clean
        out.hidden = _strings(data.get("hidden"))
        out.order = _strings(data.get("order"))
        added = data.get("added")
        if isinstance(added, list):
            for raw in added:
                contact = _added(raw)
                if contact is not None and all(c.id != contact.id for c in out.added):
                    out.added.append(contact)
        return out


def merge(shipped: SupportInfo, edits: SupportEdits) -> SupportInfo:
    """The contacts as this user sees them: shipped ones with their changes, minus hidden, plus added."""
    contacts: list[Contact] = []
    for c in shipped.contacts:
        if c.id in edits.hidden:
            continue
        fields = edits.changed.get(c.id, {})
        contacts.append(
            replace(
                c,
                name=fields.get("name", c.name),
                how=fields.get("how", c.how),
                detail=fields.get("detail", c.detail),
                region=fields.get("region", c.region),
            )
        )
    taken = {c.id for c in contacts} | set(edits.hidden)
    contacts += [c for c in edits.added if c.id not in taken]
    if edits.order:
        rank = {cid: i for i, cid in enumerate(edits.order)}
        contacts.sort(key=lambda c: rank.get(c.id, len(rank)))
    return replace(shipped, contacts=tuple(contacts))


def diff(shipped: SupportInfo, edited: Iterable[Contact]) -> SupportEdits:
    """The edits that turn the shipped contacts into ``edited`` (what the settings editor saves)."""
    edited = list(edited)
    by_id = {c.id: c for c in shipped.contacts}
    out = SupportEdits()
    for c in edited:
        base = by_id.get(c.id)
        if base is None:
            out.added.append(replace(c, custom=True, placeholder=False, sources=()))
            continue
        fields = {k: getattr(c, k) for k in EDITABLE if getattr(c, k) != getattr(base, k)}
        if fields:
            out.changed[c.id] = fields
    kept = {c.id for c in edited}
    out.hidden = [c.id for c in shipped.contacts if c.id not in kept]
    order = [c.id for c in edited]
    natural = [c.id for c in shipped.contacts if c.id in kept] + [c.id for c in out.added]
    if order != natural:
        out.order = order
    return out


def new_contact_id(taken: Iterable[str]) -> str:
    taken = set(taken)
    n = 1
    while f"own_{n}" in taken:
        n += 1
    return f"own_{n}"


def shipped_support() -> SupportInfo:
    """The shipped disclaimer and contacts, in the content language: a translation brings the
    contacts of its own country (content-spec 8.2), which replace the English list."""
    return _shipped_support(content_key())


@cache
def _shipped_support(_key: tuple[str, object]) -> SupportInfo:
    name = "support.toml"
    text = resources.files("mindful_clinic.content").joinpath(name).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(name, "(file)", f"not valid TOML: {exc}") from None
    return support_from_mapping(*overlaid(name, data, SUPPORT))


def support_from_mapping(data: Mapping[str, Any], source: str) -> SupportInfo:
    texts = {}
    for key in ("disclaimer", "feels_worse", "emergency"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(source, key, "is required text")
        texts[key] = value.strip()
    raw = data.get("contacts")
    if not isinstance(raw, list) or not raw:
        raise ContentError(source, "contacts", "must be a list of contacts")
    contacts: list[Contact] = []
    for i, entry in enumerate(raw, 1):
        where = f"contacts[{i}]"
        if not isinstance(entry, Mapping):
            raise ContentError(source, where, "must be a table")
        for key in ("id", "name"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ContentError(source, f"{where}.{key}", "is required text")
        for key in ("how", "detail", "region"):
            if not isinstance(entry.get(key, ""), str):
                raise ContentError(source, f"{where}.{key}", "must be text")
        placeholder = entry.get("placeholder", False)
        if not isinstance(placeholder, bool):
            raise ContentError(source, f"{where}.placeholder", "must be true or false")
        if not placeholder and not str(entry.get("how", "")).strip():
            raise ContentError(source, f"{where}.how", "says how to reach them; it is required")
        cid = entry["id"].strip()
        if any(c.id == cid for c in contacts):
            raise ContentError(source, f"{where}.id", f"'{cid}' is used twice")
        contacts.append(
            Contact(
                id=cid,
                name=entry["name"].strip(),
                how=str(entry.get("how", "")).strip(),
                detail=str(entry.get("detail", "")).strip(),
                region=str(entry.get("region", "")).strip(),
                sources=tuple(str(s) for s in entry.get("sources", [])),
                placeholder=placeholder,
            )
        )
    return SupportInfo(
        texts["disclaimer"],
        texts["feels_worse"],
        texts["emergency"],
        tuple(contacts),
        tuple(str(s) for s in data.get("sources", [])),
    )


def _clip(value: object) -> str | None:
    return value.strip()[:MAX_FIELD] if isinstance(value, str) else None


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _added(raw: object) -> Contact | None:
    if not isinstance(raw, Mapping):
        return None
    cid, name = _clip(raw.get("id")), _clip(raw.get("name"))
    if not cid or not name:
        return None
    return Contact(
        id=cid,
        name=name,
        how=_clip(raw.get("how")) or "",
        detail=_clip(raw.get("detail")) or "",
        region=_clip(raw.get("region")) or "",
        custom=True,
    )
