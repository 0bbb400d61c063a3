"""Phone numbers, web and mail addresses in a contact's "how to reach them" line, as links to follow.

"Call 116 123" gives ``tel:116123``; "chat at 988lifeline.org" gives ``https://988lifeline.org``;
"mailto:eap@example.org" (a clinic's contact url) and "write to eap@example.org" give
``mailto:eap@example.org``, the address alone being the link's words, as the number is for ``tel:``.
The words themselves stay as they are: the page shows the same text, with the numbers and addresses
made into links a click or the keyboard can follow (where the computer has an app for calls, a
browser or a mail program).

``is_contact_address`` checks an address a clinic's defaults file gives for a contact: only a web
page, a mail address or a phone number, never an address that runs code or opens a local file.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple
from urllib.parse import urlsplit

CONTACT_SCHEMES = ("https", "http", "mailto", "tel")
"""What a support contact's address may be. The desktop opens a link with whatever app claims its
scheme, so ``javascript:``, ``file:``, ``data:``, ``smb:`` and the like are refused: on a page
people open when they are struggling, a link must only ever reach a person. ``http:`` stays
allowed: it only opens the browser, and some clinics' own intranet pages still have no https."""
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_MAIL = re.compile(r"[^@\s/:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
_TEL = re.compile(r"\+?[0-9][0-9 ().-]*")

_WEB = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/[^\s,;)]*)?",
    re.IGNORECASE,
)
_MAIL_IN_LINE = re.compile(
    r"(?<![\w.+/:-])(?:mailto:)?([\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w-])",
    re.IGNORECASE,
)
"""A mail address (its host as ``_WEB``'s), alone or after ``mailto:``; the address is group 1."""
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
    """Every web and mail address and phone number in ``line``, in order, none overlapping."""
    links = [
        Link(m.start(1), m.end(1), f"mailto:{m.group(1)}") for m in _MAIL_IN_LINE.finditer(line)
    ]
    for m in _WEB.finditer(line):
        if any(link.start < m.end() and m.start() < link.end for link in links):
            continue  # the host of a mail address
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
        # A number may be written in any script's digits ("١١٦ ١٢٣"), but a tel: link is dialled
        # in ASCII ones (RFC 3966): \d matches only decimal digits, each with its value.
        digits = "".join(
            c if c == "+" else str(unicodedata.decimal(c))
            for c in re.sub(r"[^\d+]", "", m.group(0))
        )
        if sum(c.isdigit() for c in digits) >= MIN_PHONE_DIGITS:
            links.append(Link(m.start(), m.end(), f"tel:{digits}"))
    return sorted(links)


def is_contact_address(address: str) -> bool:
    """Whether ``address`` may be a support contact's address (see ``CONTACT_SCHEMES``).

    ``https://oh.example.org``, ``http://intranet.example/oh``, ``mailto:oh@example.org``,
    ``tel:+44 1632 960123``, or a bare web address (``oh.example.org``, linked as https, as
    ``find_links`` does). Control characters are refused everywhere, and spaces everywhere but in
    a phone number, so no address can hide a second one behind a space.
    """
    text = address.strip()
    if not text or not text.isprintable():
        return False
    scheme = _SCHEME.match(text)
    if scheme is None:
        return " " not in text and bool(_WEB.fullmatch(text)) and _has_host(f"https://{text}")
    name, rest = scheme.group(1).lower(), text[scheme.end() :]
    if name == "tel":
        return bool(_TEL.fullmatch(rest)) and sum(c.isdigit() for c in rest) >= MIN_PHONE_DIGITS
    if " " in text:
        return False
    if name == "mailto":
        return bool(_MAIL.fullmatch(rest))
    return name in ("https", "http") and _has_host(text)


def _has_host(url: str) -> bool:
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:  # "http://[::1" and other broken hosts
        return False
