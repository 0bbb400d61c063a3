"""Settings: one page with a tab per feature, so every feature's options sit in one known place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.preferences import THEMES, Preferences
from mindful_clinic.ui.shell.fit import scrolling
from mindful_clinic.ui.shell.keyboard_help import KeyboardHelp
from mindful_clinic.ui.shell.theme import scaled_font

LANGUAGE_CHOICES = ("system", "en", "de")
"""Settings → General → Language: follow the system, or English, or German (core.i18n.language)."""


class GeneralSettings(QWidget):
    theme_changed = Signal(str)
    language_chosen = Signal(str)
    """"system", "en" or "de": saved by the composition root, used from the next start."""

    def __init__(
        self,
        prefs: Preferences,
        save: Callable[[], None],
        parent: QWidget | None = None,
        language: str = "system",
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self._save = save
        self.theme = QComboBox()
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast"),
        }
        for key in THEMES:
            self.theme.addItem(names[key], key)
        self.theme.setCurrentIndex(THEMES.index(prefs.theme))
        self.theme.setAccessibleName(self.tr("Colour theme"))
        self.reduced_motion = QCheckBox(self.tr("Reduce motion"))
        motion_note = QLabel(self.tr("A calm progress bar instead of the moving shape."))
        motion_note.setWordWrap(True)
        motion_note.setProperty("role", "muted")
        self.reduced_motion.setChecked(prefs.reduced_motion)
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.checkins = QCheckBox(self.tr("Ask how stressed I feel before and after each practice"))
        self.checkins.setChecked(prefs.checkins)
        self.checkins.setAccessibleDescription(self.tr("Stress check-ins"))
        # A check box's text never wraps: the box says what it does in a few words and the
        # details go in a wrapped note below it, as for Reduce motion.
        self.announce_phases = QCheckBox(self.tr("Announce breathing phases to a screen reader"))
        self.announce_phases.setChecked(prefs.announce_phases)
        self.announce_phases.setAccessibleDescription(self.tr("Announce breathing phases"))
        announce_note = QLabel(
            self.tr("Your screen reader then says Breathe in, Hold or Breathe out as each begins.")
        )
        announce_note.setWordWrap(True)
        announce_note.setProperty("role", "muted")
        self.language = QComboBox()
        languages = {
            "system": self.tr("Same as the system"),
            "en": self.tr("English"),  # each language named in its own words
            "de": self.tr("Deutsch"),
        }
        for key in LANGUAGE_CHOICES:
            self.language.addItem(languages[key], key)
        self.language.setCurrentIndex(
            LANGUAGE_CHOICES.index(language) if language in LANGUAGE_CHOICES else 0
        )
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("The new language is used from the next start."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        form.addRow(self.tr("Theme"), self.theme)
        language_label = QLabel(self.tr("Language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        form.addRow(self.reduced_motion)  # whole rows: room for longer languages
        form.addRow(motion_note)
        form.addRow(self.checkins)
        form.addRow(self.announce_phases)
        form.addRow(announce_note)
        self.theme.currentIndexChanged.connect(self._changed)
        self.reduced_motion.toggled.connect(self._changed)
        self.checkins.toggled.connect(self._changed)
        self.announce_phases.toggled.connect(self._changed)

    def _language_changed(self) -> None:
        self.language_note.setVisible(True)
        self.language_chosen.emit(str(self.language.currentData()))

    def _changed(self) -> None:
        theme = str(self.theme.currentData())
        theme_changed = theme != self.prefs.theme
        self.prefs.theme = theme
        self.prefs.reduced_motion = self.reduced_motion.isChecked()
        self.prefs.checkins = self.checkins.isChecked()
        self.prefs.announce_phases = self.announce_phases.isChecked()
        self._save()
        if theme_changed:
            self.theme_changed.emit(theme)


class SettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Settings"))
        heading.setFont(scaled_font(self, 1.6, QFont.Weight.DemiBold))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.addWidget(heading)
        col.addWidget(self.tabs, 1)
        self.keyboard = KeyboardHelp()
        self.tabs.addTab(self.keyboard, self.tr("Keyboard"))

    def add_section(self, title: str, widget: QWidget) -> None:
        """A feature's tab, before Keyboard (which stays last); it scrolls when its section is
        taller or wider than the window leaves room for."""
        scroll = scrolling(widget)
        scroll.setAccessibleName(title)
        index = self.tabs.insertTab(self.tabs.indexOf(self.keyboard), scroll, title)
        if index == 0:
            self.tabs.setCurrentIndex(0)  # the first feature's tab opens, not Keyboard

    def section(self, index: int) -> QWidget | None:
        """The section shown in tab ``index`` (inside its scroll area)."""
        scroll = self.tabs.widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def show_section(self, title: str) -> None:
        """Bring the tab called ``title`` forward (e.g. Support contacts, from the support page)."""
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == title:
                self.tabs.setCurrentIndex(i)
