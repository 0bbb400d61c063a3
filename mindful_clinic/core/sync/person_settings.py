"""Which settings follow the person to every computer, and which stay on one machine (issue #20).

With a synced folder, the settings file is split in two:

- **What follows the person** (kept as items of ``devices/<id>/settings.json`` in the synced folder,
  latest edit wins, like favourites): reminder rules (one item per rule, by its id), working hours,
  quiet hours and the other reminder settings; the debrief rule; the self-check schedule and the
  reflection prompts' state; language; theme, motion and practice defaults; the words, voice
  choices and support contacts the person set.
- **What stays on this computer** (``settings.json`` in the data folder, as before): calendar file
  paths, the pause or "in session" state, sound output and volumes, the voice installed here,
  window size and what closing the window does, and anything not named below.

Each person setting is one item, named ``section/key`` (a rule: ``reminders/settings/rules/<id>``),
holding ``{"value": ...}`` (a rule also its place in the list, ``"pos"``), so two computers that
change different settings never undo each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ALL = "*"
PERSON: dict[tuple[str, ...], tuple[str, ...]] = {
    ("reminders", "settings"): (ALL,),
    ("app",): ("theme", "reduced_motion", "checkins", "announce_phases", "choices"),
    ("debrief",): (ALL,),
    ("reflect",): (ALL,),
    ("i18n",): (ALL,),
    ("support",): (ALL,),
    ("guided",): (ALL,),
}
"""Where person settings are: a path to an object in the settings file -> its keys (ALL: every
key). Favourites are kept in their own personal file (services/sync/follow.py)."""
BY_ID: dict[tuple[str, ...], str] = {("reminders", "settings", "rules"): "id"}
"""Lists whose entries are items of their own, by this key: two computers may add a rule each."""


def _is_person(path: tuple[str, ...], key: str) -> bool:
    keys = PERSON.get(path)
    return keys is not None and (ALL in keys or key in keys)


def _get(section: Mapping[str, Any], inner: tuple[str, ...]) -> Mapping[str, Any] | None:
    node: Any = section
    for part in inner:
        node = node.get(part) if isinstance(node, Mapping) else None
    return node if isinstance(node, Mapping) else None


def split(
    name: str, section: Mapping[str, Any]
) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """One section as (person items by name, the section without them)."""
    items: dict[str, dict[str, Any]] = {}
    rest: dict[str, Any] = dict(section)
    for path in PERSON:
        if path[0] != name:
            continue
        inner = path[1:]
        node = _get(section, inner)
        if node is None:
            continue
        kept = {k: v for k, v in node.items() if not _is_person(path, k)}
        for key, value in node.items():
            if not _is_person(path, key):
                continue
            full = (*path, key)
            id_key = BY_ID.get(full)
            if id_key is not None and isinstance(value, list):
                for pos, entry in enumerate(value):
                    if isinstance(entry, Mapping) and isinstance(entry.get(id_key), str):
                        items[f"{'/'.join(full)}/{entry[id_key]}"] = {"value": entry, "pos": pos}
                items["/".join(full)] = {"value": "by id"}  # the list itself exists (maybe empty)
            else:
                items["/".join(full)] = {"value": value}
        rest = _put(rest, inner, kept) if inner else kept
    return items, rest


def _put(section: dict[str, Any], inner: tuple[str, ...], value: dict[str, Any]) -> dict[str, Any]:
    out = dict(section)
    if len(inner) == 1:
        if value:
            out[inner[0]] = value
        else:
            out.pop(inner[0], None)
        return out
    child = out.get(inner[0])
    out[inner[0]] = _put(dict(child) if isinstance(child, Mapping) else {}, inner[1:], value)
    return out


def join(
    name: str, local: Mapping[str, Any], items: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """The section as the app sees it: what stays on this computer from ``local``, and every
    person setting from ``items`` only (a stale local copy of one never comes back)."""
    _, out = split(name, local)
    for path in PERSON:
        if path[0] != name:
            continue
        prefix = "/".join(path) + "/"
        node: dict[str, Any] = {}
        lists: dict[str, list[tuple[int, str, Any]]] = {}
        for item_name, doc in items.items():
            if not item_name.startswith(prefix):
                continue
            parts = item_name[len(prefix) :].split("/")
            key = parts[0]
            if len(parts) == 2 and (*path, key) in BY_ID:
                pos = doc.get("pos")
                lists.setdefault(key, []).append(
                    (pos if isinstance(pos, int) else 0, parts[1], doc.get("value"))
                )
            elif len(parts) == 1 and "value" in doc:
                node[key] = doc["value"]
        for key in [k for k in node if (*path, k) in BY_ID]:
            node[key] = []
        for key, entries in lists.items():
            node[key] = [value for _pos, _id, value in sorted(entries, key=lambda e: e[:2])]
        if not node:
            continue
        inner = path[1:]
        if not inner:
            out.update(node)
        else:
            old = _get(out, inner) or {}
            out = _put(out, inner, {**old, **node})
    return out


def sections() -> tuple[str, ...]:
    """The sections that hold person settings."""
    return tuple(dict.fromkeys(path[0] for path in PERSON))


def owned_by(name: str, item_name: str) -> bool:
    """Whether the item belongs to section ``name``."""
    return item_name.split("/", 1)[0] == name
