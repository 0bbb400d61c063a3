"""Package discovery for setuptools (everything else is in pyproject.toml).

Packages are found, not listed (namespace discovery, so the content folders of data count too), so a new feature folder ships without touching any file. The two
additions live at the top of the repository and are mapped into the package by
``[tool.setuptools.package-dir]``, which discovery alone cannot see: the sound set (``audio/``, made
by ``scripts/make_audio.py``) as ``mindful_clinic.audio``, and the menu entry, metainfo and icons
(``packaging/``) as ``mindful_clinic.desktop_files``.
"""

from setuptools import find_namespace_packages, setup

PACKAGES = find_namespace_packages(include=["mindful_clinic", "mindful_clinic.*"], exclude=["*.__pycache__"])
setup(packages=[*PACKAGES, "mindful_clinic.audio", "mindful_clinic.desktop_files"])
