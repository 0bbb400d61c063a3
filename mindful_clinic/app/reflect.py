"""Reflections, self-checks and worry notes (issue #19): their private stores, the Reflections tab
in History, the quiet-rest comparison in Insights, the Self-checks page, the optional prompt after a
practice and at the end of the day, and the home screen's quiet line.

The stores are small JSON files read just after the window appears (``open``, from the root's
``start_background``), or earlier when something needs them; a damaged one is named once in the
message bar then. The home line is made with the window and brought up to date at that moment too.
None of this is ever shown on the group screen: the Reflections tab hides while the shared screen is
up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.storage.settings import SettingsStore
from mindful_clinic.ui.shell.i18n import translate

if TYPE_CHECKING:
    from mindful_clinic.app.worry import WorryTime
    from mindful_clinic.core.log.quiet_rest import QuietRestReport
    from mindful_clinic.core.reflect.records import Reflection
    from mindful_clinic.core.selfcheck.records import SelfCheck
    from mindful_clinic.core.selfcheck.schedule import SelfCheckSchedule
    from mindful_clinic.core.support.contacts import SupportInfo
    from mindful_clinic.services.reflect.store import ReflectionStore
    from mindful_clinic.services.reflect.worry_store import WorryStore
    from mindful_clinic.services.selfcheck.store import SelfCheckStore
    from mindful_clinic.ui.log.insights import InsightsView
    from mindful_clinic.ui.log.quiet_rest_view import QuietRestView
    from mindful_clinic.ui.reflect.home_line import ReflectHomeLine
    from mindful_clinic.ui.reflect.panel import ReflectionsPanel
    from mindful_clinic.ui.reflect.prompt import ReflectionPrompt
    from mindful_clinic.ui.selfcheck.page import SelfCheckPage

SECTION = "reflect"


def support_text(info: SupportInfo) -> str:
    """The support contacts as plain lines for the Self-checks page (the clinic's first)."""
    lines = [f"{c.name}: {c.how}" for c in info.contacts if c.how and not c.placeholder]
    return "\n".join([info.emergency, *lines] if info.emergency else lines)


class Reflect(QObject):
    """The private stores and the widgets that show them, made when first needed."""

    def __init__(
        self,
        folder: Path,
        clock: Clock,
        settings: SettingsStore,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock, self.settings = clock, settings
        self.folder, self.say = folder, say
        self._stores: tuple[ReflectionStore, SelfCheckStore, WorryStore] | None = None
        self._after_work: Callable[[], bool] = lambda: False
        self.panel: ReflectionsPanel | None = None
        self.history_tabs: QTabWidget | None = None
        self.quiet_rest: QuietRestView | None = None
        self.selfcheck_page: SelfCheckPage | None = None
        self.home_line: ReflectHomeLine | None = None
        self.group_shown = False
        self._worry_time: WorryTime | None = None

    # -- the stores ---------------------------------------------------------------------------
    def open(self) -> None:
        """Read the three stores (once) and name a damaged one in the message bar."""
        if self._stores is not None:
            return
        # Imported here: the stores and their records are read after the window appears.
        from mindful_clinic.services.reflect.store import ReflectionStore
        from mindful_clinic.services.reflect.worry_store import WorryStore
        from mindful_clinic.services.selfcheck.store import SelfCheckStore
        from mindful_clinic.services.sync.follow import personal_file

        # Reflections and self-checks follow the person through a synced folder, as the command
        # line's do; worry notes stay on this computer (they remind here, once).
        stores = (
            ReflectionStore(self.folder, personal_file("reflections", self.clock)),
            SelfCheckStore(self.folder, personal_file("selfchecks", self.clock)),
            WorryStore(self.folder),
        )
        self._stores = stores
        for store in stores:
            if store.problem:
                self.say(store.problem)

    def reopen(self) -> None:
        """Read the stores again from where they now are (syncing switched on or off, another
        computer's changes arrived) and show them in the views already made."""
        if self._stores is None:
            return
        self._stores = None
        self.open()
        if self.panel is not None:
            self.panel.model = self.reflections
            self.panel.refresh()
        if self.selfcheck_page is not None:
            self.selfcheck_page.model = self.selfchecks
            self.selfcheck_page.refresh_trend()
        self.refresh_home()

    @property
    def reflections(self) -> ReflectionStore:
        self.open()
        assert self._stores is not None
        return self._stores[0]

    @property
    def selfchecks(self) -> SelfCheckStore:
        self.open()
        assert self._stores is not None
        return self._stores[1]

    @property
    def worries(self) -> WorryStore:
        self.open()
        assert self._stores is not None
        return self._stores[2]

    @property
    def worry_time(self) -> WorryTime:
        """Keeps words from a thinking-skills practice and reminds of a parked worry, once."""
        if self._worry_time is None:
            from mindful_clinic.app.worry import WorryTime

            window = self.parent()
            assert isinstance(window, QWidget)
            self._worry_time = WorryTime(self, self.clock, window)
        return self._worry_time

    # -- settings -------------------------------------------------------------------------------
    def _section(self) -> dict[str, Any]:
        return self.settings.section(SECTION)

    def _update(self, **values: Any) -> None:
        self.settings.set_section(SECTION, {**self._section(), **values})

    @property
    def schedule(self) -> SelfCheckSchedule:
        from mindful_clinic.core.selfcheck.schedule import SelfCheckSchedule  # with the stores

        return SelfCheckSchedule.from_dict(self._section())

    @property
    def prompt_after_practice(self) -> bool:
        return self._section().get("after_practice", True) is not False

    def save_settings(self, schedule: SelfCheckSchedule, prompt_after: bool) -> None:
        self._update(**schedule.to_dict(), after_practice=prompt_after)
        self.refresh_home()

    def due(self) -> list[str]:
        from mindful_clinic.core.selfcheck.schedule import due  # with the stores

        return due(self.schedule, self.selfchecks.all(), self.clock.now().date())

    def make_settings(self) -> QWidget:
        from mindful_clinic.ui.selfcheck.settings import ReflectSettings

        return ReflectSettings(self.schedule, self.prompt_after_practice, self.save_settings)

    # -- History, Insights and the Self-checks page ---------------------------------------------
    def make_history(self, log_history: QWidget) -> QWidget:
        """The practice log's History with a Reflections tab beside it (listed and editable)."""
        from mindful_clinic.ui.reflect.panel import ReflectionsPanel

        tabs = QTabWidget()
        tabs.setAccessibleName(translate("Reflect", "History"))
        tabs.addTab(log_history, translate("Reflect", "Practices"))
        self.panel = ReflectionsPanel(self.reflections, self.clock.now().date())
        tabs.addTab(self.panel, translate("Reflect", "Reflections"))
        self.history_tabs = tabs
        self.hide_in_group(self.group_shown)
        # The page's heading reads first, then the tabs under it (the log's view gives its own up).
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        heading = getattr(log_history, "heading", None)
        if isinstance(heading, QLabel):
            heading.setParent(None)
            top = QVBoxLayout()
            top.setContentsMargins(24, 20, 24, 8)  # where the other pages put their heading
            top.addWidget(heading)
            col.addLayout(top)
        tabs_row = QVBoxLayout()
        tabs_row.setContentsMargins(0, 0, 0, 0)
        tabs_row.addWidget(tabs)
        col.addLayout(tabs_row, 1)
        return page

    def make_insights(
        self, log_insights: InsightsView, quiet_rest: Callable[[], QuietRestReport]
    ) -> QWidget:
        """Insights with the quiet-rest comparison at the end of its scrolling column (spec 4.4)."""
        from mindful_clinic.ui.log.quiet_rest_view import QuietRestView

        self.quiet_rest = QuietRestView(quiet_rest)
        log_insights.add_section(self.quiet_rest)
        return log_insights

    def make_selfcheck_page(self, info: SupportInfo) -> QWidget:
        from mindful_clinic.ui.selfcheck.page import SelfCheckPage

        self.selfcheck_page = SelfCheckPage(
            self.selfchecks, self.clock.now().date(), support_text(info)
        )
        self.selfcheck_page.save_button.clicked.connect(self.refresh_home)
        return self.selfcheck_page

    def hide_in_group(self, shown: bool) -> None:
        """Reflections are never on the shared screen: their tab goes while it is up."""
        self.group_shown = shown
        tabs = self.history_tabs
        if tabs is not None and self.panel is not None:
            index = tabs.indexOf(self.panel)
            tabs.setTabVisible(index, not shown)
            if shown and tabs.currentIndex() == index:
                tabs.setCurrentIndex(0)

    # -- the prompt -----------------------------------------------------------------------------
    def next_prompt(self, end_of_day: bool = False) -> ReflectionPrompt:
        """The next prompt in the rotation (the counter is kept in settings)."""
        from mindful_clinic.core.reflect.prompts import prompt_at
        from mindful_clinic.ui.reflect.prompt import ReflectionPrompt

        turn = int(self._section().get("turn", 0) or 0)
        self._update(turn=turn + 1)
        prompt = ReflectionPrompt(
            prompt_at(turn, end_of_day), self.clock.now().date(), self.reflections
        )
        prompt.setAccessibleName(translate("Reflect", "Reflection"))
        prompt.saved.connect(lambda _r: self.refresh_panel())
        return prompt

    def offer(self, stack: QStackedWidget, end_of_day: bool, done: Callable[[], None]) -> None:
        """One optional prompt as a step in ``stack`` (the practise page); then ``done``."""
        host_prompt(stack, self.next_prompt(end_of_day), done)
        if end_of_day:
            self.end_of_day_answered()

    def refresh_panel(self) -> None:
        if self.panel is not None:
            self.panel.refresh()

    def end_of_day(self, after_work: bool) -> bool:
        """The end-of-day prompt is offered after working hours, once a day."""
        today = self.clock.now().date().isoformat()
        return after_work and self._section().get("end_of_day_offered") != today

    def end_of_day_answered(self) -> None:
        self._update(end_of_day_offered=self.clock.now().date().isoformat())
        self.refresh_home()

    # -- the home line --------------------------------------------------------------------------
    def make_home_line(self, after_work: Callable[[], bool]) -> ReflectHomeLine:
        """The line at rest (the debrief only): ``refresh_home`` shows what is due, which the root
        calls just after the window appears, once the stores are read and the working hours known."""
        from mindful_clinic.ui.reflect.home_line import ReflectHomeLine

        self.home_line = ReflectHomeLine()
        self._after_work = after_work
        return self.home_line

    def refresh_home(self) -> None:
        if self.home_line is not None:
            self.home_line.set_state(self.end_of_day(self._after_work()), self.due())

    # -- Delete all my data and the exports -----------------------------------------------------
    def erase(self) -> None:
        for store in (self.reflections, self.selfchecks, self.worries):
            store.delete_all()
        if self._worry_time is not None:
            self._worry_time.forget()  # a worry reminder waiting for an answer goes too
        self.refresh_panel()
        if self.selfcheck_page is not None:
            self.selfcheck_page.refresh_trend()
        self.refresh_home()

    def reflection_list(self) -> list[Reflection]:
        return self.reflections.all()

    def selfcheck_list(self) -> list[SelfCheck]:
        return self.selfchecks.all()

    def export_rows(self) -> dict[str, list[object]]:
        return {
            "reflections": list(self.reflections.export_rows()),
            "selfchecks": list(self.selfchecks.export_rows()),
            "worry_notes": list(self.worries.export_rows()),
        }


def host_prompt(stack: QStackedWidget, prompt: QWidget, done: Callable[[], None]) -> None:
    """Show ``prompt`` as one optional step in ``stack``; saving or skipping (Esc) calls ``done``."""
    from mindful_clinic.ui.reflect.prompt import ReflectionPrompt

    def close() -> None:
        stack.removeWidget(prompt)
        prompt.deleteLater()
        done()

    if isinstance(prompt, ReflectionPrompt):
        prompt.saved.connect(lambda _r: close())
        prompt.skipped.connect(close)
    stack.addWidget(prompt)
    stack.setCurrentWidget(prompt)
    prompt.setFocus()
