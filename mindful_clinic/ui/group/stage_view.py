"""What the facilitator reads during a session: the timer, the stages, notes for now, what is next
and what the room currently sees. A view of a ``GroupFlow``; it changes nothing itself except asking
for an optional stage to be left in or out (``stage_enabled_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.group.flow import GroupFlow, ScreenState
from mindful_clinic.ui.shell.announce import PhaseAnnouncer
from mindful_clinic.ui.shell.theme import scaled_font


def room_preview_state(flow: GroupFlow) -> ScreenState:
    """What "The room sees" shows: the shared screen's state, and before the session starts the
    arrival screen the room will see at once after F5 (its title and welcome words), never an
    empty area."""
    if flow.started or flow.finished:
        return flow.screen_state()
    spec = flow.stage
    return ScreenState(flow.blank, spec.id, spec.title, spec.screen_text, spec.screen_detail)


def mm_ss(seconds: float) -> str:
    m, s = divmod(max(0, int(seconds)), 60)
    return f"{m}:{s:02d}"


class StageView(QWidget):
    stage_enabled_changed = Signal(str, bool)
    """The facilitator ticked or unticked an optional stage (reflection)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer_label = self._text(self.tr("Session timer"))
        self.timer_label.setFont(scaled_font(self, 1.15, QFont.Weight.DemiBold))
        self.stage_list = QListWidget()
        self.stage_list.setAccessibleName(self.tr("Stages of the session"))
        self.stage_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.stage_list.setFont(scaled_font(self, 1.1))
        self.stage_list.setSpacing(3)
        self.stage_list.setMaximumWidth(self.stage_list.fontMetrics().averageCharWidth() * 34)
        self.now_label = self._text(self.tr("Current stage"))
        self.now_label.setFont(scaled_font(self, 1.3, QFont.Weight.DemiBold))
        self.notes_label = self._text(self.tr("Facilitator notes"))
        self.notes_label.setFont(scaled_font(self, 1.1))
        self.next_label = self._text(self.tr("What comes next"))
        self.preview_label = self._text(self.tr("Shared screen shows"))
        self.preview_label.setProperty("role", "muted")
        self.announcer = PhaseAnnouncer(self)
        """Says each new stage once ("Now: Check-in"): Page Down changes no focus, so a screen
        reader would otherwise stay silent while the room moves on."""
        self.screen_announcer = PhaseAnnouncer(self)
        """Says what the room is shown when it changes within a stage (a practice starting, the
        next question), once; never each breathing word."""

        about = QVBoxLayout()
        about.addWidget(self.now_label)
        about.addWidget(self.notes_label)
        about.addStretch(1)
        about.addWidget(self.next_label)
        about.addWidget(self.preview_label)
        row = QHBoxLayout()
        row.addWidget(self.stage_list, 1)
        row.addLayout(about, 2)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.timer_label)
        col.addLayout(row)
        self.stage_list.itemChanged.connect(self._toggled)

    def show_flow(self, flow: GroupFlow) -> None:
        """The stages, the notes for the current one and what Next leads to."""
        spec = flow.stage
        now = self.tr("Now: {stage}") if flow.started else self.tr("First: {stage}")
        self.now_label.setText(now.format(stage=spec.title))
        if flow.started:
            self.announcer.phase(flow.index, self.now_label.text())
        self.notes_label.setText("\n".join(f"\u2022 {n}" for n in spec.notes))
        upcoming = flow.upcoming() if flow.started else spec.title
        self.next_label.setText(self.tr("Next: {what}").format(what=upcoming or self.tr("finish")))
        self._fill_list(flow)

    def show_time(self, flow: GroupFlow, state: ScreenState) -> None:
        """The clock-derived parts, refreshed by the panel's timer."""
        if flow.started:
            self.timer_label.setText(
                self.tr("Session {total} \u00b7 this stage {stage} of about {suggested}").format(
                    total=mm_ss(flow.session_elapsed_s),
                    stage=mm_ss(flow.stage_elapsed_s),
                    suggested=mm_ss(flow.stage.suggested_s),
                )
            )
        else:
            self.timer_label.setText(self.tr("Not started: press Start session or Page Down"))
        shown = self.tr("(blank)") if state.blank else (state.phase_word or state.text)
        self.preview_label.setText(self.tr("Shared screen: {text}").format(text=shown or "-"))
        if flow.started:
            moment = (state.stage_id, state.blank, state.visual, state.paused)
            key = moment if state.visual == "pacer" else (*moment, state.text)
            self.screen_announcer.phase(key, self.preview_label.text())

    def _fill_list(self, flow: GroupFlow) -> None:
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for i, spec in enumerate(flow.stages):
            text = f"{i + 1}. {spec.title}"
            if flow.is_skipped(spec.id):
                text += self.tr(" (skipped)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, spec.id)
            if spec.optional:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(self.tr("Ticked: this stage is part of the session"))
                on = flow.is_enabled(spec.id)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if flow.started and i == flow.index:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                now = self.tr("{stage} (now)").format(stage=text)
                item.setText(f"\u25b6 {now}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, now)  # not "black triangle"
            self.stage_list.addItem(item)
        self.stage_list.blockSignals(False)
        rows = self.stage_list.count()
        row_h = self.stage_list.sizeHintForRow(0) + 2 * self.stage_list.spacing()
        self.stage_list.setFixedHeight(rows * row_h + 2 * self.stage_list.frameWidth() + 4)

    def _toggled(self, item: QListWidgetItem) -> None:
        stage_id = item.data(Qt.ItemDataRole.UserRole)
        self.stage_enabled_changed.emit(stage_id, item.checkState() == Qt.CheckState.Checked)

    def _text(self, accessible: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleDescription(accessible)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label
