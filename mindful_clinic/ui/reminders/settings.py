"""Reminder settings: rules, calendars, working hours, minimum gap, quiet hours, start at login.

Every change is saved at once through the ``ReminderStore`` (which re-arms the scheduler). Invalid
input is refused with one plain sentence and the page shows the saved values again, so nothing is
half-applied. Calendar problems are shown as the importer words them ("file not found", "is
empty"), next to the file's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.ports import Autostart, Calendars, ReminderRules
from mindful_clinic.core.reminders.rules import (
    ReminderRule,
    RuleError,
    TimeWindow,
    parse_hhmm,
)
from mindful_clinic.ui.shell.flow import FlowLayout
from mindful_clinic.ui.shell.local_format import long_date_time, short_time
from mindful_clinic.ui.shell.time_edit import SectionTimeEdit

FileChooser = Callable[[QWidget], list[str]]


class ReminderSettingsPage(QWidget):
    calendars_changed = Signal()
    """A calendar was added, removed or re-read: re-watch files (``CalendarWatcher.rewatch``)."""

    def __init__(
        self,
        store: ReminderRules,
        cache: Calendars | None = None,
        autostart: Autostart | None = None,
        choose_files: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._cache = cache
        self._autostart = autostart
        self._choose_files = choose_files or self._ask_for_files
        self._loading = False
        self.setAccessibleName(self.tr("Reminder settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._rules_box())
        layout.addWidget(self._calendars_box())
        layout.addWidget(self._day_box())
        self.autostart_box = QCheckBox(self.tr("Start Mindful Clinic when I log in"), self)
        self.autostart_box.setAccessibleName(self.autostart_box.text())
        self.autostart_box.toggled.connect(self._autostart_toggled)
        layout.addWidget(self.autostart_box)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Reminder settings message"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When to remind me"), self)
        v = QVBoxLayout(box)
        self.rules_list = QListWidget(box)
        self.rules_list.setAccessibleName(self.tr("Reminder rules"))
        self.rules_list.currentRowChanged.connect(self._rule_selected)
        _short_list(self.rules_list)
        v.addWidget(self.rules_list)
        form = QFormLayout()
        self.kind = QComboBox(box)
        for kind, label in (
            ("gap", self.tr("In the gaps between appointments")),
            ("fixed", self.tr("At set times")),
            ("interval", self.tr("Every few minutes during working hours")),
        ):
            self.kind.addItem(label, kind)
        self.times = QLineEdit(box)
        example = _times_text((time(12, 30), time(16, 0)))
        self.times.setPlaceholderText(self.tr("for example %1").replace("%1", example))
        self.every = QSpinBox(box)
        self.every.setRange(5, 1440)
        self.every.setSingleStep(15)
        self.every.setValue(90)
        self.every.setSuffix(self.tr(" min"))
        # two rows (Monday to Thursday, Friday to Sunday): room for longer names
        days = QGridLayout()
        self.day_boxes: list[QCheckBox] = []
        for i, name in enumerate(self.day_names()):
            cb = QCheckBox(name, box)
            cb.setAccessibleName(cb.text())
            self.day_boxes.append(cb)
            days.addWidget(cb, i // 4, i % 4)
        # Said in full, a row of its own: a bare "On" under the days read as an eighth day.
        self.enabled = QCheckBox(self.tr("This rule is on"), box)
        for label, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Times"), self.times),
            (self.tr("Every"), self.every),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed(0)
        form.addRow(self.tr("Days"), days)
        self.enabled.setAccessibleName(self.enabled.text())
        form.addRow("", self.enabled)
        v.addLayout(form)
        row = FlowLayout()  # wraps rather than widening the page
        self.new_rule = self._button(self.tr("New rule"), self._new_rule, row)
        self.save_rule = self._button(self.tr("Save rule"), self._save_rule, row)
        self.remove_rule = self._button(self.tr("Remove rule"), self._remove_rule, row)
        v.addLayout(row)
        return box

    def _calendars_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendars (.ics files)"), self)
        v = QVBoxLayout(box)
        self.calendar_list = QListWidget(box)
        self.calendar_list.setAccessibleName(self.tr("Calendar files"))
        _short_list(self.calendar_list)
        v.addWidget(self.calendar_list)
        row = FlowLayout()  # wraps rather than widening the page
        self.add_calendar = self._button(self.tr("Add calendar…"), self._add_calendars, row)
        self.remove_calendar = self._button(self.tr("Remove"), self._remove_calendar, row)
        self.reread = self._button(self.tr("Read again"), lambda: self._reread(True), row)
        v.addLayout(row)
        return box

    def _day_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Working day"), self)
        form = QFormLayout(box)
        self.work_start, self.work_end = SectionTimeEdit(box), SectionTimeEdit(box)
        self.min_gap = QSpinBox(box)
        self.min_gap.setRange(1, 240)
        self.min_gap.setSuffix(self.tr(" min"))
        self.quiet_on = QCheckBox(self.tr("Quiet hours"), box)  # Tab: the times after it, as shown
        self.quiet_start, self.quiet_end = SectionTimeEdit(box), SectionTimeEdit(box)
        self.sound = QCheckBox(self.tr("Play a sound with reminders"), box)
        for widget, name in (
            (self.work_start, self.tr("Working hours start")),
            (self.work_end, self.tr("Working hours end")),
            (self.quiet_start, self.tr("Quiet hours start")),
            (self.quiet_end, self.tr("Quiet hours end")),
            (self.min_gap, self.tr("Shortest gap to offer")),
            (self.quiet_on, self.tr("Quiet hours")),
            (self.sound, self.sound.text()),
        ):
            widget.setAccessibleName(name)
        for edit in (self.work_start, self.work_end, self.quiet_start, self.quiet_end):
            edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
            edit.editingFinished.connect(self._apply_day)
        self.min_gap.valueChanged.connect(self._apply_day)
        self.quiet_on.toggled.connect(self._apply_day)
        self.quiet_on.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_on.toggled.connect(self.quiet_end.setEnabled)
        self.sound.toggled.connect(self._apply_day)
        form.addRow(self.tr("Working hours"), _pair(self.work_start, self.work_end))
        form.addRow(self.tr("Shortest gap to offer"), self.min_gap)
        form.addRow(self.quiet_on, _pair(self.quiet_start, self.quiet_end))
        form.addRow("", self.sound)
        return box

    def _button(self, text: str, slot: Callable[[], None], row: FlowLayout) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(text.rstrip("…"))
        b.clicked.connect(slot)
        row.addWidget(b)
        return b

    # -- showing the saved values ---------------------------------------------------------------
    def reload(self) -> None:
        """Show what is saved (after a refused change, or when the store changed elsewhere)."""
        self._loading = True
        try:
            config = self._store.config
            current = self.rules_list.currentRow()
            self.rules_list.clear()
            for rule in config.rules:
                self.rules_list.addItem(self.describe_rule(rule))
            if config.rules:
                self.rules_list.setCurrentRow(min(max(current, 0), len(config.rules) - 1))
            self._show_calendars()
            wh, quiet = config.working_hours, config.quiet_hours
            self.work_start.setTime(_qtime(wh.start))
            self.work_end.setTime(_qtime(wh.end))
            self.min_gap.setValue(config.min_gap_minutes)
            self.quiet_on.setChecked(quiet is not None)
            self.quiet_start.setEnabled(quiet is not None)
            self.quiet_end.setEnabled(quiet is not None)
            self.quiet_start.setTime(_qtime(quiet.start if quiet else time(22, 0)))
            self.quiet_end.setTime(_qtime(quiet.end if quiet else time(7, 0)))
            self.sound.setChecked(config.sound)
            auto = self._autostart
            supported = auto is not None and auto.supported
            self.autostart_box.setEnabled(supported)
            self.autostart_box.setChecked(auto is not None and auto.is_enabled())
            if not supported:
                self.autostart_box.setToolTip(
                    self.tr("On Windows and macOS, add the app to your login items (see README).")
                )
        finally:
            self._loading = False

    def day_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def describe_rule(self, rule: ReminderRule) -> str:
        names = self.day_names()
        days = ", ".join(names[d] for d in sorted(rule.weekdays))
        if rule.kind == "gap":
            what = self.tr("In the gaps between appointments")
        elif rule.kind == "fixed":
            what = self.tr("At {times}").format(times=_times_text(rule.times))
        else:
            what = self.tr("Every {n} minutes in working hours").format(n=rule.every_minutes)
        state = "" if rule.enabled else self.tr(" (off)")
        return f"{what} · {days}{state}"

    def _show_calendars(self) -> None:
        self.calendar_list.clear()
        for entry in self._store.calendars:
            name = Path(entry.path).name
            if entry.last_error:
                text = self.tr("{name}: could not be read: {problem}").format(
                    name=name, problem=entry.last_error
                )
            elif entry.last_read:
                text = self.tr("{name}: read {when}").format(
                    name=name, when=long_date_time(entry.last_read.astimezone())
                )
            else:
                text = self.tr("{name}: not read yet").format(name=name)
            self.calendar_list.addItem(text)
            self.calendar_list.item(self.calendar_list.count() - 1).setToolTip(entry.path)

    # -- rules ----------------------------------------------------------------------------------
    def _rule_selected(self, row: int) -> None:
        rules = self._store.config.rules
        if not 0 <= row < len(rules):
            return
        rule = rules[row]
        self.kind.setCurrentIndex(max(self.kind.findData(rule.kind), 0))
        self.times.setText(_times_text(rule.times))
        self.every.setValue(rule.every_minutes or 90)
        for d, cb in enumerate(self.day_boxes):
            cb.setChecked(d in rule.weekdays)
        self.enabled.setChecked(rule.enabled)

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind.currentData()
        self.times.setEnabled(kind == "fixed")
        self.every.setEnabled(kind == "interval")

    def _new_rule(self) -> None:
        self.rules_list.setCurrentRow(-1)
        self.kind.setCurrentIndex(self.kind.findData("fixed"))
        self.times.clear()
        for d, cb in enumerate(self.day_boxes):
            cb.setChecked(d < 5)
        self.enabled.setChecked(True)
        self.times.setFocus()

    def _save_rule(self) -> None:
        row = self.rules_list.currentRow()
        rules = self._store.config.rules
        rule_id = rules[row].id if 0 <= row < len(rules) else self._fresh_id()
        try:
            kind = str(self.kind.currentData())
            text = self.times.text().replace(";", ",")
            times = (
                [_parse_time(t) for t in text.split(",") if t.strip()] if kind == "fixed" else []
            )
            rule = ReminderRule(
                rule_id,
                kind,
                frozenset(d for d, cb in enumerate(self.day_boxes) if cb.isChecked()),
                tuple(times),
                self.every.value() if kind == "interval" else 0,
                rules[row].practice_id if 0 <= row < len(rules) else None,
                self.enabled.isChecked(),
                # kept from the command line ("--from/--to", "--minutes"), not edited here
                rules[row].window if 0 <= row < len(rules) and kind == "interval" else None,
                rules[row].practice_minutes if 0 <= row < len(rules) else None,
            )
            self._store.set_config(self._store.config.with_rule(rule))
        except RuleError as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=exc))
            return
        self.reload()
        self.rules_list.setCurrentRow([r.id for r in self._store.config.rules].index(rule_id))
        self._say(self.tr("Rule saved."))

    def _remove_rule(self) -> None:
        row = self.rules_list.currentRow()
        rules = self._store.config.rules
        if 0 <= row < len(rules):
            self._store.set_config(self._store.config.without_rule(rules[row].id))
            self.reload()
            self._say(self.tr("Rule removed."))

    def _fresh_id(self) -> str:
        taken = {r.id for r in self._store.config.rules}
        n = 1
        while f"rule-{n}" in taken:
            n += 1
        return f"rule-{n}"

    # -- calendars ------------------------------------------------------------------------------
    def _ask_for_files(self, parent: QWidget) -> list[str]:
        files, _filter = QFileDialog.getOpenFileNames(
            parent,
            self.tr("Add calendar files"),
            "",
            self.tr("Calendars (*.ics);;All files (*)"),
        )
        return list(files)

    def _add_calendars(self) -> None:
        added = [p for p in self._choose_files(self) if self._store.add_calendar(p)]
        if added:
            self._reread(force=False)

    def _remove_calendar(self) -> None:
        row = self.calendar_list.currentRow()
        paths = self._store.calendar_paths()
        if 0 <= row < len(paths):
            self._store.remove_calendar(paths[row])
            self._reread(force=False)

    def _reread(self, force: bool = True) -> None:
        if self._cache is not None:
            self._cache.refresh(force=force)
        self.calendars_changed.emit()
        self.show_calendars()

    def show_calendars(self) -> None:
        """The calendar list with each file's state, and one line about them all."""
        self._show_calendars()
        problems = [e for e in self._store.calendars if e.last_error]
        self._say(
            self.tr("Some calendars could not be read; see the list above.")
            if problems
            else self.tr("Calendars are up to date.")
        )

    # -- working day and login ------------------------------------------------------------------
    def _apply_day(self, *_args: object) -> None:
        if self._loading:
            return
        config = self._store.config
        try:
            quiet = (
                TimeWindow(_ptime(self.quiet_start), _ptime(self.quiet_end))
                if self.quiet_on.isChecked()
                else None
            )
            new = replace(
                config,
                working_hours=TimeWindow(_ptime(self.work_start), _ptime(self.work_end)),
                min_gap_minutes=self.min_gap.value(),
                quiet_hours=quiet,
                sound=self.sound.isChecked(),
            )
        except RuleError as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=exc))
            self.reload()
            return
        if new != config:
            self._store.set_config(new)
            self._say(self.tr("Saved."))

    def _autostart_toggled(self, on: bool) -> None:
        if self._loading or self._autostart is None:
            return
        try:
            self._autostart.set_enabled(on)
        except OSError as exc:
            self._say(self.tr("Could not change start at login: {problem}").format(problem=exc))
            self.reload()

    def _say(self, text: str) -> None:
        self.message.setText(text)


def _pair(a: QWidget, b: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(a)
    row.addWidget(QLabel("–"))  # a dash between two times; not words, nothing to translate
    row.addWidget(b)
    return row


def _short_list(widget: QListWidget) -> None:
    """A few rows high (two or three rules, one or two calendars); long rows wrap, never sideways."""
    widget.setMaximumHeight(widget.fontMetrics().height() * 7)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _ptime(edit: SectionTimeEdit) -> time:
    return time(edit.time().hour(), edit.time().minute())


def _times_text(times: Iterable[time]) -> str:
    """ "2:40 PM, 5:00 PM" or "14:40, 17:00": the locale's own short time."""
    return ", ".join(short_time(datetime.combine(date.min, t)) for t in times)


def _parse_time(text: str) -> time:
    """A time as the locale writes it ("2:40 PM"), or as 24-hour "14:40" in any language."""
    plain = text.strip()
    for written in (plain, plain.replace(" ", "\u202f")):
        parsed = QLocale().toTime(written, QLocale.FormatType.ShortFormat)
        if parsed.isValid():
            return time(parsed.hour(), parsed.minute())
    return parse_hhmm(plain)
