"""Package discovery for setuptools (everything else is in pyproject.toml).

Packages are found, not listed (namespace discovery, so the content folders of data count too), so a new feature folder ships without touching any file. The one
addition is the sound set: it lives at the top of the repository (``audio/``, made by
``scripts/make_audio.py``) and is mapped into the package as ``mindful_clinic.audio`` by
``[tool.setuptools.package-dir]``, which discovery alone cannot see.
"""

from setuptools import find_namespace_packages, setup

PACKAGES = find_namespace_packages(include=["mindful_clinic", "mindful_clinic.*"], exclude=["*.__pycache__"])
setup(packages=[*PACKAGES, "mindful_clinic.audio", "mindful_clinic.desktop_files"])
