"""Breath practices in the practice flow: their set-up screen and their pacer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mindful_clinic.core.breath.pattern import TEMPO_MAX, BreathMode, BreathPattern
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.preferences import PracticeChoice, Preferences
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.practice.flow import PreparedPractice
from mindful_clinic.ui.practice.setup_screen import SetupScreen
from mindful_clinic.ui.shell.theme import Palette

if TYPE_CHECKING:
    from mindful_clinic.core.sound.settings import PracticeSoundChoices
    from mindful_clinic.ui.breath.pacer_view import PacerView

# The set-up and pacer screens are imported when first opened, not at start-up: the home screen is
# all a clinician needs to see first, and every millisecond before it counts.


def preload_pacer() -> None:
    """Import the pacer's screen ahead of need (a moment after start-up, while nothing happens), so
    the first "Start" on a reminder shows the practice without waiting for Python to load it."""
    import mindful_clinic.core.guided.schema
    import mindful_clinic.ui.breath.pacer_view
    import mindful_clinic.ui.sound.cue_driver  # noqa: F401


class BreathKind:
    def __init__(
        self,
        clock: Clock,
        prefs: Preferences,
        save_prefs: Callable[[], None],
        palette: Callable[[], Palette],
        on_view_created: Callable[[PacerView], None] | None = None,
        sound_choices: Callable[[str | None], PracticeSoundChoices] | None = None,
        save_sound_choices: Callable[[str, PracticeSoundChoices], None] | None = None,
    ) -> None:
        """``sound_choices(practice_id)`` gives a practice's sound choices (``None``: the usual
        ones) and shows them on the set-up screen; ``save_sound_choices`` stores an edit."""
        self.clock = clock
        self.prefs = prefs
        self.save_prefs = save_prefs
        self.palette = palette
        self.on_view_created = on_view_created
        self.sound_choices = sound_choices
        self.save_sound_choices = save_sound_choices

    def setup_widget(self, entry: CatalogEntry) -> SetupScreen:
        from mindful_clinic.ui.breath.setup import BreathSetup

        pattern = _pattern(entry)
        get = self.sound_choices
        setup = BreathSetup(
            pattern,
            self.choice_for(pattern),
            sounds=get(entry.id) if get is not None else None,
            usual_sounds=get(None) if get is not None else None,
        )
        save = self.save_sound_choices
        if save is not None:
            setup.sounds_changed.connect(lambda c, pid=entry.id: save(pid, c))
        return setup

    def choice_for(self, pattern: BreathPattern) -> PracticeChoice:
        """The user's last choice; the first time, long holds start off (spec 1.4: default hold
        at most 4 s) and a practice counted in breaths starts with its first count."""
        stored = self.prefs.choices.get(pattern.id)
        if stored is not None:
            return stored
        return PracticeChoice(
            duration_s=pattern.default_duration_s,
            holds=pattern.holds_on_by_default,
            breaths=pattern.breath_counts[0] if pattern.breath_counts else 0,
        )

    def usual_choice(self, entry: CatalogEntry) -> PracticeChoice:
        """What the set-up screen would open with, read without building it ("Start now" from a
        reminder goes straight to the practice: about 200 ms sooner on the first start)."""
        pattern = _pattern(entry)
        c = self.choice_for(pattern)
        counts, lengths = pattern.breath_counts, pattern.duration_options_s
        if counts:
            duration, breaths = (
                pattern.default_duration_s,
                c.breaths if c.breaths in counts else counts[0],
            )
        else:
            duration = c.duration_s if c.duration_s in lengths else pattern.default_duration_s
            breaths = 0
        tempo = min(max(round(c.tempo * 100), round(pattern.min_tempo * 100)), int(TEMPO_MAX * 100))
        return PracticeChoice(
            duration_s=duration,
            holds=c.holds if pattern.has_optional_holds else True,
            tempo=round(tempo / 100, 2),
            mode="self_paced" if c.mode == "self_paced" else "paced",
            breaths=breaths,
        )

    def remember(self, entry: CatalogEntry, choice: PracticeChoice) -> None:
        self.prefs.remember(entry.id, choice)
        self.save_prefs()

    def prepare(self, entry: CatalogEntry, choice: PracticeChoice) -> PreparedPractice:
        from mindful_clinic.ui.breath.pacer_view import PacerView

        pattern = _pattern(entry)
        mode = (
            BreathMode(choice.mode) if choice.mode in ("paced", "self_paced") else BreathMode.PACED
        )
        if mode not in pattern.modes:
            mode = BreathMode.PACED
        timeline = pattern.timeline(
            choice.duration_s,
            holds=choice.holds,
            tempo=choice.tempo,
            mode=mode,
            breaths=choice.breaths or None,
        )
        session = PracticeSession(timeline, self.clock)
        phases = pattern.effective_phases(choice.holds, choice.tempo)
        view = PacerView(
            pattern,
            session,
            phases,
            self.clock,
            reduced_motion=self.prefs.reduced_motion,
            palette=self.palette(),
            self_paced=mode is BreathMode.SELF_PACED,
            announce_phases=self.prefs.announce_phases,
        )
        if self.on_view_created is not None:
            self.on_view_created(view)
        notice_id = pattern.first_use_notice if choice.holds else None
        known = cautions()
        notice = known[notice_id].text if notice_id and notice_id in known else None
        variant_parts = []
        if pattern.has_optional_holds and not choice.holds:
            variant_parts.append("holds_off")
        if mode is BreathMode.SELF_PACED:
            variant_parts.append("self_paced")
        return PreparedPractice(
            session=session,
            view=view,
            variant=",".join(variant_parts),
            tempo=choice.tempo,
            notice=notice,
            notice_id=notice_id,
        )


def _pattern(entry: CatalogEntry) -> BreathPattern:
    assert isinstance(entry.item, BreathPattern)
    return entry.item
