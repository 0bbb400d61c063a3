"""The composition root: build the services, then the models, then the windows, then connect them.

This is the only place that knows every part of the app (each feature's wiring lives beside it in
``mindful_clinic/wiring``). Everything else receives what it needs in its constructor, so tests,
screenshots and benchmarks build the same app with a fake clock and a temporary data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # keep Ctrl-C and SIGTERM for Qt, not SDL
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from mindful_clinic.core.time.clock import Clock, SystemClock  # isort: skip
from mindful_clinic.core.preferences import Preferences  # isort: skip
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore  # isort: skip
from mindful_clinic.services.practice.library import Library, load_library  # isort: skip
from mindful_clinic.services.storage.paths import APP_NAME, ORG_NAME, data_dir  # isort: skip
from mindful_clinic.services.storage.settings import SettingsStore  # isort: skip

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from mindful_clinic.app.guided import GuidedWiring, LazyKind, wire_guided
from mindful_clinic.app.log import LogWiring
from mindful_clinic.app.sound import SoundWiring, wire_sound
from mindful_clinic.ui.home.view import HomeView
from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.shell.lazy_page import LazyPage
from mindful_clinic.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from mindful_clinic.app.reminders import RemindersWiring
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.ui.breath.kind import BreathKind
    from mindful_clinic.ui.practice.flow import PracticeFlow


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class App:
    """Everything the running app is made of, for tests and scripts to reach into.

    A plain class, not a dataclass: it is made at every start, and a dataclass compiles its methods.
    """

    def __init__(
        self,
        qapp: QApplication,
        clock: Clock,
        folder: Path,
        settings: SettingsStore,
        prefs: Preferences,
        library: Library,
        window: MainWindow,
        home: HomeView,
        practise: QStackedWidget,
        make_flow: Callable[[], PracticeFlow],
        settings_page: LazyPage,
        palette: theme.Palette,
        sound: SoundWiring,
        guided: GuidedWiring,
        make_reminders: Callable[[], RemindersWiring],
    ) -> None:
        self.qapp = qapp
        self.clock = clock
        self.folder = folder
        self.settings = settings
        self.prefs = prefs
        self.library = library
        self.window = window
        self.home = home
        self.practise = practise
        self.make_flow = make_flow
        self.settings_page = settings_page
        self.palette = palette
        self.sound = sound
        self.guided = guided
        self.make_reminders = make_reminders
        self.settings_sections: list[tuple[str, Callable[[], QWidget]]] = []
        """Settings tabs, built when the settings page is first opened."""
        self.outcomes: list[PracticeOutcome] = []
        self.outcome_listeners: list[Callable[[PracticeOutcome], None]] = []
        self.group_panel: QWidget | None = None
        self.support_page: QWidget | None = None
        self.log: LogWiring | None = None
        self.keep: list[QObject] = []
        self._flow: PracticeFlow | None = None
        self._reminders: RemindersWiring | None = None

    @property
    def reminders(self) -> RemindersWiring:
        """Reminders, the tray and calendars: started just after the window (see ``run``)."""
        if self._reminders is None:
            self._reminders = self.make_reminders()
        return self._reminders

    @property
    def flow(self) -> PracticeFlow:
        """The path through a practice, made when the first practice is opened (not at start-up)."""
        if self._flow is None:
            self._flow = self.make_flow()
        return self._flow

    def save_prefs(self) -> None:
        self.settings.set_section("app", self.prefs.to_dict())

    def start_practice(self, practice_id: str) -> bool:
        """Open a practice's set-up screen (from the home screen, a reminder or the tray)."""
        entry = self.library.catalog.get(practice_id)
        if entry is None:
            return False
        self.window.show_page("practise")
        self.flow.open(entry)
        if self.flow.current_widget is not None:
            self.practise.setCurrentWidget(self.flow.current_widget)
        return True

    def show_home(self, minutes: float | None = None) -> None:
        self.window.bring_forward()
        self.window.show_page("practise")
        if self._flow is None or self._flow.current_widget is None:
            self.home.set_time_choice(minutes)

    def reload_library(self) -> None:
        self.library = load_library(self.library.custom_patterns, self.library.custom_practices)
        self.home.set_catalog(self.library.catalog)
        if self._reminders is not None:
            self._reminders.set_catalog(self.library.catalog)
        if self.group_panel is not None:
            self.group_panel.set_catalog(self.library.catalog)  # type: ignore[attr-defined]

    def apply_theme(self, name: str) -> None:
        self.palette = theme.resolve(name, self.qapp)
        theme.apply(self.qapp, self.palette)
        self.home.set_palette(self.palette)

    def show_support(self) -> None:
        self.window.bring_forward()
        self.window.show_page("support")


