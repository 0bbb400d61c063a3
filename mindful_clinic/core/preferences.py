"""The app's own preferences, declared once with types and defaults (STYLE.md: settings declared once).

Features with settings of their own (sound, reminders, voice, support contacts) keep them in their own
sections of the settings file; these are the ones the home screen and pacer need.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

THEMES = ("system", "light", "dark", "high_contrast")
RECENT_MAX = 6


@dataclass
class PracticeChoice:
    """What the user last chose for one practice, offered again next time."""

    duration_s: int = 300
    holds: bool = True
    tempo: float = 1.0
    mode: str = "paced"


@dataclass
class Preferences:
    theme: str = "system"
    reduced_motion: bool = False
    checkins: bool = True
    favourites: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    seen_notices: list[str] = field(default_factory=list)
    choices: dict[str, PracticeChoice] = field(default_factory=dict)

    def choice_for(self, practice_id: str, default_duration_s: int) -> PracticeChoice:
        return self.choices.get(practice_id, PracticeChoice(duration_s=default_duration_s))

    def remember(self, practice_id: str, choice: PracticeChoice) -> None:
        self.choices[practice_id] = choice
        self.recent = [practice_id] + [r for r in self.recent if r != practice_id]
        del self.recent[RECENT_MAX:]

    def toggle_favourite(self, practice_id: str) -> bool:
        """Returns whether the practice is now a favourite."""
        if practice_id in self.favourites:
            self.favourites.remove(practice_id)
            return False
        self.favourites.append(practice_id)
        return True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> Preferences:
        """Lenient: unknown keys are ignored and bad values fall back to defaults, never raise."""
        prefs = cls()
        if not isinstance(data, dict):
            return prefs
        if data.get("theme") in THEMES:
            prefs.theme = data["theme"]
        for name in ("reduced_motion", "checkins"):
            if isinstance(data.get(name), bool):
                setattr(prefs, name, data[name])
        for name in ("favourites", "recent", "seen_notices"):
            value = data.get(name)
            if isinstance(value, list):
                setattr(prefs, name, [v for v in value if isinstance(v, str)])
        choices = data.get("choices")
        if isinstance(choices, dict):
            for pid, raw in choices.items():
                if isinstance(pid, str) and isinstance(raw, dict):
                    prefs.choices[pid] = _choice(raw)
        return prefs


def _choice(raw: dict[str, Any]) -> PracticeChoice:
    c = PracticeChoice()
    names = {f.name for f in fields(PracticeChoice)}
    for key, value in raw.items():
        if key not in names:
            continue
        if (
            key == "duration_s"
            and isinstance(value, int)
            and not isinstance(value, bool)
            and value > 0
        ):
            c.duration_s = value
        elif key == "holds" and isinstance(value, bool):
            c.holds = value
        elif key == "tempo" and isinstance(value, int | float) and 0.75 <= value <= 1.25:
            c.tempo = float(value)
        elif key == "mode" and value in ("paced", "self_paced"):
            c.mode = value
    return c
