"""Which version of a record wins when several computers changed it.

Every computer writes only its own files. A record first appears in the month file of the computer
that saved it; an edit or a deletion made anywhere is written by the editing computer as a new
*version*: the record as it now stands, or a tombstone (``doc`` is None), stamped with the edit
time (UTC) and the editing device's id. On every computer the version with the greatest
``(edited_at, device)`` wins, so all of them agree whatever order the files arrived in; two edits at
the very same microsecond are settled by the device id, the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class Version:
    record_id: str
    edited_at: str
    """UTC, ISO 8601 with microseconds ("2026-03-01T09:15:00.000000+00:00"): sorts as text."""
    device: str
    doc: Mapping[str, Any] | None
    """The record as a document, or None for a deletion."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.edited_at, self.device)

    @property
    def deleted(self) -> bool:
        return self.doc is None

    def to_json(self) -> dict[str, Any]:
        return {"at": self.edited_at, "device": self.device, "record": self.doc}

    @staticmethod
    def from_json(record_id: str, data: object) -> Version:
        """ValueError if ``data`` is not a version as written by ``to_json``."""
        if not isinstance(data, dict):
            raise ValueError("a version must be an object")
        at, device, doc = data.get("at"), data.get("device"), data.get("record")
        if not isinstance(at, str) or not isinstance(device, str) or not device:
            raise ValueError("a version needs a time and a device")
        try:  # kept as sortable UTC text: versions are compared as text, and another zone's
            when = parse_stamp(at)  # offset, or no microseconds, would sort wrongly
            at, _ = stamp(when), when + timedelta(days=1)  # a later edit can still follow it
        except OverflowError:
            raise ValueError("a version's time is out of range") from None
        if doc is not None and not isinstance(doc, dict):
            raise ValueError("a version's record must be an object or null")
        return Version(record_id, at, device, doc)


def stamp(when: datetime) -> str:
    """The edit time as sortable UTC text; a time without zone is taken as this computer's."""
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def parse_stamp(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError("an edit time must carry its zone")
    return when


def next_stamp(now: datetime, current: Version | None) -> str:
    """The time for a new edit: now, but always after the version it replaces, so an edit made
    on a computer whose clock runs behind still wins over what that computer was shown."""
    text = stamp(now)
    if current is not None and text <= current.edited_at:
        text = stamp(parse_stamp(current.edited_at) + timedelta(microseconds=1))
    return text


def winners(versions: Iterable[Version]) -> dict[str, Version]:
    """The winning version of each record id."""
    best: dict[str, Version] = {}
    for v in versions:
        seen = best.get(v.record_id)
        if seen is None or v.key > seen.key:
            best[v.record_id] = v
    return best
