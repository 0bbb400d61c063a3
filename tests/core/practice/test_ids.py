from mindful_clinic.core.practice.ids import new_custom_id


def test_ids_are_readable_and_never_clash() -> None:
    assert new_custom_id("Calm 4 & 6!", "pattern", set()) == "custom_calm_4_6"
    assert new_custom_id("Calm 4 & 6!", "pattern", {"custom_calm_4_6"}, {"custom_calm_4_6_2"}) == (
        "custom_calm_4_6_3"
    )
    assert new_custom_id("???", "practice", set()) == "custom_practice"
