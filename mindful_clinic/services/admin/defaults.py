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
            if not path.exists():
                continue
            if not path.is_file():  # a folder, or a pipe that would block the start: never opened
                return LoadedDefaults(
                    path=path, problems=(_problem(path, "is not a file; ignored"),)
                )
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
        return _parsed(text, path)
    return LoadedDefaults()


def _parsed(text: str, path: Path) -> LoadedDefaults:
    """The file's text read leniently, then checked for what the parser lets through."""
    # Imported here: most computers have no file, and start-up need not load the TOML reader.
    from dataclasses import replace

    from mindful_clinic.core.admin.parse import parse_defaults

    try:
        defaults, problems = parse_defaults(text, str(path))
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        return LoadedDefaults(
            path=path, problems=(_problem(path, "is nested too deeply; ignored"),)
        )
    except Exception as exc:  # the promise to IT: a broken file never stops the app
        reason = f"could not be read ({type(exc).__name__}); ignored"
        return LoadedDefaults(path=path, problems=(_problem(path, reason),))
    defaults, refused = _safe_contacts(defaults, text, str(path))
    shown = [replace(p, message=_printable(p.message)) for p in [*problems, *refused]]
    return LoadedDefaults(defaults, path, tuple(shown))


def _safe_contacts(
    defaults: AdminDefaults, text: str, file: str
) -> tuple[AdminDefaults, list[Problem]]:
    """The contacts with only addresses a click may open (``core.support.links.CONTACT_SCHEMES``):
    a refused ``url`` is dropped and said; a contact left with no phone and no url is left out."""
    from dataclasses import replace

    from mindful_clinic.core.admin.defaults import Problem
    from mindful_clinic.core.reminders.rules import shown
    from mindful_clinic.core.support.links import is_contact_address

    kept, problems = [], []
    for contact in defaults.contacts:
        if not contact.url or is_contact_address(contact.url):
            kept.append(contact)
            continue
        lines = enumerate(text.splitlines(), 1)
        line = next((n for n, ln in lines if "url" in ln and contact.url in ln), None)
        refused = (
            f"contact '{contact.name}': url '{shown(contact.url)}' is not a web, mail or phone "
            "address (https:, http:, mailto: or tel:)"
        )
        if contact.phone:
            kept.append(replace(contact, url=""))
            problems.append(Problem(file, line, f"{refused}; only the phone is used"))
        else:
            problems.append(Problem(file, line, f"{refused}; left out"))
    return replace(defaults, contacts=tuple(kept)), problems


def _printable(message: str) -> str:
    """A problem as ``doctor`` prints it: control characters from the file become "?", so a damaged
    or hostile file cannot rewrite the terminal (or the log) that reads the message."""
    return "".join(c if c.isprintable() else "?" for c in message)


def _problem(path: Path, message: str) -> Problem:
    # Imported here: the model's classes load only when there is a file (see LoadedDefaults).
    from mindful_clinic.core.admin.defaults import Problem

    return Problem(str(path), None, message)
