"""The "system" theme: dark or light as the system is, read without slowing the first paint."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mindful_clinic.ui.shell import theme


def palette(window: str, text: str) -> QPalette:
    qp = QPalette()
    qp.setColor(QPalette.ColorRole.Window, QColor(window))
    qp.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return qp


def test_a_dark_system_palette_reads_as_dark() -> None:
    assert theme.palette_is_dark(palette("#202020", "#f0f0f0"))
    assert not theme.palette_is_dark(palette("#f4f4f4", "#101010"))


def test_the_system_choice_is_read_before_our_palette_replaces_it(qapp: QApplication) -> None:
    qapp.setProperty("mc_system_dark", None)
    original = qapp.palette()
    try:
        qapp.setPalette(palette("#1b1b1b", "#eeeeee"))  # as a dark desktop hands it over
        assert theme.resolve("system", qapp) is theme.DARK
        theme.apply(qapp, theme.LIGHT)  # the user's palette now, not the system's
        assert theme.resolve("system", qapp) is theme.DARK  # still the system's answer
        assert theme.resolve("light", qapp) is theme.LIGHT
    finally:
        qapp.setProperty("mc_system_dark", None)
        qapp.setPalette(original)


def test_an_unknown_scheme_keeps_what_the_palette_said(qapp: QApplication) -> None:
    """Offscreen Qt knows no scheme: the check after start-up then changes nothing."""
    qapp.setProperty("mc_system_dark", True)
    try:
        assert theme.refine_system_scheme(qapp) is False
        assert theme.system_prefers_dark(qapp) is True
    finally:
        qapp.setProperty("mc_system_dark", None)
