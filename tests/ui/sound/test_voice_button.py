"""The Voice button without a speech engine looks and reads as unavailable in every theme: not
filled (a filled button reads as switched on), its words AA and its edge 3:1 on the window."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from mindful_clinic.services.sound.speech import NullSpeaker
from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.sound.voice_button import VoiceButton
from tests.speech_fakes import FakeSpeaker


def drawn(qtbot, p: theme.Palette, wanted: bool, speaker: object) -> tuple[set[str], set[str], str]:  # type: ignore[no-untyped-def]
    """The colours drawn inside the button, on its left edge, and the most common one inside (its
    fill); drawn on a window of the theme, as in the guided practice's footer."""
    page = QWidget()
    qtbot.addWidget(page)
    button = VoiceButton(wanted)
    QHBoxLayout(page).addWidget(button)
    button.show_voice(wanted, speaker)  # type: ignore[arg-type]
    page.show()
    qtbot.waitExposed(page)
    image = button.grab().toImage()
    inner = [
        image.pixelColor(x, y).name()
        for x in range(6, image.width() - 6)
        for y in range(6, image.height() - 6)
    ]
    edge = {image.pixelColor(x, image.height() // 2).name() for x in range(0, 4)}
    return set(inner), edge, Counter(inner).most_common(1)[0][0]


@pytest.mark.parametrize("p", list(theme.PALETTES.values()), ids=lambda p: p.name)
def test_unavailable_is_not_drawn_as_on_and_stays_readable(qtbot, p: theme.Palette) -> None:  # type: ignore[no-untyped-def]
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    theme.apply(qapp, p)
    try:
        inner, edge, fill = drawn(qtbot, p, True, NullSpeaker())
        *_, on_fill = drawn(qtbot, p, True, FakeSpeaker())
    finally:
        theme.apply(qapp, theme.LIGHT)
    assert on_fill == p.accent  # "Voice: on" is the filled one
    assert fill != p.accent and fill in (p.surface, p.window)
    words = max(theme.contrast_ratio(c, fill) for c in inner)
    assert words >= 4.5  # the words' own colour (anti-aliased edges are paler)
    assert p.border in edge and theme.contrast_ratio(p.border, p.window) >= 3.0
