"""Settings -> Sound: volumes and mute, quiet hours, the default practice sounds, reminder sound, and
the user's own imported sounds.

Every edit makes a new ``SoundSettings`` value, gives it to the player (``apply_to_player``), saves it
and emits ``changed``. "Try" plays one sound at once, also during quiet hours (a click is a request;
see ``SoundPurpose.PREVIEW``); the ambient preview stops itself after a few seconds on a single-shot
QTimer. Import errors are shown in plain words under the list and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.ports import NO_OUTPUT_MESSAGE, SoundFiles, SoundPlayer
from mindful_clinic.core.sound.page import (
    AMBIENT_PREVIEW_MS,
    preview_sound,
    with_reminder_bell,
    without_sound,
)
from mindful_clinic.core.sound.settings import (
    AMBIENT_CHOICES,
    CHANNELS,
    MAX_INTERVAL_MIN,
    QuietHours,
    SoundPurpose,
    SoundSettings,
    apply_to_player,
    sound_decision,
)
from mindful_clinic.ui.shell.theme import scaled_font
from mindful_clinic.ui.shell.time_edit import SectionTimeEdit
from mindful_clinic.ui.sound.own_sounds import OwnSoundsBox

COLUMN_GAP = 32
"""Between the two columns side by side."""
LINE_GAP = 8
"""Between the rows of a column, and between the columns when one is below the other."""


class SoundSettingsView(QWidget):
    changed = Signal(object)
    """The new SoundSettings, after every edit (already saved and applied to the player)."""

    def __init__(
        self,
        settings: SoundSettings,
        player: SoundPlayer,
        save: Callable[[SoundSettings], None],
        files: SoundFiles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.player = player
        self._save = save
        self._loading = True  # no saving while the controls are built and filled
        self.setAccessibleName(self.tr("Sound settings"))
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(AMBIENT_PREVIEW_MS)
        self.preview_timer.timeout.connect(lambda: self.player.stop_ambient(800))

        page = QWidget()
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self._columns.setContentsMargins(4, 4, 12, 4)
        self._columns.setSpacing(COLUMN_GAP)
        left, right = self._column_pair = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setSpacing(LINE_GAP)
            self._columns.addLayout(column, 1)
        self._build_volume(left)
        self._build_quiet_hours(left)
        self._build_reminder(left)
        left.addStretch(1)
        self._build_practice_defaults(right)
        self._heading(right, self.tr("Your own sounds"))
        self.own_sounds = OwnSoundsBox(files)
        self.own_sounds.removed.connect(self._sound_removed)
        right.addWidget(self.own_sounds)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to what it holds
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_settings(settings)
        for spin in (self.quiet_from, self.quiet_to, self.interval):
            for inner in spin.findChildren(QLineEdit):  # screen readers may land on the editor
                inner.setAccessibleName(spin.accessibleName())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns where both fit beside each other, one below the other where they do not.

        The room is measured from what the columns need (their words in this language and font),
        not guessed from a character count: German's columns need more than English's. The page
        sits in its own scroll area, so its minimum width never feeds back into this view's size.
        """
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self._columns.setDirection(direction)
        self._columns.setStretch(0, 1 if wide else 0)  # stacked: spare room below, not between
        self._columns.setSpacing(COLUMN_GAP if wide else LINE_GAP)  # stacked: as within one
        super().resizeEvent(event)

    def _side_by_side_width(self) -> int:
        """The width the two columns need side by side, with room for a vertical scroll bar."""
        need = sum(column.minimumSize().width() for column in self._column_pair)
        margins = self._columns.contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return need + COLUMN_GAP + margins.left() + margins.right() + bar

    # -- building ---------------------------------------------------------------------------------
    def _heading(self, layout: QVBoxLayout, text: str) -> None:
        label = QLabel(text)
        label.setFont(scaled_font(self, 1.2, QFont.Weight.DemiBold))
        label.setContentsMargins(0, 12, 0, 2)
        layout.addWidget(label)

    def _note(self, text: str, role: str = "muted") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", role)
        return label

    def _check(self, text: str) -> QCheckBox:
        """A tick box named by its own words (what is seen is what a screen reader says)."""
        return QCheckBox(text)

    def _build_volume(self, col: QVBoxLayout) -> None:
        self.mute = self._check(self.tr("&Mute all sounds"))
        self.mute.setFont(scaled_font(self, 1.1))
        self.mute.toggled.connect(lambda on: self._commit(self.settings.with_muted(on)))
        col.addWidget(self.mute)
        self.no_output = self._note(self._no_output_text(), role="")
        self.no_output.setAccessibleDescription(self.tr("Sound output status"))
        self.no_output.setVisible(not self.player.available)
        col.addWidget(self.no_output)
        self._heading(col, self.tr("Volume"))
        names = {
            "cues": (self.tr("Breath cues"), self.tr("the breath cue sound")),
            "bells": (self.tr("Bells"), self.tr("the interval bell")),
            "ambient": (self.tr("Background"), self.tr("the background sound")),
            "voice": (self.tr("Recordings"), self.tr("a tone at the recordings volume")),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.sliders: dict[str, QSlider] = {}
        self.try_buttons: dict[str, QPushButton] = {}
        for row, channel in enumerate(CHANNELS):
            title, what = names[channel]
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setPageStep(10)
            slider.setAccessibleName(self.tr("{title} volume").format(title=title))
            label = QLabel(title)
            label.setBuddy(slider)
            percent = QLabel(f"{slider.value()} %")
            percent.setMinimumWidth(percent.fontMetrics().horizontalAdvance("100 %"))
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, p=percent: p.setText(f"{v} %"))
            slider.valueChanged.connect(lambda _v, c=channel: self._volume_moved(c))
            slider.sliderReleased.connect(lambda c=channel: self._volume_moved(c))
            button = QPushButton(self.tr("Try"))
            button.setAccessibleName(self.tr("Try {what}").format(what=what))
            button.setEnabled(self.player.available)
            button.clicked.connect(lambda _checked=False, c=channel: self.try_channel(c))
            for column, widget in enumerate((label, slider, percent, button)):
                grid.addWidget(widget, row, column)
            self.sliders[channel], self.try_buttons[channel] = slider, button
        col.addLayout(grid)
        self.preview_note = self._note("")
        self.preview_note.setAccessibleDescription(self.tr("Sound preview message"))
        self.preview_note.hide()
        col.addWidget(self.preview_note)

    def _build_quiet_hours(self, col: QVBoxLayout) -> None:
        self._heading(col, self.tr("Quiet hours"))
        self.quiet = self._check(self.tr("&Keep quiet hours"))
        fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.quiet_from, self.quiet_to = (
            SectionTimeEdit(),
            SectionTimeEdit(),
        )  # says hours or minutes
        for edit, name in (
            (self.quiet_from, self.tr("Quiet hours start")),
            (self.quiet_to, self.tr("Quiet hours end")),
        ):
            edit.setDisplayFormat(fmt)
            edit.setAccessibleName(name)
            edit.setWrapping(True)
            edit.timeChanged.connect(self._quiet_changed)
        self.quiet.toggled.connect(self._quiet_changed)
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.quiet_from, QLabel(self.tr("to"))):
            row.addWidget(widget)
        row.addWidget(self.quiet_to)
        row.addStretch(1)
        col.addWidget(self.quiet)
        col.addLayout(row)
        col.addWidget(
            self._note(
                self.tr(
                    "Nothing plays between these times, not even in a practice; Try still "
                    "works. The end may be after midnight, as in 22:00 to 07:00."
                )
            )
        )

    def _build_reminder(self, col: QVBoxLayout) -> None:
        self._heading(col, self.tr("Reminders"))
        col.addWidget(
            self._note(self.tr("Reminders show a quiet notice; tick to also play a soft bell."))
        )
        self.reminder_bell = self._check(self.tr("Also play a soft &bell with reminders"))
        self.reminder_bell.toggled.connect(
            lambda on: self._commit(with_reminder_bell(self.settings, on))
        )
        col.addWidget(self.reminder_bell)

    def _build_practice_defaults(self, col: QVBoxLayout) -> None:
        self._heading(col, self.tr("Practice sounds"))
        col.addWidget(
            self._note(self.tr("Used by every practice without sound choices of its own."))
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.choice_boxes: dict[str, QCheckBox] = {}
        for key, text in (
            ("inhale_cue", self.tr("Rising tone at each in-breath")),
            ("exhale_cue", self.tr("Falling tone at each out-breath")),
            ("start_bell", self.tr("Bell at the start")),
            ("end_bell", self.tr("Bell at the end")),
        ):
            box = self.choice_boxes[key] = self._check(text)
            box.toggled.connect(self._defaults_changed)
            form.addRow(box)
        self.interval = QSpinBox()
        self.interval.setRange(0, MAX_INTERVAL_MIN)
        self.interval.setSpecialValueText(self.tr("Off"))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setAccessibleName(self.tr("Interval bell every how many minutes (0 is off)"))
        self.ambient = QComboBox()
        words = {
            "none": self.tr("None"),
            "rain": self.tr("Soft rain"),
            "drone": self.tr("Warm drone"),
        }
        for key in AMBIENT_CHOICES:
            self.ambient.addItem(words.get(key, key), key)
        self.ambient.setAccessibleName(self.tr("Background sound during practices"))
        form.addRow(self.tr("&Interval bell every"), self.interval)
        form.addRow(self.tr("Back&ground sound"), self.ambient)
        self.interval.valueChanged.connect(self._defaults_changed)
        self.ambient.currentIndexChanged.connect(self._defaults_changed)
        col.addLayout(form)

    # -- edits -------------------------------------------------------------------------------------
    def set_settings(self, settings: SoundSettings) -> None:
        """Show settings as they are now (e.g. after the tray's mute) without saving them again."""
        self._loading = True
        try:
            self.settings = settings
            self.mute.setChecked(settings.muted)
            for channel, slider in self.sliders.items():
                slider.setValue(round(settings.volume(channel) * 100))
            q, d = settings.quiet_hours, settings.defaults
            self.quiet.setChecked(q.enabled)
            self.quiet_from.setTime(QTime(q.start.hour, q.start.minute))
            self.quiet_to.setTime(QTime(q.end.hour, q.end.minute))
            self.reminder_bell.setChecked(settings.reminder_sound is not None)
            for key, box in self.choice_boxes.items():
                box.setChecked(bool(getattr(d, key)))
            self.interval.setValue(d.interval_bell_min)
            self.ambient.setCurrentIndex(max(0, self.ambient.findData(d.ambient)))
        finally:
            self._loading = False

    def _commit(self, new: SoundSettings) -> None:
        if self._loading or new == self.settings:
            return
        self.settings = new
        apply_to_player(self.player, new)
        self._save(new)
        self.changed.emit(new)

    def _volume_moved(self, channel: str) -> None:
        slider = self.sliders[channel]
        if not slider.isSliderDown():  # while dragging, save once on release
            self._commit(self.settings.with_volume(channel, slider.value() / 100))

    def _quiet_changed(self) -> None:
        on = self.quiet.isChecked()
        start, end = self.quiet_from.time(), self.quiet_to.time()
        hours = QuietHours(on, time(start.hour(), start.minute()), time(end.hour(), end.minute()))
        self._commit(self.settings.with_quiet_hours(hours))

    def _defaults_changed(self) -> None:
        ticks = {key: box.isChecked() for key, box in self.choice_boxes.items()}
        choices = replace(
            self.settings.defaults,
            **ticks,
            interval_bell_min=self.interval.value(),
            ambient=str(self.ambient.currentData()),
        )
        self._commit(self.settings.with_choices(None, choices))

    # -- previews ----------------------------------------------------------------------------------
    def try_channel(self, channel: str) -> None:
        """Play the channel's sample once; quiet hours do not apply to a click (mute does)."""
        decision = sound_decision(
            self.settings,
            now=datetime.now().astimezone(),
            purpose=SoundPurpose.PREVIEW,
            channel=channel,
        )
        if not decision:
            self.preview_note.setText(
                self.tr("Sounds are muted: untick Mute all sounds to hear this.")
                if decision.reason == "muted"
                else self.tr("This volume is at zero: move the slider to the right to hear it.")
            )
            self.preview_note.show()
            return
        self.preview_note.hide()
        name = preview_sound(channel, self.settings.defaults.ambient)
        if channel == "ambient":
            self.player.start_ambient(name, 400)
            self.preview_timer.start()
        else:
            self.player.play(name, channel)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page ends an ambient preview at once."""
        if self.preview_timer.isActive():
            self.preview_timer.stop()
            self.player.stop_ambient(800)
        super().hideEvent(event)

    def _no_output_text(self) -> str:
        problem = self.player.problem
        if problem and problem not in (
            NO_OUTPUT_MESSAGE,
            QCoreApplication.translate("Sound", NO_OUTPUT_MESSAGE),
        ):
            return problem  # e.g. "Sound is switched off for this run."
        return self.tr("No sound output was found on this computer; practices carry on silently.")

    # -- your own sounds ---------------------------------------------------------------------------
    def import_file(self, path: str | Path, kind: str) -> bool:
        """Import a file as a "bell" or "guidance" track (what the file dialog calls)."""
        return self.own_sounds.import_file(path, kind)

    def _sound_removed(self, name: str) -> None:
        self._commit(without_sound(self.settings, name))
