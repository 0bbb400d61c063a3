"""The app's preferences: a damaged or hand-edited settings section never stops the app."""

from __future__ import annotations

import json

from mindful_clinic.core.preferences import PracticeChoice, Preferences


def test_preferences_survive_a_round_trip_through_the_settings_file() -> None:
    prefs = Preferences(theme="dark", checkins=False, favourites=["box_4444"])
    prefs.remember("box_4444", PracticeChoice(duration_s=180, holds=False, tempo=0.9))
    again = Preferences.from_dict(json.loads(json.dumps(prefs.to_dict())))
    assert again == prefs
    assert again.recent == ["box_4444"]
    assert again.choice_for("box_4444", 300) == PracticeChoice(180, False, 0.9, "paced")


def test_bad_values_fall_back_to_defaults_and_unknown_keys_are_ignored() -> None:
    raw = {
        "theme": "neon",
        "reduced_motion": "yes",
        "favourites": ["box_4444", 7, None],
        "choices": {
            "box_4444": {"duration_s": -5, "holds": "no", "tempo": 3.0, "mode": "fast", "x": 1},
            "even_5_5": {"duration_s": True, "tempo": True},
            "weil_478": "not a choice",
        },
        "surprise": 1,
    }
    prefs = Preferences.from_dict(raw)
    assert prefs.theme == "system" and prefs.reduced_motion is False
    assert prefs.favourites == ["box_4444"]
    assert prefs.choices["box_4444"] == PracticeChoice()  # every field kept its default
    assert prefs.choices["even_5_5"] == PracticeChoice()  # a bool is not a length or a tempo
    assert "weil_478" not in prefs.choices
    assert Preferences.from_dict("not a dict") == Preferences()


def test_a_good_value_is_kept_beside_a_bad_one() -> None:
    prefs = Preferences.from_dict({"choices": {"box_4444": {"duration_s": 600, "tempo": 9}}})
    assert prefs.choices["box_4444"] == PracticeChoice(duration_s=600)
    assert prefs.choices["box_4444"].tempo == 1.0


def test_a_fresh_start_forgets_everything_but_the_first_run_note() -> None:
    prefs = Preferences(
        theme="dark",
        reduced_motion=True,
        checkins=False,
        favourites=["box_4444"],
        recent=["cyclic_sigh"],
        seen_notices=["first_run_note", "holds_caution"],
        choices={"box_4444": PracticeChoice(duration_s=120)},
    )
    prefs.start_afresh()
    assert prefs.to_dict() == {**Preferences().to_dict(), "seen_notices": ["first_run_note"]}


def test_a_notice_is_news_only_the_first_time() -> None:
    prefs = Preferences()
    assert prefs.mark_seen("close_to_tray") is True
    assert prefs.mark_seen("close_to_tray") is False
    assert prefs.seen_notices == ["close_to_tray"]
