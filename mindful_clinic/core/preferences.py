"""The app's own preferences, declared once with types and defaults (STYLE.md: settings declared once).

Features with settings of their own (sound, reminders, voice, support contacts) keep them in their own
sections of the settings file; these are the ones the home screen and pacer need.
"""

from __future__ import annotations

from typing import Any, NamedTuple

THEMES = ("system", "light", "dark", "high_contrast")
RECENT_MAX = 6


# These two are read at every start, so they are a named tuple and a plain class rather than
# dataclasses: making a dataclass compiles its methods, about half a millisecond each.


class PracticeChoice(NamedTuple):
    """What the user last chose for one practice, offered again next time."""

    duration_s: int = 300
    holds: bool = True
    tempo: float = 1.0
    mode: str = "paced"
    breaths: int = 0
    """For practices counted in breaths (4-7-8): how many; 0 for the others."""


class Preferences:
    """The home screen's and the pacer's settings; ``from_dict`` and ``to_dict`` are the file's."""

    FIELDS = (
        "theme",
        "reduced_motion",
        "checkins",
        "announce_phases",
        "favourites",
        "recent",
        "seen_notices",
        "choices",
    )

    def __init__(
        self,
        theme: str = "system",
        reduced_motion: bool = False,
        checkins: bool = True,
        announce_phases: bool = True,
        favourites: list[str] | None = None,
        recent: list[str] | None = None,
        seen_notices: list[str] | None = None,
        choices: dict[str, PracticeChoice] | None = None,
    ) -> None:
        self.theme = theme
        self.reduced_motion = reduced_motion
        self.checkins = checkins
        self.announce_phases = announce_phases
        """A screen reader hears each breathing phase ("Breathe in", "Hold"...) as it begins."""
        self.favourites: list[str] = favourites if favourites is not None else []
        self.recent: list[str] = recent if recent is not None else []
        self.seen_notices: list[str] = seen_notices if seen_notices is not None else []
        self.choices: dict[str, PracticeChoice] = choices if choices is not None else {}

    def mark_seen(self, notice_id: str) -> bool:
        """Remember that a one-time notice was shown; True if that is news (then save)."""
        if notice_id in self.seen_notices:
            return False
        self.seen_notices.append(notice_id)
        return True

    def start_afresh(self) -> None:
        """After "Delete all my data": everything back to a fresh start, except that the first-run
        note, already read, is not shown again."""
        fresh = Preferences()
        self.theme = fresh.theme
        self.reduced_motion = fresh.reduced_motion
        self.checkins = fresh.checkins
        self.favourites = fresh.favourites
        self.recent = fresh.recent
        self.choices = fresh.choices
        self.announce_phases = fresh.announce_phases
        self.seen_notices = [n for n in self.seen_notices if n == "first_run_note"]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preferences):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.FIELDS)

    __hash__ = None  # type: ignore[assignment]  # mutable: never a dict key

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"Preferences({inner})"

    def choice_for(self, practice_id: str, default_duration_s: int) -> PracticeChoice:
        return self.choices.get(practice_id, PracticeChoice(duration_s=default_duration_s))

    def remember(self, practice_id: str, choice: PracticeChoice) -> None:
        self.choices[practice_id] = choice
        self.note_recent(practice_id)

    def note_recent(self, practice_id: str) -> bool:
        """Put a practice first among the recent ones; True if that changed anything (then save)."""
        if self.recent[:1] == [practice_id]:
            return False
        self.recent = [practice_id] + [r for r in self.recent if r != practice_id]
        del self.recent[RECENT_MAX:]
        return True

    def toggle_favourite(self, practice_id: str) -> bool:
        """Returns whether the practice is now a favourite."""
        if practice_id in self.favourites:
            self.favourites.remove(practice_id)
            return False
        self.favourites.append(practice_id)
        return True

    def to_dict(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "reduced_motion": self.reduced_motion,
            "checkins": self.checkins,
            "announce_phases": self.announce_phases,
            "favourites": list(self.favourites),
            "recent": list(self.recent),
            "seen_notices": list(self.seen_notices),
            "choices": {pid: c._asdict() for pid, c in self.choices.items()},
        }

    @classmethod
    def from_dict(cls, data: object) -> Preferences:
        """Lenient: unknown keys are ignored and bad values fall back to defaults, never raise."""
        prefs = cls()
        if not isinstance(data, dict):
            return prefs
        if data.get("theme") in THEMES:
            prefs.theme = data["theme"]
        for name in ("reduced_motion", "checkins", "announce_phases"):
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
    """The usable values of one stored choice; anything else keeps its default."""
    kept: dict[str, Any] = {}
    value = raw.get("duration_s")
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        kept["duration_s"] = value
    value = raw.get("holds")
    if isinstance(value, bool):
        kept["holds"] = value
    value = raw.get("tempo")
    if isinstance(value, int | float) and not isinstance(value, bool) and 0.75 <= value <= 1.25:
        kept["tempo"] = float(value)
    value = raw.get("mode")
    if value in ("paced", "self_paced"):
        kept["mode"] = value
    value = raw.get("breaths")
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 8:
        kept["breaths"] = value
    return PracticeChoice(**kept)
