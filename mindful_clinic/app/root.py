"""The composition root: build the services, then the models, then the windows, then connect them.

This is the only place that knows every part of the app; each feature's building and connecting
lives beside it in this package (sound, guided, log, reminders, group). Everything else receives
what it needs in its constructor, so tests, screenshots and benchmarks build the same app with a
fake clock and a temporary data folder.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from mindful_clinic.app.application import App, save_preferences
from mindful_clinic.app.guided import build_voice
from mindful_clinic.app.log import PracticeLog
from mindful_clinic.app.reflect import Reflect
from mindful_clinic.app.sound import build_sound
from mindful_clinic.core.preferences import Preferences
from mindful_clinic.core.time.clock import Clock, SystemClock
from mindful_clinic.services.admin.defaults import load as load_admin_defaults
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.services.desktop.startup_checks import startup_problems
from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
from mindful_clinic.services.practice.library import load_library
from mindful_clinic.services.storage.paths import APP_NAME, ORG_NAME, cache_dir, data_dir
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.home.view import HomeView
from mindful_clinic.ui.practice.catalog_model import CatalogModel
from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.lazy_page import LazyPage
from mindful_clinic.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from mindful_clinic.core.practice.catalog import Catalog


def ensure_qapp(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName("Mindful Clinic")
    qapp = QApplication([sys.argv[0], *argv])
    install_translator(qapp)
    return qapp


def install_translator(qapp: QApplication) -> None:
    """The language chosen in Settings, else the system's: translations, content and formats."""
    from mindful_clinic.services.i18n.language import install

    install(qapp, SettingsStore(data_dir()))


def build(
    clock: Clock | None = None,
    qapp: QApplication | None = None,
    folder: Path | None = None,
    *,
    paint_first: bool = False,
) -> App:
    """Build the whole app (not shown). Reads the data folder; never blocks on sound or network.

    ``paint_first`` leaves what the first screen does not need to ``after_first_paint``, which
    the caller runs once the window is on screen (``run`` does): the window appears sooner.
    """
    qapp = qapp or ensure_qapp()
    clock = clock or SystemClock()
    folder = folder or data_dir()

    # Services: the files the app keeps, and the clinic's defaults set by IT (issue #18).
    admin = load_admin_defaults()
    settings = SettingsStore(folder)
    prefs = Preferences.from_dict(settings.section("app"))
    from mindful_clinic.services.sync.follow import personal_file, shared_favourites

    prefs.favourites = shared_favourites(prefs.favourites, clock)  # every computer's, if synced
    custom_patterns = CustomPatternStore(
        folder, personal_file("patterns", clock)
    )  # synced or local
    custom_practices = CustomPracticeStore(folder, personal_file("practices", clock))
    library = load_library(custom_patterns, custom_practices)

    # Models: what the windows show and change.
    def load_catalog() -> Catalog:
        return load_library(custom_patterns, custom_practices).catalog

    catalog = CatalogModel(library.catalog, load_catalog)
    sound = build_sound(settings)
    voice = build_voice(settings)
    palette = theme.resolve(prefs.theme, qapp)
    arrows_folder = cache_dir() / "arrows"
    theme.apply(qapp, palette, arrows_folder)

    # Windows.
    window = MainWindow(  # opens at the size the user left, never larger than the screen
        saved_geometry=settings.section("window").get("geometry"),
        save_geometry=lambda g: settings.set_section(
            "window", {**settings.section("window"), "geometry": g}
        ),
    )
    settings.notify = window.say  # a save the disk refuses is said once
    practise = QStackedWidget()
    practise.setProperty("fill", "none")
    practise.setAccessibleName(translate("App", "Practise"))
    # Into the window first, then the home screen into it, then its cards: each widget joins the
    # window once, and Qt styles and lays out the cards once, when the window is shown (added to a
    # stack with them, the home screen would be styled and laid out twice: about a millisecond).
    window.add_page("practise", translate("App", "Practise"), practise, "Ctrl+1")
    home = HomeView(
        library.catalog,
        prefs,
        lambda: save_preferences(settings, prefs),
        palette,
        parent=practise,
        cards_now=False,
    )
    practise.addWidget(home)
    home.rebuild(first=home.cards_to_fill(window.page_room()) if paint_first else None)
    log = PracticeLog(folder / "log", clock, window, window.say)
    reflect = Reflect(folder, clock, settings, window.say, window)  # its files: after the window
    log.notes = reflect  # the summary may add reflections and the trend; the export takes them
    log.catalog = catalog  # History and Insights name each practice in the app's language
    app = App(
        qapp, clock, folder, settings, prefs, custom_patterns, custom_practices, catalog, sound,
        voice, log, palette, window, practise, home, reflect, admin,
    )  # fmt: skip

    app.arrows_folder = arrows_folder

    # Connect.
    connect(app)
    for problem in [*library.problems, *([settings.problem] if settings.problem else [])]:
        window.say(problem)
    for admin_problem in admin.problems:  # a broken defaults file: its file and line, once
        window.say(
            translate("App", "Your organisation's settings file has a problem: %1").replace(
                "%1", str(admin_problem)
            )
        )
    for problem in startup_problems(folder):  # a read-only folder, damaged group or sound data
        window.say(problem)
    if not paint_first:
        after_first_paint(app)
    return app


