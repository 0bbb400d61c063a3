"""The self-check page: published items, a band with what it does not mean, support when due."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from mindful_clinic.core.selfcheck.records import SelfCheck, new_check
from mindful_clinic.ui.selfcheck.page import SelfCheckPage


class FakeChecks:
    def __init__(self, checks: list[SelfCheck] | None = None) -> None:
        self.checks = list(checks or [])

    def all(self) -> list[SelfCheck]:
        return sorted(self.checks, key=lambda c: c.date)

    def add(self, check: SelfCheck) -> None:
        self.checks.append(check)


def make(qtbot: QtBot, model: FakeChecks) -> SelfCheckPage:
    page = SelfCheckPage(model, date(2026, 3, 16), "Samaritans: call 116 123")
    qtbot.addWidget(page)
    return page


def pick(combo: object, value: int) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_a_good_fortnight_shows_band_and_not_a_diagnosis(qtbot: QtBot) -> None:
    model = FakeChecks()
    page = make(qtbot, model)
    for combo in page.who5:
        pick(combo, 4)
    pick(page.pwls, 2)
    page.save_button.click()
    text = page.result.text()
    assert "WHO-5: 20 of 25 (80 %): Good well-being" in text
    assert "not a diagnosis" in text and "Samaritans" not in text
    assert len(model.checks) == 1 and page.trend.rowCount() == 1


def test_the_support_message_when_burnout_is_four_twice_in_a_row(qtbot: QtBot) -> None:
    model = FakeChecks([new_check(date(2026, 3, 2), None, 4)])
    page = make(qtbot, model)
    pick(page.pwls, 4)
    page.save_button.click()
    assert "you don't have to manage that alone" in page.result.text()
    assert "Samaritans: call 116 123" in page.result.text()


def test_half_answered_who5_is_refused_and_nothing_saved(qtbot: QtBot) -> None:
    model = FakeChecks()
    page = make(qtbot, model)
    pick(page.who5[0], 3)
    page.save_button.click()
    assert "all five" in page.result.text() and model.checks == []


def test_the_cbi_is_optional_and_scored_by_scale(qtbot: QtBot) -> None:
    model = FakeChecks()
    page = make(qtbot, model)
    page.include_cbi.setChecked(True)
    for combo in page.cbi:
        pick(combo, 2)  # "Sometimes" / "Somewhat": 50 everywhere
    page.save_button.click()
    assert "Patient-related burnout: 50" in page.result.text()
    assert model.checks[0].cbi == (2,) * 19


def test_trend_marks_a_meaningful_change(qtbot: QtBot) -> None:
    checks = [
        new_check(date(2026, 2, 2), [2] * 5, 3),
        new_check(date(2026, 2, 16), [3] * 5, 3),
        new_check(date(2026, 3, 2), [3, 3, 3, 3, 2], 2),
    ]
    page = make(qtbot, FakeChecks(checks))
    assert [page.trend.item(i, 2).text() for i in range(3)] == ["", "up", "steady"]
    assert page.trend.item(0, 1).text() == "40 %"
