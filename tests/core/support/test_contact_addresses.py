"""Which addresses a clinic's support contact may have, and phone links dialled in ASCII digits."""

from __future__ import annotations

import pytest

from mindful_clinic.core.support.links import find_links, is_contact_address


@pytest.mark.parametrize(
    "address",
    ["https://oh.example.org", "https://oh.example.org/self-referral?from=app", "HTTPS://A.ORG",
     "http://intranet.example/oh", "mailto:oh@example.org", "tel:+44 1632 960123", "tel:116123",
     "oh.example.org", "eap.example.org/staff"],
)  # fmt: skip
def test_web_mail_and_phone_addresses_are_allowed(address: str) -> None:
    assert is_contact_address(address)


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "file:///etc/passwd",
     "data:text/html,<b>hi</b>", "vbscript:msgbox", "smb://server/share", "ftp://a.org",
     "https://", "http://[::1", "https://a.org evil.org", "https://a.org\x1b[2J", "mailto:nobody",
     "tel:12", "tel:١١٦١٢٣", "//evil.org", "Call the switchboard", ""],
)  # fmt: skip
def test_anything_that_runs_code_opens_files_or_is_no_address_is_refused(address: str) -> None:
    assert not is_contact_address(address)


def test_a_number_in_another_scripts_digits_is_dialled_in_ascii() -> None:
    assert [link.url for link in find_links("اتصل ١١٦ ١٢٣")] == ["tel:116123"]
