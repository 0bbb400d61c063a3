"""Data folder, atomic writes, and damaged user files that must never stop the app."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from mindful_clinic.core.breath.pattern import BreathPattern, Phase, PhaseKind
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.services.practice.library import load_library
from mindful_clinic.services.storage.atomic import atomic_write_text, backup_path
from mindful_clinic.services.storage.paths import data_dir
from mindful_clinic.services.storage.settings import SettingsStore


def test_data_dir_follows_the_environment_and_is_private(data_dir: Path) -> None:
    assert not data_dir.exists()
    folder = data_dir_fn()
    assert folder == data_dir
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def data_dir_fn() -> Path:
    return data_dir()


def test_nothing_is_created_at_import(tmp_path: Path) -> None:
    target = tmp_path / "never"
    env = {**os.environ, "MINDFUL_CLINIC_DATA_DIR": str(target)}
    code = (
        "import mindful_clinic.app.root, mindful_clinic.cli, mindful_clinic.services.storage.paths"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert not target.exists()


def test_atomic_write_keeps_a_backup_and_private_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert backup_path(target).read_text() == "one"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_corrupt_custom_patterns_file_is_moved_aside_not_deleted(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "custom_patterns.json").write_text('{"patterns": [ {"id": "x", ')
    store = CustomPatternStore(data_dir)
    assert store.patterns() == []
    assert store.problem is not None and "could not be read" in store.problem
    kept = list(data_dir.glob("custom_patterns.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text().startswith('{"patterns"')
    library = load_library(store)
    assert library.problems == [store.problem]
    assert library.catalog.get("box_4444") is not None


def test_custom_pattern_with_bad_values_in_file_is_reported(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    bad = {"patterns": [{"id": "custom_a", "title": "A", "phases": [
        {"kind": "inhale", "seconds": 4}, {"kind": "hold", "seconds": 25},
        {"kind": "exhale", "seconds": 4}]}]}  # fmt: skip
    (data_dir / "custom_patterns.json").write_text(json.dumps(bad))
    store = CustomPatternStore(data_dir)
    assert store.patterns() == []
    assert store.problem is not None and "phases[2].seconds" in store.problem


def test_saved_patterns_survive_a_restart(data_dir: Path) -> None:
    store = CustomPatternStore(data_dir)
    store.save(
        BreathPattern("custom_x", "X", (Phase(PhaseKind.INHALE, 3), Phase(PhaseKind.EXHALE, 5)))
    )
    again = CustomPatternStore(data_dir)
    assert [p.id for p in again.patterns()] == ["custom_x"]
    assert again.patterns()[0].custom


def test_damaged_settings_start_with_defaults(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text("not json")
    store = SettingsStore(data_dir)
    assert store.section("app") == {}
    assert store.problem is not None
    assert list(data_dir.glob("settings.damaged-*.json"))


def test_erasing_everything_but_the_log_leaves_only_the_log(tmp_path: Path) -> None:
    from mindful_clinic.services.storage.privacy import erase_all_but_log

    (tmp_path / "log").mkdir()
    (tmp_path / "log" / "2026-03.json").write_text("{}")
    (tmp_path / "settings.json").write_text("{}")
    (tmp_path / "sounds").mkdir()
    (tmp_path / "sounds" / "user_bell_bowl.wav").write_bytes(b"RIFF")
    (tmp_path / "group").mkdir()
    erase_all_but_log(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log"]
    assert (tmp_path / "log" / "2026-03.json").exists()  # the log's store deletes the log itself
