"""One practice-log record, validated wherever it comes from (the app, the disk, an import file).

A record is what one practice amounted to: when, which practice, how long, and the stress ratings
before and after (content-spec §4.2, Stress NRS-11 by default). Ratings are whole numbers 0-10 or
missing; anything else (11, -1, 7.5, True, "7") is refused with a message naming the field,
because a single bad value would silently distort every figure the insights screen shows.

The same rules serve three shapes: ``LogRecord`` in memory, a JSON/TinyDB document (every field),
and a CSV row (the twelve columns the issue fixes; the rest take their defaults on import).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from itertools import repeat
from operator import eq, itemgetter
from typing import Any

from mindful_clinic import __version__

SCALE_ID = "stress_nrs11"
SCALES = ("stress_nrs11", "vas100", "suds10")
MODES = ("solo", "group")
RATING_MIN, RATING_MAX = 0, 10
NOTE_MAX = 1000
"""Characters. A short note is what is asked for; a page of text belongs somewhere safer."""
DURATION_MAX_S = 24 * 3600

CSV_COLUMNS = (
    "id",
    "started_at",
    "ended_at",
    "practice_id",
    "practice_title",
    "planned_s",
    "actual_s",
    "completed",
    "stress_before",
    "stress_after",
    "note",
    "mode",
)


class RecordError(ValueError):
    """A field that cannot be stored, with a message a user can act on."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One practice. Construction validates every field, so an invalid record cannot exist."""

    id: str
    started_at: str
    ended_at: str
    practice_id: str
    practice_title: str
    planned_s: int
    actual_s: int
    completed: bool
    stress_before: int | None = None
    stress_after: int | None = None
    note: str = ""
    mode: str = "solo"
    variant: str = ""
    tempo: float | None = None
    scale_id: str = SCALE_ID
    app_version: str = __version__

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not (type(self.id) is str and _CANONICAL_UUID.fullmatch(self.id)):
            set_(self, "id", check_id(self.id))
        start = parse_timestamp(self.started_at, "started_at")
        end = parse_timestamp(self.ended_at, "ended_at")
        if end < start:
            raise RecordError("ended_at", "is before started_at")
        if not _CANONICAL_TIME.match(self.started_at):  # e.g. basic format: store the usual form
            set_(self, "started_at", start.isoformat())
        if not _CANONICAL_TIME.match(self.ended_at):
            set_(self, "ended_at", end.isoformat())
        _check_text(self.practice_id, "practice_id", empty_ok=False, max_len=200)
        _check_text(self.practice_title, "practice_title", empty_ok=True, max_len=200)
        check_duration(self.planned_s, "planned_s")
        check_duration(self.actual_s, "actual_s")
        if type(self.completed) is not bool:
            raise RecordError("completed", f"must be true or false, got {self.completed!r}")
        check_rating(self.stress_before, "stress_before")
        check_rating(self.stress_after, "stress_after")
        check_note(self.note)
        if self.mode not in MODES:
            raise RecordError("mode", f"must be 'solo' or 'group', got {self.mode!r}")
        _check_text(self.variant, "variant", empty_ok=True, max_len=100)
        if self.tempo is not None:
            if type(self.tempo) not in (int, float) or not 0.1 <= self.tempo <= 10:
                raise RecordError("tempo", f"must be a number from 0.1 to 10, got {self.tempo!r}")
            set_(self, "tempo", float(self.tempo))
        if self.scale_id not in SCALES:
            raise RecordError(
                "scale_id", f"must be one of {', '.join(SCALES)}, got {self.scale_id!r}"
            )
        _check_text(self.app_version, "app_version", empty_ok=True, max_len=50)

    @property
    def change(self) -> int | None:
        """After minus before; negative means less stress. None unless both ratings were given."""
        if self.stress_before is None or self.stress_after is None:
            return None
        return self.stress_after - self.stress_before

    @property
    def month(self) -> str:
        """ "YYYY-MM" of the local start time: the storage shard this record lives in."""
        return self.started_at[:7]


