"""``mindful-clinic practices`` lists the guided practices and prints each one's steps for review."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

GUIDED = {
    "body_scan_3": [180],
    "body_scan_10": [600],
    "body_scan_20": [1200],
    "body_scan_45": [2700],
    "self_compassion_break": [120, 180, 300],
    "loving_kindness_5": [180, 300, 600],
    "rain_mini": [180, 240, 300],
    "breathing_space_3": [180],
    "breathing_space_1": [60],
    "stop_1": [60],
}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "mindful_clinic", *args], capture_output=True, text=True, env=env
    )


def test_json_lists_the_guided_practices_with_their_lengths() -> None:
    out = cli("practices", "--json")
    assert out.returncode == 0, out.stderr
    by_id = {i["id"]: i for i in json.loads(out.stdout)}
    for pid, durations in GUIDED.items():
        assert by_id[pid]["durations_s"] == durations, pid
        assert by_id[pid]["kind"] == "guided"
        assert by_id[pid]["title"] and by_id[pid]["summary"]
    assert by_id["body_scan_3"]["category"] == "body_scan"
    assert by_id["rain_mini"]["category"] == "self_compassion"
    assert by_id["stop_1"]["category"] == "quick_reset"
    assert by_id["stop_1"]["quick_reset_s"] == [60]


def test_show_prints_every_step_with_start_time_length_and_words() -> None:
    out = cli("practices", "--show", "body_scan_10")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    step_lines = re.findall(r"^\s*(\d+)\.\s+(\d+:\d\d)\s+(\d+:\d\d)\s+(.+)$", text, re.MULTILINE)
    assert [int(n) for n, *_ in step_lines] == list(range(1, 12))
    starts = [s for _, s, _, _ in step_lines]
    assert starts[:4] == ["0:00", "1:00", "2:00", "3:30"]
    assert step_lines[-1][1:3] == ("9:45", "0:15")
    assert "10:00  end" in text
    assert text.count("Screen:") == 11 and text.count("Voice:") == 11
    assert "Legs  [region legs]" in text
    assert "[S14]" in text


def test_show_a_self_compassion_practice_fills_in_the_default_choices() -> None:
    out = cli("practices", "--show", "self_compassion_break")
    assert out.returncode == 0, out.stderr
    assert "a hand resting on your heart" in out.stdout
    assert (
        "Supportive touch: Hand on heart (heart, default), One hand on heart, one on belly "
        "(heart_and_belly), Hand on cheek (cheek), A gentle self-hug (self_hug), One hand holding "
        "the other (hands_held), No touch: just notice your hands resting (none)"
    ) in out.stdout
    assert "{" not in out.stdout
