"""The caution shown before a first use looks like a proper message (issue #16)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from mindful_clinic.core.practice.references import cautions
from mindful_clinic.ui.practice.flow import notice_box


def test_the_first_use_caution_has_a_title_an_information_icon_and_a_plain_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    text = cautions()["holds_caution"].text
    box = notice_box(parent, text)
    assert box.windowTitle() == "Mindful Clinic: before you start"
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == text
    (button,) = box.buttons()
    assert button.text().replace("&", "") == "OK"
    assert button.icon().isNull()
    box.show()
    qtbot.waitExposed(box)
    assert button.icon().isNull()  # still plain once shown
    box.accept()
