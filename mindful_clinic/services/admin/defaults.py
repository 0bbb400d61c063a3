"""Find and read the clinic-wide defaults file IT puts on every workstation.

- Linux and other freedesktop systems: ``$XDG_CONFIG_DIRS/mindful_clinic/defaults.toml``, the first
  folder in the list that holds one (``/etc/xdg`` when the variable is unset);
- Windows: ``%PROGRAMDATA%\\mindful_clinic\\defaults.toml``;
- macOS: ``/Library/Application Support/mindful_clinic/defaults.toml``.

``MINDFUL_CLINIC_DEFAULTS`` names a file directly (testing a file before rolling it out). Reading
never raises: a missing file means no defaults, a broken one gives problems with file and line.
Looking costs a check of each path; the file is parsed, and the defaults' model loaded, only when
there is one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mindful_clinic.core.admin.defaults import AdminDefaults, Problem

ENV_DEFAULTS = "MINDFUL_CLINIC_DEFAULTS"
FOLDER = "mindful_clinic"
FILENAME = "defaults.toml"
MAX_BYTES = 256 * 1024


class LoadedDefaults:
    """What was read at start: the defaults, the file they came from (None: none found), problems.

    A plain class, and with no file no defaults model at all (``feature`` is then always on): most
    computers have no file, and start-up need not make the model's dataclasses for them.
    """

    def __init__(
        self,
        defaults: AdminDefaults | None = None,
        path: Path | None = None,
        problems: tuple[Problem, ...] = (),
    ) -> None:
        self._defaults = defaults
        self.path = path
        self.problems = problems

    @property
    def defaults(self) -> AdminDefaults:
        """The clinic's defaults (empty ones when there is no file, made when first asked for)."""
        if self._defaults is None:
            from mindful_clinic.core.admin.defaults import AdminDefaults

            self._defaults = AdminDefaults()
        return self._defaults

    def feature(self, name: str) -> bool:
        """Whether IT left ``name`` on (with no defaults file, every feature is)."""
        return self._defaults is None or self._defaults.feature(name)

    @property
    def loaded(self) -> bool:
        return self.path is not None

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path) if self.path else None,
            "loaded": self.loaded,
            "problems": [str(p) for p in self.problems],
        }


def candidate_paths(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> list[Path]:
    """Where the defaults file may be, in the order they are tried."""
    env = os.environ if environ is None else environ
    if env.get(ENV_DEFAULTS):
        return [Path(env[ENV_DEFAULTS])]
    if platform == "win32":
        base = env.get("PROGRAMDATA") or r"C:\ProgramData"
        return [Path(base) / FOLDER / FILENAME]
    if platform == "darwin":
        return [Path("/Library/Application Support") / FOLDER / FILENAME]
    dirs = [d for d in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep) if d]
    return [Path(d) / FOLDER / FILENAME for d in dirs or ["/etc/xdg"]]


def load_defaults(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> tuple[AdminDefaults, list[Problem]]:
    """The function the composition root calls at start: (defaults, problems)."""
    loaded = load(platform, environ)
    return loaded.defaults, list(loaded.problems)


def load(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> LoadedDefaults:
    for path in candidate_paths(platform, environ):
        try:
            if not path.is_file():
                continue
            with path.open("rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return LoadedDefaults(
                path=path, problems=(_problem(path, f"cannot be read ({reason})"),)
            )
        if len(raw) > MAX_BYTES:
            return LoadedDefaults(
                path=path, problems=(_problem(path, "is larger than 256 KB; ignored"),)
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return LoadedDefaults(
                path=path, problems=(_problem(path, "is not UTF-8 text; ignored"),)
            )
        # Imported here: most computers have no file, and start-up need not load the TOML reader.
        from mindful_clinic.core.admin.parse import parse_defaults

        defaults, problems = parse_defaults(text, str(path))
        return LoadedDefaults(defaults, path, tuple(problems))
    return LoadedDefaults()


def _problem(path: Path, message: str) -> Problem:
    # Imported here: the model's classes load only when there is a file (see LoadedDefaults).
    from mindful_clinic.core.admin.defaults import Problem

    return Problem(str(path), None, message)