def ensure_qapp(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName("mindful_clinic")
    qapp = QApplication([sys.argv[0], *argv])
    install_translator(qapp)
    return qapp


def install_translator(qapp: QApplication) -> None:
    """The language chosen in Settings, else the system's: translations, content and formats."""
    from mindful_clinic.services.i18n.language import install

    install(qapp, SettingsStore(data_dir()))


def build(clock: Clock | None = None, qapp: QApplication | None = None) -> App:
    """Build the whole app (not shown). Reads the data folder; never blocks on sound or network."""
    qapp = qapp or ensure_qapp()
    clock = clock or SystemClock()
    folder = data_dir()
    settings = SettingsStore(folder)
    prefs = Preferences.from_dict(settings.section("app"))
    palette = theme.resolve(prefs.theme, qapp)
    theme.apply(qapp, palette)
    window = MainWindow()
    ref: dict[str, App] = {}

    def save_prefs() -> None:
        settings.set_section("app", prefs.to_dict())

    def mark_notice_seen(notice_id: str) -> None:
        if notice_id not in prefs.seen_notices:
            prefs.seen_notices.append(notice_id)
        save_prefs()

    sound = wire_sound(settings, clock, window.say)
    guided = wire_guided(
        folder,
        settings,
        clock,
        window.say,
        edit_practice=lambda practice: edit_guided_practice(ref["app"], practice),
        on_view_created=lambda view: sound.attach(view, view.session, current_practice_id()),  # type: ignore[attr-defined]
        sound_choices=lambda pid: sound.settings.choices_for(pid),
        save_sound_choices=lambda pid, c: sound.update(sound.settings.with_choices(pid, c)),
    )
    library = load_library(CustomPatternStore(folder), guided.custom_practices)

    practise = QStackedWidget()
    practise.setProperty("fill", "none")
    practise.setAccessibleName(QCoreApplication.translate("App", "Practise"))
    # Into the window first, then the home screen into it, then its cards: each widget joins the
    # window once, and Qt styles and lays out the cards once, when the window is shown (added to a
    # stack with them, the home screen would be styled and laid out twice: about a millisecond).
    window.add_page("practise", QCoreApplication.translate("App", "Practise"), practise, "Ctrl+1")
    home = HomeView(library.catalog, prefs, save_prefs, palette, parent=practise, cards_now=False)
    practise.addWidget(home)
    home.rebuild()
    made: dict[str, BreathKind] = {}

    def breath_kind() -> BreathKind:
        """Built when the first breath practice is opened (its module is not needed before)."""
        if "breath" not in made:
            from mindful_clinic.ui.breath.kind import BreathKind

            made["breath"] = BreathKind(
                clock,
                prefs,
                save_prefs,
                lambda: ref["app"].palette,
                on_view_created=lambda v: sound.attach(v, v.session, current_practice_id()),
                sound_choices=lambda pid: sound.settings.choices_for(pid),
                save_sound_choices=lambda pid, c: sound.update(sound.settings.with_choices(pid, c)),
            )
        return made["breath"]

    def make_flow() -> PracticeFlow:
        from mindful_clinic.ui.practice.flow import PracticeFlow

        flow = PracticeFlow(
            practise,
            {"breath": LazyKind(breath_kind), "guided": LazyKind(lambda: guided.kind)},
            clock,
            notice_seen=lambda notice_id: notice_id in prefs.seen_notices,
            mark_notice_seen=mark_notice_seen,
        )
        flow.checkin_factory = log.checkin if checkins_at_start else None
        connect_flow(ref["app"], flow)
        return flow

    def current_practice_id() -> str:
        flow = ref["app"]._flow
        return flow.entry.id if flow is not None and flow.entry is not None else ""

    log = LogWiring(
        clock,
        window,
        window.say,
        also_delete=[(lambda: delete_other_data(ref["app"]), QCoreApplication.translate("App",
            "Your settings, your own patterns and practices, group records and imported sounds "
            "are deleted too."))],
    )  # fmt: skip
    checkins_at_start = prefs.checkins  # the settings tab switches them on the flow itself

    def make_reminders() -> RemindersWiring:
        from mindful_clinic.app.reminders import wire_reminders

        rem = wire_reminders(
            settings, clock, lambda: ref["app"].library.catalog, window, sound.settings.muted
        )
        connect_reminders(ref["app"], rem)
        return rem

    app = App(
        qapp, clock, folder, settings, prefs, library, window, home, practise, make_flow,
        LazyPage(lambda: make_settings(ref["app"])), palette, sound, guided, make_reminders,
    )  # fmt: skip
    app.log = log
    ref["app"] = app
    connect(app)
    add_pages(app)
    for problem in [*library.problems, *([settings.problem] if settings.problem else [])]:
        window.say(problem)
    return app


def connect(app: App) -> None:
    """The signals between the parts that exist from the start: home, practices, sound."""
    home, window = app.home, app.window

    from PySide6.QtGui import QKeySequence, QShortcut

    quit_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), window)
    quit_key.activated.connect(app.qapp.quit)  # quitting is explicit: Ctrl+Q or the tray's Quit
    home.practice_chosen.connect(app.start_practice)
    home.edit_patterns_requested.connect(lambda: open_pattern_editor(app))
    if app.log is not None:
        app.outcome_listeners.append(app.log.save)


