"""A group session on a shared screen, as a stage machine (content-spec 7.1).

Arrival, check-in, settling, the practice, return, reflection (optional), check-in, close. The
facilitator moves with Next and Previous (a presentation clicker's Page Down and Page Up), can skip
or repeat a stage, and leave optional stages out of today's plan. The practice itself is an ordinary
``PracticeSession`` on a timeline built elsewhere, so the group pacer runs exactly like the personal
one and everything is computed from the injected clock.

The shared screen gets only ``screen_state()``: a frozen bundle of the words, the pacer's fullness
and the check-in aggregate (only when at least 5 gave a rating). Nothing in this module knows about
the personal log, so nothing personal can reach the group's screen through it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from mindful_clinic.core.breath.pattern import BreathPattern, Phase, fill_at
from mindful_clinic.core.group.checkin import Aggregate, Tally, parse_checkin
from mindful_clinic.core.group.content import FlowContent, StageSpec
from mindful_clinic.core.group.records import CheckinSummary, GroupRecord
from mindful_clinic.core.guided.practice import GuidedOptions, GuidedPractice, OptionError
from mindful_clinic.core.practice.catalog import CatalogEntry
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.practice.timeline import CyclicTimeline, Timeline
from mindful_clinic.core.time.clock import Clock

MIN_PRACTICE_S, MAX_PRACTICE_S = 60, 600
"""A group practice lasts 1 to 10 minutes."""
CHECKIN_STAGES = ("checkin_before", "checkin_after")
WITHOUT_CHECKIN = frozenset({"the_pause"})
"""Practices a team does with no check-in and no reflection (The Pause after a death, content-spec
3.1 and 7.1 [S38]): choosing one leaves those stages out; choosing another puts them back."""
_LEFT_OUT_FOR_RITUALS = (*CHECKIN_STAGES, "reflection")
MakeTimeline = Callable[[CatalogEntry, int], Timeline]


class GroupFlowError(RuntimeError):
    """A step that does not fit the moment; the message is written for the facilitator."""


@dataclass(frozen=True)
class PracticePlan:
    practice_id: str
    title: str
    kind: str
    """"breath" or "guided", as in the catalog."""
    duration_s: int
    """The length the facilitator chose (the timeline may round it to whole breaths)."""
    timeline: Timeline

    @property
    def breath_phases(self) -> tuple[Phase, ...] | None:
        """The phases of one breath when the timeline is a breath cycle (what the pacer draws)."""
        tl = self.timeline
        if not isinstance(tl, CyclicTimeline):
            return None
        phases = tuple(p for s in tl.phases if isinstance(p := s.payload, Phase))
        return phases if len(phases) == len(tl.phases) else None


def practice_timeline(entry: CatalogEntry, duration_s: int) -> Timeline:
    """The default timeline builder: a breath pattern paced with its own settings, or a guided
    practice with its default choices (eyes lowered, any posture) at the chosen length."""
    item = entry.item
    if isinstance(item, BreathPattern):
        return item.timeline(duration_s)
    if isinstance(item, GuidedPractice):
        try:
            return item.timeline(GuidedOptions(length_s=duration_s))
        except OptionError as exc:
            raise GroupFlowError(str(exc)) from None
    raise GroupFlowError(f"'{entry.title}' cannot be run for a group yet.")


def group_lengths(entry: CatalogEntry) -> list[int]:
    """Lengths a group can choose, in seconds: any whole minute from 1 to 10 for breathing, the
    practice's own lengths within that range for guided practices (their wording is timed)."""
    if entry.kind == "breath":
        return list(range(MIN_PRACTICE_S, MAX_PRACTICE_S + 1, 60))
    return [d for d in entry.durations_s if MIN_PRACTICE_S <= d <= MAX_PRACTICE_S]


