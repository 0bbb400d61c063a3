"""Log records: every field validated wherever it comes from; CSV and JSON rows round-trip."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from mindful_clinic.core.log.exchange import (
    export_csv,
    export_json,
    guess_format,
    parse_import,
)
from mindful_clinic.core.log.outcome import PracticeOutcome
from mindful_clinic.core.log.records import (
    CSV_COLUMNS,
    RecordError,
    check_rating,
    from_csv_row,
    from_document,
    rating_from_text,
    record_from_outcome,
    to_csv_row,
    to_document,
)
from tests.log_fakes import ID, make


@pytest.mark.parametrize("value", [11, -1, 7.0, 7.5, True, False, "7", [7]])
def test_ratings_outside_whole_0_to_10_are_refused(value: object) -> None:
    with pytest.raises(RecordError) as err:
        make(stress_before=value)
    assert err.value.field == "stress_before"
    with pytest.raises(RecordError, match="stress_after"):
        make(stress_after=value)


@pytest.mark.parametrize("value", [0, 5, 10, None])
def test_ratings_0_to_10_or_none_are_kept(value: int | None) -> None:
    assert make(stress_before=value).stress_before == value
    assert check_rating(value) == value


def test_message_names_field_and_value() -> None:
    with pytest.raises(RecordError) as err:
        make(stress_after=11)
    assert str(err.value) == "stress_after: must be from 0 to 10, got 11"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "not-a-uuid"}, "id"),
        ({"started_at": "2026-03-02T09:15:00"}, "started_at"),  # no UTC offset
        ({"ended_at": "2026-03-02T09:00:00+01:00"}, "ended_at"),  # before the start
        ({"ended_at": "yesterday"}, "ended_at"),
        ({"practice_id": " "}, "practice_id"),
        ({"planned_s": 12.5}, "planned_s"),
        ({"actual_s": -1}, "actual_s"),
        ({"completed": "true"}, "completed"),
        ({"mode": "team"}, "mode"),
        ({"note": "x" * 1001}, "note"),
        ({"tempo": 0.0}, "tempo"),
        ({"scale_id": "mood"}, "scale_id"),
    ],
)
def test_other_fields_are_validated(changes: dict[str, object], field: str) -> None:
    with pytest.raises(RecordError) as err:
        make(**changes)
    assert err.value.field == field


def test_uuid_and_timestamps_are_stored_in_their_usual_form() -> None:
    record = make(id=ID.upper().replace("-", ""), started_at="20260302T091500+0100")
    assert record.id == ID
    assert record.started_at == "2026-03-02T09:15:00+01:00"
    assert record.month == "2026-03"
    assert record.change == -3
    assert make(stress_after=None).change is None


def test_document_round_trip_and_strictness() -> None:
    record = make(note='ok, "quoted"\nsecond line', tempo=1.25, variant="holds_off")
    doc = to_document(record)
    assert list(doc)[:12] == list(CSV_COLUMNS)
    assert from_document(json.loads(json.dumps(doc))) == record
    minimal = {k: doc[k] for k in list(CSV_COLUMNS)[:8]}
    assert from_document(minimal).scale_id == "stress_nrs11"
    with pytest.raises(RecordError, match="colour"):
        from_document({**doc, "colour": "blue"})
    with pytest.raises(RecordError, match="completed: is missing"):
        from_document({k: v for k, v in doc.items() if k != "completed"})
    with pytest.raises(RecordError, match="stress_before"):
        from_document({**doc, "stress_before": True})
    with pytest.raises(RecordError, match="JSON object"):
        from_document([1, 2])


def test_csv_row_round_trip() -> None:
    record = make(stress_after=None, note='a "note", with commas', completed=False, actual_s=75)
    row = to_csv_row(record)
    assert row[7] == "false" and row[8] == "7" and row[9] == ""
    assert from_csv_row(dict(zip(CSV_COLUMNS, row, strict=True))) == replace(
        record, app_version="0.1.0"
    )


@pytest.mark.parametrize("text", ["7.0", "eleven", "11", "-1", "٧", "1e1"])
def test_rating_text_is_refused(text: str) -> None:
    with pytest.raises(RecordError):
        rating_from_text(text, "stress_before")


def test_rating_text_accepts_digits_and_empty() -> None:
    assert rating_from_text(" 10 ") == 10
    assert rating_from_text("") is None


def test_export_csv_is_rfc4180_with_exact_header() -> None:
    text = export_csv([make(note='He said "hi", then left\nnext line')])
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1][10] == 'He said "hi", then left\nnext line'
    assert '"He said ""hi"", then left\nnext line"' in text


def test_export_then_import_round_trips_both_formats() -> None:
    records = [make(), make(id="0b5e6a0e-7f7c-4c57-9d57-0d5b0c8b1f11", stress_before=None)]
    for text in (export_csv(records), export_json(records)):
        parsed = parse_import(text)
        assert parsed.ok
        assert [r.id for r in parsed.records] == [r.id for r in records]
    assert guess_format(export_json(records)) == "json"
    assert guess_format(export_csv(records)) == "csv"


def test_import_reports_every_bad_row_by_number() -> None:
    good = to_csv_row(make())
    bad_rating = [*good[:8], "11", *good[9:]]
    bad_rating[0] = "0b5e6a0e-7f7c-4c57-9d57-0d5b0c8b1f11"
    bad_bool = [*good[:7], "yes", *good[8:]]
    bad_bool[0] = "9c1d7e55-3a0b-4f7e-8a51-6b2d3c4e5f60"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([CSV_COLUMNS, good, bad_rating, bad_bool, good])
    parsed = parse_import(out.getvalue())
    assert not parsed.ok
    assert [(p.row, p.line) for p in parsed.problems[:2]] == [(2, 3), (3, 4)]
    assert "stress_before: must be from 0 to 10, got 11" in str(parsed.problems[0])
    assert "completed" in str(parsed.problems[1])
    assert "already appears in row 1" in str(parsed.problems[2])


def test_import_file_level_problems() -> None:
    assert parse_import("").file_problem == "the file is empty"
    assert "no column 'ended_at'" in (parse_import("id,started_at\n").file_problem or "")
    assert "not valid JSON" in (parse_import("{nope").file_problem or "")
    assert "records" in (parse_import('{"x": 1}').file_problem or "")
    json_bad = parse_import(json.dumps([to_document(make()), {"id": ID}]))
    assert [p.row for p in json_bad.problems] == [2]


def test_record_from_a_stopped_practice() -> None:
    start = datetime(2026, 3, 2, 9, 15, tzinfo=timezone(timedelta(hours=1)))
    outcome = PracticeOutcome(
        practice_id="box_4444",
        practice_title="Box breathing",
        started_at=start,
        ended_at=start + timedelta(seconds=95.4),
        planned_s=176.0,
        actual_s=95.4,
        completed=False,
        variant="holds_off",
        tempo=0.9,
        stress_before=6,
        stress_after=None,
        note="",
    )
    record = record_from_outcome(outcome)
    assert (record.planned_s, record.actual_s, record.completed) == (176, 95, False)
    assert record.started_at == "2026-03-02T09:15:00+01:00"
    assert record.ended_at == "2026-03-02T09:16:35+01:00"
    assert (record.variant, record.tempo, record.mode) == ("holds_off", 0.9, "solo")
    outcome.stress_after = 12
    with pytest.raises(RecordError, match="stress_after"):
        record_from_outcome(outcome)
    outcome.stress_after = 3
    outcome.started_at = datetime(2026, 3, 2, 9, 15)  # naive: refused
    with pytest.raises(RecordError):
        record_from_outcome(outcome)
