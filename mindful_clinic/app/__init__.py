"""The composition root: ``build`` makes the whole app, ``run`` starts it (see root.py)."""

from mindful_clinic.app.root import App, build, run

__all__ = ["App", "build", "run"]
