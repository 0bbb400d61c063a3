"""Ending a test the way quitting ends the app: every timer of what the test built is stopped.

The autouse fixture in ``conftest.py`` fails a test that leaves a QTimer running. A test that stops
mid-practice (the usual case: it has checked what it wanted) calls ``stop_timers`` on what it built,
as the app's own shutdown would.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


def stop_timers(*roots: QObject) -> None:
    """Stop every QTimer owned by ``roots`` or their descendants."""
    for root in roots:
        for timer in root.findChildren(QTimer):
            timer.stop()
