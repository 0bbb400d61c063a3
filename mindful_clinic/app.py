"""The composition root: build the services, then the models, then the windows, then connect them.

This is the only module that knows every part of the app. Everything else receives what it needs in its
constructor, so tests, screenshots and benchmarks build the same app with a fake clock and a temporary
data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # keep Ctrl-C and SIGTERM for Qt, not SDL
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from mindful_clinic.core.catalog import CatalogEntry
from mindful_clinic.core.clock import Clock, SystemClock
from mindful_clinic.core.outcome import PracticeOutcome
from mindful_clinic.core.preferences import Preferences
from mindful_clinic.services.custom_patterns import CustomPatternStore
from mindful_clinic.services.library import Library, load_library
from mindful_clinic.services.paths import APP_NAME, ORG_NAME, data_dir
from mindful_clinic.services.settings import SettingsStore
from mindful_clinic.ui import theme
from mindful_clinic.ui.breath_kind import BreathKind
from mindful_clinic.ui.home import HomeView
from mindful_clinic.ui.main_window import MainWindow
from mindful_clinic.ui.practice_flow import PracticeFlow
from mindful_clinic.ui.lazy_page import LazyPage


@dataclass
class App:
    """Everything the running app is made of, for tests and scripts to reach into."""

    qapp: QApplication
    clock: Clock
    settings: SettingsStore
    prefs: Preferences
    library: Library
    window: MainWindow
    home: HomeView
    practise: QStackedWidget
    flow: PracticeFlow
    settings_page: LazyPage
    palette: theme.Palette
    settings_sections: list[tuple[str, Callable[[], QWidget]]] = field(default_factory=list)
    """Settings tabs, built when the settings page is first opened."""
    outcomes: list[PracticeOutcome] = field(default_factory=list)
    keep: list[QObject] = field(default_factory=list)

    def save_prefs(self) -> None:
        self.settings.set_section("app", self.prefs.to_dict())

    def start_practice(self, practice_id: str) -> bool:
        entry = self.library.catalog.get(practice_id)
        if entry is None:
            return False
        self.window.show_page("practise")
        self.flow.open(entry)
        if self.flow.current_widget is not None:
            self.practise.setCurrentWidget(self.flow.current_widget)
        return True

    def reload_library(self) -> None:
        self.library = load_library(self.library.custom_patterns)
        self.home.set_catalog(self.library.catalog)

    def apply_theme(self, name: str) -> None:
        self.palette = theme.resolve(name, self.qapp)
        theme.apply(self.qapp, self.palette)
        self.home.set_palette(self.palette)


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


def build(clock: Clock | None = None, qapp: QApplication | None = None) -> App:
    """Build the whole app (not shown). Reads the data folder; never blocks on sound or network."""
    qapp = qapp or ensure_qapp()
    clock = clock or SystemClock()
    folder = data_dir()
    settings = SettingsStore(folder)
    prefs = Preferences.from_dict(settings.section("app"))
    library = load_library(CustomPatternStore(folder))
    palette = theme.resolve(prefs.theme, qapp)
    theme.apply(qapp, palette)

    window = MainWindow()
    practise = QStackedWidget()
    practise.setAccessibleName(QCoreApplication.translate("App", "Practise"))
    app_ref: dict[str, App] = {}

    def make_settings() -> QWidget:
        from mindful_clinic.ui.settings_view import SettingsView

        view = SettingsView()
        for title, factory in app_ref["app"].settings_sections:
            view.add_section(title, factory())
        return view

    settings_page = LazyPage(make_settings)

    def save_prefs() -> None:
        settings.set_section("app", prefs.to_dict())

    def mark_notice_seen(notice_id: str) -> None:
        prefs.seen_notices.append(notice_id)
        save_prefs()

    home = HomeView(library.catalog, prefs, save_prefs, palette)
    practise.addWidget(home)
    breath = BreathKind(clock, prefs, save_prefs, lambda: app_ref["app"].palette)
    flow = PracticeFlow(
        practise,
        {"breath": breath},
        clock,
        notice_seen=lambda notice_id: notice_id in prefs.seen_notices,
        mark_notice_seen=mark_notice_seen,
    )
    app = App(
        qapp, clock, settings, prefs, library, window, home, practise, flow, settings_page, palette
    )
    app_ref["app"] = app

    def open_entry(practice_id: str) -> None:
        app.start_practice(practice_id)

    def practice_done(outcome: PracticeOutcome | None) -> None:
        if outcome is not None:
            app.outcomes.append(outcome)
        practise.setCurrentWidget(home)
        home.rebuild()

    home.practice_chosen.connect(open_entry)
    home.edit_patterns_requested.connect(lambda: open_pattern_editor(app))
    flow.finished.connect(practice_done)

    window.add_page("practise", QCoreApplication.translate("App", "Practise"), practise, "Ctrl+1")

    def make_general() -> QWidget:
        from mindful_clinic.ui.settings_view import GeneralSettings

        general = GeneralSettings(prefs, save_prefs)
        general.theme_changed.connect(app.apply_theme)
        return general

    app.settings_sections.append((QCoreApplication.translate("App", "General"), make_general))
    window.add_page(
        "settings", QCoreApplication.translate("App", "Settings"), settings_page, "Ctrl+,"
    )

    for problem in [*library.problems, *([settings.problem] if settings.problem else [])]:
        window.say(problem)
    return app


def open_pattern_editor(app: App) -> None:
    from mindful_clinic.ui.pattern_editor import PatternEditorDialog

    store = app.library.custom_patterns
    if store is None:
        return
    shipped = {e.id for e in app.library.catalog.entries() if not e.custom}
    dialog = PatternEditorDialog(store, shipped, app.reload_library, app.window)
    dialog.exec()


def run(argv: Sequence[str] = (), on_idle: Callable[[App], None] | None = None) -> int:
    """Start the desktop app; a second launch raises the first window and exits with status 0.

    ``on_idle`` runs once the window is shown and the event loop is idle (the start-up benchmark).
    """
    qapp = ensure_qapp(argv)
    from mindful_clinic.services.single_instance import InstanceServer, notify_running_instance

    if notify_running_instance():
        print("mindful_clinic is already running; brought its window forward.")
        return 0
    qapp.setWindowIcon(QIcon.fromTheme("mindful-clinic"))
    app = build(qapp=qapp)
    app.window.show()

    def listen() -> None:
        server = InstanceServer()
        server.raise_requested.connect(app.window.bring_forward)
        app.keep.append(server)

    QTimer.singleShot(0, listen)
    if on_idle is not None:
        QTimer.singleShot(0, lambda: on_idle(app))
    return int(qapp.exec())


def entry_for(app: App, practice_id: str) -> CatalogEntry | None:
    return app.library.catalog.get(practice_id)
