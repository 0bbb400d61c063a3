"""The two JSON contracts of issue #14, exactly as written there.

``practices --show ID --json [--length SECONDS] [--choice NAME=VALUE ...]`` and
``log summary --json [--from DATE] [--to DATE]``.
"""

from __future__ import annotations

import itertools
import json
from datetime import datetime

import pytest

from mindful_clinic.cli import main
from tests.log_fakes import CET, at, user_log

STEP_KEYS = {"title", "start_s", "duration_s", "screen", "voice"}


def show(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["practices", "--show", *args, "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_show_json_has_exactly_the_contract_keys_and_steps_that_add_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = show(capsys, "self_compassion_break", "--length", "180")
    assert set(data) == {"id", "title", "category", "length_s", "lengths_s", "steps"}
    assert (data["id"], data["category"]) == ("self_compassion_break", "self_compassion")
    assert data["length_s"] == 180 and data["lengths_s"] == [120, 180, 300]
    steps = data["steps"]
    assert isinstance(steps, list) and steps
    assert all(set(s) == STEP_KEYS for s in steps)
    assert steps[0]["start_s"] == 0
    for a, b in itertools.pairwise(steps):
        assert b["start_s"] == pytest.approx(a["start_s"] + a["duration_s"])
    assert steps[-1]["start_s"] + steps[-1]["duration_s"] == pytest.approx(180)
    assert any(s["voice"] for s in steps) and all(s["screen"] for s in steps)


def test_show_json_follows_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    down = show(capsys, "body_scan_10", "--choice", "direction=head_to_feet")
    up = show(capsys, "body_scan_10")
    titles_down = [s["title"] for s in down["steps"]]  # type: ignore[attr-defined]
    titles_up = [s["title"] for s in up["steps"]]  # type: ignore[attr-defined]
    assert titles_down != titles_up
    assert titles_down.index("Face and head") < titles_down.index("Feet")
    skipped = show(capsys, "body_scan_10", "--choice", "skip=pelvis", "--choice", "eyes=open")
    assert "Pelvis and hips" not in [s["title"] for s in skipped["steps"]]  # type: ignore[attr-defined]
    assert skipped["length_s"] == 600


def test_show_json_for_a_breath_practice_lists_its_phases(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = show(capsys, "weil_478")
    steps = first["steps"]
    assert first["lengths_s"] == [48, 96] and first["length_s"] == 48  # 4 breaths, no hold at first
    assert [s["title"] for s in steps[:2]] == ["Breathe in", "Breathe out"]  # type: ignore[index]
    assert len(steps) == 8  # type: ignore[arg-type]
    held = show(capsys, "weil_478", "--choice", "holds=on", "--choice", "breaths=8")
    assert held["length_s"] == 8 * 19
    assert [s["title"] for s in held["steps"][:3]] == ["Breathe in", "Hold gently", "Breathe out"]  # type: ignore[index]
    assert show(capsys, "resonance_5_5", "--length", "297")["length_s"] == 297


@pytest.mark.parametrize(
    "args",
    [
        ["--show", "no_such_practice", "--json"],
        ["--show", "body_scan_10", "--json", "--choice", "direction=sideways"],
        ["--show", "body_scan_10", "--json", "--choice", "colour=blue"],
        ["--show", "body_scan_10", "--json", "--choice", "nonsense"],
        ["--show", "self_compassion_break", "--json", "--length", "999"],
        ["--show", "self_compassion_break", "--json", "--length", "ten"],
        ["--show", "weil_478", "--json", "--choice", "breaths=20"],
        ["--show", "box_4444", "--json", "--choice", "tempo=3"],
    ],
)
def test_bad_ids_and_values_give_one_line_and_exit_2(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["practices", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def summary(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["log", "summary", "--json", *args]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_log_summary_json_counts_zero_starts_apart(capsys: pytest.CaptureFixture[str]) -> None:
    store = user_log()
    ratings = [(7, 4), (6, 6), (5, 4), (8, 9), (3, 1), (0, 4), (0, 6), (0, 0), (5, None)]
    for day, (before, after) in enumerate(ratings, start=2):
        store.add(
            at(datetime(2026, 3, day, 9, tzinfo=CET), stress_before=before, stress_after=after)
        )
    store.add(at(datetime(2026, 5, 1, 9, tzinfo=CET), practice_id="box_4444", stress_before=4,
                 stress_after=3))  # fmt: skip
    store.close()
    data = summary(capsys)
    assert set(data) == {
        "practices", "minutes", "rated", "lower", "same", "higher", "median_change",
        "started_at_zero", "by_practice",
    }  # fmt: skip
    assert data["practices"] == 10 and data["minutes"] == 30
    assert data["rated"] == 9
    assert (data["lower"], data["same"], data["higher"]) == (4, 1, 1)
    assert data["started_at_zero"] == {"count": 3, "same": 1, "higher": 2}
    assert data["median_change"] == 0  # -3 -2 -1 -1 [0] 0 +1 +4 +6
    # resonance has 8 rated sessions and gets a row; box breathing has 1 and does not
    assert data["by_practice"] == [
        {"practice_id": "resonance_5_5", "rated": 8, "lower": 3, "same": 1, "higher": 1,
         "median_change": 0.0},
    ]  # fmt: skip
    march = summary(capsys, "--from", "2026-03-01", "--to", "2026-03-31")
    assert march["practices"] == 9 and march["rated"] == 8
    empty = summary(capsys, "--from", "2026-06-01", "--to", "2026-06-30")  # nothing logged then
    assert empty["rated"] == 0 and empty["median_change"] is None and empty["by_practice"] == []
