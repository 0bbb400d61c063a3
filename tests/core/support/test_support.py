"""Support contacts: the spec 8.2 defaults ship, and a user's edits merge over them losslessly."""

from __future__ import annotations

from dataclasses import replace

from mindful_clinic.core.support.contacts import (
    Contact,
    SupportEdits,
    diff,
    merge,
    new_contact_id,
    shipped_support,
)


def test_the_spec_defaults_and_disclaimer_ship() -> None:
    info = shipped_support()
    hows = " ".join(c.how for c in info.contacts)
    for number in ("988", "1-888-409-0141", "116 123", "0300 0303 300", "findahelpline.com"):
        assert number in hows
    assert info.disclaimer.startswith("Mindful Clinic offers general wellness practices.")
    assert "not a medical device" in info.disclaimer
    placeholders = [c for c in info.contacts if c.placeholder]
    assert {c.id for c in placeholders} == {"occupational_health", "eap"}
    assert all(c.needs_details for c in placeholders)


def test_edits_round_trip_through_diff_merge_and_the_settings_dict() -> None:
    shipped = shipped_support()
    contacts = list(shipped.contacts)
    contacts = [c for c in contacts if c.id != "us_988"]  # hidden
    oh = next(i for i, c in enumerate(contacts) if c.id == "occupational_health")
    contacts[oh] = replace(contacts[oh], how="Ext 4455, Mon-Fri 8-4")
    own = Contact(new_contact_id(c.id for c in contacts), "Chaplaincy", "Bleep 123", region="Here")
    contacts.insert(0, own)
    edits = diff(shipped, contacts)
    assert edits.hidden == ["us_988"]
    assert edits.changed == {"occupational_health": {"how": "Ext 4455, Mon-Fri 8-4"}}
    assert [c.name for c in edits.added] == ["Chaplaincy"]
    stored = SupportEdits.from_dict(edits.to_dict())
    merged = merge(shipped, stored)
    assert [c.id for c in merged.contacts] == [c.id for c in contacts]
    assert merged.contact("occupational_health").how == "Ext 4455, Mon-Fri 8-4"  # type: ignore[union-attr]
    assert merged.contact("us_988") is None


def test_an_untouched_contact_follows_the_shipped_file() -> None:
    shipped = shipped_support()
    edits = SupportEdits(changed={"eap": {"how": "0800 000 000"}})
    corrected = replace(
        shipped,
        contacts=tuple(
            replace(c, how="Call 116 999") if c.id == "uk_samaritans" else c
            for c in shipped.contacts
        ),
    )
    merged = merge(corrected, edits)
    assert merged.contact("uk_samaritans").how == "Call 116 999"  # type: ignore[union-attr]
    assert merged.contact("eap").how == "0800 000 000"  # type: ignore[union-attr]


def test_damaged_edits_are_ignored_not_raised() -> None:
    edits = SupportEdits.from_dict(
        {"changed": {"eap": {"how": 5, "name": "EAP line", "colour": "x"}, "x": "y"},
         "hidden": ["a", 3], "added": [{"id": "own_1"}, "junk", {"id": "own_2", "name": "N"}],
         "order": "nope"}
    )  # fmt: skip
    assert edits.changed == {"eap": {"name": "EAP line"}}
    assert edits.hidden == ["a"]
    assert [c.id for c in edits.added] == ["own_2"]
    assert edits.order == []
    assert SupportEdits.from_dict(None).is_empty()
