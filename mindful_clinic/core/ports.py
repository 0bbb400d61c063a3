"""The ports: what the core and the ui need from the outside world, as small protocols.

The services implement them (pygame, QtTextToSpeech, TinyDB, the data folder); the ui and the core
are written against these shapes only, and the composition root (``mindful_clinic.app``) hands the
real objects in. Tests hand in fakes of the same shape (tests/fakes.py).

Nothing here imports Qt: a Qt signal is described by ``Connectable``, the part of it a view uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from mindful_clinic.core.breath.pattern import BreathPattern
    from mindful_clinic.core.group.records import GroupRecord
    from mindful_clinic.core.guided.practice import GuidedPractice
    from mindful_clinic.core.log.quiet_rest import QuietRestReport
    from mindful_clinic.core.log.records import LogRecord
    from mindful_clinic.core.log.stats import Insights, Summary
    from mindful_clinic.core.reminders.rules import CalendarEntry, ReminderSettings
    from mindful_clinic.core.reminders.schedule import Reminder


class Connectable(Protocol):
    """The part of a Qt signal (or a test's fake signal) a view connects to."""

    def connect(self, slot: Any, /) -> object: ...


# -- sound -------------------------------------------------------------------------------------


NO_OUTPUT_MESSAGE = "No sound output found; practices carry on silently."
"""What a player's ``problem`` says (in English; translated in the "Sound" context) when
this computer has no sound output."""


class SoundPlayer(Protocol):
    """What practices need from sound. Every method returns at once and never raises."""

    @property
    def available(self) -> bool:
        """False once it is known that nothing can be heard (no device, or sound switched off)."""
        ...

    @property
    def problem(self) -> str | None:
        """Why nothing can be heard, in words for a person; None while sound works."""
        ...

    def prepare(self) -> None:
        """Start the device and load sounds now (e.g. when a practice opens), in the background."""
        ...

    def play(self, name: str, channel: str = "cues") -> None: ...

    def start_ambient(self, name: str, fade_ms: int = 2000) -> None: ...

    def stop_ambient(self, fade_ms: int = 2000) -> None: ...

    def set_volume(self, channel: str, volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def close(self) -> None: ...


class Speaker(Protocol):
    """Spoken guidance; captions carry on without it."""

    @property
    def available(self) -> bool: ...

    @property
    def problem(self) -> str | None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    @property
    def speaking(self) -> bool:
        """True from ``say`` until the engine reports the words finished (or ``stop``)."""
        ...

    def set_voice(self, name: str) -> bool: ...

    def set_rate(self, rate: float) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def voices(self) -> list[str]: ...

    def take_notice(self) -> str | None:
        """The problem, the first time it is asked for after it arose; then None (say it once)."""
        ...


class ImportedSound(NamedTuple):
    """A sound the user imported (a bell or a guidance track)."""

    name: str
    """What a player plays, e.g. "user_bell_tibetan_bowl"."""
    kind: str
    path: Path
    duration_s: float
    label: str = ""
    """The user's own words for it (may be in any script); the file name is only a slug."""


class SoundImportError(Exception):
    """A sound file cannot be imported or removed; ``str(error)`` is the message to show."""


class SoundConflict(SoundImportError):
    """A sound with this label is already imported; ask before importing with ``replace=True``."""

    def __init__(self, name: str, label: str) -> None:
        self.name = name
        self.label = label
        super().__init__(f"A sound called {label} is already imported.")


class SoundImportCancelled(SoundImportError):
    """The user cancelled the import; nothing changed."""


Progress = Callable[[int], bool]
"""Told the percentage done; returns False to cancel."""


class SoundFiles(Protocol):
    """The user's own sounds in the data folder (raise ``SoundImportError`` with a plain message)."""

    def import_sound(
        self,
        source: Path,
        kind: str = "bell",
        *,
        replace: bool = False,
        progress: Progress | None = None,
    ) -> ImportedSound:
        """Import a file (``replace`` one of the same label; ``progress`` may cancel)."""
        ...

    def conflict_for(self, source: Path, kind: str = "bell") -> SoundConflict | None:
        """The sound an import of ``source`` would replace, if any: ask before importing."""
        ...

    def imported_sounds(self) -> list[ImportedSound]: ...

    def remove_sound(self, name: str) -> None: ...


# -- time --------------------------------------------------------------------------------------


class OneShot(Protocol):
    """The part of a single-shot timer the reminder scheduler uses (a QTimer, or a test's fake)."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


TimerFactory = Callable[[Callable[[], None]], OneShot]
"""Makes a one-shot timer calling the given callback."""


# -- settings --------------------------------------------------------------------------------


class SettingsSections(Protocol):
    """The settings file, one section (a JSON object) per feature."""

    def section(self, name: str) -> dict[str, Any]: ...

    def set_section(self, name: str, value: dict[str, Any]) -> None: ...


# -- files -------------------------------------------------------------------------------------


class FileWriter(Protocol):
    """Writes a file the user chose, safely (all or nothing, private to the user)."""

    def write_text(self, path: Path, text: str) -> None: ...

    def write_bytes(self, path: Path, data: bytes) -> None: ...

    def write_chunks(self, path: Path, chunks: Iterable[str]) -> None:
        """The text piece by piece, written as it comes (memory flat in its size)."""
        ...


# -- the practice log --------------------------------------------------------------------------


class LogStoreError(RuntimeError):
    """An operation the log cannot do (unknown id, duplicate id, a month from a newer version)."""


class LogBusyError(RuntimeError):
    """Another process held the log for longer than we were willing to wait."""


class ImportOutcome(NamedTuple):
    added: int
    skipped: int
    """Records whose id was already in the log."""


class LogReader(Protocol):
    """What History and Insights read from the practice log."""

    def practices(self) -> list[tuple[str, str]]: ...

    def months(self, practice_id: str | None = None) -> list[tuple[str, int]]:
        """("YYYY-MM", sessions) of each month with sessions (of that practice), oldest first."""
        ...

    def month_records(self, month: str, practice_id: str | None = None) -> list[LogRecord]:
        """One month's records (of that practice), newest first."""
        ...

    def query(
        self, practice_id: str | None = None, start: date | None = None, end: date | None = None
    ) -> list[LogRecord]: ...

    def insights(self, today: date | None = None, weeks: int = 12) -> Insights: ...

    def summary(self, start: date | None = None, end: date | None = None) -> Summary: ...

    def quiet_rest(self) -> QuietRestReport:
        """Each practice's change in stress beside the user's own quiet-rest change."""
        ...


class LogBook(LogReader, Protocol):
    """The practice log as History, the check-ins and the log's actions change it."""

    @property
    def folder(self) -> Path: ...

    def all(self) -> list[LogRecord]: ...

    def add(self, record: LogRecord) -> None:
        """Save one practice (a check-in's record); refuses a duplicate id."""
        ...

    def iter_records(self) -> Iterator[list[LogRecord]]:
        """Every record, a month at a time, oldest first; each month let go once passed on."""
        ...

    def iter_documents(self) -> Iterator[list[dict[str, Any]]]:
        """Every record as its stored document (records.to_document), a month at a time."""
        ...

    def update(
        self,
        record_id: str,
        *,
        stress_before: int | None = ...,
        stress_after: int | None = ...,
        note: str = ...,
    ) -> LogRecord: ...

    def delete(self, record_id: str) -> LogRecord: ...

    def restore(self, record: LogRecord) -> None: ...

    def import_records(self, records: Iterable[LogRecord]) -> ImportOutcome: ...

    def delete_all(self) -> None: ...


# -- the user's own practices ------------------------------------------------------------------


class PatternStore(Protocol):
    """The user's own breathing patterns."""

    def patterns(self) -> list[BreathPattern]: ...

    def get(self, pattern_id: str) -> BreathPattern | None: ...

    def save(self, pattern: BreathPattern) -> BreathPattern: ...

    def delete(self, pattern_id: str) -> None: ...

    def duplicate(self, pattern: BreathPattern, taken_ids: set[str]) -> BreathPattern: ...

    def new_id(self, title: str, taken_ids: set[str]) -> str: ...


class PracticeStore(Protocol):
    """The user's own guided practices."""

    def validate(self, data: dict[str, Any], source: str = ...) -> GuidedPractice: ...

    def save(self, practice: GuidedPractice) -> GuidedPractice: ...

    def copy_of(self, practice: GuidedPractice, taken_ids: set[str]) -> GuidedPractice: ...


class GroupRecords(Protocol):
    """Where a group session's anonymous record is kept."""

    @property
    def problem(self) -> str | None: ...

    def add(self, record: GroupRecord) -> None: ...


# -- reminders ---------------------------------------------------------------------------------


class ReminderScheduling(Protocol):
    """What the tray and the reminder notice read from the scheduler, and the signals they follow."""

    @property
    def reminder_due(self) -> Connectable: ...

    @property
    def missed(self) -> Connectable: ...

    @property
    def next_changed(self) -> Connectable: ...

    @property
    def state_changed(self) -> Connectable: ...

    @property
    def tz(self) -> tzinfo: ...

    def now(self) -> datetime: ...

    def next_reminder(self) -> Reminder | None: ...

    def current(self) -> Reminder | None: ...

    def paused_until(self) -> datetime | None: ...

    def in_session_until(self) -> datetime | None: ...

    def accept(self) -> Reminder | None: ...

    def skip(self) -> None: ...

    def snooze(self, minutes: int) -> bool: ...

    def set_in_session(self, on: bool, until_appointment_end: bool = False) -> datetime | None: ...


class ReminderRules(Protocol):
    """The saved reminder settings and calendar list."""

    @property
    def config(self) -> ReminderSettings: ...

    @property
    def calendars(self) -> tuple[CalendarEntry, ...]: ...

    def calendar_paths(self) -> list[str]: ...

    def set_config(self, config: ReminderSettings) -> None: ...

    def add_calendar(self, path: str | Path) -> bool: ...

    def remove_calendar(self, path: str) -> None: ...


class Calendars(Protocol):
    """The imported calendars, read again on request (in a worker: the settings page is told
    through ``show_calendars`` when the reads land)."""

    def refresh(self, force: bool = False) -> object: ...


class Autostart(Protocol):
    """Starting the app at log-in."""

    @property
    def supported(self) -> bool: ...

    def is_enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None: ...


# -- sync between the person's computers (issue #20) ---------------------------------------------


class SyncControl(Protocol):
    """What the Settings page's Sync section does. Each action returns None when done, or a plain
    one-line reason it could not be done."""

    def status(self) -> dict[str, Any]:
        """``folder``, ``device`` (id, name), ``devices``, ``conflicts``, ``problems``."""
        ...

    def use_folder(self, path: str) -> str | None: ...

    def stop(self) -> str | None: ...

    def rename(self, name: str) -> str | None: ...
