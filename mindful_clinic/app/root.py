"""The composition root: build the services, then the models, then the windows, then connect them.

This is the only place that knows every part of the app; each feature's building and connecting
lives beside it in this package (sound, guided, log, reminders, group). Everything else receives
what it needs in its constructor, so tests, screenshots and benchmarks build the same app with a
fake clock and a temporary data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # keep Ctrl-C and SIGTERM for Qt, not SDL
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from mindful_clinic.ui.shell.i18n import translate

from mindful_clinic.core.time.clock import Clock, SystemClock  # isort: skip
from mindful_clinic.core.preferences import Preferences  # isort: skip
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore  # isort: skip
from mindful_clinic.services.guided.custom_practices import CustomPracticeStore  # isort: skip
from mindful_clinic.services.practice.library import load_library  # isort: skip
from mindful_clinic.services.storage.paths import APP_NAME, ORG_NAME, data_dir  # isort: skip
from mindful_clinic.services.storage.settings import SettingsStore  # isort: skip

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from mindful_clinic.app.guided import LazyKind, Voice, make_support_settings, support_info
from mindful_clinic.app.log import PracticeLog
from mindful_clinic.app.sound import attach_practice_sound, build_sound
from mindful_clinic.ui.home.view import HomeView
from mindful_clinic.ui.practice.catalog_model import CatalogModel
from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.shell.lazy_page import LazyPage
from mindful_clinic.ui.shell.main_window import MainWindow
from mindful_clinic.ui.sound.model import SoundModel

if TYPE_CHECKING:
    from mindful_clinic.app.reminders import Reminders
    from mindful_clinic.core.guided.practice import GuidedPractice
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.core.practice.catalog import Catalog
    from mindful_clinic.core.sound.settings import PracticeSoundChoices
    from mindful_clinic.core.support.contacts import SupportInfo
    from mindful_clinic.ui.breath.kind import BreathKind
    from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel
    from mindful_clinic.ui.guided.kind import GuidedKind
    from mindful_clinic.ui.practice.flow import PracticeFlow
    from mindful_clinic.ui.practice.session_view import SessionView
    from mindful_clinic.ui.support.page import SupportPage


class App:
    """Everything the running app is made of, and what the root does when the user moves between
    its parts. A plain class: tests and scripts reach its parts by these names."""

    def __init__(
        self,
        qapp: QApplication,
        clock: Clock,
        folder: Path,
        settings: SettingsStore,
        prefs: Preferences,
        custom_patterns: CustomPatternStore,
        custom_practices: CustomPracticeStore,
        catalog: CatalogModel,
        sound: SoundModel,
        voice: Voice,
        log: PracticeLog,
        palette: theme.Palette,
        window: MainWindow,
        practise: QStackedWidget,
        home: HomeView,
    ) -> None:
        self.qapp = qapp
        self.clock = clock
        self.folder = folder
        self.settings = settings
        self.prefs = prefs
        self.custom_patterns = custom_patterns
        self.custom_practices = custom_practices
        self.catalog = catalog
        self.sound = sound
        self.voice = voice
        self.log = log
        self.palette = palette
        self.window = window
        self.practise = practise
        self.home = home
        self._flow: PracticeFlow | None = None
        self.settings_page = LazyPage(self.make_settings)
        self.group_panel: GroupFacilitatorPanel | None = None
        self.support_page: SupportPage | None = None
        self._reminders: Reminders | None = None
        self._breath: BreathKind | None = None
        self._guided: GuidedKind | None = None

    # -- parts made when first needed ---------------------------------------------------------------
    @property
    def flow(self) -> PracticeFlow:
        """The path through a practice, made when the first practice is opened (not at start-up)."""
        if self._flow is None:
            from mindful_clinic.ui.practice.flow import PracticeFlow

            flow = PracticeFlow(
                self.practise,
                {"breath": LazyKind(self.breath_kind), "guided": LazyKind(self.guided_kind)},
                self.clock,
                checkin_factory=self.log.checkin if self.prefs.checkins else None,
                notice_seen=lambda notice_id: notice_id in self.prefs.seen_notices,
                mark_notice_seen=self.mark_seen,
            )
            flow.finished.connect(self.log.save)
            flow.finished.connect(self.practice_done)
            flow.support_requested.connect(self.show_support)
            self._flow = flow
        return self._flow

    @property
    def reminders(self) -> Reminders:
        """Reminders, the tray and calendars: started just after the window (see ``run``)."""
        if self._reminders is None:
            from mindful_clinic.app.reminders import build_reminders

            self._reminders = build_reminders(
                self.settings, self.clock, self.catalog, self.sound, self.window
            )
            self._reminders.presenter.start_practice.connect(self.start_from_reminder)
            tray = self._reminders.tray
            tray.quick_practice_requested.connect(lambda: self.show_home(3.0))
            tray.open_requested.connect(self.window.bring_forward)
            tray.quit_requested.connect(self.qapp.quit)
        return self._reminders

    def breath_kind(self) -> BreathKind:
        """Built when the first breath practice is opened (its module is not needed before)."""
        if self._breath is None:
            from mindful_clinic.ui.breath.kind import BreathKind

            self._breath = BreathKind(
                self.clock,
                self.prefs,
                self.save_prefs,
                lambda: self.palette,
                on_view_created=self.attach_sound,
                sound_choices=self.sound_choices,
                save_sound_choices=self.save_sound_choices,
            )
        return self._breath

    def guided_kind(self) -> GuidedKind:
        if self._guided is None:
            from mindful_clinic.ui.guided.kind import GuidedKind

            self._guided = GuidedKind(
                self.clock,
                self.voice.speaker,
                load_choices=lambda: self.settings.section("guided"),
                save_choices=lambda d: self.settings.set_section("guided", d),
                voice_on=lambda: self.voice.settings.enabled,
                on_view_created=self.attach_sound,
                edit_practice=self.edit_guided_practice,
                sound_choices=self.sound_choices,
                save_sound_choices=self.save_sound_choices,
            )
        return self._guided

    def make_group(self) -> QWidget:
        from mindful_clinic.app.group import build_group_panel

        self.group_panel = build_group_panel(
            self.catalog,
            self.clock,
            self.folder,
            self.sound,
            self.voice.speaker,
            lambda shown: self.reminders.scheduler.hold_for_shared_screen(shown),
        )
        return self.group_panel

    def make_support(self) -> QWidget:
        from mindful_clinic.ui.support.page import SupportPage

        page = SupportPage(self.support_info())
        page.back_requested.connect(lambda: self.window.show_page("practise"))
        page.edit_requested.connect(
            lambda: self.open_settings_tab(translate("App", "Support contacts"))
        )
        self.support_page = page
        return page

    def make_settings(self) -> QWidget:
        from mindful_clinic.ui.shell.settings_view import GeneralSettings, SettingsView
        from mindful_clinic.ui.sound.settings import SoundSettingsView

        view = SettingsView()
        general = GeneralSettings(self.prefs, self.save_prefs)
        general.theme_changed.connect(self.apply_theme)
        general.checkins.toggled.connect(self.ask_checkins)
        view.add_section(translate("App", "General"), general)

        from mindful_clinic.services.sound.importing import UserSounds

        sound = SoundSettingsView(
            self.sound.settings, self.sound.player, self.sound.update, UserSounds()
        )
        self.sound.settings_changed.connect(sound.set_settings)  # a mute from the rail or tray
        view.add_section(translate("App", "Sound"), sound)
        view.add_section(translate("App", "Voice"), self.voice.make_settings_tab())
        view.add_section(translate("App", "Reminders"), self.reminders.make_settings())
        support = make_support_settings(self.settings)
        support.changed.connect(self.support_changed)
        view.add_section(translate("App", "Support contacts"), support)
        view.add_section(translate("App", "Privacy"), self.log.make_privacy())
        return view

    # -- what the root does -------------------------------------------------------------------------
    def save_prefs(self) -> None:
        save_preferences(self.settings, self.prefs)

    def mark_seen(self, notice: str) -> None:
        if self.prefs.mark_seen(notice):
            self.save_prefs()

    def sound_choices(self, practice_id: str | None) -> PracticeSoundChoices:
        return self.sound.settings.choices_for(practice_id)

    def save_sound_choices(self, practice_id: str, choices: PracticeSoundChoices) -> None:
        self.sound.update(self.sound.settings.with_choices(practice_id, choices))

    def attach_sound(self, view: SessionView) -> None:
        attach_practice_sound(self.sound, self.clock, view, self.flow.practice_id)

    def ask_checkins(self, on: bool) -> None:
        if self._flow is not None:  # a flow made later asks as the preferences say
            self._flow.checkin_factory = self.log.checkin if on else None

    def start_practice(self, practice_id: str) -> bool:
        """Open a practice's set-up screen (from the home screen, a reminder or the tray)."""
        entry = self.catalog.catalog.get(practice_id)
        if entry is None:
            return False
        self.window.show_page("practise")
        self.flow.open(entry)
        if self.flow.current_widget is not None:
            self.practise.setCurrentWidget(self.flow.current_widget)
        return True

    def start_from_reminder(self, practice_id: str, _seconds: int) -> None:
        self.window.bring_forward()
        if not practice_id or not self.start_practice(practice_id):
            self.show_home()

    def practice_done(self, _outcome: PracticeOutcome | None) -> None:
        """A practice ended (recorded by the log) or the user backed out: home comes back."""
        self.practise.setCurrentWidget(self.home)
        self.home.rebuild()

    def show_home(self, minutes: float | None = None) -> None:
        self.window.bring_forward()
        self.window.show_page("practise")
        if self._flow is None or self._flow.current_widget is None:
            self.home.set_time_choice(minutes)

    def show_support(self) -> None:
        self.window.bring_forward()
        self.window.show_page("support")

    def support_info(self) -> SupportInfo:
        return support_info(self.settings)

    def support_changed(self, info: SupportInfo) -> None:
        if self.support_page is not None:
            self.support_page.set_info(info)

    def open_settings_tab(self, title: str) -> None:
        from mindful_clinic.ui.shell.settings_view import SettingsView

        self.window.show_page("settings")
        view = self.settings_page.content
        if isinstance(view, SettingsView):
            view.show_section(title)

    def reload_library(self) -> None:
        self.catalog.reload()

    def apply_theme(self, name: str) -> None:
        self.palette = theme.resolve(name, self.qapp)
        theme.apply(self.qapp, self.palette)
        self.home.set_palette(self.palette)

    def erase_everything_else(self) -> None:
        """After "Delete all my data" removed the log: the rest, and a fresh start."""
        from mindful_clinic.services.storage.privacy import erase_all_but_log

        erase_all_but_log(self.folder)
        self.prefs.start_afresh()
        self.save_prefs()
        self.sound.reset()
        self.custom_patterns.reload()
        self.custom_practices.reload()
        self.reload_library()

    def open_pattern_editor(self) -> None:
        from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog

        shipped = {e.id for e in self.catalog.catalog.entries() if not e.custom}
        dialog = PatternEditorDialog(
            self.custom_patterns, shipped, self.reload_library, self.window
        )
        dialog.exec()

    def edit_guided_practice(self, practice: GuidedPractice) -> None:
        from mindful_clinic.ui.guided.practice_editor import edit_practice

        taken = set(self.catalog.catalog.ids())
        edit_practice(
            self.window, practice, self.custom_practices, taken, lambda _id: self.reload_library()
        )

    def tell_once_still_running(self) -> None:
        """Closing the window keeps reminders running from the tray: say so the first time only."""
        if "close_to_tray" in self.prefs.seen_notices:
            return
        self.mark_seen("close_to_tray")
        self.reminders.tray.show_message(
            translate("App", "mindful clinic is still running"),
            translate(
                "App", "Reminders carry on from the tray. Choose Quit in its menu to close the app."
            ),
        )


