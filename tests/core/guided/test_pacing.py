"""The speech pacer with a fake speaker that takes 0.4 s a word: no sentence is ever cut off by the
clock, the next step waits and gives up its own silence, and the practice keeps its length."""

from __future__ import annotations

from mindful_clinic.core.guided.pacing import SpeechPacer, sentences
from mindful_clinic.core.practice.session import PracticeSession, SessionState
from mindful_clinic.core.practice.timeline import Segment, StepTimeline
from mindful_clinic.core.time.clock import ManualClock
from tests.speech_fakes import FakeSpeaker

TEN = "one two three four five six seven eight nine ten."  # 10 words: 4 s at 0.4 s a word


def run(durations: list[float], speeches: list[str], *, pause_at: float | None = None,
        pause_for: float = 0.0, jump_at: float | None = None):  # type: ignore[no-untyped-def]  # fmt: skip
    """Step a session and its pacer through fake time, 0.1 s at a time; returns what happened."""
    clock = ManualClock()
    speaker = FakeSpeaker(clock=clock, seconds_per_word=0.4)
    session = PracticeSession(StepTimeline([Segment("step", d) for d in durations]), clock)
    pacer = SpeechPacer(speeches, speaker, clock)
    t0 = clock.monotonic()
    session.start()
    shown_at: dict[int, float] = {}
    paused = False
    while True:
        t = round(clock.monotonic() - t0, 3)
        if pause_at is not None and t == pause_at and not paused:
            session.pause()
            pacer.pause()
            paused = True
            clock.advance(pause_for)
            session.resume()
        if jump_at is not None and t == jump_at:
            session.next_segment()
            pacer.jump(session.position.index)
            jump_at = None
        state = session.state
        over = state is SessionState.FINISHED
        index = session.position.index
        shown = pacer.update(index, running=state is SessionState.RUNNING, time_up=over)
        shown_at.setdefault(shown, round(session.elapsed_s, 1))
        if over and not pacer.busy:
            for u in speaker.utterances:
                u.start, u.end = u.start - t0, u.end - t0
            return speaker, shown_at, clock.monotonic() - t0, session
        clock.advance(0.1)


def test_sentences_split_at_full_stops() -> None:
    assert sentences("Arrive. You can stop at any time!  Rest…  Then go") == [
        "Arrive.", "You can stop at any time!", "Rest…", "Then go",
    ]  # fmt: skip


def test_a_step_that_overruns_finishes_and_the_next_waits_then_the_length_holds() -> None:
    # step 1 has 3 s but 8 s of words; step 2 (10 s) waits 5 s and keeps 1 s of silence.
    words = [TEN + " a b c d e f g h i j.", "k l m n.", ""]
    speaker, shown_at, ended, session = run([3, 10, 5], words)
    assert all(not u.cut for u in speaker.utterances)
    assert [round(u.start, 1) for u in speaker.utterances] == [0.0, 4.0, 8.0]
    assert round(shown_at[1], 1) == 8.0  # waited for the sentence, 5 s late
    assert round(shown_at[2], 1) == 13.0  # back on time: step 2 gave up 5 s of its silence
    assert round(ended, 1) == 18.0 and session.planned_s == 18  # the practice kept its length


def test_steps_that_fit_start_exactly_on_time() -> None:
    speaker, shown_at, ended, _ = run([6, 6], [TEN, TEN])
    assert shown_at == {0: 0.0, 1: 6.0}
    assert not any(u.cut for u in speaker.utterances) and round(ended, 1) == 12.0


def test_pause_mid_sentence_stops_the_voice_and_resume_says_the_rest() -> None:
    two = "a b c d e. f g h i j."  # two sentences, 2 s each
    speaker, _, _, _ = run([10], [two], pause_at=1.0, pause_for=30)
    assert speaker.said == ["a b c d e.", "a b c d e.", "f g h i j."]
    assert [u.cut for u in speaker.utterances] == [True, False, False]
    assert round(speaker.utterances[1].start, 1) == 31.0  # spoken again on resuming


def test_skipping_stops_the_voice_and_speaks_the_chosen_step_from_its_start() -> None:
    speaker, shown_at, _, _ = run([10, 10], [TEN, "k l m."], jump_at=1.0)
    assert speaker.said == [TEN, "k l m."]
    assert speaker.utterances[0].cut  # the user chose to move on
    assert shown_at[1] == 10.0  # at once: the session moved to the start of step 2


def test_no_new_words_start_after_the_time_is_up() -> None:
    # the last step is reached late; once time is up the pacer finishes the words it is saying
    speaker, _, ended, _ = run([2, 1], [TEN, "k l m n o."])
    assert speaker.said == [TEN]
    assert not any(u.cut for u in speaker.utterances)
    assert round(ended, 1) == 4.0


def test_a_speaker_that_never_reports_finishing_cannot_hold_the_practice_up() -> None:
    clock = ManualClock()
    speaker = FakeSpeaker(clock=clock, seconds_per_word=1000)
    pacer = SpeechPacer(["a b.", "c d."], speaker, clock)
    assert pacer.update(0, running=True) == 0
    clock.advance(3.3)  # 0.8 s a word for 2 + 2 words
    assert pacer.update(1, running=True) == 1
