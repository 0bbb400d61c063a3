"""The main window: a calm navigation rail and one page at a time.

Pages are given to the window by the app (``add_page``), so each feature's screen stays in its own
module; the window only knows how to show them and how to say something once in its message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic import __version__
from mindful_clinic.ui.shell.fit import TITLE_BAR, scrolling
from mindful_clinic.ui.shell.lazy_page import LazyPage
from mindful_clinic.ui.shell.shortcuts import PAGE_KEYS, key_text
from mindful_clinic.ui.shell.theme import CONTROL, SECTION, scaled_font

if TYPE_CHECKING:  # named for the type checker only: PySide makes a class when it is first named
    from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent

DEFAULT_SIZE = (1100, 760)
MINIMUM_SIZE = (600, 420)


class MessageBar(QFrame):
    """A quiet strip for things the app must say once (no sound device, a damaged file...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path
        self.label.setAccessibleDescription(self.tr("Message"))
        close = QPushButton(self.tr("OK"))
        close.setAccessibleDescription(self.tr("Dismiss message"))
        close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 8, 8)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.messages: list[str] = []
        self.hide()

    def say(self, text: str) -> None:
        if text in self.messages:
            return
        self.messages.append(text)
        self.label.setText("\n".join(self.messages))
        self.show()

    def dismiss(self) -> None:
        self.messages.clear()
        self.hide()


