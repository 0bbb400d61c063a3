"""One product name, "Mindful Clinic", wherever a person reads it (titles, dialogs, documents, notices).

Paths, ids and the package keep ``mindful_clinic`` / ``mindful-clinic``: only words meant for people
are checked here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SPOKEN = re.compile(r"mindful[ ]clinic", re.IGNORECASE)
"""The name written as words: must be "Mindful Clinic"."""
IN_WORDS = re.compile(
    r"""(?:tr|translate|print|setWindowTitle|setTitle|setCreator|setToolTip|show_message|say)"""
    r"""\((?:[^()"']*,\s*)?[rf]?["'][^"']*mindful_clinic""",
)
"""The package's name inside a sentence for people (a translated string, a title, a message)."""
IN_PROSE = re.compile(r"""["'][^"'#\n]*\bmindful_clinic [a-z]""")
"""The package's name followed by a word, as in an error message ("mindful_clinic window")."""


def sources() -> list[Path]:
    files = [
        *ROOT.joinpath("mindful_clinic").rglob("*.py"),
        *ROOT.joinpath("mindful_clinic").rglob("*.toml"),
    ]
    files += [
        *ROOT.joinpath("packaging").glob("*.desktop"),
        *ROOT.joinpath("packaging").glob("*.xml"),
    ]
    return files


def test_the_name_is_written_one_way_for_people() -> None:
    wrong = []
    for path in sources():
        text = path.read_text(encoding="utf-8")
        for match in SPOKEN.finditer(text):
            if match.group() != "Mindful Clinic":
                wrong.append(f"{path.relative_to(ROOT)}: {match.group()!r}")
        for match in [*IN_WORDS.finditer(text), *IN_PROSE.finditer(text)]:
            wrong.append(f"{path.relative_to(ROOT)}: {match.group()!r}")
    assert wrong == []


def test_the_disclaimer_and_the_app_name_use_it() -> None:
    support = (ROOT / "mindful_clinic" / "content" / "support.toml").read_text(encoding="utf-8")
    assert 'disclaimer = "Mindful Clinic offers' in support
    root = (ROOT / "mindful_clinic" / "app" / "root.py").read_text(encoding="utf-8")
    assert 'setApplicationDisplayName("Mindful Clinic")' in root
