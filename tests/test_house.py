"""The house stays walkable (issue #12): small folders by feature, small modules.

A newcomer should find a feature from the folder names alone; a folder of more than 15 modules or a
module of more than 450 lines is where that stops being true (STYLE.md: small files).
"""

from __future__ import annotations

from pathlib import Path

import mindful_clinic

PACKAGE = Path(mindful_clinic.__file__).parent
MAX_MODULES_PER_FOLDER = 15
MAX_LINES_PER_MODULE = 450


def python_modules(folder: Path) -> list[Path]:
    return [p for p in folder.glob("*.py") if p.name != "__init__.py"]


def test_no_folder_holds_more_than_fifteen_modules() -> None:
    folders = [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__")]
    crowded = {
        str(f.relative_to(PACKAGE.parent)): len(python_modules(f))
        for f in folders
        if len(python_modules(f)) > MAX_MODULES_PER_FOLDER
    }
    assert crowded == {}


def test_no_module_is_longer_than_450_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE.parent)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES_PER_MODULE
    }
    assert long == {}


def test_every_layer_groups_the_same_features() -> None:
    """The same feature names in every layer, so ``log`` means the same thing everywhere."""
    shared = {"breath", "guided", "log", "reminders", "sound", "group", "practice"}
    expected = {
        "core": shared | {"time"},
        "services": shared,
        "ui": shared | {"shell", "home"},
    }
    for layer, features in expected.items():
        folders = {p.name for p in (PACKAGE / layer).iterdir() if (p / "__init__.py").is_file()}
        assert features <= folders, f"{layer} lacks {sorted(features - folders)}"
