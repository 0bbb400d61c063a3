"""Settings -> Voice: whether guidance is spoken, and the voice, speed and volume.

The speech engine starts only when this tab is first shown (listing voices needs it), so opening
Settings elsewhere stays quick. Without an engine the tab says so and the captions carry on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from mindful_clinic.core.ports import Speaker
from mindful_clinic.core.sound.voice import VoiceSettings, apply_to_speaker


class VoiceSettingsWidget(QWidget):
    def __init__(
        self,
        settings: VoiceSettings,
        speaker: Speaker,
        save: Callable[[VoiceSettings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.speaker = speaker
        self._save = save
        self._loaded = False
        self.setAccessibleName(self.tr("Voice settings"))
        self.enabled = QCheckBox(self.tr("Speak the guidance aloud (captions are always shown)"))
        self.enabled.setChecked(settings.enabled)
        self.enabled.setAccessibleDescription(self.tr("Speak the guidance aloud"))
        self.voice = QComboBox()
        self.voice.setAccessibleName(self.tr("Voice"))
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-100, 100)
        self.rate.setValue(round(settings.rate * 100))
        self.rate.setAccessibleName(self.tr("Speaking speed: left slower, right faster"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName(self.tr("Voice volume"))
        self.try_button = QPushButton(self.tr("Try it"))
        self.try_button.setAccessibleDescription(self.tr("Hear a sample of the voice"))
        self.try_button.clicked.connect(self.try_voice)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        self.status.setAccessibleDescription(self.tr("Speech engine status"))
        form = QFormLayout(self)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Voice"), self.voice)
        form.addRow(self.tr("Speed"), self.rate)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow("", self.try_button)
        form.addRow("", self.status)
        self.enabled.toggled.connect(self._changed)
        self.voice.currentIndexChanged.connect(self._changed)
        self.rate.sliderReleased.connect(self._changed)
        self.rate.valueChanged.connect(lambda _v: self._changed_if_keyboard(self.rate))
        self.volume.sliderReleased.connect(self._changed)
        self.volume.valueChanged.connect(lambda _v: self._changed_if_keyboard(self.volume))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_voices()

    def load_voices(self) -> None:
        """List the engine's voices (starts the engine the first time)."""
        if self._loaded:
            return
        self._loaded = True
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(self.tr("System default"), "")
        for name in self.speaker.voices():
            self.voice.addItem(name, name)
        self.voice.setCurrentIndex(max(0, self.voice.findData(self.settings.voice)))
        self.voice.blockSignals(False)
        available = self.speaker.available
        for w in (self.voice, self.rate, self.volume, self.try_button):
            w.setEnabled(available)
        self.status.setText(
            QCoreApplication.translate("Speech", self.speaker.problem or "")
            if not available
            else self.tr("Speech engine ready.")
        )

    def _changed_if_keyboard(self, slider: QSlider) -> None:
        if not slider.isSliderDown():
            self._changed()

    def _changed(self) -> None:
        self.settings.enabled = self.enabled.isChecked()
        if self._loaded:
            self.settings.voice = str(self.voice.currentData() or "")
        self.settings.rate = self.rate.value() / 100
        self.settings.volume = self.volume.value() / 100
        apply_to_speaker(self.speaker, self.settings)
        self._save(self.settings)

    def try_voice(self) -> None:
        self.speaker.say(self.tr("This is how the guidance will sound. You can stop at any time."))
        notice = self.speaker.take_notice()
        if notice:
            self.status.setText(notice)
