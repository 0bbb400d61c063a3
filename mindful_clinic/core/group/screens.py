"""Which screen the group sees: plain data about screens, so the choice is tested without Qt.

A facilitator plugging a laptop into a meeting-room TV expects the practice on the TV and the
controls on the laptop. So the presenter goes to a screen other than the facilitator's when there is
one (the largest, which is usually the TV); with a single screen it shares that screen, full screen,
and a small control strip stays hidden until the mouse moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mindful_clinic.core.i18n import QT_TRANSLATE_NOOP, Translate, same


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def geometry(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)

    @property
    def area(self) -> int:
        return self.width * self.height

    def label(self, tr: Translate = same) -> str:
        """How the screen picker names it, e.g. "HDMI-1, 1920 x 1080 (main screen)", in the
        user's language through ``tr`` (the system's own screen name stays as it is)."""
        name = self.name or tr(QT_TRANSLATE_NOOP("core", "Screen"))
        if self.primary:
            text = tr(QT_TRANSLATE_NOOP("core", "{name}, {width} x {height} (main screen)"))
        else:
            text = tr(QT_TRANSLATE_NOOP("core", "{name}, {width} x {height}"))
        return text.format(name=name, width=self.width, height=self.height)


@dataclass(frozen=True)
class ScreenChoice:
    index: int
    """Position in the list the choice was made from."""
    screen: ScreenInfo
    shared: bool
    """True when the facilitator's own screen is used: show the hidden-by-default control strip."""


def choose_presenter_screen(
    screens: Sequence[ScreenInfo],
    *,
    facilitator: ScreenInfo | None = None,
    preferred_name: str | None = None,
) -> ScreenChoice:
    """The screen for the presenter window.

    ``facilitator`` is the screen the facilitator's window is on (the primary screen if not given);
    ``preferred_name`` is a screen the facilitator picked before, used again while it is connected.
    """
    if not screens:
        raise ValueError("no screens to choose from")
    own = facilitator
    if own is None:
        own = next((s for s in screens if s.primary), screens[0])
    if preferred_name:
        for i, s in enumerate(screens):
            if s.name == preferred_name:
                return ScreenChoice(i, s, shared=s == own)
    others = [(i, s) for i, s in enumerate(screens) if s != own]
    if others:
        # The largest other screen (first listed among equals): a TV beats a small side monitor.
        i, s = max(others, key=lambda pair: (pair[1].area, -pair[0]))
        return ScreenChoice(i, s, shared=False)
    i = screens.index(own) if own in screens else 0
    return ScreenChoice(i, screens[i], shared=True)
