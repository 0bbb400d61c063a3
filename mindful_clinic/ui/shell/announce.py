"""Say something to a screen reader without moving focus: a polite announcement (Qt 6.8 and later).

Orca, NVDA and VoiceOver read it when they finish what they are saying, and nothing is shown or
heard when no screen reader is running (Qt tells us whether one listens).
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, *, assertive: bool = False) -> bool:
    """Ask the screen reader to say ``text`` on behalf of ``source``; False when none listens."""
    if not text or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    return True


class PhaseAnnouncer:
    """Announces each new phase once: the same phase is never repeated, however often it is drawn.

    ``key`` tells phases apart (the segment's index in the timeline), so two "Breathe in" phases in a
    row are both heard, and a refresh 30 times a second inside one phase is heard once.
    """

    def __init__(self, source: QObject, enabled: bool = True) -> None:
        self.source = source
        self.enabled = enabled
        self._last: object = None
        self.said: deque[str] = deque(maxlen=64)
        """Everything announced (or that would have been, with no screen reader): for tests."""

    def phase(self, key: object, text: str) -> None:
        if key == self._last:
            return
        self._last = key
        if self.enabled and text:
            self.said.append(text)
            announce(self.source, text)

    def say(self, text: str) -> None:
        """Say ``text`` now (pausing, resuming), whether or not phases are announced."""
        self.said.append(text)
        announce(self.source, text)

    def reset(self) -> None:
        self._last = None
