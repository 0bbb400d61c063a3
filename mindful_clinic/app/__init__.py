"""The composition root: ``build`` makes the whole app, ``run`` starts it (see root.py)."""

import os

os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # keep Ctrl-C and SIGTERM for Qt, not SDL
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from mindful_clinic.app.application import App
from mindful_clinic.app.root import build, run

__all__ = ["App", "build", "run"]
