"""Guided practices in the practice flow: their set-up panel, their session and their screen.

Implements the flow's PracticeKind (like BreathKind), so a body scan or a self-compassion break goes
through the same check-ins and into the same log as a breathing practice. The last choices for each
practice are offered again (kept by the app in the ``guided`` settings section).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mindful_clinic.core.guided.practice import GuidedOptions, GuidedPractice
from mindful_clinic.core.guided.schema import options_from_dict, options_to_dict
from mindful_clinic.core.ports import Speaker
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.practice.references import cautions
from mindful_clinic.core.practice.session import PracticeSession
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.practice.flow import PreparedPractice
from mindful_clinic.ui.practice.session_view import SessionView
from mindful_clinic.ui.practice.setup_screen import SetupScreen

if TYPE_CHECKING:
    from mindful_clinic.core.sound.settings import PracticeSoundChoices
    from mindful_clinic.ui.guided.answer_box import WordsKeeper


VOICE_NOTICE = "voice_guidance"
"""Shown once (kept in ``seen_notices``): how to switch the voice off or on."""


class GuidedKind:
    def __init__(
        self,
        clock: Clock,
        speaker: Speaker,
        *,
        load_choices: Callable[[], dict[str, Any]] = dict,
        save_choices: Callable[[dict[str, Any]], None] = lambda _d: None,
        voice_on: Callable[[], bool] = lambda: True,
        on_view_created: Callable[[SessionView], None] = lambda _v: None,
        edit_practice: Callable[[GuidedPractice], None] | None = None,
        sound_choices: Callable[[str | None], PracticeSoundChoices] | None = None,
        save_sound_choices: Callable[[str, PracticeSoundChoices], None] | None = None,
        voice_silenced: Callable[[], str | None] = lambda: None,
        show_once: Callable[[str], bool] = lambda _id: False,
        keeper: WordsKeeper | None = None,
        answers_allowed: Callable[[], bool] = lambda: True,
    ) -> None:
        """``sound_choices(practice_id)`` gives a practice's sound choices (``None``: the usual
        ones) and shows them on the set-up panel; ``save_sound_choices`` stores an edit.
        ``voice_silenced()`` says why the voice should be quiet now ("muted", "quiet_hours") or
        None; ``show_once(notice_id)`` is True the first time a notice is asked for (then False).
        ``keeper`` keeps typed answers the user chooses to keep; ``answers_allowed()`` is False
        while a shared screen is up (no answer box then)."""
        self.clock = clock
        self.speaker = speaker
        self._load = load_choices
        self._save = save_choices
        self.voice_on = voice_on
        self.on_view_created = on_view_created
        self.edit_practice = edit_practice
        self.sound_choices = sound_choices
        self.save_sound_choices = save_sound_choices
        self.voice_silenced = voice_silenced
        self.show_once = show_once
        self.keeper = keeper
        self.answers_allowed = answers_allowed

    def setup_widget(self, entry: CatalogEntry) -> SetupScreen:
        from mindful_clinic.ui.guided.setup import GuidedSetup  # imported when first opened

        get = self.sound_choices
        setup = GuidedSetup(
            _practice(entry),
            self.choice_for(entry.id),
            can_edit=self.edit_practice is not None,
            sounds=get(entry.id) if get is not None else None,
            usual_sounds=get(None) if get is not None else None,
        )
        if self.edit_practice is not None:
            setup.edit_requested.connect(self.edit_practice)
        save = self.save_sound_choices
        if save is not None:
            setup.sounds_changed.connect(lambda c, pid=entry.id: save(pid, c))
        return setup

    def choice_for(self, practice_id: str) -> GuidedOptions:
        return options_from_dict(self._load().get(practice_id))

    def usual_choice(self, entry: CatalogEntry) -> GuidedOptions:
        """What the set-up screen would open with, read without building it: "Start now" from a
        reminder and ``--start`` go straight to the before-rating, as they do for breathing."""
        return self.choice_for(entry.id)

    def remember(self, entry: CatalogEntry, choice: GuidedOptions) -> None:
        stored = dict(self._load())
        stored[entry.id] = options_to_dict(choice)
        self._save(stored)

    def prepare(self, entry: CatalogEntry, choice: GuidedOptions) -> PreparedPractice:
        from mindful_clinic.ui.guided.view import GuidedView  # imported when first opened

        practice = _practice(entry)
        choice = practice.fitted(choice)
        plan = practice.plan(choice)
        session = PracticeSession(plan.timeline(), self.clock)
        silenced = self.voice_silenced()
        voice = self.voice_on() and silenced is None
        view = GuidedView(
            session, plan, self.speaker, self.clock, voice=voice, keeper=self.keeper,
            answers=self.answers_allowed(),
        )  # fmt: skip
        if silenced is not None and self.voice_on():
            view.explain_voice(silenced)
        elif self.show_once(VOICE_NOTICE):
            view.explain_voice(None)
        self.on_view_created(view)
        known = cautions()
        notice_id = next((c for c in practice.cautions if c in known and known[c].notice), None)
        return PreparedPractice(
            session=session,
            view=view,
            variant=variant(practice, choice),
            notice=known[notice_id].text if notice_id else None,
            notice_id=notice_id,
        )


def variant(practice: GuidedPractice, choice: GuidedOptions) -> str:
    """The log's short note of choices that change the practice (e.g. "head_to_feet,skip_pelvis")."""
    parts: list[str] = []
    if practice.supports("direction") and choice.direction != "feet_to_head":
        parts.append(choice.direction)
    parts += [f"skip_{g}" for g in sorted(choice.skip_regions) if g in practice.skippable_groups]
    if practice.supports("focus") and choice.focus is not None:
        left_out = [f for f in practice.foci if f not in choice.focus]
        parts += [f"without_{f}" for f in left_out]
    if practice.supports("touch") and choice.touch == "none":
        parts.append("no_touch")
    return ",".join(parts)


def _practice(entry: CatalogEntry) -> GuidedPractice:
    assert isinstance(entry.item, GuidedPractice)
    return entry.item
