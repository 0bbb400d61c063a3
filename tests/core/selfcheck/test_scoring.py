"""Self-check scores, bands and the signpost rule (content-spec section 5)."""

from __future__ import annotations

from datetime import date

import pytest

from mindful_clinic.core.selfcheck.instruments import PWLS_OPTIONS, WHO5_ITEMS, cbi_items
from mindful_clinic.core.selfcheck.records import (
    JSON_KEYS,
    SelfCheck,
    format_trend,
    new_check,
    read_all,
    summary_row,
)
from mindful_clinic.core.selfcheck.scoring import (
    SelfCheckError,
    cbi_scores,
    change_words,
    readings,
    who5_band,
    who5_percent,
    who5_raw,
)


def test_who5_raw_percent_and_bands_at_the_edges() -> None:
    assert who5_raw([3, 3, 3, 3, 3]) == 15
    assert who5_percent(15) == 60
    assert who5_band(51 // 4 * 4 + 4).id == "good"  # 52 %
    assert who5_band(50).id == "low"
    assert who5_band(32).id == "low"
    assert who5_band(28).id == "very_low"
    assert len(WHO5_ITEMS) == 5 and len(PWLS_OPTIONS) == 5


@pytest.mark.parametrize("items", [[1, 2, 3, 4], [0, 0, 0, 0, 6], [0, 0, 0, 0, -1]])
def test_who5_refuses_answers_that_do_not_fit(items: list[int]) -> None:
    with pytest.raises(SelfCheckError):
        who5_raw(items)


def _c(who5: list[int] | None, burnout: int | None) -> dict[str, object]:
    return {"who5": who5, "burnout_item": burnout}


def test_signpost_rule() -> None:
    fine = [4, 4, 4, 4, 4]
    low = [1, 1, 2, 1, 2]  # 7 -> 28 %
    r = readings([_c(fine, 2), _c(low, 2), _c(fine, 5), _c(fine, 4), _c(fine, 3), _c(fine, 4)])
    assert [x.signpost for x in r] == [False, True, True, True, False, False]
    assert "28 %" in r[1].reasons[0]
    assert "twice in a row" in r[3].reasons[0]


def test_four_twice_in_a_row_counts_only_checks_that_answered_it() -> None:
    r = readings([_c(None, 4), _c([5, 5, 5, 5, 5], None), _c(None, 4)])
    assert [x.signpost for x in r] == [False, False, True]


def test_cbi_scales_with_the_reversed_item() -> None:
    answers = [0] * 19  # "Always" / "To a very high degree" everywhere
    scores = cbi_scores(answers)
    assert scores["personal"] == 100
    assert scores["work"] == pytest.approx(600 / 7)  # the energy-for-family item counts 0
    assert scores["patient"] == 100
    assert "patients" in cbi_items()[13].text
    assert "clients" in cbi_items("clients")[13].text


def test_summary_row_has_exactly_the_contract_keys() -> None:
    checks = [new_check(date(2026, 3, 9), [2, 2, 2, 2, 2], 4), new_check(date(2026, 3, 2), None, 4)]
    rows = [summary_row(c, r) for c, r in read_all(checks)]
    assert [tuple(row) for row in rows] == [JSON_KEYS, JSON_KEYS]
    assert rows[0]["date"] == "2026-03-02" and rows[0]["who5_raw"] is None
    assert rows[1] == {
        "date": "2026-03-09",
        "who5_raw": 10,
        "who5_percent": 40,
        "burnout_item": 4,
        "band": "low",
        "signpost": True,
    }
    assert "WHO-5 10/25 (40 %)" in format_trend(checks)


def test_stored_checks_round_trip_and_bad_ones_are_refused() -> None:
    c = new_check(date(2026, 3, 2), [1, 2, 3, 4, 5], 2, [1] * 19)
    assert SelfCheck.from_json(c.to_json()) == c
    with pytest.raises(SelfCheckError):
        SelfCheck.from_json({**c.to_json(), "who5": [9, 9, 9, 9, 9]})
    with pytest.raises(SelfCheckError):
        SelfCheck("x", date(2026, 3, 2))


def test_change_words() -> None:
    assert change_words(40, 52, 10) == "up"
    assert change_words(52, 44, 10) == "steady"
    assert change_words(None, 44, 10) == ""
