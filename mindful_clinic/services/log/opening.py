"""Opening the log in a worker thread, so the window never waits for it however long the log.

Made when the log is first opened (just after the window appears), not at start-up: PySide makes
``QRunnable``'s class the first time it is named (about 10 M instructions).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Opened(QObject):
    done = Signal()


class OpenInBackground(QRunnable):
    """Opens the log off the window's thread; ``result`` is (log, None) or (None, error).

    ``signals.done`` is emitted from the worker; connect it queued to come back to the window's
    thread. ``finished`` lets a caller that needs the log before then wait for it."""

    def __init__(self, open_log: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.open_log = open_log
        self.result: tuple[Any, str | None] = (None, None)
        self.finished = threading.Event()
        self.signals = _Opened()  # made on the window's thread: its signal is delivered there

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            self.result = (self.open_log(), None)
        except Exception as exc:  # a busy or unreadable log: said in the message bar
            self.result = (None, str(exc))
        self.finished.set()
        self.signals.done.emit()
