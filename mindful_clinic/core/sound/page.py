"""The small rules behind the Sound settings page, kept out of the widget so they are tested fast.

Which sound a "Try" button plays, what ticking "play a soft bell with reminders" stores, and how an
imported sound is listed. The page itself (ui/sound_settings_view.py) only shows these.
"""

from __future__ import annotations

from dataclasses import replace

from mindful_clinic.core.sound.design import AMBIENT_SOUNDS
from mindful_clinic.core.sound.settings import SoundSettings

PREVIEW_SOUNDS: dict[str, str] = {
    "cues": "cue_in",
    "bells": "bell_interval",
    "voice": "cue_out",
}
"""Channel -> the shipped sound its "Try" button plays. Voice has no shipped recording; cue_out is
about as loud as an imported guidance track (-21.5 vs -20 dBFS RMS), so it shows the level."""
AMBIENT_PREVIEW_MS = 3000
"""An ambient loop is previewed for three seconds, then faded out."""
REMINDER_BELL = "bell_interval"
"""The soft bell a reminder plays when the user ticks "also play a soft bell"."""
USER_PREFIX = "user_"
"""Names of imported sounds start with this (see services/sound_assets.py)."""


def preview_sound(channel: str, ambient_choice: str = "none") -> str:
    """The sound a "Try" button plays for ``channel``; the ambient one previews the chosen loop
    (rain when none is chosen)."""
    if channel == "ambient":
        return AMBIENT_SOUNDS.get(ambient_choice, AMBIENT_SOUNDS["rain"])
    return PREVIEW_SOUNDS[channel]


def with_reminder_bell(settings: SoundSettings, on: bool) -> SoundSettings:
    """Reminders with the soft bell, or visual only. A sound already chosen is kept when on."""
    if not on:
        return replace(settings, reminder_sound=None)
    return replace(settings, reminder_sound=settings.reminder_sound or REMINDER_BELL)


def without_sound(settings: SoundSettings, name: str) -> SoundSettings:
    """Settings after an imported sound is removed: a reminder that used it falls back to the
    soft bell rather than to a file that is gone."""
    if settings.reminder_sound == name:
        return replace(settings, reminder_sound=REMINDER_BELL)
    return settings


def imported_label(name: str, kind: str) -> str:
    """A person's label for an imported sound: "user_bell_tibetan_bowl" -> "tibetan bowl"."""
    stem = name.removeprefix(f"{USER_PREFIX}{kind}_").removeprefix(USER_PREFIX)
    return stem.replace("_", " ").strip() or name


def clock_duration(seconds: float) -> str:
    """A length as a clock reads it: 4.2 -> "0:04", 754 -> "12:34", 3723 -> "1:02:03"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
