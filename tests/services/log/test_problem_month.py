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


@pytest.mark.usefixtures("locale")
def test_the_message_is_in_the_users_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.services.i18n.language import load_translators

    translators = load_translators("de", qapp)
    assert translators, "mindful_clinic_de.qm is missing: run scripts/build_translations.sh"
    QLocale.setDefault(QLocale("de_DE"))
    for t in translators:
        qapp.installTranslator(t)
    try:
        problem = LogProblem("quarantined", "2026-03", "kaputte Zeile", count=2)
        assert problem.message == (
            "2 Sitzungen im Übungsprotokoll für März 2026 konnten nicht gelesen werden und wurden "
            "beiseitegelegt (kaputte Zeile). Die anderen Sitzungen dieses Monats werden wie gewohnt "
            "angezeigt. Die Datei wurde so gelassen, wie sie ist."
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_a_reason_holding_a_placeholder_is_kept_as_it_is() -> None:
    problem = LogProblem("unreadable", "2026-03", "odd %2 name")
    assert "could not be opened (odd %2 name). It was left as it is." in problem.message
