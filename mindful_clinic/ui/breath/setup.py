"""Choosing how to do a breathing practice: length, holds, pace and mode, then Start.

The last choices for each practice are offered again, and the 1- and 3-minute lengths say plainly
that they are shorter than the studied five minutes (content-spec 1.3). A practice counted in
breaths (4-7-8) offers its breath counts instead of lengths, and a hold longer than 4 s starts
switched off the first time, saying why (spec 1.4).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.breath.pattern import (
    TEMPO_MAX,
    BreathMode,
    BreathPattern,
    is_quick_reset,
)
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.preferences import PracticeChoice
from mindful_clinic.core.sound.settings import PracticeSoundChoices
from mindful_clinic.ui.breath.pacer_view import format_clock
from mindful_clinic.ui.practice.setup_screen import SetupScreen
from mindful_clinic.ui.shell.flow import ChipGroup
from mindful_clinic.ui.shell.local_format import decimal
from mindful_clinic.ui.shell.theme import scaled_font
from mindful_clinic.ui.sound.practice_sounds import PracticeSoundsBox


class BreathSetup(SetupScreen):
    """``start_requested`` emits the PracticeChoice the user made."""

    sounds_changed = Signal(object)
    """Emits the PracticeSoundChoices after the user changed this practice's sounds."""

    def __init__(
        self,
        pattern: BreathPattern,
        choice: PracticeChoice,
        parent: QWidget | None = None,
        *,
        sounds: PracticeSoundChoices | None = None,
        usual_sounds: PracticeSoundChoices | None = None,
    ) -> None:
        """``sounds`` shows this practice's sound choices (None: no sound box); ``usual_sounds``
        is what its "Same as my usual settings" button goes back to."""
        super().__init__(parent)
        self.pattern = pattern
        self.setAccessibleName(self.tr("Set up %s") % pattern.title)
        title = QLabel(pattern.title)
        title.setFont(scaled_font(self, 1.8, QFont.Weight.DemiBold))
        summary = QLabel(pattern.summary)
        summary.setFont(scaled_font(self, 1.15))
        summary.setWordWrap(True)
        description = QLabel(pattern.description)
        description.setWordWrap(True)
        description.setProperty("role", "muted")

        # One of several: radio buttons drawn as chips, Tab on the checked one (``ChipGroup``).
        self.length_group = ChipGroup(self)
        lengths = QHBoxLayout()
        lengths_label = QLabel(self.tr("Length"))
        lengths_label.setFont(scaled_font(self, 1.1, QFont.Weight.DemiBold))
        if pattern.breath_counts:
            self._add_breath_counts(lengths, choice)
        else:
            self._add_lengths(lengths, choice)
        lengths.addStretch(1)
        self.length_note = QLabel()
        self.length_note.setProperty("role", "muted")
        self.length_note.setWordWrap(True)

        self.holds = QCheckBox(self.tr("Include the breath holds"))
        self.holds.setChecked(choice.holds)
        self.holds.setVisible(pattern.has_optional_holds)
        self.holds.setAccessibleName(self.tr("Include the breath holds"))
        self.holds_note = QLabel(self._holds_note())
        self.holds_note.setWordWrap(True)
        self.holds_note.setProperty("role", "muted")
        self.holds_note.setVisible(not pattern.holds_on_by_default)

        self.tempo = QSlider(Qt.Orientation.Horizontal)
        self.tempo.setRange(round(pattern.min_tempo * 100), int(TEMPO_MAX * 100))
        self.tempo.setSingleStep(5)
        self.tempo.setPageStep(5)
        self.tempo.setValue(round(choice.tempo * 100))
        self.tempo.setAccessibleName(self.tr("Pace: slide right for slower, longer breaths"))
        self.tempo_label = QLabel()
        tempo_row = QHBoxLayout()
        faster = QLabel(self.tr("Quicker"))
        slower = QLabel(self.tr("Slower"))
        tempo_row.addWidget(faster)
        tempo_row.addWidget(self.tempo, 1)
        tempo_row.addWidget(slower)
        tempo_row.addWidget(self.tempo_label)

        self.paced = QRadioButton(self.tr("Follow the pacer"))
        self.self_paced = QRadioButton(self.tr("At my own pace (press Enter after each breath)"))
        self.paced.setChecked(choice.mode != "self_paced")
        self.self_paced.setChecked(choice.mode == "self_paced")
        has_self_paced = BreathMode.SELF_PACED in pattern.modes
        self.paced.setVisible(has_self_paced)
        self.self_paced.setVisible(has_self_paced)

        known = cautions()
        caution_text = "\n".join("• " + known[c].text for c in pattern.cautions if c in known)
        caution_label = QLabel(caution_text)
        caution_label.setWordWrap(True)
        caution_label.setProperty("role", "muted")
        caution_label.setAccessibleDescription(self.tr("Cautions"))

        self.start_button, back = self.start_and_back(self._start)
        self.start_button.setMinimumHeight(self.start_button.sizeHint().height() + 12)

        actions = QHBoxLayout()
        actions.addWidget(back)
        actions.addStretch(1)
        actions.addWidget(self.start_button)

        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 24)
        col.addWidget(title)
        col.addWidget(summary)
        col.addWidget(description)
        col.addSpacing(10)
        col.addWidget(lengths_label)
        col.addLayout(lengths)
        col.addWidget(self.length_note)
        col.addWidget(self.holds)
        col.addWidget(self.holds_note)
        pace_label = QLabel(self.tr("Pace"))
        pace_label.setFont(scaled_font(self, 1.1, QFont.Weight.DemiBold))
        col.addWidget(pace_label)
        col.addLayout(tempo_row)
        col.addWidget(self.paced)
        col.addWidget(self.self_paced)
        self.sounds_box: PracticeSoundsBox | None = None
        if sounds is not None:
            self.sounds_box = PracticeSoundsBox(sounds, True, usual=usual_sounds)
            self.sounds_box.changed.connect(self.sounds_changed)
            col.addSpacing(6)
            col.addWidget(self.sounds_box)
        col.addSpacing(8)
        col.addWidget(caution_label)
        col.addStretch(1)
        col.addLayout(actions)

        self.length_group.buttonClicked.connect(lambda _b: self._update())
        self.holds.toggled.connect(lambda _v: self._update())
        self.tempo.valueChanged.connect(lambda _v: self._update())
        self.paced.toggled.connect(lambda _v: self._update())
        self._update()

    def _add_lengths(self, row: QHBoxLayout, choice: PracticeChoice) -> None:
        pattern = self.pattern
        for option in pattern.duration_options_s:
            b = self.length_group.add_length(option)
            b.setProperty("duration_s", option)
            row.addWidget(b)
            if option == choice.duration_s or (
                choice.duration_s not in pattern.duration_options_s
                and option == pattern.default_duration_s
            ):
                b.setChecked(True)

    def _add_breath_counts(self, row: QHBoxLayout, choice: PracticeChoice) -> None:
        """One button per breath count (4-7-8: four, or eight for experienced users), labelled."""
        counts = self.pattern.breath_counts
        for n in counts:
            usual = n <= (self.pattern.max_cycles or n)
            text = (
                self.tr("%d breaths: the usual practice")
                if usual
                else self.tr("%d breaths: if you know this breath well")
            ) % n
            b = self.length_group.add_chip(text, text)
            b.setProperty("breaths", n)
            b.setProperty("duration_s", self.pattern.default_duration_s)
            row.addWidget(b)
            b.setChecked(n == choice.breaths or (choice.breaths not in counts and n == counts[0]))

    def _holds_note(self) -> str:
        longest = max((p.seconds for p in self.pattern.phases if p.optional), default=0)
        return self.tr(
            "The %1-second hold starts switched off: long holds can bring on light-headedness "
            "while the breath is new. Switch it on once the rhythm feels easy; your choice is "
            "kept for next time."
        ).replace("%1", f"{longest:g}")

    def choice(self) -> PracticeChoice:
        checked = self.length_group.checkedButton()
        duration = (
            int(checked.property("duration_s")) if checked else self.pattern.default_duration_s
        )
        breaths = int(checked.property("breaths") or 0) if checked else 0
        if self.pattern.breath_counts and not breaths:
            breaths = self.pattern.breath_counts[0]
        return PracticeChoice(
            duration_s=duration,
            holds=self.holds.isChecked() if self.pattern.has_optional_holds else True,
            tempo=round(self.tempo.value() / 100, 2),
            mode="self_paced" if self.self_paced.isChecked() else "paced",
            breaths=breaths,
        )

    def planned_s(self) -> float:
        c = self.choice()
        if c.mode == "self_paced":
            return float(c.duration_s)
        if c.breaths:
            return c.breaths * self.pattern.cycle_s(c.holds, c.tempo)
        return self.pattern.planned_s(c.duration_s, c.holds, c.tempo)

    def _update(self) -> None:
        c = self.choice()
        self.tempo_label.setText(decimal(f"{c.tempo:.2f}") + "×")
        self.tempo.setEnabled(c.mode == "paced")
        planned = self.planned_s()
        note = self.tr("Takes %s.") % format_clock(planned)
        if c.mode == "paced":
            n = c.breaths or self.pattern.cycles_for(c.duration_s, c.holds, c.tempo)
            note = (
                self.tr("%1 breaths, about %2.")
                .replace("%1", str(n))
                .replace("%2", format_clock(planned))
            )
            if self.pattern.max_cycles and n >= self.pattern.max_cycles:
                note += " " + self.tr("This practice stops after %d breaths.") % n
        if is_quick_reset(c.duration_s) and not c.breaths:
            note += " " + self.tr(
                "A quick reset: shorter than the five minutes studied, still worth doing."
            )
        self.length_note.setText(note)

    def _start(self) -> None:
        self.start_requested.emit(self.choice())
