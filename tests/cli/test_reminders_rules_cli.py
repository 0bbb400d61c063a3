"""``mindful-clinic reminders add/list/remove``: the contract, one-line errors with exit 2, nothing saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mindful_clinic.cli import main
from mindful_clinic.services.reminders.store import ReminderStore


def rules(data_dir: Path) -> list[dict[str, object]]:
    return [r.to_dict() for r in ReminderStore.in_folder(data_dir).config.rules]


def test_add_a_fixed_time_rule_list_it_and_remove_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "reminders",
            "add",
            "--at",
            "12:30",
            "--days",
            "mon,wed",
            "--practice",
            "even_5_5",
            "--minutes",
            "3",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.startswith("Added at-1230:")
    assert main(["reminders", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    rule = next(r for r in listed if r["id"] == "at-1230")
    assert rule == {
        "id": "at-1230",
        "kind": "fixed",
        "weekdays": ["mon", "wed"],
        "enabled": True,
        "times": ["12:30"],
        "practice_id": "even_5_5",
        "practice_minutes": 3,
    }
    assert main(["reminders", "list"]) == 0
    assert "at-1230  at 12:30 on mon,wed, suggests even_5_5 (3 min)" in capsys.readouterr().out
    assert main(["reminders", "remove", "at-1230"]) == 0
    assert "at-1230" not in [r["id"] for r in rules(data_dir)]


def test_add_an_interval_rule_with_its_own_hours(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "add", "--every", "45", "--from", "09:00", "--to", "12:00"]) == 0
    rule = next(r for r in rules(data_dir) if r["id"] == "every-45")
    assert rule["window"] == {"start": "09:00", "end": "12:00"}
    assert rule["weekdays"] == ["mon", "tue", "wed", "thu", "fri"]
    assert main(["reminders", "add", "--every", "90"]) == 0  # "every-90" is a default rule's id
    assert "every-90-2" in [r["id"] for r in rules(data_dir)]


@pytest.mark.parametrize(
    "argv",
    [
        ["reminders", "add", "--at", "25:00"],
        ["reminders", "add", "--at", "12:00", "--days", "someday"],
        ["reminders", "add", "--at", "12:00", "--every", "30"],
        ["reminders", "add"],
        ["reminders", "add", "--every", "3"],
        ["reminders", "add", "--every", "thirty"],
        ["reminders", "add", "--every", "30", "--from", "12:00", "--to", "09:00"],
        ["reminders", "add", "--at", "12:00", "--from", "09:00"],
        ["reminders", "add", "--at", "12:00", "--practice", "no_such_practice"],
        ["reminders", "add", "--at", "12:00", "--minutes", "3"],
        ["reminders", "add", "--at", "12:00", "--practice", "even_5_5", "--minutes", "90"],
        ["reminders", "add", "--at", "12:00", "--bogus"],
        ["reminders", "remove", "no-such-rule"],
        ["reminders", "remove"],
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_saved(
    argv: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = rules(data_dir)
    file_before = (
        (data_dir / "settings.json").read_bytes() if (data_dir / "settings.json").exists() else None
    )
    code: int | object
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mindful-clinic: "), err
    assert rules(data_dir) == before
    after = (
        (data_dir / "settings.json").read_bytes() if (data_dir / "settings.json").exists() else None
    )
    assert after == file_before


def test_old_rules_without_the_new_keys_still_load(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(
        json.dumps(
            {
                "reminders": {
                    "version": 1,
                    "settings": {
                        "rules": [
                            {
                                "id": "x",
                                "kind": "interval",
                                "weekdays": ["mon"],
                                "every_minutes": 30,
                            }
                        ]
                    },
                }
            }
        ),
        encoding="utf-8",
    )
    store = ReminderStore.in_folder(data_dir)
    assert store.problem is None
    assert store.config.rules[0].window is None and store.config.rules[0].practice_minutes is None
