"""The labels of a user's imported sounds: ``sounds/index.json`` beside the sound files.

A sound's file name is a slug of its label plus a short hash of the label (``user_bell_sound_3f2a1c``
for ``ベル``, ``user_bell_sound_9b07d4`` for ``鐘の音``), so two labels never share a file; the label
itself, in the user's own words and script, is kept here. The index is only a list of labels: if it
is damaged it is moved aside (named once at start-up) and the sounds still play under their file
names.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import unicodedata
from pathlib import Path

from mindful_clinic.services.storage.atomic import atomic_write_text, move_aside

INDEX_NAME = "index.json"
SCHEMA_VERSION = 1


def clean_label(label: str) -> str:
    return unicodedata.normalize("NFC", " ".join(label.split()))[:80] or "sound"


def slug(label: str) -> str:
    """A safe file-name part from a user's label: lower-case letters, digits and underscores."""
    words = re.findall(r"[a-z0-9]+", label.lower())
    return "_".join(words)[:40].strip("_") or "sound"


def file_stem(prefix: str, label: str) -> str:
    """``prefix`` + slug + six hex digits of the label's hash: unique per label, same label same
    name (so importing a label again is a replacement the user is asked about)."""
    label = clean_label(label)
    digest = hashlib.sha256(label.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{prefix}{slug(label)}_{digest}"


def read_labels(folder: Path) -> dict[str, str]:
    """File stem -> label; empty if there is no index or it cannot be read."""
    try:
        doc = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
        sounds = doc["sounds"]
        return {str(k): str(v["label"]) for k, v in sounds.items() if isinstance(v, dict)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}


def write_labels(folder: Path, labels: dict[str, str]) -> None:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "sounds": {k: {"label": v} for k, v in sorted(labels.items())},
    }
    atomic_write_text(folder / INDEX_NAME, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def index_problem(folder: Path) -> str | None:
    """A plain sentence if the index exists but is damaged (then moved aside); else None."""
    path = folder / INDEX_NAME
    if not path.exists():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("sounds"), dict):
            raise ValueError("'sounds' is missing or not a table")
        return None
    except (OSError, ValueError, RecursionError) as exc:
        reason = "it is nested far too deeply" if isinstance(exc, RecursionError) else str(exc)
        moved = "left where it was"
        with contextlib.suppress(OSError):
            moved = f"kept as {move_aside(path).name}"
        return (
            f"The names of your imported sounds could not be read ({reason}). The file was "
            f"{moved}; your sounds still play, listed under their file names."
        )
