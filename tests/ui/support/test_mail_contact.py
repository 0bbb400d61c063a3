"""A clinic's support contact given as a mail address (``url = "mailto:..."`` in defaults.toml) can be
followed like a web page or a phone number: a link in its words, and a button named with the
address that the keyboard presses. It was plain text, with no button and nothing to click."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mindful_clinic.core.admin.defaults import AdminContact, AdminDefaults
from mindful_clinic.core.support.contacts import SupportInfo, shipped_support
from mindful_clinic.ui.support.page import SupportPage
from tests.heard import buttons_renamed, heard

CLINIC = AdminDefaults(
    contacts=(
        AdminContact("Occupational health", url="https://oh.example.org"),
        AdminContact("Employee assistance", url="mailto:eap@example.org"),
        AdminContact("Staff helpline", url="tel:+44 1632 960123"),
    )
)


def clinic_page(qtbot: QtBot, opens: bool = True) -> tuple[SupportPage, list[str]]:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:  # the desktop's own app; nothing leaves from the app itself
        opened.append(url.toString())
        return opens

    base = shipped_support()
    info = SupportInfo(base.disclaimer, base.feels_worse, base.emergency, CLINIC.support_contacts())
    page = SupportPage(info, open_url=open_url)
    qtbot.addWidget(page)
    page.show()
    return page, opened


def link_buttons(page: SupportPage) -> list[QPushButton]:
    return [b for b in page.findChildren(QPushButton) if b.objectName() == "supportLink"]


def test_a_mail_address_has_a_button_named_with_it_like_the_others(qtbot: QtBot) -> None:
    page, _ = clinic_page(qtbot)
    assert [heard(b) for b in link_buttons(page)] == [
        "Open https://oh.example.org",
        "Email eap@example.org",
        "Call +44 1632 960123",
    ]
    assert buttons_renamed(page) == []  # what is seen is what is heard


def test_the_keyboard_starts_a_mail_to_the_address(qtbot: QtBot) -> None:
    page, opened = clinic_page(qtbot)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    https, mail, _tel = link_buttons(page)
    https.setFocus()
    qtbot.waitUntil(https.hasFocus)
    qtbot.keyClick(https, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mail  # a Tab stop of its own, in reading order
    qtbot.keyClick(mail, Qt.Key.Key_Space)
    assert opened == ["mailto:eap@example.org"]
    assert page.link_note.isHidden()


def test_the_address_in_the_words_is_a_link_too(qtbot: QtBot) -> None:
    page, opened = clinic_page(qtbot)
    how = next(lbl for lbl in page.findChildren(QLabel) if "eap@example.org" in lbl.text())
    assert 'href="mailto:eap@example.org"' in how.text()
    assert "mailto:eap@example.org" in page.texts()[1]  # the words stay as the clinic wrote them
    how.linkActivated.emit("mailto:eap@example.org")  # a click on the address
    assert opened == ["mailto:eap@example.org"]


def test_no_mail_program_is_said_plainly_with_the_address(qtbot: QtBot) -> None:
    page, _ = clinic_page(qtbot, opens=False)
    link_buttons(page)[1].click()
    assert not page.link_note.isHidden()
    assert page.link_note.text() == "No mail program opened. Please write to eap@example.org."