def save_preferences(settings: SettingsStore, prefs: Preferences) -> None:
    settings.set_section("app", prefs.to_dict())


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
    """Loads mindful_clinic/i18n/mindful_clinic_<lang>.qm for the system language, if one exists."""
    from importlib import resources

    from PySide6.QtCore import QLocale, QTranslator

    folder = resources.files("mindful_clinic.i18n")
    for name in QLocale.system().uiLanguages():
        candidate = folder.joinpath(f"mindful_clinic_{name.replace('-', '_')}.qm")
        short = folder.joinpath(f"mindful_clinic_{name.split('-')[0]}.qm")
        for path in (candidate, short):
            if path.is_file():
                translator = QTranslator(qapp)
                if translator.load(str(path)):
                    qapp.installTranslator(translator)
                    return


def build(
    clock: Clock | None = None, qapp: QApplication | None = None, folder: Path | None = None
) -> App:
    """Build the whole app (not shown). Reads the data folder; never blocks on sound or network."""
    qapp = qapp or ensure_qapp()
    clock = clock or SystemClock()
    folder = folder or data_dir()

    # Services: the files the app keeps.
    settings = SettingsStore(folder)
    prefs = Preferences.from_dict(settings.section("app"))
    custom_patterns = CustomPatternStore(folder)
    custom_practices = CustomPracticeStore(folder)
    library = load_library(custom_patterns, custom_practices)

    # Models: what the windows show and change.
    def load_catalog() -> Catalog:
        return load_library(custom_patterns, custom_practices).catalog

    catalog = CatalogModel(library.catalog, load_catalog)
    sound = build_sound(settings)
    voice = Voice(settings)
    palette = theme.resolve(prefs.theme, qapp)
    theme.apply(qapp, palette)

    # Windows.
    window = MainWindow()
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
    home.rebuild()
    log = PracticeLog(folder / "log", clock, window, window.say)
    app = App(
        qapp, clock, folder, settings, prefs, custom_patterns, custom_practices, catalog, sound,
        voice, log, palette, window, practise, home,
    )  # fmt: skip

    # Connect.
    connect(app)
    for problem in [*library.problems, *([settings.problem] if settings.problem else [])]:
        window.say(problem)
    return app


