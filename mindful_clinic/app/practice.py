"""A practice that ran is never lost: the practice flow, and what it shows when the user goes
elsewhere or the app quits.

    Ctrl+1, the rail's Practise       -> App.go_home -> PracticeFlow.leave (as Back, or recorded)
    the Practise page out of view (another page by the rail, Ctrl+2/3/4, Ctrl+, , F1, --open
    or a link; the window hidden or closed), another practice opened (a card, a reminder's Start
    now, the tray's quick practice, --start)
                                      -> PracticeFlow.settle: the rating after or the closing
                                         screen is recorded as it stands; a practice still
                                         running carries on (the support link pauses it, and
                                         the Support page's Back returns to it)
    the window closed to the tray     -> PracticeFlow.leave, as Ctrl+1
    Ctrl+Q, the tray's Quit, the last window closed, SIGTERM, the desktop session ending
                                      -> PracticeFlow.keep_before_quit: whatever ran is recorded

Quitting is heard from the moment the app is built, so the practice is recorded before the log
closes (``run`` connects that later). A practice recorded because the user went elsewhere or quit
brings no reflection prompt and no page back: the user is on their way somewhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from mindful_clinic.app.application import App
    from mindful_clinic.ui.practice.flow import PracticeFlow
    from mindful_clinic.ui.shell.main_window import MainWindow


class PracticeKeeper(QObject):
    """Records the practice flow's practice when the user leaves it without Done. A child of the
    window, deleted with it: a window gone (a test's) never hears a later quit."""

    def __init__(
        self,
        qapp: QApplication,
        window: MainWindow,
        page: QWidget,
        flow: Callable[[], PracticeFlow | None],
    ) -> None:
        """``page``: the Practise page, where the flow shows its screens."""
        super().__init__(window)
        self.window = window
        self.page = page
        self._flow = flow
        self.aside = False
        """The practice is being recorded because the user went elsewhere or is quitting."""
        qapp.aboutToQuit.connect(self.keep_before_quit)
        qapp.commitDataRequest.connect(self.keep_before_quit)  # logging out: quit may never come
        window.close_to_tray.connect(self._window_closed)

    def watch_page(self) -> None:
        """Hear the Practise page go out of view, from the first practice on (a Python event
        filter before the first paint would load every event class of PySide and delay it)."""
        self.page.installEventFilter(self)

    def keep_before_quit(self, *_session: object) -> None:
        """Quitting, however it came (``commitDataRequest`` gives the session manager; a logout
        cancelled then finds home, the practice recorded)."""
        flow = self._flow()
        if flow is None:
            return
        self.aside = True
        try:
            flow.keep_before_quit()
        finally:
            self.aside = False

    def settle(self) -> None:
        """The user went on elsewhere (another page, another practice): a practice waiting for
        its rating after or on its closing screen is recorded as it stands."""
        flow = self._flow()
        if flow is None or not flow.waiting:
            return
        self.aside = True
        try:
            flow.settle()
        finally:
            self.aside = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Practise page went out of view: recorded before the next page shows (History
        then lists it). A minimised window hides it too, but by the system (spontaneous): the
        rating still waits there when the window comes back."""
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.settle()
        return super().eventFilter(watched, event)

    def _window_closed(self) -> None:
        """Closed to the tray: the practice is left as Ctrl+1 leaves it (no bells or voice go on
        from a window no one sees, and no rating waits there all day)."""
        flow = self._flow()
        if flow is None or flow.current_widget is None:
            return
        self.aside = True
        try:
            flow.leave()
        finally:
            self.aside = False


def make_flow(app: App) -> PracticeFlow:
    """The path through a practice, made when the first practice is opened (not at start-up)."""
    from mindful_clinic.ui.practice.flow import PracticeFlow
    from mindful_clinic.ui.practice.lazy_kind import LazyKind

    flow = PracticeFlow(
        app.practise,
        {"breath": LazyKind(app.breath_kind), "guided": LazyKind(app.guided_kind)},
        app.clock,
        checkin_factory=app.log.checkin if app.prefs.checkins else None,
        notice_seen=lambda notice_id: notice_id in app.prefs.seen_notices,
        mark_notice_seen=app.mark_seen,
    )
    flow.finished.connect(app.log.save)
    flow.finished.connect(app.practice_done)
    flow.support_requested.connect(app.show_support)
    app.keeper.watch_page()
    return flow