def after_first_paint(app: App) -> None:
    """What ``build(paint_first=True)`` left until the window is on screen: the home cards below
    the first screen, and Enter on buttons (its filter sees every event of the window, and the
    first event a Python filter sees makes PySide load all of Qt's event classes)."""
    from mindful_clinic.ui.shell.enter_key import install_enter_activates_buttons

    app.home.finish_cards()
    install_enter_activates_buttons(app.window)


def connect(app: App) -> None:
    """The pages of the window and the signals between the parts that exist from the start."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from mindful_clinic.app.one_step import start_now
    from mindful_clinic.ui.sound.mute_button import MuteButton

    window = app.window
    # A message from the mixer's worker thread is queued to the window's thread.
    app.sound.message.connect(window.say)
    app.voice.message.connect(window.say)
    app.log.all_deleted.connect(app.erase_everything_else)
    app.home.practice_chosen.connect(lambda pid: app.start_practice(pid, app.home.length_for(pid)))
    app.home.start_now_requested.connect(lambda pid, seconds: start_now(app, pid, seconds))
    window.page_requested.connect(lambda key: app.go_home() if key == "practise" else None)
    app.home.edit_patterns_requested.connect(app.open_pattern_editor)
    app.catalog.changed.connect(app.home.set_catalog)
    # Ctrl+Q everywhere (Cmd+Q on macOS): the platform's own Quit key is none on Windows.
    quit_key = QShortcut(QKeySequence("Ctrl+Q"), window)
    quit_key.activated.connect(app.quit)  # quitting is explicit: Ctrl+Q or the tray's Quit

    reflect = app.reflect
    history = LazyPage(lambda: reflect.make_history(app.log.make_history()))
    window.add_page("history", translate("App", "History"), history, "Ctrl+2")
    insights = LazyPage(lambda: reflect.make_insights(app.log.make_insights(), app.log.quiet_rest))
    window.add_page("insights", translate("App", "Insights"), insights, "Ctrl+4")
    if app.admin.feature("group"):  # [features] group = false: no Group page
        window.add_page(
            "group", translate("App", "Group session"), LazyPage(app.make_group), "Ctrl+3"
        )
    selfchecks = LazyPage(lambda: reflect.make_selfcheck_page(app.support_info()))
    window.add_page("selfcheck", translate("App", "Self-checks"), selfchecks)
    window.add_page("settings", translate("App", "Settings"), app.settings_page, "Ctrl+,")
    window.add_page(
        "support",
        translate("App", "If you are struggling"),
        LazyPage(app.make_support),
        bottom=True,
    )
    window.add_nav_action(MuteButton(app.sound))
    line = reflect.make_home_line(app.after_work)
    line.debrief_requested.connect(app.start_debrief)
    line.reflect_requested.connect(lambda: app.offer_reflection(end_of_day=True))
    line.selfcheck_requested.connect(lambda: window.show_page("selfcheck"))
    app.log.folder_changed.connect(reflect.reopen)  # reflections follow the synced folder too
    app.home.add_top_line(line)
    # The day moves on while the app stays open: the line is brought up to date when home returns.
    window.pages.currentChanged.connect(lambda _i: reflect.refresh_home())
    app.practise.currentChanged.connect(lambda _i: reflect.refresh_home())


BACKGROUND_DELAY_MS = 800
"""Reminders, the tray and the log start this long after the window appears: the clinician can
use the window at once, and nothing they need in the first second waits for them."""
PRELOAD_DELAY_MS = 1000
"""After the background services: the pacer's screen is loaded ahead of the first reminder."""


def when_shown_and_idle(window: QWidget, callback: Callable[[], None]) -> None:
    """Call back once, the first time the event loop waits with ``window`` on screen.

    "On screen" is the window's first expose, which paints it; "waits" is the event loop about to
    block, so nothing posted (layout, paint, timers due now) is still pending. The start-up
    benchmark times a bare window to the very same moment (scripts/bench_startup.py).
    """
    dispatcher = QAbstractEventDispatcher.instance()
    done: list[bool] = []

    def check(fallback: bool = False) -> None:
        handle = window.windowHandle()
        if done or not (fallback or (handle is not None and handle.isExposed())):
            return
        done.append(True)
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(check)
        callback()

    if dispatcher is None:
        QTimer.singleShot(0, callback)
        return
    dispatcher.aboutToBlock.connect(check)
    QTimer.singleShot(IDLE_FALLBACK_MS, lambda: check(fallback=True))  # a platform never exposing


IDLE_FALLBACK_MS = 3000


