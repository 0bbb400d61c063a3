"""``mindful-clinic selfcheck`` and ``reflect``, and ``log summary --reflections``: the contracts of
issue #19, item 8."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mindful_clinic.cli import main

KEYS = ["date", "who5_raw", "who5_percent", "burnout_item", "band", "signpost"]


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def test_a_new_data_folder_lists_no_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selfcheck", "list", "--json"]) == 0
    assert json.loads(out(capsys)) == []
    assert main(["reflect", "list", "--json"]) == 0
    assert json.loads(out(capsys)) == []


def test_add_prints_score_band_and_the_support_message_when_due(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["selfcheck", "add", "--who5", "1,1,2,1,2", "--burnout", "3"]) == 0
    text = out(capsys)
    assert "WHO-5: 7 of 25 (28 %)" in text
    assert "Very low well-being" in text
    assert "not a diagnosis" in text
    assert "you don't have to manage that alone" in text
    assert "Samaritans" in text
    assert main(["selfcheck", "add", "--who5", "4,4,4,4,4", "--burnout", "2"]) == 0
    assert "alone" not in out(capsys)


def test_add_json_and_list_oldest_first_with_the_two_in_a_row_rule(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["selfcheck", "add", "--who5", "3,3,3,3,3", "--burnout", "4", "--json"]
    assert main([*args, "--date", "2026-03-16"]) == 0
    later = json.loads(out(capsys))
    assert list(later) == KEYS
    assert later == {
        "date": "2026-03-16", "who5_raw": 15, "who5_percent": 60, "burnout_item": 4,
        "band": "good", "signpost": False,
    }  # fmt: skip
    assert main([*args, "--date", "2026-03-30"]) == 0
    assert json.loads(out(capsys))["signpost"] is True
    assert main([*args[:-1], "--date", "2026-03-02"]) == 0
    out(capsys)
    assert main(["selfcheck", "list", "--json"]) == 0
    rows = json.loads(out(capsys))
    assert [r["date"] for r in rows] == ["2026-03-02", "2026-03-16", "2026-03-30"]
    assert [r["signpost"] for r in rows] == [False, True, True]


@pytest.mark.parametrize(
    "argv",
    [
        ["selfcheck", "add", "--who5", "1,2,3,4", "--burnout", "3"],
        ["selfcheck", "add", "--who5", "1,2,3,4,6", "--burnout", "3"],
        ["selfcheck", "add", "--who5", "1,2,3,4,5", "--burnout", "0"],
        ["selfcheck", "add", "--who5", "1,2,3,4,5"],
        ["selfcheck", "add", "--who5", "1,2,3,4,5", "--burnout", "3", "--date", "2026-02-30"],
        ["reflect", "add", "A note", "--kind", "wins"],
        ["reflect", "add", "   ", "--kind", "win"],
        ["reflect", "add", "A note"],
        ["reflect", "add", "A note", "--kind", "win", "--date", "yesterday"],
    ],
)
def test_invalid_input_is_one_line_exit_2_and_nothing_written(
    argv: list[str], capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert not (data_dir / "selfchecks.json").exists()
    assert not (data_dir / "reflections.json").exists()


def run(argv: list[str]) -> int:
    """The exit status, whether main returns it or argparse exits with it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def test_reflect_add_list_and_the_summary_only_with_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["reflect", "add", "Stayed calm with a tearful parent", "--kind", "win",
                 "--date", "2026-03-03"]) == 0  # fmt: skip
    assert main(["reflect", "add", "Check the ending time", "--kind", "learned",
                 "--date", "2026-03-01"]) == 0  # fmt: skip
    out(capsys)
    assert main(["reflect", "list", "--json"]) == 0
    rows = json.loads(out(capsys))
    assert [list(r) for r in rows] == [["id", "date", "kind", "text"]] * 2
    assert [r["kind"] for r in rows] == ["learned", "win"]
    assert main(["log", "summary"]) == 0
    assert "tearful" not in out(capsys)
    assert main(["log", "summary", "--reflections"]) == 0
    text = out(capsys)
    assert "tearful" in text and "ending time" in text
    assert main(["log", "summary", "--reflections", "learned"]) == 0
    text = out(capsys)
    assert "tearful" not in text and "ending time" in text


def test_the_new_practices_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practices", "--json"]) == 0
    ids = {e["id"] for e in json.loads(out(capsys))}
    assert {
        "after_hard_appointment", "quiet_rest", "end_of_shift", "thoughts_not_facts",
        "worry_time", "in_my_control", "the_pause",
    } <= ids  # fmt: skip


def test_summary_includes_the_self_check_trend_only_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["selfcheck", "add", "--who5", "3,3,3,3,3", "--burnout", "2",
                 "--date", "2026-03-02"]) == 0  # fmt: skip
    out(capsys)
    assert main(["log", "summary"]) == 0
    assert "Self-check" not in out(capsys)
    assert main(["log", "summary", "--selfchecks"]) == 0
    text = out(capsys)
    assert "02/03/2026  WHO-5 15/25 (60 %); burnout item 2/5" in text
    assert "alone" not in text  # scores and dates only


def test_log_summary_json_includes_reflections_only_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["reflect", "add", "Stayed with a hard silence", "--kind", "win"]) == 0
    assert main(["reflect", "add", "Ask for supervision sooner", "--kind", "learned"]) == 0
    capsys.readouterr()
    assert main(["log", "summary", "--json"]) == 0
    assert "reflections" not in json.loads(capsys.readouterr().out)
    assert main(["log", "summary", "--json", "--reflections", "win"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in figures["reflections"]] == ["Stayed with a hard silence"]
    assert figures["practices"] == 0  # the contract's keys are all still there


@pytest.mark.parametrize(
    "argv",
    [
        ["selfcheck", "list"],
        ["selfcheck", "add", "--who5", "3,3,3,3,3", "--burnout", "2"],
        ["reflect", "list", "--json"],
        ["reflect", "add", "Stayed with a hard silence", "--kind", "win"],
        ["log", "summary", "--reflections", "--selfchecks"],
        ["practices"],
        ["practices", "--show", "box_4444"],
    ],
)
def test_a_damaged_settings_file_is_said_once_as_by_the_other_commands(
    argv: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text("{not json")
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert err.count("settings file could not be read") == 1, err
    kept = list(data_dir.glob("settings.damaged-*.json"))
    assert len(kept) == 1 and str(kept[0]) in err