FIELD_NAMES = tuple(f.name for f in fields(LogRecord))
REQUIRED_FIELDS = FIELD_NAMES[:8]
_ALL_FIELDS = frozenset(FIELD_NAMES)
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CANONICAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T")
_CANONICAL_IDS = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n)*")
_CANONICAL_TIMES = re.compile(r"(?:\d{4}-\d{2}-\d{2}T[^\n]*\n)*")
"""Many ids or times, each followed by a line break: whole lists checked in one match."""
"""Extended ISO 8601 (what isoformat writes): the first ten characters are the local date."""


# -- field checks (shared with edits in the history screen) ------------------------------------
def check_rating(value: object, field: str = "rating") -> int | None:
    """A stress rating: a whole number 0-10, or None for a skipped rating."""
    if value is None:
        return None
    if type(value) is not int:  # refuses bool, float (even 7.0) and strings
        raise RecordError(field, f"must be a whole number from 0 to 10 or empty, got {value!r}")
    if not RATING_MIN <= value <= RATING_MAX:
        raise RecordError(field, f"must be from 0 to 10, got {value}")
    return value


def check_note(value: object) -> str:
    if not isinstance(value, str):
        raise RecordError("note", f"must be text, got {value!r}")
    if len(value) > NOTE_MAX:
        raise RecordError("note", f"is {len(value)} characters; the most is {NOTE_MAX}")
    _check_encodable(value, "note")
    return value


