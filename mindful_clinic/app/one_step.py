"""One step to a practice: a card's Start, the tray's quick practice, ``--start`` and ``--open``
(also from a second launch), and Ctrl+1 home from anywhere.

Functions of the running ``App``, kept apart from it so application.py stays the map of the parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mindful_clinic.ui.home.practice_card import quick_length

if TYPE_CHECKING:
    from mindful_clinic.app.application import App
    from mindful_clinic.core.practice.catalog import Catalog

PAGES = ("home", "history", "insights", "group", "settings", "support")
"""What ``--open`` takes besides a practice's id (its set-up page)."""

QUICK_MINUTES = 1.0
"""The tray's quick practice: this long."""


class LaunchError(ValueError):
    """A ``--start`` or ``--open`` the app cannot follow: one plain line for the user."""


def parse_start(text: str, catalog: Catalog) -> tuple[str, int | None]:
    """``ID[:SECONDS]`` -> (id, seconds or None). Raises LaunchError in plain words."""
    practice_id, colon, seconds_text = text.strip().partition(":")
    if catalog.get(practice_id) is None:
        raise LaunchError(
            f"no practice called '{practice_id}' (see 'mindful-clinic practices' for the ids)"
        )
    if not colon:
        return practice_id, None
    # ASCII digits only ("²" passes isdigit() but int() refuses it; see rules.whole_number), and
    # at most five: four hours is 14400 seconds, and int() has a limit of its own
    digits = len(seconds_text) <= 5 and seconds_text.isascii() and seconds_text.isdigit()
    seconds = int(seconds_text) if digits else 0
    if not 0 < seconds <= 4 * 3600:
        raise LaunchError(f"'{seconds_text}' is not a length in seconds (e.g. {practice_id}:60)")
    return practice_id, seconds


def check_page(page: str, catalog: Catalog) -> str:
    """The page ``--open`` names, checked: one of PAGES or a practice's id."""
    if page in PAGES or catalog.get(page) is not None:
        return page
    raise LaunchError(f"no page called '{page}': use {', '.join(PAGES)} or a practice's id")


def start_now(app: App, practice_id: str, seconds: int | None) -> None:
    """Straight to the before-rating, then the practice. A practice already running is left as
    it is (the window only comes forward): one practice at a time."""
    if app.practising:
        app.window.bring_forward()
        app.window.show_page("practise")
        return
    app.start_from_reminder(practice_id, seconds or 0)


def quick_practice(app: App) -> None:
    """The tray's quick practice: the first favourite at one minute, else the last practice,
    else the home screen showing what fits in a minute."""
    catalog = app.catalog.catalog
    for practice_id in [*app.prefs.favourites, *app.prefs.recent]:
        entry = catalog.get(practice_id)
        if entry is not None:
            start_now(app, entry.id, quick_length(entry, QUICK_MINUTES))
            return
    app.show_home(QUICK_MINUTES)


def open_page(app: App, page: str) -> None:
    """``--open PAGE``: a page of the window, or a practice's set-up page."""
    app.window.bring_forward()
    if page == "home":
        app.window.show_page("practise")
        app.go_home()
    elif page in PAGES:
        app.window.show_page(page)
    elif app.catalog.catalog.get(page) is not None:
        if app.practising:
            app.window.show_page("practise")
            return
        app.start_practice(page)


def follow_command(app: App, command: str) -> None:
    """What a second launch asked for: "start ID[:SECONDS]" or "open PAGE" (anything the
    running app cannot follow is ignored: the second launch checked it already)."""
    verb, _space, argument = command.partition(" ")
    try:
        if verb == "start":
            start_now(app, *parse_start(argument, app.catalog.catalog))
        elif verb == "open":
            open_page(app, check_page(argument, app.catalog.catalog))
    except LaunchError:
        return
