"""Chips (one-of-several choices, radio buttons to a screen reader) look exactly like the checkable
push buttons they replaced: same size, edges, fill and focus ring in every theme and state. Only the
text may differ by a fraction of a pixel (a push button centres it, a radio button places it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QHBoxLayout, QPushButton, QWidget

from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.shell.flow import ChipGroup


def outside_text(image: QImage) -> list[int]:
    """The pixels of a chip image, with the box its text is drawn in (the pixels unlike the fill
    just inside the padding, and one pixel around) left out."""
    fill = image.pixel(12, 5)
    inner = [
        (x, y)
        for y in range(5, image.height() - 5)
        for x in range(12, image.width() - 12)
        if image.pixel(x, y) != fill
    ]
    x0, x1 = min(x for x, _ in inner) - 1, max(x for x, _ in inner) + 1
    y0, y1 = min(y for _, y in inner) - 1, max(y for _, y in inner) + 1
    return [
        image.pixel(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if not (x0 <= x <= x1 and y0 <= y <= y1)
    ]


@pytest.mark.parametrize("p", list(theme.PALETTES.values()), ids=lambda p: p.name)
def test_a_chip_looks_like_a_checkable_push_button(qtbot, p: theme.Palette) -> None:  # type: ignore[no-untyped-def]
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    sheet, palette = qapp.styleSheet(), qapp.palette()
    theme.apply(qapp, p)
    try:
        row = QWidget()
        qtbot.addWidget(row)
        layout = QHBoxLayout(row)
        old = QPushButton("10+ min")
        old.setCheckable(True)
        chip = ChipGroup(row).add_chip("10+ min", "I have 10 minutes or more")
        layout.addWidget(old)
        layout.addWidget(chip)
        row.show()
        qtbot.waitExposed(row)
        # As after a Tab (offscreen, a key click does not mark it): styles draw focus rectangles.
        row.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        assert chip.sizeHint() == old.sizeHint()
        for checked in (False, True):
            for focused in (False, True):
                images = []
                for button in (old, chip):
                    button.setChecked(checked)
                    target: QAbstractButton | QWidget = button if focused else row
                    target.setFocus()
                    qtbot.waitUntil(lambda b=button, want=focused: b.hasFocus() == want)
                    button.resize(button.sizeHint())
                    images.append(
                        button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
                    )
                assert images[0].size() == images[1].size()
                state = f"checked={checked} focused={focused}"
                assert outside_text(images[0]) == outside_text(images[1]), state
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
