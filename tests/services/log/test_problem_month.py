"""A log problem names its month in the user's language and locale (issue #17), not with
strftime's English "%B"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from mindful_clinic.services.log.problems import LogProblem


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale")
def test_the_month_is_named_in_the_locale() -> None:
    problem = LogProblem("damaged", "2026-03", "not valid JSON")
    QLocale.setDefault(QLocale("de_DE"))
    assert problem.month_label == "März 2026"
    assert "März 2026" in problem.message
    QLocale.setDefault(QLocale("en_GB"))
    assert problem.month_label == "March 2026"


def test_a_journal_problem_has_no_month() -> None:
    assert LogProblem("journal", "", "disk full").month_label == ""
