"""Package discovery and the translation build for setuptools (everything else is in pyproject.toml).

Packages are found, not listed (namespace discovery, so the content folders of data count too), so a new feature folder ships without touching any file. The two
additions live at the top of the repository and are mapped into the package by
``[tool.setuptools.package-dir]``, which discovery alone cannot see: the sound set (``audio/``, made
by ``scripts/make_audio.py``) as ``mindful_clinic.audio``, and the menu entry, metainfo and icons
(``packaging/``) as ``mindful_clinic.desktop_files``.

Translations: ``mindful_clinic/i18n/*.ts`` are compiled to ``.qm`` by Qt's ``lrelease`` (shipped with
PySide6, which is a build requirement in pyproject.toml) as part of ``build_py``, so every wheel carries
them and no compiled file is committed. Without PySide6 the build goes on and the app speaks English.
``compile_translations`` is that one compile step; the PyInstaller bundle calls it too
(``packaging/mindful-clinic.spec`` loads this file), so the wheel and the bundle ship the same catalogues.
``setup()`` runs only when setuptools executes this file (it does so as ``__main__``), not on that import.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
SOURCES = Path(__file__).resolve().parent / "mindful_clinic" / "i18n"


def compile_translations(target: Path) -> tuple[list[Path], list[Path]]:
    """Compiles each ``mindful_clinic/i18n/*.ts`` into ``target`` as ``.qm``: (compiled, failed .ts).

    The wheel only warns about a failure (an English app is still an app); the bundle refuses it."""
    target.mkdir(parents=True, exist_ok=True)
    compiled: list[Path] = []
    failed: list[Path] = []
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        command = [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)]
        done = subprocess.run(command, check=False)
        if done.returncode == 0 and qm.is_file():
            compiled.append(qm)
        else:
            failed.append(ts)
    return compiled, failed


class build_py_with_translations(build_py):  # noqa: N801 (setuptools command naming)
    """Compiles each .ts into the build folder next to the package's other files."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the source tree (scripts/install.sh)
            return
        _, failed = compile_translations(Path(self.build_lib, "mindful_clinic", "i18n"))
        for ts in failed:
            print(f"warning: {ts} was not compiled (is PySide6 installed?)", file=sys.stderr)


if __name__ == "__main__":
    PACKAGES = find_namespace_packages(
        include=["mindful_clinic", "mindful_clinic.*"], exclude=["*.__pycache__"]
    )
    setup(
        packages=[*PACKAGES, "mindful_clinic.audio", "mindful_clinic.desktop_files"],
        cmdclass={"build_py": build_py_with_translations},
    )
