"""Numbers and addresses in a contact's line become links; the words around them stay as they are."""

from __future__ import annotations

import pytest

from mindful_clinic.core.support.contacts import shipped_support
from mindful_clinic.core.support.links import find_links


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Call 116 123", [("116 123", "tel:116123")]),
        ("Call 1-888-409-0141", [("1-888-409-0141", "tel:18884090141")]),
        ("Call or text 988, or chat at 988lifeline.org",
         [("988", "tel:988"), ("988lifeline.org", "https://988lifeline.org")]),
        ("findahelpline.com", [("findahelpline.com", "https://findahelpline.com")]),
        ("See https://www.samaritans.org/how-we-can-help.",
         [("https://www.samaritans.org/how-we-can-help", "https://www.samaritans.org/how-we-can-help")]),
        ("Tel. +49 800 111 0 111 (free)", [("+49 800 111 0 111", "tel:+498001110111")]),
        ("mailto:eap@example.org", [("eap@example.org", "mailto:eap@example.org")]),
        ("Write to oh.team@nhs.example.uk or call 116 123.",
         [("oh.team@nhs.example.uk", "mailto:oh.team@nhs.example.uk"), ("116 123", "tel:116123")]),
        ("116123@example.org", [("116123@example.org", "mailto:116123@example.org")]),
        ("Open 24 hours, 7 days", []),
        ("", []),
    ],
)  # fmt: skip
def test_links_in_a_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(link.text(line), link.url) for link in find_links(line)] == expected


def test_every_shipped_number_can_be_followed() -> None:
    for contact in shipped_support().contacts:
        if contact.how:
            assert find_links(contact.how), contact.id
