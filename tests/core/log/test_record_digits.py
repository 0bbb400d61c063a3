"""A rating or a length read from an imported file is a RecordError for anything but ASCII digits:
"²" passes ``str.isdigit()`` and "--5" passed the old check, and ``int()`` refuses both."""

from __future__ import annotations

import pytest

from mindful_clinic.core.log.records import RecordError, rating_from_text


@pytest.mark.parametrize("text", ["²", "--5", "-", "٥", "9" * 5000, "-" + "9" * 5000, "+5"])
def test_a_rating_that_is_not_ascii_digits_is_a_record_error(text: str) -> None:
    with pytest.raises(RecordError, match="stress_before"):
        rating_from_text(text, "stress_before")


def test_ratings_read_as_before() -> None:
    assert rating_from_text(" 7 ") == 7
    assert rating_from_text("") is None
    with pytest.raises(RecordError, match="0 to 10"):
        rating_from_text("-1")