def connect_flow(app: App, flow: PracticeFlow) -> None:
    """A finished (or abandoned) practice is recorded and the home screen comes back."""

    def practice_done(outcome: PracticeOutcome | None) -> None:
        if outcome is not None:
            app.outcomes.append(outcome)
            for listener in app.outcome_listeners:
                listener(outcome)
        app.practise.setCurrentWidget(app.home)
        app.home.rebuild()

    flow.finished.connect(practice_done)
    flow.support_requested.connect(app.show_support)


def connect_reminders(app: App, rem: RemindersWiring) -> None:
    """Reminders, the tray and the mute state they share with the window."""
    window, sound = app.window, app.sound

    def reminder_start(practice_id: str, _seconds: int) -> None:
        window.bring_forward()
        if not practice_id or not app.start_practice(practice_id):
            app.show_home()

    rem.presenter.start_practice.connect(reminder_start)
    tray = rem.tray
    tray.quick_practice_requested.connect(lambda: app.show_home(3.0))
    tray.open_requested.connect(window.bring_forward)
    tray.quit_requested.connect(app.qapp.quit)
    tray.pause_hour_requested.connect(lambda: rem.scheduler.pause_for(60))
    tray.pause_tomorrow_requested.connect(rem.scheduler.pause_until_tomorrow)
    tray.resume_requested.connect(rem.scheduler.resume)
    tray.mute_toggled.connect(sound.set_muted)
    sound.listeners.append(lambda s: tray.set_muted(s.muted))

    def reminder_sound(_reminder: object) -> None:
        from dataclasses import replace

        from mindful_clinic.core.sound.settings import SoundPurpose, sound_decision

        # A sound with reminders only if the user chose one (Sound or Reminders settings).
        name = sound.settings.reminder_sound or (
            "bell_interval" if rem.store.config.sound else None
        )
        if name is None:
            return
        chosen = replace(sound.settings, reminder_sound=name)
        decision = sound_decision(
            chosen, now=app.clock.now(), purpose=SoundPurpose.REMINDER, channel="bells"
        )
        if decision.allowed:
            sound.player.play(name, "bells")

    rem.scheduler.reminder_due.connect(reminder_sound)


