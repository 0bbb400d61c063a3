"""The facilitator's set-up column: which practice and how long, which screen, sound for the room.

Plain controls with setters and getters; the facilitator panel reads them and decides. Kept apart
from the panel so each file stays small and the panel holds only the session's logic.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.group.flow import group_lengths
from mindful_clinic.core.practice.catalog import Catalog, CatalogEntry
from mindful_clinic.ui.shell.theme import scaled_font

DEFAULT_S = 180
"""Three minutes suits most meetings."""


class GroupSetup(QWidget):
    practice_changed = Signal()
    """The practice or its length changed."""
    refresh_screens_requested = Signal()

    def __init__(
        self,
        catalog: Catalog,
        *,
        group_volume: float = 0.6,
        voice_enabled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._entries: list[CatalogEntry] = []
        """Every practice with a length that fits a group session (1 to 10 minutes)."""
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.column = col
        """The panel adds the live preview and its "keep totals" choice at the end."""
        self.heading = QLabel(self.tr("Group session"))  # named like every other page
        self.heading.setFont(scaled_font(self, 1.6, QFont.Weight.DemiBold))
        col.addWidget(self.heading)

        practice = QGroupBox(self.tr("Practice"))
        form = QFormLayout(practice)
        self.practice_combo = QComboBox()
        self.practice_combo.setAccessibleName(self.tr("Group practice"))
        self.length_combo = QComboBox()
        self.length_combo.setAccessibleName(self.tr("Practice length"))
        self.planned_label = QLabel()
        self.planned_label.setProperty("role", "muted")
        self.planned_label.setWordWrap(True)
        self.planned_label.setAccessibleDescription(self.tr("Planned length"))
        form.addRow(self.tr("Practice"), self.practice_combo)
        form.addRow(self.tr("Length"), self.length_combo)
        form.addRow(self.planned_label)
        self._buddy(form, 0, self.practice_combo)
        self._buddy(form, 1, self.length_combo)
        col.addWidget(practice)

        screen_box = QGroupBox(self.tr("Shared screen"))
        sform = QFormLayout(screen_box)
        row = QHBoxLayout()
        self.screen_combo = QComboBox()
        self.screen_combo.setAccessibleName(self.tr("Screen for the group"))
        self.screen_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screen_combo.setMinimumContentsLength(16)
        self.shared_note = QLabel(
            self.tr("This is your own screen too: the controls appear when you move the mouse.")
        )
        self.shared_note.setProperty("role", "muted")
        self.shared_note.setWordWrap(True)
        self.shared_note.hide()
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.refresh_button.setAccessibleName(self.tr("Look again for screens"))
        self.refresh_button.setToolTip(self.tr("After plugging in a TV or projector"))
        row.addWidget(self.screen_combo, 1)
        row.addWidget(self.refresh_button)
        self.high_contrast = QCheckBox(self.tr("High contrast (white and yellow on black)"))
        self.high_contrast.setAccessibleDescription(self.tr("High contrast on the shared screen"))
        sform.addRow(self.tr("Screen"), row)
        self._buddy(sform, 0, self.screen_combo)
        sform.addRow(self.shared_note)
        sform.addRow(self.high_contrast)
        col.addWidget(screen_box)

        sound = QGroupBox(self.tr("Sound for the room"))
        soform = QFormLayout(sound)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(round(group_volume * 100))
        self.volume_slider.setAccessibleName(self.tr("Group volume"))
        self.volume_slider.setToolTip(self.tr("Up and Down arrows change the volume"))
        self.voice_check = QCheckBox(self.tr("Spoken guidance"))
        self.voice_check.setChecked(voice_enabled)
        self.voice_check.setAccessibleName(self.tr("Spoken guidance for the room"))
        soform.addRow(self.tr("Volume"), self.volume_slider)
        self._buddy(soform, 0, self.volume_slider)
        soform.addRow(self.voice_check)
        col.addWidget(sound)

        self.set_catalog(catalog)
        self.practice_combo.currentIndexChanged.connect(self._practice_picked)
        self.length_combo.currentIndexChanged.connect(lambda _i: self.practice_changed.emit())
        self.refresh_button.clicked.connect(self.refresh_screens_requested.emit)

    # -- reading and setting --------------------------------------------------------------------
    def selected_entry(self) -> CatalogEntry | None:
        i = self.practice_combo.currentIndex()
        return self._entries[i] if 0 <= i < len(self._entries) else None

    def set_catalog(self, catalog: Catalog) -> None:
        """Offer this library (after the user edits their own practices); keeps the selection."""
        keep = self.practice_combo.currentData()
        self._entries = [e for e in catalog.entries() if group_lengths(e)]
        self.practice_combo.blockSignals(True)
        self.practice_combo.clear()
        for e in self._entries:
            self.practice_combo.addItem(e.title, e.id)
        self.practice_combo.setCurrentIndex(max(0, self.practice_combo.findData(keep)))
        self.practice_combo.blockSignals(False)
        self._fill_lengths()

    def select_practice(self, practice_id: str, duration_s: int | None = None) -> None:
        i = self.practice_combo.findData(practice_id)
        if i >= 0:
            self.practice_combo.setCurrentIndex(i)
        if duration_s is not None:
            j = self.length_combo.findData(duration_s)
            if j >= 0:
                self.length_combo.setCurrentIndex(j)

    def duration_s(self) -> int:
        value = self.length_combo.currentData()
        return int(value) if value is not None else DEFAULT_S

    def _practice_picked(self, _index: int) -> None:
        self._fill_lengths()
        self.practice_changed.emit()

    def _fill_lengths(self) -> None:
        """The lengths this practice can take; keeps the current one when it is offered."""
        entry = self.selected_entry()
        lengths = group_lengths(entry) if entry else []
        keep = self.length_combo.currentData()
        self.length_combo.blockSignals(True)
        self.length_combo.clear()
        for seconds in lengths:
            m, s = divmod(seconds, 60)
            text = self.tr("{m} min").format(m=m) if not s else f"{m}:{s:02d}"
            self.length_combo.addItem(text, seconds)
        wanted = keep if keep in lengths else (DEFAULT_S if DEFAULT_S in lengths else None)
        self.length_combo.setCurrentIndex(lengths.index(wanted) if wanted in lengths else 0)
        self.length_combo.blockSignals(False)

    def set_screens(self, labels: Sequence[str], chosen: int) -> None:
        self.screen_combo.clear()
        self.screen_combo.addItems(list(labels))
        self.screen_combo.setCurrentIndex(chosen)

    def set_practice_editable(self, editable: bool) -> None:
        self.practice_combo.setEnabled(editable)
        self.length_combo.setEnabled(editable)

    @staticmethod
    def _buddy(form: QFormLayout, row: int, widget: QWidget) -> None:
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item else None
        if isinstance(label, QLabel):
            label.setBuddy(widget)
