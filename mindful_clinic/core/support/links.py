"""Phone numbers and web addresses in a contact's "how to reach them" line, as links to follow.

"Call 116 123" gives ``tel:116123``; "chat at 988lifeline.org" gives ``https://988lifeline.org``. The
words themselves stay as they are: the page shows the same text, with the numbers and addresses made
into links a click or the keyboard can follow (where the computer has an app for calls or a browser).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WEB = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/[^\s,;)]*)?",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w.+-])\+?\d(?:[\d ()-]*\d)?(?![\w.-]*\w)")
MIN_PHONE_DIGITS = 3
"""Shorter runs of digits ("7 days") are not numbers to call."""


class Link(NamedTuple):
    start: int
    end: int
    url: str

    def text(self, line: str) -> str:
        return line[self.start : self.end]


def find_links(line: str) -> list[Link]:
    """Every web address and phone number in ``line``, in order, none overlapping."""
    links: list[Link] = []
    for m in _WEB.finditer(line):
        address = m.group(0).rstrip(".")
        if not any(c.isalpha() for c in address.split(".")[-1]):
            continue
        url = (
            address if address.lower().startswith(("http://", "https://")) else f"https://{address}"
        )
        links.append(Link(m.start(), m.start() + len(address), url))
    for m in _PHONE.finditer(line):
        if any(link.start < m.end() and m.start() < link.end for link in links):
            continue
        digits = re.sub(r"[^\d+]", "", m.group(0))
        if sum(c.isdigit() for c in digits) >= MIN_PHONE_DIGITS:
            links.append(Link(m.start(), m.end(), f"tel:{digits}"))
    return sorted(links)
