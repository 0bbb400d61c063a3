"""The facilitator's panel for a group session: the stages with notes, the timer, what comes next,
the practice and screen pickers, the check-in entry, and the shared screen's start and end.

It owns one ``GroupFlow`` at a time and opens the ``PresenterWindow`` on the chosen screen, handing
it only the flow's ``screen_state``. Sound stays outside: the panel emits ``bell_requested`` ("start"
when the practice begins, "end" when it completes), ``speak_requested`` (only while spoken guidance
is on) and ``group_volume_changed``; the composition root connects them to the sound services. A
QTimer only triggers refreshes; every time shown comes from the injected clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.group.checkin import CheckinError
from mindful_clinic.core.group.content import FlowContent, load_flow_content
from mindful_clinic.core.group.flow import (
    CHECKIN_STAGES,
    GroupFlow,
    GroupFlowError,
    MakeTimeline,
    plan_practice,
    practice_timeline,
)
from mindful_clinic.core.group.screens import ScreenInfo, choose_presenter_screen
from mindful_clinic.core.ports import GroupRecords
from mindful_clinic.core.practice.catalog import Catalog
from mindful_clinic.core.practice.session import SessionState
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.group import keys as group_keys
from mindful_clinic.ui.group.checkin_box import CheckinBox
from mindful_clinic.ui.group.escape_question import ask_end_or_hide
from mindful_clinic.ui.group.page_layout import GroupPageLayout
from mindful_clinic.ui.group.presenter_window import PresenterWindow
from mindful_clinic.ui.group.session_buttons import order_for_tab, session_buttons
from mindful_clinic.ui.group.setup import GroupSetup
from mindful_clinic.ui.group.stage_view import StageView, mm_ss, room_preview_state
from mindful_clinic.ui.shell.theme import scaled_font

TICK_MS = 250
PresenterFactory = Callable[..., PresenterWindow]


def screen_info(screen: QScreen, primary: QScreen | None) -> ScreenInfo:
    g = screen.geometry()
    return ScreenInfo(screen.name(), g.x(), g.y(), g.width(), g.height(), screen == primary)


class GroupFacilitatorPanel(QWidget):
    group_volume_changed = Signal(float)
    """0.0-1.0: the volume for bells (and voice) through the room's speakers."""
    voice_enabled_changed = Signal(bool)
    bell_requested = Signal(str)
    """"start" when the group practice begins, "end" when it runs to its end."""
    speak_requested = Signal(str)
    """Words now on the shared screen, emitted only while spoken guidance is on."""
    presenter_visible_changed = Signal(bool)
    session_finished = Signal(bool)
    """True when the group's totals were kept for export."""

    def __init__(
        self,
        catalog: Catalog,
        clock: Clock,
        *,
        make_timeline: MakeTimeline = practice_timeline,
        store: GroupRecords | None = None,
        content: FlowContent | None = None,
        screens: Callable[[], Sequence[QScreen]] | None = None,
        presenter_factory: PresenterFactory = PresenterWindow,
        group_volume: float = 0.6,
        voice_enabled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Group session"))
        self._clock = clock
        self._make_timeline = make_timeline
        self._store = store
        self._content = content or load_flow_content()
        self._screens = screens or QGuiApplication.screens
        self._factory = presenter_factory
        self.presenter: PresenterWindow | None = None
        self._last_practice: SessionState | None = None
        self._last_spoken = ""
        self.flow = GroupFlow(self._content, clock)

        self.setup = GroupSetup(catalog, group_volume=group_volume, voice_enabled=voice_enabled)
        self.stages = StageView()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleDescription(self.tr("Messages"))
        self.checkin = CheckinBox()
        self.keep_totals = QCheckBox(self.tr("Keep the group's anonymous totals for export"))
        self.keep_totals.setAccessibleName(self.keep_totals.text())
        self.keep_totals.setToolTip(
            self.tr("Only if the team agreed; otherwise they are discarded")
        )
        self.buttons, grid = session_buttons(self.keep_totals)

        session = QWidget()
        run = QVBoxLayout(session)
        run.setContentsMargins(0, 0, 0, 0)
        run.addWidget(self.stages)
        run.addWidget(self.checkin)
        run.addLayout(grid)
        run.addWidget(self.status_label)
        run.addStretch(1)
        self.preview = presenter_factory(
            lambda: room_preview_state(self.flow),
            clock,
            embedded=True,
            next_change=lambda: self.flow.seconds_to_next_change(),
            phase_words=tuple(self._content.phase_words.values()),
        )
        self.preview.setAccessibleName(self.tr("Preview of the shared screen"))
        side = self.setup.column
        heading = QLabel(self.tr("The room sees"))
        heading.setFont(scaled_font(self, 1.0, QFont.Weight.DemiBold))
        side.addWidget(heading)
        side.addWidget(self.preview)
        side.addStretch(1)
        side.removeWidget(self.setup.heading)  # the page's name heads both columns, not one
        self._page_layout = GroupPageLayout(self, self.setup.heading, self.setup, session)
        self.ask_on_escape: Callable[[QWidget], str] = ask_end_or_hide
        """Esc on the shared screen during a session: "end", "hide" or "" (changed their mind)."""
        order_for_tab(self.buttons, self.keep_totals)

        self._connect()
        self._shortcuts = group_keys.install_clicker_keys(self, self.act)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.refresh_screens()
        self._new_flow()
        if store is not None and store.problem:
            self._say(store.problem, error=True)

    # -- public ---------------------------------------------------------------------------------
    def act(self, action: str) -> None:
        """One clicker action (group_keys.ACTIONS), from either window."""
        try:
            if action == group_keys.NEXT:
                self.flow.next() if self.flow.started else self.start_session()
            elif action == group_keys.PREVIOUS and self.flow.started:
                self.flow.previous()
            elif action == group_keys.BLANK:
                self.flow.toggle_blank()
            elif action == group_keys.PAUSE:
                waiting = self.flow.practice_state is SessionState.READY
                if waiting and self.flow.started and self.flow.stage.id == "practice":
                    self.flow.next()  # Space also begins a practice the group is waiting for
                else:
                    self.flow.toggle_pause()
            elif action == group_keys.START:
                self.start_presenter()
            elif action == group_keys.END:
                self._escape()
        except GroupFlowError as exc:
            self._say(str(exc), error=True)

    def group_volume(self) -> float:
        """The room's volume chosen on the set-up screen, 0 to 1."""
        return self.setup.volume_slider.value() / 100

    def set_catalog(self, catalog: Catalog) -> None:
        """The library changed: offer its practices (the running practice is not touched)."""
        self.setup.set_catalog(catalog)
        if self.flow.practice_state not in (SessionState.RUNNING, SessionState.PAUSED):
            self._plan()

    def start_session(self) -> None:
        if self.flow.started:  # F5 already started it
            return
        self._plan()
        self.flow.start()
        self._say("")

    def start_presenter(self) -> None:
        if self.presenter is not None:
            return
        screens = list(self._screens())
        if not screens:
            self._say(self.tr("No screen found."), error=True)
            return
        if not self.flow.started:  # the room sees the arrival screen at once, not a blank one
            self.start_session()
        i = min(max(self.setup.screen_combo.currentIndex(), 0), len(screens) - 1)
        target = screens[i]
        shared = len(screens) == 1 or (self.screen() is not None and target == self.screen())
        win = self._factory(
            self.flow.screen_state,
            self._clock,
            high_contrast=self.setup.high_contrast.isChecked(),
            shared_screen=shared,
            next_change=self.flow.seconds_to_next_change,
            phase_words=tuple(self._content.phase_words.values()),
        )
        win.action_requested.connect(self.act)
        win.closed.connect(self._presenter_closed)
        win.setScreen(target)
        win.setGeometry(target.geometry())
        self.presenter = win
        win.showFullScreen()
        self._refresh()
        self.presenter_visible_changed.emit(True)

    def _escape(self) -> None:
        """Esc: during a session, ask whether the session ends or only the shared screen closes."""
        if not self.flow.started:
            self.end_presenter()
            return
        answer = self.ask_on_escape(self.presenter or self)
        if answer == "end":
            self.finish_session()
        elif answer == "hide":
            self.end_presenter()

    def end_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def refresh_screens(self) -> None:
        screens = list(self._screens())
        if not screens:
            self.setup.set_screens([], -1)
            return
        primary = QGuiApplication.primaryScreen()
        infos = [screen_info(s, primary) for s in screens]
        own = screen_info(self.screen(), primary) if self.screen() is not None else None
        choice = choose_presenter_screen(infos, facilitator=own)
        labels = [
            info.label(lambda text: QCoreApplication.translate("core", text)) for info in infos
        ]
        self.setup.shared_note.setVisible(choice.shared)
        combo = self.setup.screen_combo
        if labels != [combo.itemText(i) for i in range(combo.count())]:
            self.setup.set_screens(labels, choice.index)  # keep the facilitator's pick otherwise

    # -- wiring ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        b = self.buttons
        b["start"].clicked.connect(lambda: self.act(group_keys.NEXT))
        b["next"].clicked.connect(lambda: self.act(group_keys.NEXT))
        b["previous"].clicked.connect(lambda: self.act(group_keys.PREVIOUS))
        b["skip"].clicked.connect(lambda: self._guard(self.flow.skip))
        b["repeat"].clicked.connect(lambda: self._guard(self.flow.repeat))
        b["pause"].clicked.connect(lambda: self.act(group_keys.PAUSE))
        b["blank"].clicked.connect(lambda: self.act(group_keys.BLANK))
        b["presenter"].clicked.connect(self._toggle_presenter)
        b["finish"].clicked.connect(self.finish_session)
        self.setup.practice_changed.connect(self._plan)
        self.setup.refresh_screens_requested.connect(self.refresh_screens)
        self.setup.high_contrast.toggled.connect(self._high_contrast)
        self.setup.volume_slider.valueChanged.connect(
            lambda v: self.group_volume_changed.emit(v / 100.0)
        )
        self.setup.voice_check.toggled.connect(self.voice_enabled_changed.emit)
        self.checkin.submitted.connect(self._enter_checkin)
        self.stages.stage_enabled_changed.connect(self._stage_toggled)

    def _high_contrast(self, on: bool) -> None:
        self.preview.set_high_contrast(on)  # the preview shows what the room sees
        if self.presenter is not None:
            self.presenter.set_high_contrast(on)

    def _toggle_presenter(self) -> None:
        self.end_presenter() if self.presenter else self.start_presenter()

    def _presenter_closed(self) -> None:
        if self.presenter is not None:
            self.presenter.deleteLater()
        self.presenter = None
        self._refresh()
        self.presenter_visible_changed.emit(False)

    def _new_flow(self) -> None:
        self.flow = GroupFlow(self._content, self._clock)
        self.flow.subscribe(self._refresh)
        self._last_practice = None
        self._last_spoken = ""
        self._plan()
        self._refresh()

    def _plan(self) -> None:
        entry = self.setup.selected_entry()
        if entry is None:
            return
        try:
            plan = plan_practice(entry, self.setup.duration_s(), self._make_timeline)
            self.flow.choose_practice(plan)
        except (GroupFlowError, ValueError) as exc:
            self.setup.planned_label.setText(str(exc))
            return
        self.setup.planned_label.setText(
            self.tr("Runs {length} (whole breaths or steps)").format(
                length=mm_ss(plan.timeline.total_s)
            )
        )

    def _guard(self, command: Callable[[], None]) -> None:
        try:
            command()
        except GroupFlowError as exc:
            self._say(str(exc), error=True)

    def _enter_checkin(self, text: str) -> None:
        try:
            tally = self.flow.enter_checkin(text)
        except CheckinError as exc:
            self.checkin.show_error(str(exc), exc.token)
            return
        except GroupFlowError as exc:
            self.checkin.show_error(str(exc), "")
            return
        self.checkin.show_tally(tally)

    def _stage_toggled(self, stage_id: str, wanted: bool) -> None:
        if self.flow.is_enabled(stage_id) != wanted:
            self._guard(lambda: self.flow.set_enabled(stage_id, wanted))
        self._refresh()  # also puts the tick back when leaving out was refused

    def finish_session(self) -> None:
        if not self.flow.started:
            return
        ran = self.flow.practice_state not in (None, SessionState.READY)
        record = self.flow.finish()
        kept = False
        happened = record is not None and (ran or record.before or record.after)
        if not happened:  # nothing was practised or answered: nothing worth keeping
            record = None
        if record is not None and self.keep_totals.isChecked() and self._store is not None:
            try:
                self._store.add(record)
                kept = True
            except OSError as exc:
                self._say(self.tr("Could not save the totals: {e}").format(e=exc), error=True)
        self.end_presenter()
        self._new_flow()
        self.checkin.reset()
        if kept:
            self._say(self.tr("Session finished. The group's totals were kept for export."))
        elif not happened:
            self._say(
                self.tr("Session finished. Nothing was practised or answered, so nothing was kept.")
            )
        elif not self.status_label.property("error"):
            self._say(self.tr("Session finished. The group's numbers were discarded."))
        self.session_finished.emit(kept)

    # -- showing --------------------------------------------------------------------------------
    def _refresh(self) -> None:
        flow = self.flow
        spec = flow.stage
        self.stages.show_flow(flow)
        running = flow.practice_state in (SessionState.RUNNING, SessionState.PAUSED)
        at_checkin = flow.started and spec.id in CHECKIN_STAGES
        if at_checkin != self.checkin.isEnabled():
            self.checkin.reset()
        self.checkin.setEnabled(at_checkin)
        self.setup.set_practice_editable(not running)
        self.buttons["start"].setVisible(not flow.started)
        self._arrange()
        self.buttons["next"].setProperty("role", "primary" if flow.started else None)
        self.buttons["next"].style().polish(self.buttons["next"])
        for key in ("previous", "skip", "repeat", "finish"):
            self.buttons[key].setEnabled(flow.started)
        self.buttons["pause"].setEnabled(running)
        self.buttons["pause"].setText(
            self.tr("Resume (Space)")
            if flow.practice_state is SessionState.PAUSED
            else self.tr("Pause (Space)")
        )
        self.buttons["blank"].setText(
            self.tr("Show screen again (B)") if flow.blank else self.tr("Blank screen (B)")
        )
        self.buttons["presenter"].setText(
            self.tr("End shared screen (Esc)")
            if self.presenter
            else self.tr("Show on shared screen (F5)")
        )
        at_practice = flow.started and spec.id == "practice"
        group_keys.set_action_enabled(self._shortcuts, group_keys.PAUSE, at_practice)
        group_keys.set_action_enabled(self._shortcuts, group_keys.END, self.presenter is not None)
        self._tick()

    def _tick(self) -> None:
        state = self.flow.screen_state()
        self.stages.show_time(self.flow, state)
        self.preview.refresh()
        spoken = state.speech or state.text if state.visual in ("words", "caption") else ""
        self._emit_sound_cues(spoken)

    def _emit_sound_cues(self, words: str) -> None:
        now = self.flow.practice_state
        before, self._last_practice = self._last_practice, now
        if now is SessionState.RUNNING and before in (None, SessionState.READY):
            self.bell_requested.emit("start")
        if now is SessionState.FINISHED and before is not SessionState.FINISHED:
            self.bell_requested.emit("end")
        if words != self._last_spoken:
            self._last_spoken = words
            if words and self.setup.voice_check.isChecked():
                self.speak_requested.emit(words)

    def _say(self, message: str, *, error: bool = False) -> None:
        self.status_label.setText(message)
        self.status_label.setProperty("error", error)
        self.status_label.setProperty("role", "danger" if error else "muted")
        self.status_label.style().polish(self.status_label)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_screens()
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The set-up and the session's controls side by side, or stacked, the part needed now
        first (page_layout.py)."""
        self._page_layout.arrange(self.flow.started)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.presenter is None:
            self._timer.stop()
        super().hideEvent(event)
