"""The sounds of one practice, chosen on its set-up screen: breath cues, bells, background.

Settings -> Sound holds the usual choices for every practice; this small box lets a clinician make
one practice different (no cues for box breathing, rain for the body scan) right where they choose
its length, without a trip to Settings. It shows ``PracticeSoundChoices`` and emits a new one after
every edit; storing it is the caller's business (``SoundSettings.with_choices``). Each control
changes only its own fields, so a choice made elsewhere (an in-breath-only cue, a 7-minute interval)
survives edits of the other controls.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.sound.settings import AMBIENT_CHOICES, PracticeSoundChoices
from mindful_clinic.ui.shell.theme import scaled_font

INTERVAL_OPTIONS_MIN: tuple[int, ...] = (0, 1, 2, 5, 10)
"""The interval bells offered here (0 is off); another value set in Settings is added to the list."""


class PracticeSoundsBox(QWidget):
    changed = Signal(object)
    """The new PracticeSoundChoices, after every edit by the user (not after ``set_choices``)."""

    def __init__(
        self,
        choices: PracticeSoundChoices,
        breath: bool,
        parent: QWidget | None = None,
        *,
        usual: PracticeSoundChoices | None = None,
    ) -> None:
        """``breath`` shows the in/out-breath cue (breath practices only); ``usual`` is what
        "Same as my usual settings" goes back to (the choices in Settings -> Sound)."""
        super().__init__(parent)
        self._choices = choices
        self._usual = usual if usual is not None else PracticeSoundChoices()
        self._loading = False
        self.setAccessibleName(self.tr("Sounds for this practice"))

        self.title = QLabel(self.tr("Sounds for this practice"))
        self.title.setFont(scaled_font(self, 1.1, QFont.Weight.DemiBold))
        self.reset = QPushButton(self.tr("Same as my usual settings"))
        self.reset.setProperty("role", "quiet")
        self.reset.setAutoDefault(False)
        self.reset.setFont(scaled_font(self, 0.9))
        self.reset.setAccessibleDescription(
            self.tr("Use my usual sound settings for this practice (from Settings, Sound)")
        )
        self.reset.clicked.connect(self._reset)

        self.cues: QCheckBox | None = None
        if breath:
            self.cues = QCheckBox(self.tr("Soft cue at each in- and out-breath"))
            self.cues.setAccessibleName(self.tr("Soft cue at each in- and out-breath"))
            self.cues.toggled.connect(
                lambda on: self._edit(inhale_cue=bool(on), exhale_cue=bool(on))
            )
        self.bells = QCheckBox(self.tr("Bell at the start and end"))
        self.bells.setAccessibleName(self.tr("Bell at the start and end"))
        self.bells.toggled.connect(lambda on: self._edit(start_bell=bool(on), end_bell=bool(on)))

        self.interval = QComboBox()
        self.interval.setAccessibleName(self.tr("Interval bell"))
        self.interval.currentIndexChanged.connect(self._interval_chosen)
        interval_label = QLabel(self.tr("Interval bell"))
        interval_label.setBuddy(self.interval)
        self.ambient = QComboBox()
        self.ambient.setAccessibleName(self.tr("Background sound"))
        words = {
            "none": self.tr("None"),
            "rain": self.tr("Soft rain"),
            "drone": self.tr("Warm drone"),
        }
        for key in AMBIENT_CHOICES:
            self.ambient.addItem(words.get(key, key), key)
        self.ambient.currentIndexChanged.connect(
            lambda _i: self._edit(ambient=str(self.ambient.currentData()))
        )
        ambient_label = QLabel(self.tr("Background sound"))
        ambient_label.setBuddy(self.ambient)

        # The heading line carries the reset, then two short lines (ticks, then the two lists):
        # one line for everything would not fit the narrowest window beside a guided form.
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.title)
        head.addWidget(self.reset)
        head.addStretch(1)
        ticks = QHBoxLayout()
        ticks.setSpacing(20)
        for box in (self.cues, self.bells):
            if box is not None:
                ticks.addWidget(box)
        ticks.addStretch(1)
        lists = QHBoxLayout()
        lists.setSpacing(8)
        lists.addWidget(interval_label)
        lists.addWidget(self.interval)
        lists.addSpacing(16)
        lists.addWidget(ambient_label)
        lists.addWidget(self.ambient)
        lists.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addLayout(head)
        col.addLayout(ticks)
        col.addLayout(lists)
        self.set_choices(choices)

    # -- the model --------------------------------------------------------------------------------
    def choices(self) -> PracticeSoundChoices:
        return self._choices

    def set_choices(
        self, choices: PracticeSoundChoices, usual: PracticeSoundChoices | None = None
    ) -> None:
        """Show these choices (and, if given, new usual ones) without emitting ``changed``."""
        self._loading = True
        try:
            self._choices = choices
            if usual is not None:
                self._usual = usual
            if self.cues is not None:
                self.cues.setChecked(choices.inhale_cue or choices.exhale_cue)
            self.bells.setChecked(choices.start_bell or choices.end_bell)
            self._fill_intervals(choices.interval_bell_min)
            self.ambient.setCurrentIndex(max(0, self.ambient.findData(choices.ambient)))
            self.reset.setEnabled(choices != self._usual)
        finally:
            self._loading = False

    def _fill_intervals(self, current: int) -> None:
        self.interval.clear()
        for minutes in sorted({*INTERVAL_OPTIONS_MIN, current}):
            if minutes == 0:
                text = self.tr("Off")
            elif minutes == 1:
                text = self.tr("Every minute")
            else:
                text = self.tr("Every %d minutes") % minutes
            self.interval.addItem(text, minutes)
        self.interval.setCurrentIndex(self.interval.findData(current))

    def _interval_chosen(self) -> None:
        minutes = self.interval.currentData()
        if minutes is not None:  # None while the list is refilled
            self._edit(interval_bell_min=int(minutes))

    def _edit(self, **fields: object) -> None:
        if self._loading:
            return
        new = replace(self._choices, **fields)  # type: ignore[arg-type]
        if new == self._choices:
            return
        self._choices = new
        self.reset.setEnabled(new != self._usual)
        self.changed.emit(new)

    def _reset(self) -> None:
        if self._choices == self._usual:
            return
        self.set_choices(self._usual)
        self.changed.emit(self._usual)
