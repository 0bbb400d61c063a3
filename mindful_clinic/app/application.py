"""The running app: its parts, and what the root does when the user moves between them.

``build`` in root.py makes an ``App``; the parts made only when first needed (the practice flow,
reminders, the group panel, the settings page) are made here, from the parts made at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from mindful_clinic.app.log import PracticeLog
from mindful_clinic.app.practice import PracticeKeeper
from mindful_clinic.app.sound import attach_practice_sound
from mindful_clinic.core.preferences import Preferences
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.breath.custom_patterns import CustomPatternStore
from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.home.view import HomeView
from mindful_clinic.ui.practice.catalog_model import CatalogModel
from mindful_clinic.ui.shell import theme
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.lazy_page import LazyPage
from mindful_clinic.ui.shell.main_window import MainWindow
from mindful_clinic.ui.sound.model import SoundModel
from mindful_clinic.ui.sound.voice_model import VoiceModel

if TYPE_CHECKING:
    from mindful_clinic.app.reflect import Reflect
    from mindful_clinic.app.reminders import Reminders
    from mindful_clinic.core.guided.practice import GuidedPractice
    from mindful_clinic.core.log.outcome import PracticeOutcome
    from mindful_clinic.core.sound.settings import PracticeSoundChoices
    from mindful_clinic.core.support.contacts import SupportInfo
    from mindful_clinic.services.admin.defaults import LoadedDefaults
    from mindful_clinic.ui.breath.kind import BreathKind
    from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel
    from mindful_clinic.ui.guided.kind import GuidedKind
    from mindful_clinic.ui.guided.view import GuidedView
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
        voice: VoiceModel,
        log: PracticeLog,
        palette: theme.Palette,
        window: MainWindow,
        practise: QStackedWidget,
        home: HomeView,
        reflect: Reflect,
        admin: LoadedDefaults,
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
        self.keeper = PracticeKeeper(qapp, window, practise, lambda: self._flow)
        """Records the practice when the user goes elsewhere or quits (app/practice.py)."""
        self.settings_page = LazyPage(self.make_settings)
        self.group_panel: GroupFacilitatorPanel | None = None
        self.support_page: SupportPage | None = None
        self._reminders: Reminders | None = None
        self._breath: BreathKind | None = None
        self._guided: GuidedKind | None = None
        self.arrows_folder: Path | None = None
        """Where the theme keeps its arrow images (in the cache folder)."""
        self.reflect: Reflect = reflect
        self.admin: LoadedDefaults = admin
        self.guided_view: GuidedView | None = None
        """The guided screen last opened (its voice follows mute and quiet hours)."""

    # -- parts made when first needed ---------------------------------------------------------------
    @property
    def flow(self) -> PracticeFlow:
        """The path through a practice, made when the first practice is opened (not at start-up)."""
        if self._flow is None:
            from mindful_clinic.app.practice import make_flow

            self._flow = make_flow(self)
        return self._flow

    @property
    def reminders(self) -> Reminders:
        """Reminders, the tray and calendars: started just after the window (see ``run``)."""
        if self._reminders is None:
            from mindful_clinic.app.reminders import build_reminders

            self._reminders = build_reminders(
                self.settings, self.clock, self.catalog, self.sound, self.window,
                self.admin.defaults,
            )  # fmt: skip
            if self._reminders.store.problem:  # damaged reminder settings are named, like the log's
                self.window.say(self._reminders.store.problem)
            self._connect_answering(self._reminders)
            tray = self._reminders.tray
            tray.quick_practice_requested.connect(self.quick_practice)
            tray.open_requested.connect(self.window.bring_forward)
            tray.quit_requested.connect(self.quit)
            tray.debrief_requested.connect(self.start_debrief)  # after a hard appointment
            self.reflect.worry_time.attach(self._reminders, self.home.add_top_line)
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
                voice_on=lambda: self.voice.settings.enabled and self.admin.feature("voice"),
                on_view_created=self.attach_guided_view,
                edit_practice=self.edit_guided_practice,
                sound_choices=self.sound_choices,
                save_sound_choices=self.save_sound_choices,
                voice_silenced=self.voice_silenced,
                show_once=self.first_time,
                keeper=self.reflect.worry_time,  # typed answers, kept only if chosen
                answers_allowed=lambda: not self.reflect.group_shown,
            )
            self.sound.settings_changed.connect(lambda _s: self.follow_silence())
        return self._guided

    def make_group(self) -> QWidget:
        from mindful_clinic.app.group import build_group_panel, keyboard_to_next_on_show

        self.group_panel = build_group_panel(
            self.catalog,
            self.clock,
            self.folder,
            self.sound,
            self.voice.speaker,
            lambda shown: self.reminders.scheduler.hold_for_shared_screen(shown),
        )
        self.group_panel.presenter_visible_changed.connect(self.reflect.hide_in_group)
        keyboard_to_next_on_show(self.group_panel, self.window)
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
        from mindful_clinic.app.settings_page import build_settings_view

        return build_settings_view(self)

    # -- what the root does -------------------------------------------------------------------------
    def save_prefs(self) -> None:
        save_preferences(self.settings, self.prefs)

    def mark_seen(self, notice: str) -> None:
        if self.prefs.mark_seen(notice):
            self.save_prefs()

    def first_time(self, notice: str) -> bool:
        """True the first time a one-time notice is asked for (and remembered from then on)."""
        news = self.prefs.mark_seen(notice)
        if news:
            self.save_prefs()
        return news

    def voice_silenced(self) -> str | None:
        """Mute and quiet hours hush the voice as they hush the bells: "muted", "quiet_hours"."""
        from mindful_clinic.core.sound.voice import voice_silenced

        return voice_silenced(self.sound.settings, self.clock.now())

    def follow_silence(self) -> None:
        """Mute or quiet hours began during a guided practice: its voice goes quiet too."""
        view, reason = self.guided_view, self.voice_silenced()
        if reason is not None and view is not None and view.voice and not view.session.is_over:
            view.set_voice(False)
            view.explain_voice(reason)

    def attach_guided_view(self, view: SessionView) -> None:
        from mindful_clinic.ui.guided.view import GuidedView

        if isinstance(view, GuidedView):
            self.guided_view = view
            view.voice_button.setVisible(self.admin.feature("voice"))
        self.attach_sound(view)

    def sound_choices(self, practice_id: str | None) -> PracticeSoundChoices:
        return self.sound.settings.choices_for(practice_id)

    def save_sound_choices(self, practice_id: str, choices: PracticeSoundChoices) -> None:
        self.sound.update(self.sound.settings.with_choices(practice_id, choices))

    def attach_sound(self, view: SessionView) -> None:
        attach_practice_sound(self.sound, self.clock, view, self.flow.practice_id)

    def ask_checkins(self, on: bool) -> None:
        if self._flow is not None:  # a flow made later asks as the preferences say
            self._flow.checkin_factory = self.log.checkin if on else None

    def start_practice(self, practice_id: str, seconds: int | None = None) -> bool:
        """Open a practice's set-up screen (from the home screen, a reminder or the tray), at the
        length nearest ``seconds`` if given (the home screen's time choice)."""
        entry = self.catalog.catalog.get(practice_id)
        if entry is None:
            return False
        self.window.show_page("practise")
        self.keeper.settle()  # one waiting for its rating after or on its closing screen: kept
        self.flow.open(entry, seconds)
        if self.flow.current_widget is not None:
            self.practise.setCurrentWidget(self.flow.current_widget)
        return True

    def start_from_reminder(self, practice_id: str, seconds: int) -> None:
        """Start now: the suggested practice at the suggested length, straight to the before-rating
        (no set-up page); home if the practice is gone."""
        self.window.bring_forward()
        entry = self.catalog.catalog.get(practice_id) if practice_id else None
        if entry is None:
            self.show_home()
            return
        self.window.show_page("practise")
        self.keeper.settle()
        if self.flow.start_now(entry, seconds) and self.flow.current_widget is not None:
            self.practise.setCurrentWidget(self.flow.current_widget)
        else:
            self.start_practice(practice_id)

    def _connect_answering(self, reminders: Reminders) -> None:
        """The reminder waiting for an answer: Start now, the home lines, a practice answering it."""
        answering = reminders.answering
        reminders.presenter.start_practice.connect(self.start_from_reminder)
        reminders.presenter.open_requested.connect(self.show_home)
        answering.attach_home(self.home.add_top_line)
        answering.today.settings_requested.connect(
            lambda: self.open_settings_tab(translate("App", "Reminders"))
        )
        answering.close_guard.quit_requested.connect(self.quit)
        # Only a practice or its check-ins answer a reminder (``PracticeFlow.under_way``).
        answering.watch_practice(lambda: self._flow is not None and self._flow.under_way)
        self.practise.currentChanged.connect(answering.practice_changed)

    def practice_done(self, outcome: PracticeOutcome | None) -> None:
        """A practice ended (recorded by the log) or the user backed out: home comes back, after
        the optional reflection prompt when the practice was rated afterwards (issue #19) and the
        user is still here (not gone to another page, nor quitting)."""
        if outcome is not None and self.prefs.note_recent(outcome.practice_id):
            self.save_prefs()  # the tray's quick practice and the Recent cards offer it
        rated = outcome is not None and outcome.stress_after is not None
        if rated and self.reflect.prompt_after_practice and not self.keeper.aside:
            self.offer_reflection()
            return
        self.practise.setCurrentWidget(self.home)
        self.home.rebuild()

    def offer_reflection(self, end_of_day: bool = False) -> None:
        """One optional prompt in the practise page; Esc skips it, and home comes back."""
        self.window.show_page("practise")
        self.reflect.offer(self.practise, end_of_day, lambda: self.practice_done(None))

    def show_home(self, minutes: float | None = None) -> None:
        self.window.bring_forward()
        self.window.show_page("practise")
        if self._flow is None or self._flow.current_widget is None:
            self.home.set_time_choice(minutes)

    def quick_practice(self) -> None:
        from mindful_clinic.app.one_step import quick_practice

        quick_practice(self)

    @property
    def practising(self) -> bool:
        """A practice is running (not its set-up, ratings or closing screen)."""
        return self._flow is not None and self._flow.practising

    def go_home(self) -> None:
        """Ctrl+1: the cards, leaving whatever the practice flow shows (``PracticeFlow.leave``)."""
        if self._flow is not None and self._flow.current_widget is not None:
            self._flow.leave()
        self.practise.setCurrentWidget(self.home)

    def show_support(self) -> None:
        self.window.bring_forward()
        self.window.show_page("support")

    def support_info(self) -> SupportInfo:
        from mindful_clinic.app.admin import support_info

        return support_info(self.settings, self.admin.defaults)

    def start_debrief(self) -> None:
        """After a hard appointment: the 90 s debrief, straight to its before-rating."""
        from mindful_clinic.core.reminders.debrief import DEBRIEF_PRACTICE, DEBRIEF_S

        self.start_from_reminder(DEBRIEF_PRACTICE, DEBRIEF_S)

    def after_work(self) -> bool:
        """True after the end of today's working hours (the end-of-day reflection is offered)."""
        from mindful_clinic.core.reminders.rules import ReminderSettings

        hours, tz = ReminderSettings().working_hours, None
        if self._reminders is not None:
            hours, tz = self._reminders.store.config.working_hours, self._reminders.scheduler.tz
        now = self.clock.now().astimezone(tz).time()  # the user's wall clock
        return not hours.crosses_midnight and now >= hours.end

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
        theme.apply(self.qapp, self.palette, self.arrows_folder)
        self.home.set_palette(self.palette)

    def erase_everything_else(self) -> None:
        """After "Delete all my data" removed the log: the rest, and a fresh start."""
        from mindful_clinic.services.storage.privacy import erase_all_but_log

        erase_all_but_log(self.folder)
        self.reflect.erase()  # reflections, self-checks and worry notes, also from memory
        self.prefs.start_afresh()
        self.save_prefs()
        self.sound.reset()
        self.custom_patterns.reload()
        self.custom_practices.reload()
        self.reload_library()
        if self._reminders is not None:  # calendars and working hours go too, also from memory
            from mindful_clinic.core.reminders.rules import ReminderSettings

            store = self._reminders.store
            for calendar in store.calendar_paths():
                store.remove_calendar(calendar)
            store.set_config(ReminderSettings())
        self.settings.forget()  # last: the resets above wrote their defaults; no settings are left

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
            self.window,
            practice,
            self.custom_practices,
            taken,
            lambda _id: self.reload_library(),
            options=self.guided_kind().choice_for(practice.id),
        )

    def quit(self) -> None:
        """Quit for good (Ctrl+Q, the tray's Quit). Qt closes every window first: that close is
        not the user closing the window to the tray (no "still running" message as it quits)."""
        self.window.keep_running_in_tray = False
        self.qapp.quit()

    def tell_once_still_running(self) -> None:
        """Closing the window keeps reminders running from the tray: say so the first time only."""
        if "close_to_tray" in self.prefs.seen_notices:
            return
        self.mark_seen("close_to_tray")
        self.reminders.tray.show_message(
            translate("App", "Mindful Clinic is still running"),
            translate(
                "App", "Reminders carry on from the tray. Choose Quit in its menu to close the app."
            ),
        )


def save_preferences(settings: SettingsStore, prefs: Preferences) -> None:
    settings.set_section("app", prefs.to_dict())
    from mindful_clinic.services.sync.follow import save_shared_favourites

    save_shared_favourites(prefs.favourites)  # for the other computers, when synced