def _check_encodable(value: str, field: str) -> None:
    """Text that can be saved: a lone surrogate (\\ud800 in a JSON file) cannot be written."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise RecordError(field, "holds a character that is not valid text") from None


def check_duration(value: object, field: str) -> int:
    if type(value) is not int:
        raise RecordError(field, f"must be a whole number of seconds, got {value!r}")
    if not 0 <= value <= DURATION_MAX_S:
        raise RecordError(field, f"must be from 0 to {DURATION_MAX_S} seconds, got {value}")
    return value


def check_id(value: object) -> str:
    if not isinstance(value, str):
        raise RecordError("id", f"must be a UUID, got {value!r}")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise RecordError("id", f"must be a UUID, got {value!r}") from None


def parse_timestamp(value: object, field: str) -> datetime:
    """ISO 8601 with a UTC offset; a time without an offset is ambiguous across clock changes."""
    if not isinstance(value, str):
        raise RecordError(field, f"must be an ISO 8601 date and time, got {value!r}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise RecordError(field, f"is not an ISO 8601 date and time: {value!r}") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise RecordError(field, f"needs a UTC offset such as +01:00, got {value!r}")
    return moment


def _check_text(value: object, field: str, *, empty_ok: bool, max_len: int) -> None:
    if not isinstance(value, str):
        raise RecordError(field, f"must be text, got {value!r}")
    if not empty_ok and not value.strip():
        raise RecordError(field, "must not be empty")
    if len(value) > max_len:
        raise RecordError(field, f"is longer than {max_len} characters")
    _check_encodable(value, field)


# -- building records ----------------------------------------------------------------------------
def new_id() -> str:
    return str(uuid.uuid4())


def timestamp(moment: datetime) -> str:
    """The stored form of a wall time: ISO 8601 to the second, with the offset it was taken in."""
    if moment.tzinfo is None:
        raise RecordError("timestamp", "needs a timezone-aware time")
    return moment.isoformat(timespec="seconds")


def record_from_outcome(outcome: Any, *, record_id: str | None = None) -> LogRecord:
    """The record for a finished (or stopped) practice, from a ``core.outcome.PracticeOutcome``.

    Durations are rounded to whole seconds; a stopped practice keeps its real duration and
    ``completed=False``. Raises RecordError if anything is out of range (a rating of 11, say).
    """
    tempo = getattr(outcome, "tempo", None)
    return LogRecord(
        id=record_id or new_id(),
        started_at=timestamp(outcome.started_at),
        ended_at=timestamp(outcome.ended_at),
        practice_id=outcome.practice_id,
        practice_title=outcome.practice_title,
        planned_s=_whole_seconds(outcome.planned_s, "planned_s"),
        actual_s=_whole_seconds(outcome.actual_s, "actual_s"),
        completed=bool(outcome.completed),
        stress_before=outcome.stress_before,
        stress_after=outcome.stress_after,
        note=outcome.note or "",
        mode=getattr(outcome, "mode", "solo"),
        variant=getattr(outcome, "variant", "") or "",
        tempo=None if tempo is None else float(tempo),
    )


def _whole_seconds(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordError(field, f"must be a number of seconds, got {value!r}")
    return round(value)


# -- JSON / TinyDB documents --------------------------------------------------------------------
def to_document(record: LogRecord) -> dict[str, Any]:
    """Every field, in a stable order; what the store and the JSON export write."""
    return {name: getattr(record, name) for name in FIELD_NAMES}


def from_document(doc: object) -> LogRecord:
    """A record from a JSON object. Missing optional fields take defaults; unknown fields are
    refused (they mean the file is not a practice log, or comes from a newer version)."""
    if type(doc) is dict and doc.keys() == _ALL_FIELDS:  # the usual case, checked quickly
        return LogRecord(**doc)
    if not isinstance(doc, Mapping):
        raise RecordError("record", f"must be a JSON object, got {type(doc).__name__}")
    missing = [name for name in REQUIRED_FIELDS if name not in doc]
    if missing:
        raise RecordError(missing[0], "is missing")
    unknown = sorted(str(k) for k in doc if k not in FIELD_NAMES)
    if unknown:
        raise RecordError(unknown[0], "is not a practice-log field")
    try:
        return LogRecord(**{str(k): v for k, v in doc.items()})
    except TypeError as exc:  # pragma: no cover - guarded by the checks above
        raise RecordError("record", str(exc)) from None


def stored_documents(docs: list[Any]) -> list[dict[str, Any]] | None:
    """``docs`` if every one is already in the stored form (every field, canonical id and times),
    for a file whose every record was validated before: exports then pass them on without
    building records. None if any is not (the caller then reads the file the careful way).
    Checked with whole-list operations, so it costs little beside parsing the file."""
    if not docs:
        return docs
    try:
        if not all(map(eq, repeat(_ALL_FIELDS), map(dict.keys, docs))):
            return None
        if not _CANONICAL_IDS.fullmatch("\n".join(map(itemgetter("id"), docs)) + "\n"):
            return None
        for name in ("started_at", "ended_at"):
            if not _CANONICAL_TIMES.fullmatch("\n".join(map(itemgetter(name), docs)) + "\n"):
                return None
    except TypeError:  # not a JSON object, or a field of the wrong type
        return None
    return docs


def as_stored(doc: dict[str, Any]) -> dict[str, Any]:
    """A stored document with its fields in ``to_document``'s order and form (for JSON)."""
    out = {name: doc[name] for name in FIELD_NAMES}
    if type(out["tempo"]) is int:
        out["tempo"] = float(out["tempo"])
    return out


class _Escaped(dict[str, str]):
    def __missing__(self, key: str) -> str:
        value = self[key] = escape_cell(key)
        return value


_TRUE_FALSE = {True: "true", False: "false"}


def csv_rows_of_documents(docs: Sequence[dict[str, Any]]) -> Iterator[tuple[object, ...]]:
    """``to_csv_row`` of each record the stored documents hold, for ``csv.writer`` (which writes
    None as an empty cell and a whole number as its digits). Only the free-text cells can start
    like a formula (ids, times and numbers are canonical), and they repeat, so each distinct text
    is escaped once. Made one by one as the writer takes them, so no month's rows are held."""
    e = _Escaped()
    return (
        (
            d["id"],
            d["started_at"],
            d["ended_at"],
            e[d["practice_id"]],
            e[d["practice_title"]],
            d["planned_s"],
            d["actual_s"],
            _TRUE_FALSE[d["completed"]],
            d["stress_before"],
            d["stress_after"],
            e[d["note"]],
            e[d["mode"]],
        )
        for d in docs
    )


