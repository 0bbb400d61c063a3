"""Hostile import files: a reason and exit 2, never a traceback, and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.core.log.records import to_document
from tests.log_fakes import make, user_log


def hostile_files() -> dict[str, str]:
    good = to_document(make())
    surrogate = json.dumps({**good, "note": "PLACEHOLDER"}).replace("PLACEHOLDER", "\\ud800")
    return {
        "nested.json": "[" * 1000 + "]" * 1000,
        "nested_record.json": json.dumps([{**good, "note": None}]).replace(
            "null", "[" * 990 + "]" * 990
        ),
        "surrogate.json": f"[{surrogate}]",
        "digits.json": json.dumps([good]).replace('"planned_s": 180', '"planned_s": ' + "7" * 5000),
        "digits.csv": "id,started_at\n" + "1" * 5000 + ",x\n",
        "binary.csv": "\x00\x01\x02",
    }


@pytest.mark.parametrize("name", list(hostile_files()))
def test_a_hostile_import_is_refused_with_a_reason(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(hostile_files()[name], encoding="utf-8")
    user_log().close()
    assert main(["log", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert all(line.startswith((str(path), "mindful-clinic:")) for line in err.splitlines())
    assert len(user_log()) == 0
