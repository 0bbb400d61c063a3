"""Find sound files: the shipped set via importlib.resources, the user's own in their data folder.

The shipped set lives in the top-level audio/ folder and is packaged as ``mindful_clinic.audio``,
so ``importlib.resources`` finds it in an editable install, an installed wheel and a frozen bundle.
Sounds a user imported (services/sound_import.py) are named ``user_...`` and live in
``data_dir()/sounds``.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from mindful_clinic.core.sound.design import SOUNDS, design
from mindful_clinic.services.storage.paths import data_dir

PACKAGE = "mindful_clinic.audio"
USER_PREFIX = "user_"
USER_SOUNDS_FOLDER = "sounds"


def sound_path(name: str) -> Path:
    """The file of a shipped sound ("bell_bowl"), or of a user's imported one ("user_bell_...").

    Raises FileNotFoundError with the name if there is no such file.
    """
    if name.startswith(USER_PREFIX):
        path = user_sounds_dir(create=False) / f"{name}.wav"
        if not path.is_file():
            raise FileNotFoundError(f"no imported sound called {name!r} in {path.parent}")
        return path
    filename = design(name).filename
    resource = resources.files(PACKAGE).joinpath(filename)
    if isinstance(resource, Path):
        if not resource.is_file():
            raise FileNotFoundError(
                f"{filename} is missing from the sound set; run python scripts/make_audio.py"
            )
        return resource
    return _extract(name)


def shipped_names() -> list[str]:
    return [s.name for s in SOUNDS]


def user_sounds_dir(create: bool = True) -> Path:
    """Where imported sounds are kept (private, like the rest of the data folder)."""
    folder = data_dir(create=create) / USER_SOUNDS_FOLDER
    if create:
        folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@functools.cache
def _extract(name: str) -> Path:
    """Copy a sound out of a zipped package once, into a temporary folder removed at exit."""
    data = resources.files(PACKAGE).joinpath(design(name).filename).read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="mindful-clinic-audio-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / f"{name}.wav"
    path.write_bytes(data)
    return path


def sounds_problem(folder: Path) -> str | None:
    """At start-up: a plain sentence if the list of imported sounds is damaged (services/sound/
    own_index.py), else None. Reads nothing when the user imported no sound."""
    sounds = Path(folder) / USER_SOUNDS_FOLDER
    if not (sounds / "index.json").exists():
        return None
    from mindful_clinic.services.sound.own_index import index_problem

    return index_problem(sounds)