def add_pages(app: App) -> None:
    window = app.window
    log = app.log
    assert log is not None
    window.add_page(
        "history",
        QCoreApplication.translate("App", "History"),
        LazyPage(log.make_history),
        "Ctrl+2",
    )
    window.add_page(
        "insights",
        QCoreApplication.translate("App", "Insights"),
        LazyPage(log.make_insights),
        "Ctrl+4",
    )

    def make_group() -> QWidget:
        from mindful_clinic.app.group import make_group_panel

        held = {"by_us": False}

        def presenter_visible(shown: bool) -> None:
            # Nothing personal on a shared screen: hold reminders while the presenter is up, and
            # leave the clinician's own "In session" choice as it was afterwards.
            scheduler = app.reminders.scheduler
            if shown and scheduler.in_session_until() is None:
                scheduler.set_in_session(True)
                held["by_us"] = True
            elif not shown and held["by_us"]:
                scheduler.set_in_session(False)
                held["by_us"] = False

        panel = make_group_panel(
            app.library.catalog, app.clock, app.folder, app.sound, app.guided.speaker,
            presenter_visible,
        )  # fmt: skip
        app.group_panel = panel
        return panel

    window.add_page(
        "group", QCoreApplication.translate("App", "Group session"), LazyPage(make_group), "Ctrl+3"
    )
    window.add_page(
        "settings", QCoreApplication.translate("App", "Settings"), app.settings_page, "Ctrl+,"
    )

    def make_support() -> QWidget:
        from mindful_clinic.ui.support.page import SupportPage

        page = SupportPage(app.guided.support_info())
        page.back_requested.connect(lambda: window.show_page("practise"))
        page.edit_requested.connect(
            lambda: open_settings_tab(app, QCoreApplication.translate("App", "Support contacts"))
        )
        app.support_page = page
        return page

    window.add_page(
        "support",
        QCoreApplication.translate("App", "If you are struggling"),
        LazyPage(make_support),
        bottom=True,
    )
    window.add_nav_action(app.sound.make_mute_button())

    def make_general() -> QWidget:
        from mindful_clinic.services.i18n.language import save_choice, saved_choice
        from mindful_clinic.ui.shell.settings_view import GeneralSettings

        general = GeneralSettings(app.prefs, app.save_prefs, language=saved_choice(app.settings))
        general.language_chosen.connect(lambda choice: save_choice(app.settings, choice))
        general.theme_changed.connect(app.apply_theme)
        general.checkins.toggled.connect(
            lambda on: setattr(app.flow, "checkin_factory", log.checkin if on else None)
        )
        return general

    def make_sound() -> QWidget:
        from mindful_clinic.ui.sound.settings import SoundSettingsView

        view = SoundSettingsView(app.sound.settings, app.sound.player, app.sound.update)
        app.sound.listeners.append(view.set_settings)  # a mute from the rail or tray shows here
        return view

    def support_changed(info: object) -> None:
        if app.support_page is not None:
            app.support_page.set_info(info)  # type: ignore[attr-defined]

    app.settings_sections += [
        (QCoreApplication.translate("App", "General"), make_general),
        (QCoreApplication.translate("App", "Sound"), make_sound),
        (QCoreApplication.translate("App", "Voice"), app.guided.make_voice_settings),
        (QCoreApplication.translate("App", "Reminders"), lambda: app.reminders.make_settings()),
        (
            QCoreApplication.translate("App", "Support contacts"),
            lambda: app.guided.make_support_settings(support_changed),
        ),
        (QCoreApplication.translate("App", "Privacy"), log.make_privacy),
    ]


def make_settings(app: App) -> QWidget:
    from mindful_clinic.ui.shell.settings_view import SettingsView

    view = SettingsView()
    for title, factory in app.settings_sections:
        view.add_section(title, factory())
    return view


def open_settings_tab(app: App, title: str) -> None:
    app.window.show_page("settings")
    view = app.settings_page.content
    tabs = view.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        if tabs.tabText(i) == title:
            tabs.setCurrentIndex(i)


