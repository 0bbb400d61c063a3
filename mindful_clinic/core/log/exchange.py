"""Whole export and import files for the practice log: CSV (the issue's twelve columns) and JSON.

Parsing validates every row before anything is written anywhere and reports each bad row by
number with the reason, so ``mindful-clinic log import`` and the window's Import can refuse a file
as a whole (all-or-nothing) and tell the user exactly what to fix.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from mindful_clinic.core.log.records import (
    CSV_COLUMNS,
    LogRecord,
    RecordError,
    from_csv_row,
    from_document,
    to_csv_row,
    to_document,
)

JSON_FORMAT = "mindful-clinic-practice-log"
JSON_VERSION = 2


@dataclass(frozen=True)
class RowProblem:
    row: int
    """1 for the first record (the CSV header is not counted)."""
    reason: str
    line: int | None = None
    """For CSV: the line of the file where the row starts (the header is line 1)."""

    def __str__(self) -> str:
        where = f"row {self.row}" + (f" (line {self.line})" if self.line is not None else "")
        return f"{where}: {self.reason}"


@dataclass
class ParsedImport:
    records: list[LogRecord] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    """The row number of each record in ``records``."""
    problems: list[RowProblem] = field(default_factory=list)
    file_problem: str | None = None
    """Set when the file as a whole cannot be read (not CSV/JSON, wrong columns)."""

    @property
    def ok(self) -> bool:
        return self.file_problem is None and not self.problems


def _record_rows(records: Sequence[LogRecord]) -> Iterable[list[str]]:
    return map(to_csv_row, records)


def export_csv(records: Iterable[LogRecord]) -> str:
    """UTF-8 text with a header row; quoting as RFC 4180 (the csv module, CRLF line ends). A cell
    that a spreadsheet would run as a formula starts with an apostrophe (records.escape_cell);
    ``parse_csv`` removes it again, so an export imports back exactly."""
    return "".join(csv_chunks([list(records)]))


def export_json(records: Iterable[LogRecord]) -> str:
    return "".join(json_chunks([list(records)]))


def csv_chunks(
    months: Iterable[Sequence[Any]],
    rows: Callable[[Sequence[Any]], Iterable[Sequence[object]]] = _record_rows,
) -> Iterator[str]:
    """``export_csv``'s text, one piece per group of records (a month), so a whole log can be
    written to a file without ever holding all of it. ``rows`` gives a group's rows (of stored
    documents: records.csv_rows_of_documents)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for group in months:
        writer.writerows(rows(group))
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


def json_chunks(
    months: Iterable[Sequence[Any]], document: Callable[[Any], Any] = to_document
) -> Iterator[str]:
    """``export_json``'s text (the same characters), one piece per group of records (or of
    stored documents, with ``document`` leaving them as they are)."""
    head = json.dumps({"format": JSON_FORMAT, "schema_version": JSON_VERSION}, indent=2)
    encode = json.JSONEncoder(ensure_ascii=False, indent=2).encode
    first = True
    for group in months:
        if not group:
            continue
        # Each record as json.dumps(..., indent=2) draws it, moved in two levels (no JSON string
        # holds a raw line break, so every "\n" is between lines).
        parts = ["    " + encode(document(r)).replace("\n", "\n    ") for r in group]
        yield (head[:-2] + ',\n  "records": [\n' if first else ",\n") + ",\n".join(parts)
        first = False
    yield (head[:-2] + ',\n  "records": []\n}\n') if first else "\n  ]\n}\n"


def guess_format(text: str) -> str:
    """ "json" if the file starts like JSON, else "csv"."""
    stripped = text.lstrip("\ufeff \t\r\n")
    return "json" if stripped[:1] in ("[", "{") else "csv"


def parse_import(text: str, fmt: str | None = None) -> ParsedImport:
    """Every record of an export file, or every reason it cannot be imported."""
    fmt = fmt or guess_format(text)
    parsed = parse_json(text) if fmt == "json" else parse_csv(text)
    if parsed.file_problem is None:
        _flag_repeated_ids(parsed)
    return parsed


def parse_csv(text: str) -> ParsedImport:
    result = ParsedImport()
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        result.file_problem = f"not a readable CSV file ({exc})"
        return result
    if header is None:
        result.file_problem = "the file is empty"
        return result
    names = [h.strip() for h in header]
    missing = [c for c in CSV_COLUMNS if c not in names]
    if missing:
        result.file_problem = (
            f"the header has no column {missing[0]!r}; expected: {','.join(CSV_COLUMNS)}"
        )
        return result
    row_no = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_no += 1
            result.problems.append(RowProblem(row_no, f"not valid CSV ({exc})", line))
            break
        if not any(c.strip() for c in cells):
            continue  # blank line, e.g. at the end of a hand-edited file
        row_no += 1
        if len(cells) != len(names):
            reason = f"has {len(cells)} cells; the header has {len(names)}"
            result.problems.append(RowProblem(row_no, reason, line))
            continue
        try:
            result.records.append(from_csv_row(dict(zip(names, cells, strict=True))))
            result.rows.append(row_no)
        except RecordError as exc:
            result.problems.append(RowProblem(row_no, str(exc), line))
    return result


def parse_json(text: str) -> ParsedImport:
    result = ParsedImport()
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        result.file_problem = f"not valid JSON ({exc.msg} at line {exc.lineno})"
        return result
    except RecursionError:
        result.file_problem = "not a practice-log export (it is nested far too deeply)"
        return result
    except ValueError as exc:  # an integer of thousands of digits
        result.file_problem = f"not a practice-log export ({exc})"
        return result
    if isinstance(data, dict):
        if data.get("format") not in (None, JSON_FORMAT) or "records" not in data:
            result.file_problem = "not a Mindful Clinic practice-log export (no 'records' list)"
            return result
        data = data["records"]
    if not isinstance(data, list):
        result.file_problem = "expected a list of records"
        return result
    for row_no, doc in enumerate(data, start=1):
        try:
            result.records.append(from_document(doc))
            result.rows.append(row_no)
        except RecordError as exc:
            result.problems.append(RowProblem(row_no, str(exc)))
    return result


def _flag_repeated_ids(parsed: ParsedImport) -> None:
    """The same id twice in one file is a mistake in the file, not a record to skip."""
    seen: dict[str, int] = {}
    for row, record in zip(parsed.rows, parsed.records, strict=True):
        if record.id in seen:
            reason = f"id: {record.id} already appears in row {seen[record.id]}"
            parsed.problems.append(RowProblem(row, reason))
        else:
            seen[record.id] = row
    parsed.problems.sort(key=lambda p: p.row)
