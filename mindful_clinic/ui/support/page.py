"""The "If you are struggling" page: crisis and support contacts, reachable from every practice.

Contacts come from content/support.toml merged with the user's own edits (Settings -> Support). Every
number and address can be selected and copied, and each has a button that calls it, opens it or
starts a mail to it; a workplace contact that is not set up yet says how to add it, rather than
hiding. The general-wellness note (content-spec 8.1) closes the page.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.support.contacts import Contact, SupportInfo
from mindful_clinic.core.support.links import find_links
from mindful_clinic.ui.shell.announce import announce
from mindful_clinic.ui.shell.theme import scaled_font

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)
LINKS = (
    SELECTABLE
    | Qt.TextInteractionFlag.LinksAccessibleByMouse
    | (Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
)


def linked_html(line: str) -> str:
    """``line`` as rich text, its phone numbers and web addresses made into links."""
    out, at = [], 0
    for link in find_links(line):
        out.append(html.escape(line[at : link.start]))
        out.append(f'<a href="{html.escape(link.url)}">{html.escape(link.text(line))}</a>')
        at = link.end
    out.append(html.escape(line[at:]))
    return "".join(out)


class SupportPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    """The user wants to change the contacts (open Settings -> Support)."""

    def __init__(
        self,
        info: SupportInfo,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        """``open_url`` calls a number, opens a web address or addresses a mail (the desktop's own
        apps do it: the app itself never goes on the network)."""
        super().__init__(parent)
        self._open_url = open_url
        self.setAccessibleName(self.tr("If you are struggling"))
        heading = QLabel(self.tr("If you are struggling"))
        heading.setFont(scaled_font(self, 1.8, QFont.Weight.DemiBold))
        self.intro = QLabel(
            self.tr(
                "You don't have to manage this alone. Talking to someone can help, and these "
                "services are there for people who care for others, too."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setFont(scaled_font(self, 1.15))
        self.emergency = QLabel()
        self.emergency.setWordWrap(True)
        self.emergency.setProperty("role", "danger")
        self.emergency.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        self.contacts_box = QVBoxLayout()
        self.feels_worse = QLabel()
        self.feels_worse.setWordWrap(True)
        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setProperty("role", "muted")
        self.disclaimer.setAccessibleDescription(self.tr("About this app"))

        self.link_note = QLabel()
        self.link_note.setWordWrap(True)
        self.link_note.setTextInteractionFlags(SELECTABLE)
        self.link_note.hide()
        back = self.back_button = QPushButton(self.tr("Back"))
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(self.back_requested)
        edit = self.edit_button = QPushButton(self.tr("Edit contacts for my country and workplace"))
        edit.setAccessibleName(edit.text())
        edit.clicked.connect(self.edit_requested)
        actions = QHBoxLayout()
        actions.addWidget(back)
        actions.addStretch(1)
        actions.addWidget(edit)

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(32, 24, 32, 24)
        col.addWidget(heading)
        col.addWidget(self.intro)
        col.addWidget(self.emergency)
        col.addSpacing(8)
        col.addWidget(self.disclaimer)  # its words point to "the crisis lines below"
        col.addLayout(self.contacts_box)
        col.addWidget(self.link_note)
        col.addSpacing(8)
        col.addWidget(self.feels_worse)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to what it holds
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(32, 0, 32, 16)
        bottom.addLayout(actions)
        outer.addLayout(bottom)
        self.cards: list[QFrame] = []
        self.set_info(info)

    def set_info(self, info: SupportInfo) -> None:
        """Show these contacts (after the user edits them in settings)."""
        self.info = info
        self.emergency.setText(info.emergency)
        self.feels_worse.setText(info.feels_worse)
        self.disclaimer.setText(info.disclaimer)
        for card in self.cards:
            self.contacts_box.removeWidget(card)
            card.deleteLater()
        self.cards = [self._card(c) for c in info.contacts]
        for card in self.cards:
            self.contacts_box.addWidget(card)
        # Tab follows reading order: the contacts (made after the buttons) and then Back and Edit.
        chain: list[QWidget] = [
            button for card in self.cards for button in card.findChildren(QPushButton)
        ]
        chain += [self.back_button, self.edit_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _card(self, c: Contact) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setAccessibleName(c.name)
        col = QVBoxLayout(card)
        col.setContentsMargins(16, 10, 16, 10)
        if c.region:
            region = QLabel(c.region)
            region.setProperty("role", "muted")
            col.addWidget(region)
        name = QLabel(c.name)
        name.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        name.setWordWrap(True)
        col.addWidget(name)
        if c.needs_details:
            how = QLabel(self.tr("Not set up yet: add your organisation's details in Settings."))
            how.setProperty("role", "muted")
        else:
            # The words as they are (a screen reader reads them), numbers and addresses as links
            # for the mouse; a button for each, named with its number, for the keyboard.
            how = QLabel(linked_html(c.how))
            how.setTextFormat(Qt.TextFormat.RichText)
            how.setFont(scaled_font(self, 1.3, QFont.Weight.DemiBold))
            how.setTextInteractionFlags(LINKS)
            how.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a Tab stop: its buttons are
            how.linkActivated.connect(self.follow_link)
        how.setWordWrap(True)
        col.addWidget(how)
        # One button a number or address, each saying which (a line may give several numbers),
        # stacked so that long numbers never run out of the card at a large text size.
        for link in find_links(c.how):
            col.addWidget(
                self._link_button(link.url, link.text(c.how)), 0, Qt.AlignmentFlag.AlignLeft
            )
        if c.detail:
            detail = QLabel(c.detail)
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(SELECTABLE)
            col.addWidget(detail)
        return card

    def _link_button(self, url: str, shown: str) -> QPushButton:
        if url.startswith("tel:"):
            button = QPushButton(self.tr("Call %s") % shown)
        elif url.startswith("mailto:"):  # opens the user's own mail program, addressed
            button = QPushButton(self.tr("Email %s") % shown)
        else:
            button = QPushButton(self.tr("Open %s") % shown)
        button.setAccessibleName(button.text())
        button.setObjectName("supportLink")
        button.clicked.connect(lambda _checked=False, u=url: self.follow_link(u))
        return button

    def follow_link(self, url: str) -> None:
        """Call the number, open the web page or start a mail to the address; say so plainly when
        this computer cannot."""
        target = QUrl(url)
        if self._open_url(target):
            self.link_note.hide()
            return
        shown = next(
            (link.text(c.how) for c in self.info.contacts for link in find_links(c.how)
             if link.url == url),
            target.toString(),
        )  # fmt: skip
        if target.scheme() == "tel":
            text = self.tr("This computer has no app for calls. Please dial %s from a phone.")
        elif target.scheme() == "mailto":
            text = self.tr("No mail program opened. Please write to %s.")
        else:
            text = self.tr("No web browser opened. The address is %s.")
        self.link_note.setText(text % shown)
        self.link_note.show()
        announce(self.link_note, self.link_note.text())

    def texts(self) -> list[str]:
        """Every contact's visible words, in order (for tests and screenshots)."""
        out: list[str] = []
        for card in self.cards:
            out.append(" | ".join(_plain(lbl) for lbl in card.findChildren(QLabel)))
        return out


def _plain(label: QLabel) -> str:
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()