def connect(app: App) -> None:
    """The pages of the window and the signals between the parts that exist from the start."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from mindful_clinic.ui.sound.mute_button import MuteButton

    window = app.window
    # A message from the mixer's worker thread is queued to the window's thread.
    app.sound.message.connect(window.say)
    app.voice.message.connect(window.say)
    app.log.all_deleted.connect(app.erase_everything_else)
    app.home.practice_chosen.connect(app.start_practice)
    app.home.edit_patterns_requested.connect(app.open_pattern_editor)
    app.catalog.changed.connect(app.home.set_catalog)
    quit_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), window)
    quit_key.activated.connect(app.qapp.quit)  # quitting is explicit: Ctrl+Q or the tray's Quit

    window.add_page(
        "history", translate("App", "History"), LazyPage(app.log.make_history), "Ctrl+2"
    )
    window.add_page(
        "insights", translate("App", "Insights"), LazyPage(app.log.make_insights), "Ctrl+4"
    )
    window.add_page("group", translate("App", "Group session"), LazyPage(app.make_group), "Ctrl+3")
    window.add_page("settings", translate("App", "Settings"), app.settings_page, "Ctrl+,")
    window.add_page(
        "support",
        translate("App", "If you are struggling"),
        LazyPage(app.make_support),
        bottom=True,
    )
    window.add_nav_action(MuteButton(app.sound))


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
        from mindful_clinic.ui.reminders.session_button import SessionButton

        if theme.refine_system_scheme(qapp) and app.prefs.theme == "system":
            app.apply_theme("system")  # the palette had not told the system's scheme right
        qapp.setWindowIcon(app.reminders.tray.icon.icon())  # the theme's, else the drawn ring

        if start_reminders(app.reminders, qapp, app.window):
            app.window.keep_running_in_tray = True
            app.window.close_to_tray.connect(app.tell_once_still_running)
        app.window.add_nav_action(SessionButton(app.reminders.scheduler))
        app.log.open()
        if on_ready is not None:
            on_ready(app)

    def after_shown() -> None:
        server = InstanceServer(app.window)
        server.raise_requested.connect(app.window.bring_forward)
        qapp.aboutToQuit.connect(server.close)
        qapp.aboutToQuit.connect(app.sound.close)
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
                app.support_info(),
                lambda notice: notice in app.prefs.seen_notices,
                app.mark_seen,
                on_support=app.show_support,
            ),
        )

    QTimer.singleShot(0, after_shown)
    return int(qapp.exec())
