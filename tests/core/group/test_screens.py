"""Which screen the presenter goes to, with fake screens (plain data, no Qt)."""

from __future__ import annotations

import pytest

from mindful_clinic.core.group.screens import ScreenInfo, choose_presenter_screen

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1366, 768, primary=True)
TV = ScreenInfo("HDMI-1", 1366, 0, 1920, 1080)
SIDE = ScreenInfo("DP-2", -1280, 0, 1280, 1024)
TV_4K = ScreenInfo("HDMI-2", 3286, 0, 3840, 2160)


def test_a_second_screen_is_chosen_when_present() -> None:
    choice = choose_presenter_screen([LAPTOP, TV])
    assert choice.screen == TV
    assert choice.index == 1
    assert not choice.shared


def test_order_of_screens_does_not_matter() -> None:
    assert choose_presenter_screen([TV, LAPTOP]).screen == TV


def test_the_largest_other_screen_wins() -> None:
    assert choose_presenter_screen([LAPTOP, SIDE, TV]).screen == TV
    assert choose_presenter_screen([LAPTOP, TV, TV_4K]).screen == TV_4K


def test_first_listed_among_equal_screens() -> None:
    twin = ScreenInfo("HDMI-3", 0, 1080, 1920, 1080)
    assert choose_presenter_screen([LAPTOP, TV, twin]).screen == TV


def test_single_screen_is_shared_with_hidden_control_strip() -> None:
    choice = choose_presenter_screen([LAPTOP])
    assert choice.screen == LAPTOP
    assert choice.shared


def test_facilitator_on_the_non_primary_screen() -> None:
    # The facilitator dragged the window to the TV: the room screen is then the other one.
    choice = choose_presenter_screen([LAPTOP, TV], facilitator=TV)
    assert choice.screen == LAPTOP
    assert not choice.shared


def test_no_primary_flag_treats_the_first_as_the_facilitators() -> None:
    a = ScreenInfo("A", 0, 0, 1920, 1080)
    b = ScreenInfo("B", 1920, 0, 1920, 1080)
    assert choose_presenter_screen([a, b]).screen == b


def test_a_remembered_screen_is_used_while_connected() -> None:
    assert choose_presenter_screen([LAPTOP, SIDE, TV], preferred_name="DP-2").screen == SIDE
    # Choosing one's own screen on purpose shares it.
    assert choose_presenter_screen([LAPTOP, TV], preferred_name="eDP-1").shared
    # Unplugged: back to the default.
    assert choose_presenter_screen([LAPTOP, TV], preferred_name="DP-9").screen == TV


def test_no_screens_is_an_error() -> None:
    with pytest.raises(ValueError):
        choose_presenter_screen([])


def test_label_and_geometry() -> None:
    assert TV.geometry == (1366, 0, 1920, 1080)
    assert LAPTOP.label() == "eDP-1, 1366 x 768 (main screen)"
    assert TV.label() == "HDMI-1, 1920 x 1080"


def test_the_label_speaks_the_users_language() -> None:
    """In German the picker read "screen, 1280 x 720 (main screen)": its words are translated."""
    german = {
        "{name}, {width} x {height} (main screen)": "{name}, {width} x {height} (Hauptbildschirm)",
        "{name}, {width} x {height}": "{name}, {width} x {height}",
        "Screen": "Bildschirm",
    }
    assert LAPTOP.label(lambda s: german.get(s, s)) == "eDP-1, 1366 x 768 (Hauptbildschirm)"
    assert TV.label(lambda s: german.get(s, s)) == "HDMI-1, 1920 x 1080"
    unnamed = ScreenInfo("", 0, 0, 800, 600)
    assert unnamed.label(lambda s: german.get(s, s)) == "Bildschirm, 800 x 600"