# -- CSV rows -------------------------------------------------------------------------------------
FORMULA_START = frozenset("=+-@\t\r")
"""A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection")."""
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def escape_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one leading apostrophe before a formula start (plain
    numbers such as -5 excepted), and before an apostrophe that would otherwise be taken for one,
    so ``unescape_cell`` always gives back exactly what was written."""
    first = text[:1]
    if first in FORMULA_START and first and not _NUMBER.fullmatch(text):
        return "'" + text
    if first == "'" and (text[1:2] in FORMULA_START or text[1:2] == "'") and text[1:2]:
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """The inverse of ``escape_cell``: an apostrophe before a formula start or another apostrophe
    is removed (the usual way of writing text in a spreadsheet)."""
    if text[:1] == "'" and text[1:2] and (text[1:2] in FORMULA_START or text[1:2] == "'"):
        return text[1:]
    return text


def to_csv_row(record: LogRecord) -> list[str]:
    """The twelve CSV cells: ``completed`` as true/false, an empty cell for a skipped rating;
    every cell safe to open in a spreadsheet (``escape_cell``)."""
    return [escape_cell(cell) for cell in _plain_cells(record)]


def _plain_cells(record: LogRecord) -> list[str]:
    return [
        record.id,
        record.started_at,
        record.ended_at,
        record.practice_id,
        record.practice_title,
        str(record.planned_s),
        str(record.actual_s),
        "true" if record.completed else "false",
        "" if record.stress_before is None else str(record.stress_before),
        "" if record.stress_after is None else str(record.stress_after),
        record.note,
        record.mode,
    ]


def from_csv_row(row: Mapping[str, str | None]) -> LogRecord:
    """A record from one CSV row keyed by column name (as ``csv.DictReader`` gives)."""
    missing = [name for name in CSV_COLUMNS if row.get(name) is None]
    if missing:
        raise RecordError(missing[0], "column is missing from this row")
    cell = {name: unescape_cell(str(row[name])) for name in CSV_COLUMNS}
    return LogRecord(
        id=cell["id"].strip(),
        started_at=cell["started_at"].strip(),
        ended_at=cell["ended_at"].strip(),
        practice_id=cell["practice_id"].strip(),
        practice_title=cell["practice_title"],
        planned_s=_int_cell(cell["planned_s"], "planned_s"),
        actual_s=_int_cell(cell["actual_s"], "actual_s"),
        completed=_bool_cell(cell["completed"]),
        stress_before=rating_from_text(cell["stress_before"], "stress_before"),
        stress_after=rating_from_text(cell["stress_after"], "stress_after"),
        note=cell["note"],
        mode=cell["mode"].strip() or "solo",
    )


def rating_from_text(text: str, field: str = "rating") -> int | None:
    """A rating typed or read from a file: empty for none, else digits only ("7", not "7.0")."""
    value = text.strip()
    if not value:
        return None
    number = _whole(value[1:] if value.startswith("-") else value)
    if number is None:
        raise RecordError(field, f"must be a whole number from 0 to 10 or empty, got {text!r:.40}")
    return check_rating(-number if value.startswith("-") else number, field)


def _int_cell(text: str, field: str) -> int:
    number = _whole(text.strip())
    if number is None:
        raise RecordError(field, f"must be a whole number of seconds, got {text!r:.40}")
    return check_duration(number, field)


def _whole(digits: str) -> int | None:
    """ASCII digits as a number ("²" passes isdigit() but int() refuses it); ten digits at most, so
    a damaged cell is "out of range", never past int()'s 4,300-digit limit (a ValueError)."""
    ok = 1 <= len(digits) <= 10 and digits.isascii() and digits.isdigit()
    return int(digits) if ok else None


def _bool_cell(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "false"):
        return value == "true"
    raise RecordError("completed", f"must be true or false, got {text!r}")


KEEP: Any = object()
"""An edit's "leave this field as it is" (None already means "no rating")."""


def requested_changes(**fields: Any) -> dict[str, Any]:
    """The fields an edit asks to change: every one not left as ``KEEP``. Shared by the log, the
    synced log and the command line, so "no change" means the same everywhere."""
    return {name: value for name, value in fields.items() if value is not KEEP}
