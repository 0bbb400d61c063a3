"""Choices before a guided practice: length, direction, regions to leave out, eyes, posture, anchor,
touch and whom to send kind wishes to. Only the choices that change this practice are shown.

Trauma-sensitive defaults (content-spec 8.3): every practice starts from the user's own choices,
eyes can stay open, any body region can be left out, and the screen says plainly that stopping is
always fine. The panel emits the chosen ``GuidedOptions``; ``plan()`` gives the prepared practice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.guided.practice import (
    DIRECTIONS,
    OPTION_VALUES,
    GuidedOptions,
    GuidedPlan,
    GuidedPractice,
    OptionError,
)
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.sound.settings import PracticeSoundChoices
from mindful_clinic.ui.breath.pacer_view import format_clock
from mindful_clinic.ui.guided.body_map import region_label
from mindful_clinic.ui.practice.setup_screen import SetupScreen
from mindful_clinic.ui.shell.flow import ChipGroup
from mindful_clinic.ui.shell.theme import scaled_font
from mindful_clinic.ui.sound.practice_sounds import PracticeSoundsBox


class GuidedSetup(SetupScreen):
    """``start_requested`` emits the GuidedOptions chosen."""

    edit_requested = Signal(object)
    """Emits the GuidedPractice: the user wants their own version of it (or to edit theirs)."""
    sounds_changed = Signal(object)
    """Emits the PracticeSoundChoices after the user changed this practice's sounds."""

    def __init__(
        self,
        practice: GuidedPractice,
        options: GuidedOptions | None = None,
        parent: QWidget | None = None,
        *,
        can_edit: bool = False,
        sounds: PracticeSoundChoices | None = None,
        usual_sounds: PracticeSoundChoices | None = None,
    ) -> None:
        """``sounds`` shows this practice's sound choices (None: no sound box; guided practices
        have no breath cues); ``usual_sounds`` is what "Same as my usual settings" goes back to."""
        super().__init__(parent)
        self.practice = practice
        start = options or GuidedOptions()
        self.setAccessibleName(self.tr("Set up %s") % practice.title)
        self._words = self._choice_words()

        title = QLabel(practice.title)
        title.setFont(scaled_font(self, 1.8, QFont.Weight.DemiBold))
        title.setWordWrap(True)
        summary = QLabel(practice.summary)
        summary.setFont(scaled_font(self, 1.15))
        summary.setWordWrap(True)
        description = QLabel(practice.description)
        description.setWordWrap(True)
        description.setProperty("role", "muted")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.length_group = ChipGroup(self)  # one of several: radio buttons drawn as chips
        lengths = QHBoxLayout()
        chosen_length = (
            start.length_s
            if start.length_s in practice.durations_s
            else practice.default_duration_s
        )
        for seconds in practice.durations_s:
            b = self.length_group.add_length(seconds)
            b.setProperty("length_s", seconds)
            b.setChecked(seconds == chosen_length)
            lengths.addWidget(b)
        lengths.addStretch(1)
        if practice.supports("length"):
            form.addRow(self.tr("Length"), lengths)

        self.direction = self._radios(
            "direction", DIRECTIONS, start.direction, form, self.tr("Direction")
        )
        self.skip_boxes: dict[str, QCheckBox] = {}
        if practice.supports("skip_regions"):
            skip_col = QVBoxLayout()
            hint = QLabel(
                self.tr(
                    "Leave out any area you'd rather not focus on today (pain, injury, or any "
                    "other reason). Its time goes to the other areas, and you can rest attention "
                    "on a neutral area such as your hands or feet instead."
                )
            )
            hint.setWordWrap(True)
            hint.setProperty("role", "muted")
            skip_col.addWidget(hint)
            grid = QHBoxLayout()
            halves = (QVBoxLayout(), QVBoxLayout())
            groups = practice.skippable_groups
            for i, group in enumerate(groups):
                box = QCheckBox(region_label(group))
                box.setAccessibleName(self.tr("Leave out: %s") % region_label(group))
                box.setChecked(group in start.skip_regions)
                self.skip_boxes[group] = box
                halves[0 if i < (len(groups) + 1) // 2 else 1].addWidget(box)
            grid.addLayout(halves[0])
            grid.addLayout(halves[1])
            skip_col.addLayout(grid)
            form.addRow(self.tr("Leave out"), skip_col)

        self.eyes = self._radios("eyes", OPTION_VALUES["eyes"], start.eyes, form, self.tr("Eyes"))
        self.posture = self._radios(
            "posture", OPTION_VALUES["posture"], start.posture, form, self.tr("Posture")
        )
        self.anchor = self._combo(
            "anchor", start.anchor, form, self.tr("Steady place to return to")
        )
        self.touch = self._combo("touch", start.touch, form, self.tr("Supportive touch"))

        self.focus_boxes: dict[str, QCheckBox] = {}
        if practice.supports("focus"):
            focus_col = QVBoxLayout()
            for f in practice.foci:
                box = QCheckBox(self._words["focus"][f])
                box.setAccessibleName(self.tr("Send kind wishes to: %s") % self._words["focus"][f])
                box.setChecked(start.focus is None or f in start.focus)
                self.focus_boxes[f] = box
                focus_col.addWidget(box)
            form.addRow(self.tr("Kind wishes for"), focus_col)

        self.sounds_box: PracticeSoundsBox | None = None
        if sounds is not None:
            self.sounds_box = PracticeSoundsBox(sounds, False, usual=usual_sounds)
            self.sounds_box.changed.connect(self.sounds_changed)

        known = cautions()
        lines = [known[c].text for c in practice.cautions if c in known]
        lines.append(
            self.tr("You can pause, skip a step or stop at any time. If it feels worse, stop.")
        )
        caution_label = QLabel("\n".join("• " + t for t in lines))
        caution_label.setWordWrap(True)
        caution_label.setProperty("role", "muted")
        caution_label.setAccessibleDescription(self.tr("Before you start"))
        self.summary_line = QLabel()
        self.summary_line.setAccessibleDescription(self.tr("Practice length"))
        self.problem = QLabel()
        self.problem.setProperty("role", "danger")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Problem with the choices"))

        self.start_button, back = self.start_and_back(self._start)
        actions = QHBoxLayout()
        actions.addWidget(back)
        self.edit_button = QPushButton(
            self.tr("Edit my version") if practice.custom else self.tr("Make my own version")
        )
        self.edit_button.setAccessibleDescription(
            self.tr("Edit the steps and words of this practice in a copy of your own")
        )
        self.edit_button.setVisible(can_edit)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.practice))
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.summary_line)
        actions.addWidget(self.start_button)

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(32, 24, 32, 12)
        for w in (title, summary, description):
            col.addWidget(w)
        col.addSpacing(10)
        col.addLayout(form)
        if self.sounds_box is not None:
            col.addSpacing(6)
            col.addWidget(self.sounds_box)
            col.addSpacing(4)
        col.addWidget(caution_label)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to what it holds
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(32, 0, 32, 20)
        bottom.addWidget(self.problem)
        bottom.addLayout(actions)
        outer.addLayout(bottom)

        self.length_group.buttonClicked.connect(lambda _b: self._update())
        for box in (*self.skip_boxes.values(), *self.focus_boxes.values()):
            box.toggled.connect(lambda _v: self._update())
        self._update()

    # -- building blocks ------------------------------------------------------------------------
    def _choice_words(self) -> dict[str, dict[str, str]]:
        return {
            "direction": {"feet_to_head": self.tr("Feet to head"),
                          "head_to_feet": self.tr("Head to feet")},
            "eyes": {"open": self.tr("Open"), "lowered": self.tr("Gaze lowered"),
                     "closed": self.tr("Closed")},
            "posture": {"sit": self.tr("Sitting"), "lie": self.tr("Lying down"),
                        "stand": self.tr("Standing")},
            "anchor": {"breath": self.tr("The breath"), "sounds": self.tr("Sounds around you"),
                       "feet": self.tr("Feet on the floor"), "hands": self.tr("Your hands"),
                       "object": self.tr("Something in view")},
            "touch": {"heart": self.tr("Hand on heart"),
                      "heart_and_belly": self.tr("One hand on heart, one on belly"),
                      "cheek": self.tr("Hand on cheek"), "self_hug": self.tr("A gentle self-hug"),
                      "hands_held": self.tr("One hand holding the other"),
                      "none": self.tr("No touch: just notice your hands resting")},
            "focus": {"loved_one": self.tr("Someone easy to care about"),
                      "self": self.tr("Yourself"),
                      "colleague_or_team": self.tr("Colleagues or your team"),
                      "everyone": self.tr("Everyone")},
        }  # fmt: skip

    def _radios(
        self, name: str, values: tuple[str, ...], current: str, form: QFormLayout, label: str
    ) -> QButtonGroup:
        group = QButtonGroup(self)
        if not self.practice.supports(name):
            return group
        row = QHBoxLayout()
        for value in values:
            radio = QRadioButton(self._words[name][value])
            radio.setProperty("value", value)
            radio.setAccessibleName(f"{label}: {self._words[name][value]}")
            radio.setChecked(value == current)
            group.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        form.addRow(label, row)
        return group

    def _combo(self, name: str, current: str, form: QFormLayout, label: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label)
        for value in OPTION_VALUES[name]:
            combo.addItem(self._words[name][value], value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        if self.practice.supports(name):
            form.addRow(label, combo)
        else:
            combo.hide()
        return combo

    @staticmethod
    def _checked(group: QButtonGroup, default: str) -> str:
        button = group.checkedButton()
        return str(button.property("value")) if button is not None else default

    # -- the result -----------------------------------------------------------------------------
    def options(self) -> GuidedOptions:
        checked = self.length_group.checkedButton()
        length = int(checked.property("length_s")) if checked else self.practice.default_duration_s
        default = GuidedOptions()
        focus = None
        if self.focus_boxes:
            focus = frozenset(f for f, b in self.focus_boxes.items() if b.isChecked())
        return GuidedOptions(
            length_s=length,
            direction=self._checked(self.direction, default.direction),
            skip_regions=frozenset(g for g, b in self.skip_boxes.items() if b.isChecked()),
            eyes=self._checked(self.eyes, default.eyes),
            posture=self._checked(self.posture, default.posture),
            anchor=str(self.anchor.currentData()),
            touch=str(self.touch.currentData()),
            focus=focus,
        )

    def plan(self) -> GuidedPlan:
        """The practice prepared with these choices (raises OptionError if they don't fit)."""
        return self.practice.plan(self.options())

    def _update(self) -> None:
        try:
            plan = self.plan()
        except OptionError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            self.start_button.setEnabled(False)
            self.summary_line.setText("")
            return
        self.problem.hide()
        self.start_button.setEnabled(True)
        text = self.tr("%1 steps, %2").replace("%1", str(len(plan.steps)))
        text = text.replace("%2", format_clock(plan.total_s))
        self.summary_line.setText(text)

    def _start(self) -> None:
        if self.start_button.isEnabled():
            self.start_requested.emit(self.options())