def delete_other_data(app: App) -> None:
    """Everything but the log (which its store deletes): back to a fresh start, nothing left over."""
    import shutil

    for path in app.folder.iterdir():
        if path.name == "log":
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    fresh = Preferences()
    for name in ("theme", "reduced_motion", "checkins", "favourites", "recent", "choices"):
        setattr(app.prefs, name, getattr(fresh, name))
    app.prefs.seen_notices = [n for n in app.prefs.seen_notices if n == "first_run_note"]
    app.save_prefs()
    from mindful_clinic.core.sound.settings import SoundSettings
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore

    app.sound.update(SoundSettings())
    app.library = load_library(CustomPatternStore(app.folder), CustomPracticeStore(app.folder))
    app.reload_library()


def open_pattern_editor(app: App) -> None:
    from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog

    store = app.library.custom_patterns
    if store is None:
        return
    shipped = {e.id for e in app.library.catalog.entries() if not e.custom}
    dialog = PatternEditorDialog(store, shipped, app.reload_library, app.window)
    dialog.exec()


def edit_guided_practice(app: App, practice: object) -> None:
    from mindful_clinic.ui.guided.practice_editor import edit_practice

    store = app.library.custom_practices
    if store is None:
        return
    taken = set(app.library.catalog.ids())
    edit_practice(app.window, practice, store, taken, lambda _id: app.reload_library())  # type: ignore[arg-type]


def mark_seen(app: App, notice: str) -> None:
    if notice not in app.prefs.seen_notices:
        app.prefs.seen_notices.append(notice)
        app.save_prefs()


def tell_once_still_running(app: App) -> None:
    """Closing the window keeps reminders running from the tray: say so the first time only."""
    if "close_to_tray" in app.prefs.seen_notices:
        return
    mark_seen(app, "close_to_tray")
    app.reminders.tray.show_message(
        QCoreApplication.translate("App", "mindful clinic is still running"),
        QCoreApplication.translate(
            "App", "Reminders carry on from the tray. Choose Quit in its menu to close the app."
        ),
    )


BACKGROUND_DELAY_MS = 800
"""Reminders, the tray and the log start this long after the window appears: the clinician can
use the window at once, and nothing they need in the first second waits for them."""


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
) -> int:
    """Start the desktop app; a second launch raises the first window and exits with status 0.

    ``on_idle`` runs once the window is on screen and the event loop is idle
    (``when_shown_and_idle``); ``on_ready`` once the background services (reminders, tray, log)
    have started too. The start-up benchmark uses both.
    """
    qapp = ensure_qapp(argv)
    from mindful_clinic.services.desktop.single_instance import (
        InstanceServer,
        notify_running_instance,
    )

    if notify_running_instance():
        print("mindful_clinic is already running; brought its window forward.")
        return 0
    app = build(qapp=qapp)
    app.window.show()

    def start_background() -> None:
        from mindful_clinic.app.reminders import start_reminders

        if theme.refine_system_scheme(qapp) and app.prefs.theme == "system":
            app.apply_theme("system")  # the palette had not told the system's scheme right
        qapp.setWindowIcon(app.reminders.tray.icon.icon())  # the theme's, else the drawn ring

        if start_reminders(app.reminders, qapp, app.window):
            app.window.keep_running_in_tray = True
            app.window.close_to_tray.connect(lambda: tell_once_still_running(app))
        app.window.add_nav_action(app.reminders.make_session_button())
        if app.log is not None:
            app.log.open()
        if on_ready is not None:
            on_ready(app)

    def after_shown() -> None:
        server = InstanceServer()
        server.raise_requested.connect(app.window.bring_forward)
        app.keep.append(server)
        qapp.aboutToQuit.connect(server.close)
        qapp.aboutToQuit.connect(app.sound.close)
        if app.log is not None:
            qapp.aboutToQuit.connect(app.log.close)
        QTimer.singleShot(BACKGROUND_DELAY_MS, start_background)
        if on_idle is not None:
            when_shown_and_idle(app.window, lambda: on_idle(app))
            return
        from mindful_clinic.ui.support.first_run import show_first_run_once

        QTimer.singleShot(
            0,
            lambda: show_first_run_once(
                app.window,
                app.guided.support_info(),
                lambda notice: notice in app.prefs.seen_notices,
                lambda notice: mark_seen(app, notice),
                on_support=app.show_support,
            ),
        )

    QTimer.singleShot(0, after_shown)
    return int(qapp.exec())
