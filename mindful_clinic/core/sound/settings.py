"""Sound settings and the one rule that decides whether a sound may play.

Users of break reminders complain most about a chime landing in a video call (Safe Eyes #445,
#488, #666; Workrave #263). So the rule is strict and lives in one pure function,
``sound_decision``: nothing plays while muted or during quiet hours, practice sounds play only
inside a practice the user began, and reminders stay visual unless the user picked a sound for them.
Settings are plain frozen data with ``to_dict``/``from_dict`` for storage; bad stored values raise
``SoundSettingsError`` with a message a person can act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.sound.design import AMBIENT_SOUNDS

if TYPE_CHECKING:
    from mindful_clinic.core.ports import SoundPlayer

CHANNELS: tuple[str, ...] = ("cues", "bells", "ambient", "voice")
DEFAULT_VOLUMES: dict[str, float] = {"cues": 0.6, "bells": 0.8, "ambient": 0.4, "voice": 0.9}
AMBIENT_CHOICES: tuple[str, ...] = ("none", *AMBIENT_SOUNDS)
MAX_INTERVAL_MIN = 60


class SoundSettingsError(ValueError):
    """A stored or entered sound setting that cannot be used; the message says which and why."""


# -- quiet hours ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuietHours:
    """A daily stretch without sound. ``start`` after ``end`` means it crosses midnight."""

    enabled: bool = False
    start: time = time(22, 0)
    end: time = time(7, 0)

    def contains(self, moment: time) -> bool:
        """True if the wall-clock time falls in the quiet stretch (start included, end excluded)."""
        if not self.enabled or self.start == self.end:
            return False
        t = moment.replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end

    def is_quiet(self, now: datetime | time) -> bool:
        """True if ``now`` (its local wall-clock time) falls in the quiet stretch."""
        return self.contains(now.timetz() if isinstance(now, datetime) else now)

    def to_dict(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuietHours:
        return cls(
            enabled=_bool(data.get("enabled", False), "quiet hours: enabled"),
            start=_clock_time(data.get("start", "22:00"), "quiet hours: start"),
            end=_clock_time(data.get("end", "07:00"), "quiet hours: end"),
        )


# -- per-practice choices -------------------------------------------------------------------------
@dataclass(frozen=True)
class PracticeSoundChoices:
    """What a practice sounds like. Defaults: bells on, breath cues and ambient off."""

    inhale_cue: bool = False
    """Play cue_in at every inhale (and top-up) of a paced breath practice."""
    exhale_cue: bool = False
    start_bell: bool = True
    end_bell: bool = True
    interval_bell_min: int = 0
    """Ring the soft interval bell every this many minutes; 0 means never."""
    ambient: str = "none"
    """"none", "rain" or "drone" (see AMBIENT_CHOICES)."""
    step_cues: bool = True
    """Play the sound a guided step names, if it names one."""

    def __post_init__(self) -> None:
        if not 0 <= self.interval_bell_min <= MAX_INTERVAL_MIN:
            raise SoundSettingsError(
                f"The interval bell must be between 0 (off) and {MAX_INTERVAL_MIN} minutes, "
                f"not {self.interval_bell_min}."
            )
        if self.ambient not in AMBIENT_CHOICES:
            raise SoundSettingsError(
                f"Ambient sound must be one of {', '.join(AMBIENT_CHOICES)}, not {self.ambient!r}."
            )

    @property
    def ambient_sound(self) -> str | None:
        """The sound name of the chosen ambient loop, or None."""
        return AMBIENT_SOUNDS.get(self.ambient)

    @classmethod
    def silent(cls) -> PracticeSoundChoices:
        return cls(start_bell=False, end_bell=False, step_cues=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inhale_cue": self.inhale_cue,
            "exhale_cue": self.exhale_cue,
            "start_bell": self.start_bell,
            "end_bell": self.end_bell,
            "interval_bell_min": self.interval_bell_min,
            "ambient": self.ambient,
            "step_cues": self.step_cues,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PracticeSoundChoices:
        d = cls()
        return cls(
            inhale_cue=_bool(data.get("inhale_cue", d.inhale_cue), "inhale cue"),
            exhale_cue=_bool(data.get("exhale_cue", d.exhale_cue), "exhale cue"),
            start_bell=_bool(data.get("start_bell", d.start_bell), "start bell"),
            end_bell=_bool(data.get("end_bell", d.end_bell), "end bell"),
            interval_bell_min=_int(data.get("interval_bell_min", 0), "interval bell minutes"),
            ambient=_str(data.get("ambient", d.ambient), "ambient sound"),
            step_cues=_bool(data.get("step_cues", d.step_cues), "step cues"),
        )


# -- all sound settings ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SoundSettings:
    volumes: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_VOLUMES))
    """Volume 0.0-1.0 per channel (cues, bells, ambient, voice)."""
    muted: bool = False
    """The one-click master mute (window and tray)."""
    quiet_hours: QuietHours = QuietHours()
    defaults: PracticeSoundChoices = PracticeSoundChoices()
    """Choices for any practice without its own."""
    per_practice: Mapping[str, PracticeSoundChoices] = field(default_factory=dict)
    """Practice id -> its own choices."""
    reminder_sound: str | None = None
    """A sound the user picked for reminders; None keeps reminders visual (the default)."""

    def __post_init__(self) -> None:
        unknown = set(self.volumes) - set(CHANNELS)
        if unknown:
            raise SoundSettingsError(
                f"Unknown sound channel {sorted(unknown)[0]!r}; the channels are "
                f"{', '.join(CHANNELS)}."
            )
        for channel, v in self.volumes.items():
            if not 0.0 <= v <= 1.0:
                raise SoundSettingsError(f"The {channel} volume must be between 0 and 1, not {v}.")

    def volume(self, channel: str) -> float:
        if channel not in CHANNELS:
            raise SoundSettingsError(f"Unknown sound channel {channel!r}.")
        return float(self.volumes.get(channel, DEFAULT_VOLUMES[channel]))

    def is_quiet(self, now: datetime) -> bool:
        """True during quiet hours, read from the local wall time of ``now``."""
        return self.quiet_hours.is_quiet(now)

    def choices_for(self, practice_id: str | None) -> PracticeSoundChoices:
        if practice_id is None:
            return self.defaults
        return self.per_practice.get(practice_id, self.defaults)

    # Changes return a new object: settings are values, stored whole.
    def with_volume(self, channel: str, volume: float) -> SoundSettings:
        self.volume(channel)  # validates the channel
        return replace(self, volumes={**self.volumes, channel: float(volume)})

    def with_muted(self, muted: bool) -> SoundSettings:
        return replace(self, muted=muted)

    def with_quiet_hours(self, quiet_hours: QuietHours) -> SoundSettings:
        return replace(self, quiet_hours=quiet_hours)

    def with_choices(self, practice_id: str | None, choices: PracticeSoundChoices) -> SoundSettings:
        """Set one practice's choices, or the defaults when ``practice_id`` is None.

        Choices equal to the usual ones are not stored for the practice, so it keeps following the
        usual settings when they change later.
        """
        if practice_id is None:
            return replace(self, defaults=choices)
        others = {k: v for k, v in self.per_practice.items() if k != practice_id}
        if choices == self.defaults:
            return replace(self, per_practice=others)
        return replace(self, per_practice={**others, practice_id: choices})

    def to_dict(self) -> dict[str, Any]:
        return {
            "volumes": {c: self.volume(c) for c in CHANNELS},
            "muted": self.muted,
            "quiet_hours": self.quiet_hours.to_dict(),
            "defaults": self.defaults.to_dict(),
            "per_practice": {k: v.to_dict() for k, v in sorted(self.per_practice.items())},
            "reminder_sound": self.reminder_sound,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SoundSettings:
        """Read stored settings; missing keys take defaults, wrong ones raise SoundSettingsError."""
        if not isinstance(data, Mapping):
            raise SoundSettingsError("Sound settings must be a table of values.")
        volumes_in = data.get("volumes", {})
        if not isinstance(volumes_in, Mapping):
            raise SoundSettingsError("Sound volumes must be a table of channel: volume.")
        volumes = dict(DEFAULT_VOLUMES)
        for channel, v in volumes_in.items():
            volumes[str(channel)] = _volume(v, f"{channel} volume")
        per_in = data.get("per_practice", {})
        if not isinstance(per_in, Mapping):
            raise SoundSettingsError("Per-practice sound choices must be a table.")
        reminder = data.get("reminder_sound")
        if reminder is not None and not isinstance(reminder, str):
            raise SoundSettingsError("The reminder sound must be a sound name or empty.")
        return cls(
            volumes=volumes,
            muted=_bool(data.get("muted", False), "mute"),
            quiet_hours=QuietHours.from_dict(_mapping(data.get("quiet_hours", {}), "quiet hours")),
            defaults=PracticeSoundChoices.from_dict(
                _mapping(data.get("defaults", {}), "default practice sounds")
            ),
            per_practice={
                str(k): PracticeSoundChoices.from_dict(_mapping(v, f"sounds for {k}"))
                for k, v in per_in.items()
            },
            reminder_sound=reminder or None,
        )


def settings_or_defaults(data: object) -> tuple[SoundSettings, str | None]:
    """Stored sound settings, or the defaults plus a sentence saying why the stored ones were not
    used (show it once; the next save replaces the bad values)."""
    try:
        if not isinstance(data, Mapping):
            raise SoundSettingsError("Sound settings must be a table of values.")
        return SoundSettings.from_dict(data), None
    except SoundSettingsError as exc:
        return SoundSettings(), f"Your sound settings could not be used ({exc}) Defaults apply."


# -- the rule -------------------------------------------------------------------------------------
class SoundPurpose(Enum):
    PRACTICE = "practice"
    """Cues, bells and ambient of a practice."""
    REMINDER = "reminder"
    """A reminder firing by itself: visual unless the user chose a sound."""
    PREVIEW = "preview"
    """The user pressed "try this sound" in settings."""


@dataclass(frozen=True)
class SoundDecision:
    allowed: bool
    reason: str
    """Why not (or "ok"): "muted", "quiet_hours", "channel_off", "no_practice", "not_chosen"."""

    def __bool__(self) -> bool:
        return self.allowed


def sound_decision(
    settings: SoundSettings,
    *,
    now: datetime,
    purpose: SoundPurpose,
    in_user_practice: bool = False,
    channel: str | None = None,
) -> SoundDecision:
    """May a sound play now? Silence wins every tie.

    ``in_user_practice`` is True only while a practice the user started is running; a practice sound
    outside one never plays (nothing starts by itself). A preview is a click on a sound, so only the
    mute and the channel's volume stop it, not quiet hours.
    """
    if settings.muted:
        return SoundDecision(False, "muted")
    if channel is not None and settings.volume(channel) <= 0.0:
        return SoundDecision(False, "channel_off")
    if purpose is SoundPurpose.PREVIEW:
        return SoundDecision(True, "ok")
    if settings.is_quiet(now):
        return SoundDecision(False, "quiet_hours")
    if purpose is SoundPurpose.PRACTICE and not in_user_practice:
        return SoundDecision(False, "no_practice")
    if purpose is SoundPurpose.REMINDER and settings.reminder_sound is None:
        return SoundDecision(False, "not_chosen")
    return SoundDecision(True, "ok")


# -- validation helpers ---------------------------------------------------------------------------
def _bool(v: object, what: str) -> bool:
    if not isinstance(v, bool):
        raise SoundSettingsError(f"The {what} setting must be on or off (true/false), not {v!r}.")
    return v


def _int(v: object, what: str) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise SoundSettingsError(f"The {what} setting must be a whole number, not {v!r}.")
    return v


def _str(v: object, what: str) -> str:
    if not isinstance(v, str):
        raise SoundSettingsError(f"The {what} setting must be text, not {v!r}.")
    return v


def _volume(v: object, what: str) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0.0 <= float(v) <= 1.0:
        raise SoundSettingsError(f"The {what} must be a number from 0 to 1, not {v!r}.")
    return float(v)


def _mapping(v: object, what: str) -> Mapping[str, Any]:
    if not isinstance(v, Mapping):
        raise SoundSettingsError(f"The {what} setting must be a table of values.")
    return v


def _clock_time(v: object, what: str) -> time:
    if isinstance(v, time):
        return v
    if isinstance(v, str):
        # Minutes in two digits, as in "7:05" or "22:00" (strptime would also take "7:5"), and
        # ASCII digits only: "²" passes isdigit() but int() refuses it (the reasons are in
        # core.reminders.rules.whole_number).
        hours, sep, minutes = v.strip().partition(":")
        digits = hours + minutes
        shape = sep and 1 <= len(hours) <= 2 and len(minutes) == 2
        if shape and digits.isascii() and digits.isdigit():
            h, m = int(hours), int(minutes)
            if 0 <= h <= 23 and 0 <= m <= 59:
                return time(h, m)
    raise SoundSettingsError(f"The {what} time must look like 22:00, not {v!r:.40}.")


def apply_to_player(player: SoundPlayer, settings: SoundSettings) -> None:
    """Give the player the user's volumes and mute (call on start and whenever settings change)."""
    for channel in CHANNELS:
        player.set_volume(channel, settings.volume(channel))
    player.set_muted(settings.muted)


REMINDER_BELL = "bell_interval"
"""The bell a reminder rings when the reminder settings ask for a sound and no other was chosen."""


def reminder_bell(settings: SoundSettings, reminders_ring: bool, now: datetime) -> str | None:
    """The sound a reminder plays now, or None (reminders are visual unless the user chose a sound,
    in Settings -> Sound or Settings -> Reminders). Mute, quiet hours and volume still apply."""
    name = settings.reminder_sound or (REMINDER_BELL if reminders_ring else None)
    if name is None:
        return None
    chosen = replace(settings, reminder_sound=name)
    decision = sound_decision(chosen, now=now, purpose=SoundPurpose.REMINDER, channel="bells")
    return name if decision.allowed else None


def group_bell_allowed(settings: SoundSettings, now: datetime, channel: str) -> bool:
    """A room bell in a group session is a practice sound of a practice the user started."""
    decision = sound_decision(
        settings, now=now, purpose=SoundPurpose.PRACTICE, in_user_practice=True, channel=channel
    )
    return decision.allowed
