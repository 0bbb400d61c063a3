"""The "In session" button's words fit the rail at 1280 x 720, on and off, in every language, and
the rail it widens leaves every page room enough in the languages the app speaks.

It joins the rail only once reminders start (``app.root.run``), so the whole-window layout check
(tests/ui/shell/test_layout_every_language.py) never sees it; this adds it the way ``run`` does and
runs that check's own rules with the button off and on (a checkable rail button is measured in the
semibold it is drawn in once on). In English and German over every page and tab; in the
pseudo-locale (every text 40 % longer) the button's own words must fit, but a page 40 % wider in
every word may lose a few pixels to the wider rail (the Voice tab's fixed-width row, 4 px).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindful_clinic.app.root import App
from mindful_clinic.services.reminders.store import ReminderStore
from mindful_clinic.services.reminders.timer import ReminderScheduler
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.reminders.session_button import SessionButton
from tests.heard import buttons_renamed
from tests.ui.reminders.test_session_button import IdleTimer
from tests.ui.shell.test_layout_every_language import (
    PAGES,
    app_in,
    cut_text,
    settled,
    tab_widgets,
)

__all__ = ["app_in"]  # the fixture: the whole app in English, German and the pseudo-locale


@pytest.mark.qt_log_ignore("text-to-speech plug-in")  # a machine without speech: captions only
def test_the_in_session_button_fits_the_rail_on_and_off(  # type: ignore[no-untyped-def]
    app_in: App,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    qtbot,
) -> None:
    app = app_in
    window = app.window
    scheduler = ReminderScheduler(ReminderStore(SettingsStore(tmp_path)), app.clock, IdleTimer)
    button = SessionButton(scheduler)
    window.add_nav_action(button)
    every_page = request.node.callspec.params["app_in"] != "pseudo"
    found: list[str] = []
    for on in (False, True):
        scheduler.set_in_session(on)
        state = f"in session {'on' if on else 'off'}"
        for key in PAGES if every_page else PAGES[:1]:
            window.show_page(key)
            found += settled(app, f"{state}, {key}", qtbot)
            for tabs in tab_widgets(window.pages.currentWidget()) if every_page else []:
                for i in range(tabs.count()):
                    if tabs.isTabVisible(i):
                        tabs.setCurrentIndex(i)
                        found += settled(app, f"{state}, {key}, tab {tabs.tabText(i)!r}", qtbot)
        assert button.isVisible() and button.isChecked() == on
        assert not [p for p in cut_text(window) if button.text() in p]
        assert not [b for b in buttons_renamed(window) if button.text() in b]
    scheduler.set_in_session(False)
    assert not found, "\n".join(found)