def plan_practice(
    entry: CatalogEntry, duration_s: int, make_timeline: MakeTimeline = practice_timeline
) -> PracticePlan:
    if not MIN_PRACTICE_S <= duration_s <= MAX_PRACTICE_S:
        raise GroupFlowError("A group practice lasts 1 to 10 minutes.")
    timeline = make_timeline(entry, duration_s)
    return PracticePlan(entry.id, entry.title, entry.kind, duration_s, timeline)


@dataclass(frozen=True)
class ScreenState:
    """Everything the shared screen may show at one moment, and nothing more."""

    blank: bool
    stage_id: str
    title: str
    text: str
    detail: str = ""
    visual: str = "words"
    """"words", "pacer" (breath practice running), "caption" (guided step) or "aggregate"."""
    fill: float | None = None
    """Pacer fullness 0-1 while a breath practice runs."""
    phase_word: str = ""
    speech: str = ""
    """What a voice may say for this moment (a guided step's spoken words); "" means the text."""
    paused: bool = False
    aggregate: Aggregate | None = None
    """A check-in's histogram and median: present only when at least 5 gave a rating."""


@dataclass
class _Stage:
    spec: StageSpec
    enabled: bool = True
    skipped: bool = False


@dataclass
class GroupFlow:
    """One group session, from arrival to close."""

    content: FlowContent
    clock: Clock
    practice: PracticePlan | None = None
    session: PracticeSession | None = None
    blank: bool = False
    finished: bool = False
    tallies: dict[str, Tally] = field(default_factory=dict)
    _stages: list[_Stage] = field(default_factory=list)
    _index: int = 0
    _prompt: int = 0
    _started_at: float | None = None
    _stage_started_at: float = 0.0
    _ended_at: float | None = None
    _before_ritual: dict[str, bool] | None = None
    """Which stages were in the plan before a practice without check-in was chosen."""
    _listeners: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stages = [_Stage(s) for s in self.content.stages]

    # -- reading ---------------------------------------------------------------------------------
    @property
    def stages(self) -> tuple[StageSpec, ...]:
        return tuple(s.spec for s in self._stages)

    @property
    def stage(self) -> StageSpec:
        return self._stages[self._index].spec

    @property
    def index(self) -> int:
        return self._index

    @property
    def started(self) -> bool:
        return self._started_at is not None

    def is_enabled(self, stage_id: str) -> bool:
        return self._find(stage_id).enabled

    def is_skipped(self, stage_id: str) -> bool:
        return self._find(stage_id).skipped

    @property
    def practice_state(self) -> SessionState | None:
        return self.session.state if self.session else None

    @property
    def session_elapsed_s(self) -> float:
        if self._started_at is None:
            return 0.0
        end = self._ended_at if self._ended_at is not None else self.clock.monotonic()
        return end - self._started_at

    @property
    def stage_elapsed_s(self) -> float:
        if self._started_at is None:
            return 0.0
        end = self._ended_at if self._ended_at is not None else self.clock.monotonic()
        return end - self._stage_started_at

    def upcoming(self) -> str | None:
        """What Next leads to, in the facilitator's words (None at the close)."""
        spec = self.stage
        if spec.id == "practice" and self.practice_state is SessionState.READY:
            return f"Start: {self.practice.title}" if self.practice else None
        if spec.id == "reflection" and self._prompt + 1 < len(spec.prompts):
            return f"Next prompt: {spec.prompts[self._prompt + 1]}"
        nxt = self._neighbour(+1)
        return self._stages[nxt].spec.title if nxt is not None else None

    # -- commands --------------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` after every change made through this object; returns an unsubscribe."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback)

    def start(self) -> None:
        if self.started:
            raise GroupFlowError("This session has already started.")
        self._started_at = self.clock.monotonic()
        self._enter(0)
        self._changed()

    def next(self) -> None:
        """Page Down: start the practice when it is waiting, else the next prompt or stage."""
        self._require_running()
        spec = self.stage
        if spec.id == "practice" and self.session and self.session.state is SessionState.READY:
            self.session.start()
        elif spec.id == "reflection" and self._prompt + 1 < len(spec.prompts):
            self._prompt += 1
        else:
            nxt = self._neighbour(+1)
            if nxt is None:
                return
            self._enter(nxt)
        self._changed()

    def previous(self) -> None:
        self._require_running()
        if self.stage.id == "reflection" and self._prompt > 0:
            self._prompt -= 1
        else:
            prev = self._neighbour(-1)
            if prev is None:
                return
            self._enter(prev)
        self._changed()

    def skip(self) -> None:
        """Leave this stage out and move on (a skipped check-in records nothing)."""
        self._require_running()
        nxt = self._neighbour(+1)
        if nxt is None:
            return
        current = self._stages[self._index]
        current.skipped = True
        if current.spec.id in CHECKIN_STAGES:
            self.tallies.pop(current.spec.id, None)
        self._enter(nxt)
        self._changed()

    def repeat(self) -> None:
        """Begin this stage again: the practice waits to be restarted, a check-in is cleared."""
        self._require_running()
        spec = self.stage
        if spec.id == "practice" and self.practice:
            if self.session:
                self.session.stop()
            self.session = PracticeSession(self.practice.timeline, self.clock)
        if spec.id in CHECKIN_STAGES:
            self.tallies.pop(spec.id, None)
        self._stages[self._index].skipped = False
        self._prompt = 0
        self._stage_started_at = self.clock.monotonic()
        self._changed()

    def set_enabled(self, stage_id: str, enabled: bool) -> None:
        stage = self._find(stage_id)
        if not stage.spec.optional:
            raise GroupFlowError(f"'{stage.spec.title}' is part of every session.")
        if not enabled and stage is self._stages[self._index] and self.started:
            raise GroupFlowError("Move on before leaving out the stage you are in.")
        stage.enabled = enabled
        self._changed()

    def choose_practice(self, plan: PracticePlan) -> None:
        if self.session and self.session.state in (SessionState.RUNNING, SessionState.PAUSED):
            raise GroupFlowError("End the practice before choosing another.")
        self.practice = plan
        self.session = None
        self._plan_checkins(plan.practice_id in WITHOUT_CHECKIN)
        if self.started and self.stage.id == "practice":
            self.session = PracticeSession(plan.timeline, self.clock)
        self._changed()

    def _plan_checkins(self, without: bool) -> None:
        current = self._stages[self._index]
        ritual = [st for st in self._stages if st.spec.id in _LEFT_OUT_FOR_RITUALS]
        if without and self._before_ritual is None:
            self._before_ritual = {st.spec.id: st.enabled for st in ritual}
            for st in ritual:
                st.enabled = st.enabled and st is current
        elif not without and self._before_ritual is not None:
            for st in ritual:
                st.enabled = self._before_ritual[st.spec.id]
            self._before_ritual = None

    def enter_checkin(self, text: str) -> Tally:
        """The room's answers for this check-in; on CheckinError the previous answers stay."""
        self._require_running()
        if self.stage.id not in CHECKIN_STAGES:
            raise GroupFlowError("Answers can be entered at a check-in stage.")
        tally = parse_checkin(text)
        self.tallies[self.stage.id] = tally
        self._changed()
        return tally

    def toggle_pause(self) -> bool:
        """Space: pause or resume a running practice; False when there is nothing to pause."""
        if self.session and self.session.state in (SessionState.RUNNING, SessionState.PAUSED):
            self.session.toggle_pause()
            self._changed()
            return True
        return False

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self._changed()

    def finish(self) -> GroupRecord | None:
        """End the session; returns the aggregate record (None if no practice was chosen)."""
        if self.session:
            self.session.stop()
        if self._ended_at is None:
            self._ended_at = self.clock.monotonic()
        self.finished = True
        self._changed()
        return self.record()

    def record(self) -> GroupRecord | None:
        if self.practice is None:
            return None
        before, after = (self.tallies.get(s) for s in CHECKIN_STAGES)
        return GroupRecord(
            date=self.clock.now().date(),
            practice_id=self.practice.practice_id,
            practice_title=self.practice.title,
            duration_s=round(self.practice.timeline.total_s),
            before=CheckinSummary.from_tally(before) if before else None,
            after=CheckinSummary.from_tally(after) if after else None,
        )

    # -- the shared screen ----------------------------------------------------------------------
    def seconds_to_next_change(self) -> float | None:
        """How long until the shared screen's words change by themselves (a breath phase or a
        guided step ending), so a screen can change them on time; None when nothing is running."""
        session = self.session
        if not self.started or self.finished or session is None or self.stage.id != "practice":
            return None
        if session.state is not SessionState.RUNNING:
            return None
        return session.seconds_to_next_boundary()

    def screen_state(self) -> ScreenState:
        if not self.started or self.finished:
            return ScreenState(self.blank, "", "", "")
        spec = self.stage
        base = ScreenState(self.blank, spec.id, spec.title, spec.screen_text, spec.screen_detail)
        if spec.id == "reflection":
            return replace(base, text=spec.prompts[self._prompt])
        if spec.id in CHECKIN_STAGES:
            return self._checkin_state(base)
        if spec.id == "practice":
            return self._practice_state(base)
        return base

    def _checkin_state(self, base: ScreenState) -> ScreenState:
        tally = self.tallies.get(base.stage_id)
        if tally is None:
            return base
        agg = tally.aggregate()
        if agg is None:
            return replace(
                base, detail="Thank you. Results are shown when at least 5 people give a number."
            )
        return replace(base, visual="aggregate", aggregate=agg)

    def _practice_state(self, base: ScreenState) -> ScreenState:
        session, plan = self.session, self.practice
        if session is None or plan is None:
            return base
        base = replace(base, title=plan.title)
        state = session.state
        if state is SessionState.READY:
            return base
        if state in (SessionState.FINISHED, SessionState.STOPPED):
            return replace(base, text=self.stage.done_text or base.text, detail="")
        paused = state is SessionState.PAUSED
        pos = session.position
        phases = plan.breath_phases
        words = self.content.phase_words
        if phases is not None:
            word = words.get(pos.segment.kind, pos.segment.label)
            fill = fill_at(phases, pos.phase_index, pos.progress)
            return replace(
                base, visual="pacer", text="", detail="", fill=fill, phase_word=word, paused=paused
            )
        step = pos.segment.payload  # a guided step carries its caption and spoken words
        caption = str(
            getattr(step, "caption", "")
            or pos.segment.label
            or words.get(pos.segment.kind, "")
            or base.text
        )
        speech = str(getattr(step, "speech", ""))
        return replace(
            base, visual="caption", text=caption, detail="", speech=speech, paused=paused
        )

    # -- internals ------------------------------------------------------------------------------
    def _require_running(self) -> None:
        if not self.started:
            raise GroupFlowError("Start the session first.")
        if self.finished:
            raise GroupFlowError("This session has ended.")

    def _find(self, stage_id: str) -> _Stage:
        for s in self._stages:
            if s.spec.id == stage_id:
                return s
        raise KeyError(stage_id)

    def _neighbour(self, step: int) -> int | None:
        i = self._index + step
        while 0 <= i < len(self._stages):
            if self._stages[i].enabled:
                return i
            i += step
        return None

    def _enter(self, index: int) -> None:
        target = self._stages[index].spec
        if target.id == "practice" and self.practice is None:
            raise GroupFlowError("Choose a practice before moving to it.")
        if self.session and self.session.state in (SessionState.RUNNING, SessionState.PAUSED):
            self.session.stop()
        if target.id == "practice" and self.practice and self.session is None:
            self.session = PracticeSession(self.practice.timeline, self.clock)
        self._index = index
        self._prompt = 0
        self._stage_started_at = self.clock.monotonic()

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()
