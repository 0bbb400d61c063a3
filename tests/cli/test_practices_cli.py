"""``mindful-clinic practices`` and ``--version``, run as a user would, with no display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mindful_clinic import __version__


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "mindful_clinic", *args], capture_output=True, text=True, env=env
    )


def test_version() -> None:
    out = cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"mindful-clinic {__version__}"


def test_json_lists_every_shipped_pattern() -> None:
    out = cli("practices", "--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    by_id = {i["id"]: i for i in items}
    for pid in ("resonance_5_5", "even_5_5", "extended_4_6", "extended_4_8", "box_4444",
                "weil_478", "cyclic_sigh"):  # fmt: skip
        assert by_id[pid]["category"] == "breathing"
        assert by_id[pid]["title"]
        assert all(isinstance(d, int) for d in by_id[pid]["durations_s"])
    assert by_id["weil_478"]["durations_s"] == [48, 96]  # 4 or 8 breaths, hold off at first
    assert by_id["even_5_5"]["durations_s"] == [60, 180, 300, 600, 1200]


def test_text_list_has_one_line_per_practice() -> None:
    out = cli("practices")
    assert out.returncode == 0
    assert any(line.startswith("box_4444") for line in out.stdout.splitlines())


def test_show_prints_phases_sources_and_cautions() -> None:
    out = cli("practices", "--show", "box_4444")
    assert out.returncode == 0
    assert "hold" in out.stdout and "4 s" in out.stdout
    assert "[S1] Balban" in out.stdout
    assert "pregnant" in out.stdout


def test_unknown_id_is_one_line_and_exit_2() -> None:
    out = cli("practices", "--show", "no_such_thing")
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert "no_such_thing" in out.stderr


def test_show_names_the_category_in_words_in_the_windows_language() -> None:
    """``--show`` says "Category: Body scan", never the id "body_scan" (issue #17)."""
    out = cli("practices", "--show", "body_scan_3")
    assert out.returncode == 0, out.stderr
    assert "Category: Body scan" in out.stdout.splitlines()[1]
    assert "body_scan" not in out.stdout.splitlines()[1]
    breath = cli("practices", "--show", "box_4444")
    assert breath.stdout.splitlines()[1] == "Category: Breathing"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="")
    german = subprocess.run(
        [sys.executable, "-m", "mindful_clinic", "practices", "--show", "the_pause"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert german.returncode == 0, german.stderr
    assert german.stdout.splitlines()[1] == "Kategorie: Selbstmitgefühl"


def test_a_damaged_file_of_own_patterns_is_said_once_and_the_list_still_comes(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mindful_clinic.cli import main

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "custom_patterns.json").write_bytes(b"\x8d\x00 not json")
    assert main(["practices"]) == 0
    out, err = capsys.readouterr()
    assert "resonance_5_5" in out
    assert err.count("custom breathing patterns could not be read") == 1
    assert list(data_dir.glob("custom_patterns.damaged-*.json"))  # kept, never deleted
