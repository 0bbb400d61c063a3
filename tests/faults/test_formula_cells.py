"""Exports are safe to open in a spreadsheet and import back exactly (OWASP "CSV Injection")."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.log.exchange import export_csv, parse_import
from mindful_clinic.core.log.records import escape_cell, new_id, unescape_cell
from mindful_clinic.services.storage.atomic import SafeFiles
from tests.log_fakes import make, user_log

NOTES = [
    '=HYPERLINK("http://x","click")',
    "+1 after lunch",
    "-calmer than before",
    "@team huddle",
    "\tindented",
    "\rcarriage",
    "'=already quoted by hand",
    "''two apostrophes",
    "'just an apostrophe",
    "'",
    "-5",
    "+3.5",
    "1e3",
    "plain words",
    "",
]


@pytest.mark.parametrize("note", NOTES)
def test_escaping_is_exactly_undone(note: str) -> None:
    assert unescape_cell(escape_cell(note)) == note


def test_no_exported_cell_starts_a_formula() -> None:
    records = [make(id=new_id(), note=n) for n in NOTES if n]
    text = export_csv(records)
    for row in list(csv.reader(io.StringIO(text, newline="")))[1:]:
        for cell in row:
            number = cell.lstrip("+-").replace(".", "", 1).replace("e", "", 1).isdigit()
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r") or number, cell
    assert "'=HYPERLINK" in text
    assert ",-5," in text or ",-5\r\n" in text  # a plain number stays a number


def test_export_then_import_gives_back_the_same_words(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = user_log()
    originals = [
        make(id=new_id(), note=n, practice_title="=SUM(A1:A9)" if i == 0 else "Box")
        for i, n in enumerate(NOTES)
    ]
    store.import_records(originals)
    out = tmp_path / "log.csv"
    assert main(["log", "export", "-o", str(out)]) == 0
    monkeypatch.setenv("MINDFUL_CLINIC_DATA_DIR", str(tmp_path / "elsewhere"))
    assert main(["log", "import", str(out)]) == 0
    back = {r.id: r for r in user_log().all()}
    for record in originals:
        assert back[record.id].note == record.note
        assert back[record.id].practice_title == record.practice_title
    assert parse_import(out.read_text(encoding="utf-8")).ok


def test_the_pdf_summary_is_private_from_its_first_byte(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    from PySide6.QtWidgets import QWidget

    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.ui.log.actions import LogActions

    store = user_log()
    store.add(make(note="=1+1"))
    window = QWidget()
    qtbot.addWidget(window)
    actions = LogActions(store, ManualClock(), window, SafeFiles())
    old = os.umask(0o022)
    try:
        target = tmp_path / "summary.pdf"
        actions.write_summary_pdf(target)
    finally:
        os.umask(old)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
