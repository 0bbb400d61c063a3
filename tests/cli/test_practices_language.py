"""``mindful-clinic practices`` speaks the window's language (issue #17): words a person reads are
German with LANGUAGE=de, and the ids one types stay beside them; ``--json`` keeps its ids."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def cli(language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(LANGUAGE=language, LC_ALL="", LANG="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "mindful_clinic", "practices", *args],
        capture_output=True,
        text=True,
        env=env,
    )


def test_show_names_choices_in_german_with_the_values_to_type() -> None:
    out = cli("de", "--show", "body_scan_10")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Richtung: Von den Füßen zum Kopf (feet_to_head, Voreinstellung)" in text
    assert "Vom Kopf zu den Füßen (head_to_feet)" in text
    assert "Augen: Offen (open), Blick gesenkt (lowered, Voreinstellung)" in text
    assert "Haltung: Sitzend (sit, Voreinstellung)" in text
    assert "Becken und Hüften (pelvis)" in text
    assert "direction:" not in text and "eyes:" not in text and "posture:" not in text


def test_show_in_english_labels_the_values_too() -> None:
    out = cli("en", "--show", "body_scan_10")
    assert out.returncode == 0, out.stderr
    assert "Direction: Feet to head (feet_to_head, default), Head to feet (head_to_feet)" in (
        out.stdout
    )
    assert "Posture: Sitting (sit, default), Lying down (lie), Standing (stand)" in out.stdout


def test_breath_phases_are_words_in_the_language() -> None:
    german = cli("de", "--show", "box_4444").stdout
    assert "1. Einatmen 4 s" in german and "Ausatmen" in german and "inhale" not in german
    english = cli("en", "--show", "box_4444").stdout
    assert "Breathe in" in english and "exhale" not in english


def test_the_list_names_the_kind_of_practice_in_words() -> None:
    german = cli("de").stdout.splitlines()
    box = next(line for line in german if line.startswith("box_4444 "))
    assert " Atmung " in box and "breathing" not in box
    scan = next(line for line in german if line.startswith("body_scan_10 "))
    assert " Body-Scan " in scan and "body_scan " not in scan.split(maxsplit=1)[1]
    english = cli("en").stdout.splitlines()
    assert any(line.startswith("box_4444 ") and " Breathing " in line for line in english)


def test_json_keeps_its_ids_in_german() -> None:
    german = json.loads(cli("de", "--json").stdout)
    english = json.loads(cli("en", "--json").stdout)
    assert [i["id"] for i in german] == [i["id"] for i in english]
    assert [i["category"] for i in german] == [i["category"] for i in english]
    assert {i["category"] for i in german} >= {"breathing", "body_scan"}
