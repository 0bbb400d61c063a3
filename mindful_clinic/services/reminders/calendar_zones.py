"""A calendar file's own time zones: ``X-WR-TIMEZONE`` and its VTIMEZONE components.

icalendar places a time when it parses the event that holds it: a TZID that is an IANA or Windows
zone name is placed in that zone; any other TZID only by a VTIMEZONE icalendar has already read
(it keeps each one it reads), and is otherwise read as floating time. So one broken VTIMEZONE must
not take the whole file with it: it is left out and said, like a bad event, and the events that
name it keep their times when its TZID is a zone name icalendar knows (the zone the file meant to
describe); otherwise they cannot be placed and are left out and counted, and every other event
counts.

Cost: the zones are found in the one pass that cuts the file into events; a zone is read only when
an event first names its TZID, and only the first zone of each TZID (icalendar, too, keeps the
first), so a file of 50,000 VTIMEZONEs that no event names costs one short search per zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from mindful_clinic.core.time.zones import zone_named

TIMED = frozenset(("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE"))
"""The properties of an event that hold times, each of which may name a TZID."""

_EVENT_BEGIN = re.compile(rb"^BEGIN:VEVENT\b", re.M | re.I)
_X_WR_TZ = re.compile(rb"^X-WR-TIMEZONE:([^\r\n]*)", re.M | re.I)
_TZID = re.compile(rb"^TZID(?:;[^:\r\n]*)?:((?:[^\r\n]|\r?\n[ \t]){1,512})", re.M | re.I)
"""A zone's own TZID line, folded or not; bounded, so a hostile line costs at most 512 steps."""
_FOLD = re.compile(rb"\r?\n[ \t]")
_ESCAPED = re.compile(r"\\([\\;,:])")


def floating_zone(data: bytes) -> tuple[str, tzinfo] | None:
    """X-WR-TIMEZONE (Google, Apple) places the file's floating times, as the library does."""
    first_event = _EVENT_BEGIN.search(data)
    match = _X_WR_TZ.search(data, 0, first_event.start() if first_event else len(data))
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace").strip()
    try:
        return name, zone_named(name)
    except ValueError:
        return None


def known_zone(tzid: str) -> bool:
    """Whether icalendar places ``tzid`` with no VTIMEZONE: an IANA name ("Europe/London"), a
    Windows one ("GMT Standard Time"), or an IANA name behind a vendor prefix
    ("/mozilla.org/20050126_1/Europe/Berlin")."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    clean = tzid.strip("/")
    parts = clean.split("/")
    names = [clean, WINDOWS_TO_OLSON.get(clean, "")]
    names += ["/".join(parts[n:]) for n in range(1, len(parts))] if tzid.startswith("/") else []
    for name in names:
        try:
            zone_named(name)
        except ValueError:
            continue
        return True
    return False


def zone_names(event: Any) -> set[str]:
    """The TZIDs an event's times name. One walk over its properties (icalendar keeps their names
    in upper case): five ``event.get`` calls cost 4 % of reading a 50,000-event file."""
    names = set()
    for key, prop in event.items():
        if key in TIMED:
            for one in prop if isinstance(prop, list) else (prop,):
                tzid = getattr(one, "params", {}).get("TZID")
                if tzid:
                    names.add(str(tzid))
    return names


@dataclass(frozen=True)
class _Zone:
    start: int
    end: int
    ended: bool
    line: int


class FileZones:
    """The first VTIMEZONE of each TZID in one file, each read when an event first names it.

    ``spans`` are (start, end, ended) in ``data``, in file order; ``ended`` is False for a zone
    cut off by the next zone, the next event or the end of the file. A broken zone's line goes to
    ``left_out`` (shared with the reader, so it comes before the events it costs) and is counted
    in ``said``."""

    def __init__(self, data: bytes, spans: list[tuple[int, int, bool]], left_out: list[str]):
        self.data, self.left_out, self.said = data, left_out, 0
        self._zones: dict[str, _Zone] = {}
        self._unplaced: dict[str, str | None] = {}  # per TZID: why its events cannot be placed
        pos, line = 0, 1
        for start, end, ended in spans:
            match = _TZID.search(data, start, end)
            if match is None:
                continue  # no TZID: no event can name it, so it costs nothing
            tzid = _text(match.group(1)).strip("/")
            if tzid not in self._zones:
                line += data.count(b"\n", pos, start)  # counted on: one pass over the file
                pos = start
                self._zones[tzid] = _Zone(start, end, ended, line)

    def __bool__(self) -> bool:
        return bool(self._zones)

    def check(self, event: Any) -> tuple[str | None, bool]:
        """Why ``event`` cannot be placed (it names a broken zone that is not a known name), or
        None; and whether to parse it again, because a zone of the file's own was first read for
        it just now and icalendar now knows it (the event was parsed before, without it)."""
        problem, again = None, False
        for name in zone_names(event):
            key = name.strip("/")  # as icalendar keys them
            if key not in self._unplaced:
                again = self._read(name, key) or again
            problem = problem or self._unplaced[key]
        return problem, again and problem is None

    def _read(self, name: str, key: str) -> bool:
        import icalendar
        from icalendar.timezone import tzp

        self._unplaced[key] = None
        zone = self._zones.get(key)
        if zone is None:
            return False
        why = None if zone.ended else "it has no END:VTIMEZONE"
        if why is None:
            try:  # to_tz works out its offsets and changes: a zone that parses may still fail
                # Without its line break: icalendar keeps a zone it reads for the events that
                # name it only when the text ends in END:VTIMEZONE itself (a CRLF file's did not,
                # and its events in the file's own zone were read as the user's time).
                read = icalendar.Timezone.from_ical(self.data[zone.start : zone.end].rstrip())
                if not isinstance(read, icalendar.Timezone):
                    raise TypeError(read)
                read.to_tz(tzp, lookup_tzid=False)
            except Exception:  # the library raises many kinds on damaged input
                why = "it could not be read"
        shown = f"the time zone “{name[:60]}” at line {zone.line}: {why}"
        if why is None:
            return not known_zone(name) and tzp.timezone(name) is not None
        if known_zone(name):
            self.left_out.append(f"{shown} (its events are placed by the zone of that name)")
        else:
            self.left_out.append(shown)
            self._unplaced[key] = (
                f"its time zone “{name[:60]}” could not be read, so its times cannot be placed"
            )
        self.said += 1
        return False


def _text(raw: bytes) -> str:
    """A TZID line's value as icalendar reads it: unfolded, unescaped."""
    return _ESCAPED.sub(r"\1", _FOLD.sub(b"", raw).decode("utf-8", "replace")).strip()