def run(
    argv: Sequence[str] = (),
    on_idle: Callable[[App], None] | None = None,
    on_ready: Callable[[App], None] | None = None,
    open_page: str | None = None,
    start: str | None = None,
) -> int:
    """Start the desktop app; a second launch raises the first window and exits with status 0.

    ``on_idle`` runs once the window is on screen and the event loop is idle
    (``when_shown_and_idle``); ``on_ready`` once the background services (reminders, tray, log)
    have started too. The start-up benchmark uses both. ``open_page`` (``--open PAGE``) shows that
    page first: home, history, insights, group, settings, support or a practice's set-up (its id);
    ``start`` (``--start ID[:SECONDS]``) starts a practice, its before-rating first. With the app
    already running, its window comes forward and does either. A bad id: one line, status 2.
    """
    from mindful_clinic.app.one_step import (
        LaunchError,
        check_page,
        follow_command,
        parse_start,
    )
    from mindful_clinic.app.one_step import (
        open_page as show_opened,
    )

    if start or open_page:
        try:  # checked before anything starts, so a typo never opens a window
            catalog = load_library(CustomPatternStore(data_dir()), CustomPracticeStore(data_dir()))
            if start:
                parse_start(start, catalog.catalog)
            if open_page:
                check_page(open_page, catalog.catalog)
        except LaunchError as exc:
            print(f"mindful-clinic: {exc}", file=sys.stderr)
            return 2
    qapp = ensure_qapp(argv)
    from mindful_clinic.services.desktop.instance_lock import claim_instance, launch_message

    command = f"start {start}" if start else f"open {open_page}" if open_page else ""
    # Under an exclusive lock: two launches at once give one window.
    claim = claim_instance(message=launch_message(command))
    if not claim.first:
        print("Mindful Clinic is already running; brought its window forward.")
        return 0
    app = build(qapp=qapp, paint_first=True)
    if open_page and not start:
        show_opened(app, open_page)
    app.window.show()
    if start:  # after the window shows: the before-rating, then the practice
        QTimer.singleShot(0, lambda: follow_command(app, f"start {start}"))

    def start_background() -> None:
        from mindful_clinic.app.reminders import start_reminders
        from mindful_clinic.ui.reminders.session_button import SessionButton

        theme.follow_system(  # the system's light, dark or high contrast, as it changes
            qapp, lambda: app.apply_theme("system") if app.prefs.theme == "system" else None
        )
        app.sound.check_output()  # "Sound: unavailable" on the rail when nothing can be heard
        if theme.refine_system_scheme(qapp) and app.prefs.theme == "system":
            app.apply_theme("system")  # the palette had not told the system's scheme right
        qapp.setWindowIcon(app.reminders.tray.icon.icon())  # the theme's, else the drawn ring

        if start_reminders(app.reminders, qapp, app.window):
            app.window.keep_running_in_tray = True
            app.window.close_to_tray.connect(app.tell_once_still_running)
        app.window.add_nav_action(SessionButton(app.reminders.scheduler))
        app.reflect.open()  # reflections, self-checks, worry notes: a damaged file is named now
        app.reflect.refresh_home()  # what is due, and the user's working hours are known now
        app.reflect.worry_time.start()  # a parked worry is reminded once, at its time
        app.log.open()
        from mindful_clinic.ui.breath.kind import preload_pacer

        QTimer.singleShot(PRELOAD_DELAY_MS, preload_pacer)  # the first Start is quicker
        if on_ready is not None:
            on_ready(app)

    def after_painted() -> None:
        """Once the window is on screen: the rest of the start, then a second launch is heard."""
        from mindful_clinic.services.desktop.single_instance import InstanceServer, quit_on_sigterm

        after_first_paint(app)
        server = InstanceServer(app.window, claim=claim)
        quit_on_sigterm(qapp)  # SIGTERM quits cleanly, so the socket is removed
        server.raise_requested.connect(app.window.bring_forward)
        server.command_received.connect(lambda text: follow_command(app, text))
        qapp.aboutToQuit.connect(server.close)

    def after_shown() -> None:
        qapp.aboutToQuit.connect(app.sound.close)
        qapp.aboutToQuit.connect(app.log.close)
        QTimer.singleShot(BACKGROUND_DELAY_MS, start_background)
        # Just after the first paint (a second launch waits for the socket meanwhile, as it
        # waits for any first launch that is still starting): the window shows sooner.
        when_shown_and_idle(app.window, lambda: QTimer.singleShot(0, after_painted))
        if on_idle is not None:
            when_shown_and_idle(app.window, lambda: on_idle(app))
            return
        from mindful_clinic.ui.support.first_run import show_first_run_once

        QTimer.singleShot(
            0,
            lambda: show_first_run_once(
                app.window,
                app.support_info(),
                lambda notice: notice in app.prefs.seen_notices,
                app.mark_seen,
                on_support=app.show_support,
            ),
        )

    QTimer.singleShot(0, after_shown)
    return int(qapp.exec())