class RailButton(QPushButton):
    """A page's button in the rail. The style sheet draws the chosen page's label in semibold,
    which neither the button's font nor Qt's size hint knows of: the hint asks for the bold width,
    so the rail is wide enough for its longest label whichever page is chosen, in any language."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        extra = QFontMetrics(bold).horizontalAdvance(self.text())
        extra -= self.fontMetrics().horizontalAdvance(self.text())
        return QSize(hint.width() + max(0, extra), hint.height())


class MainWindow(QMainWindow):
    close_to_tray = Signal()
    """Emitted instead of quitting when the window is closed while a tray keeps the app running."""
    page_requested = Signal(str)
    """The user asked for a page by its key or its rail button (also the one on show)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        saved_geometry: str | None = None,
        save_geometry: Callable[[str], None] | None = None,
    ) -> None:
        """``saved_geometry`` is what ``save_geometry`` was last given (the size the user chose)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mindful Clinic"))
        self.setAccessibleName(self.tr("Mindful Clinic main window"))
        self.keep_running_in_tray = False
        self._save_geometry = save_geometry
        self._shown_once = False

        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav = QVBoxLayout()
        self.nav.setContentsMargins(12, 18, 12, 12)
        brand = QLabel(self.tr("Mindful Clinic"))
        brand.setFont(scaled_font(self, SECTION, QFont.Weight.DemiBold))
        tagline = QLabel(self.tr("A pause between appointments"))
        tagline.setProperty("role", "muted")
        self.nav.addWidget(brand)
        self.nav.addWidget(tagline)
        self.nav.addSpacing(16)
        self.nav_end = QVBoxLayout()
        self.nav_end.setContentsMargins(12, 0, 12, 0)  # lined up with the pages' buttons above
        rail = QWidget()
        rail.setObjectName("rail")
        self._rail = rail
        rail_col = QVBoxLayout(rail)
        rail_col.setContentsMargins(0, 0, 0, 0)
        rail_col.addLayout(self.nav)
        rail_col.addStretch(1)
        rail_col.addLayout(self.nav_end)
        version = QLabel(f"v{__version__}")
        version.setProperty("role", "muted")
        version.setContentsMargins(14, 0, 0, 10)
        rail_col.addWidget(version)

        self.pages = QStackedWidget()
        self.pages.setProperty("fill", "none")  # the window's own background shows through
        self.message_bar = MessageBar()
        content = QWidget()
        content_col = QVBoxLayout(content)
        content_col.setContentsMargins(0, 0, 0, 0)
        content_col.addWidget(self.message_bar)
        content_col.addWidget(self.pages, 1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(rail)
        divider = QFrame()
        divider.setProperty("role", "divider")
        divider.setFixedWidth(1)
        row.addWidget(divider)
        row.addWidget(content, 1)
        self.setCentralWidget(central)
        self._page_buttons: dict[str, QPushButton] = {}
        self._page_widgets: dict[str, QWidget] = {}
        self._page_holders: dict[str, QWidget] = {}
        self.setMinimumSize(*MINIMUM_SIZE)
        self.fit_to_screen(saved_geometry)

    def fit_to_screen(self, saved_geometry: str | None = None) -> None:
        """Open at the size the user left (or the default), never larger than the free screen."""
        restored = bool(saved_geometry) and self.restoreGeometry(
            QByteArray.fromBase64(str(saved_geometry).encode("ascii"))
        )
        if not restored:
            self.resize(*DEFAULT_SIZE)
        self._opened_size = self.size()
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Shrink and move the window, as it is, until it fits the free part of its screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        if not self.isVisible():  # the title bar is not known yet: leave room for one
            frame = QSize(frame.width(), max(frame.height(), TITLE_BAR))
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        self.setMinimumSize(min(MINIMUM_SIZE[0], width), min(MINIMUM_SIZE[1], height))
        self.resize(width, height)
        self._opened_size = self.size()
        if not free.contains(self.frameGeometry()):
            self.move(
                max(free.left(), min(self.x(), free.right() - width - frame.width())),
                max(free.top(), min(self.y(), free.bottom() - height - frame.height())),
            )

    def page_room(self) -> QSize:
        """The room a page has beside the rail at the window's size, before the window is first
        laid out (the rail as wide as it asks to be)."""
        return QSize(self.width() - self._rail.sizeHint().width() - 1, self.height())

    def remember_geometry(self) -> None:
        """Keep the size the user chose (nothing is written when they did not change it)."""
        if self.size() == self._opened_size or self.isFullScreen():
            return
        self._opened_size = self.size()
        if self._save_geometry is not None:
            self._save_geometry(bytes(self.saveGeometry().toBase64().data()).decode("ascii"))

    def add_page(
        self,
        key: str,
        title: str,
        widget: QWidget,
        shortcut: str | None = None,
        *,
        bottom: bool = False,
    ) -> None:
        button = RailButton(title)
        button.setProperty("role", "nav")
        button.setCheckable(True)
        button.setFont(scaled_font(self, CONTROL))
        button.setAccessibleName(title)
        shortcut = shortcut or PAGE_KEYS.get(key)  # the keys are listed in ui/shell/shortcuts.py
        if shortcut:
            button.setToolTip(key_text(shortcut))
            sc = QShortcut(QKeySequence(shortcut), self)
            sc.activated.connect(lambda k=key: self._requested(k))
        button.clicked.connect(lambda _c=False, k=key: self._requested(k))
        self.nav_group.addButton(button)
        (self.nav_end if bottom else self.nav).addWidget(button)
        self._chain_rail()
        # A page taller or wider than the window scrolls, never clips (a lazy page makes its own
        # scroll area with its content).
        holder = widget if isinstance(widget, LazyPage) else scrolling(widget)
        self.pages.addWidget(holder)
        self._page_buttons[key] = button
        self._page_widgets[key] = widget
        self._page_holders[key] = holder
        if len(self._page_widgets) == 1:
            self.show_page(key)

    def _requested(self, key: str) -> None:
        self.show_page(key)
        self.page_requested.emit(key)

    def current_page_key(self) -> str | None:
        """The key of the page on show ("practise", "history", ...)."""
        current = self.pages.currentWidget()
        return next((k for k, w in self._page_holders.items() if w is current), None)

    def add_nav_action(self, button: QPushButton) -> None:
        """A button at the bottom of the rail (mute, in session) that is not a page."""
        button.setProperty("role", "nav")
        button.setFont(scaled_font(self, CONTROL))
        self.nav_end.addWidget(button)
        self._chain_rail()

    def _chain_rail(self) -> None:
        """Tab walks the rail top to bottom before the page, whenever a button joined it (the
        bottom ones are added after the pages, so they would otherwise come in the page's midst)."""
        buttons: list[QWidget] = []
        for layout in (self.nav, self.nav_end):
            for i in range(layout.count()):
                item = layout.itemAt(i)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QPushButton):
                    buttons.append(widget)
        for before, after in pairwise(buttons):
            QWidget.setTabOrder(before, after)

    def show_page(self, key: str) -> None:
        widget = self._page_widgets.get(key)
        if widget is None:
            return
        self.pages.setCurrentWidget(self._page_holders[key])
        button = self._page_buttons[key]
        button.setChecked(True)
        focused = self.focusWidget()
        if focused is None or focused in self._page_buttons.values():
            button.setFocus()  # the focus ring marks the chosen page, never a second one

    def bring_keyboard_into_page(self, key: str, control: QWidget | None = None) -> None:
        """A key acted on page ``key`` while the keyboard was on the rail: move it to ``control``
        (where the user goes on), else to the page's first Tab stop.

        A page's own keys work from the rail (F5 on the group page starts the shared screen right
        after Ctrl+3 opened it), but the focus stayed on the page's rail button, so Space, Enter
        and Tab went on acting on the rail. Where the keyboard already is in the page (the user
        chose that place), and when the page is not on show, nothing moves."""
        holder = self._page_holders.get(key)
        if holder is None or self.pages.currentWidget() is not holder:
            return
        focused = self.focusWidget()
        if focused is not None and not self._rail.isAncestorOf(focused):
            return
        if control is None or not holder.isAncestorOf(control) or not _tab_stop(control):
            control = _first_tab_stop(holder)
        if control is not None:
            control.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page(self, key: str) -> QWidget | None:
        return self._page_widgets.get(key)

    def say(self, text: str) -> None:
        self.message_bar.say(text)

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.fit_to_screen_after_frame()

    def fit_to_screen_after_frame(self) -> None:
        """Once the window manager has framed the window, check again with the real title bar.

        Only the size it has is fitted: going back to the default size first would lose the size
        the user left, and lay the pages out twice more before the first paint."""
        screen = self.screen()
        if screen is not None and not screen.availableGeometry().contains(self.frameGeometry()):
            self._keep_on_screen()

    def hideEvent(self, event: QHideEvent) -> None:
        self.remember_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_geometry()
        if self.keep_running_in_tray:
            event.ignore()
            self.hide()
            self.close_to_tray.emit()
            return
        super().closeEvent(event)


def _tab_stop(widget: QWidget) -> bool:
    """Whether Tab can stop at ``widget`` now (shown, enabled, taking the focus from Tab)."""
    takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return takes_tab and widget.isVisible() and widget.isEnabled()


def _first_tab_stop(page: QWidget) -> QWidget | None:
    """The first widget in ``page`` that Tab stops at, in the window's Tab order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:  # a ring through the whole window
        if page.isAncestorOf(widget) and _tab_stop(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None
