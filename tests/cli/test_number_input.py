"""Numbers on the command line: ASCII digits only, and anything else one line with exit status 2.

"²" passes ``str.isdigit()`` but ``int()`` refuses it, and 5,000 digits pass both checks but
exceed ``int()``'s own limit: before, each was a traceback with exit status 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindful_clinic.app.one_step import LaunchError, parse_start
from mindful_clinic.cli import main
from mindful_clinic.services.practice.library import load_library

HUGE = "9" * 5000


def run(argv: list[str]) -> int:
    """The exit status, whether main returns it or argparse exits with it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err.strip()


@pytest.mark.parametrize("seconds", ["²", HUGE, "+60", "0"])
def test_start_with_a_length_in_other_digits_is_one_line(
    seconds: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--start", f"box_4444:{seconds}"]) == 2
    assert "is not a length in seconds (e.g. box_4444:60)" in one_line(capsys)


@pytest.mark.parametrize("seconds", ["٦٠", "６０", "1_0", "6 0"])
def test_start_takes_ascii_digits_only(seconds: str) -> None:
    """Checked on ``parse_start`` itself: a length it took would open the window."""
    catalog = load_library().catalog
    with pytest.raises(LaunchError, match="is not a length in seconds"):
        parse_start(f"box_4444:{seconds}", catalog)
    assert parse_start("box_4444:60", catalog) == ("box_4444", 60)


@pytest.mark.parametrize("length", ["²", "٦٠", HUGE])
def test_practices_length_in_other_digits_is_one_line(
    length: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["practices", "--show", "box_4444", "--json", "--length", length]) == 2
    assert "--length takes whole seconds" in one_line(capsys)


@pytest.mark.parametrize("breaths", ["²", "٤", HUGE])
def test_practices_breaths_choice_in_other_digits_is_one_line(
    breaths: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["practices", "--show", "weil_478", "--json", "--choice", f"breaths={breaths}"]
    assert run(argv) == 2
    assert "breaths can be 4 or 8" in one_line(capsys)


@pytest.mark.parametrize(
    ("who5", "burnout", "said"),
    [("²,1,1,1,1", "2", "--who5 '²,1,1,1,1' must be five whole numbers"),
     ("١,1,1,1,1", "2", "must be five whole numbers from 0 to 5"),
     (f"{HUGE},1,1,1,1", "2", "must be five whole numbers from 0 to 5"),
     ("1,1,1,1,1", "²", "--burnout must be a whole number from 1 to 5 (not '²')"),
     ("1,1,1,1,1", HUGE, "--burnout must be a whole number from 1 to 5"),
     ("1,1,1,1,1", None, "selfcheck add needs --burnout N (the burnout answer, 1-5)")],
)  # fmt: skip
def test_selfcheck_answers_in_other_digits_or_missing_are_one_line_and_nothing_written(
    who5: str, burnout: str | None, said: str, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    argv = ["selfcheck", "add", "--who5", who5, *(["--burnout", burnout] if burnout else [])]
    assert run(argv) == 2
    line = one_line(capsys)
    assert said in line and len(line) < 200
    assert "None" not in line
    assert not (data_dir / "selfchecks.json").exists()


def test_plain_numbers_still_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["practices", "--show", "box_4444", "--json", "--length", "60"]) == 0
    assert run(["selfcheck", "add", "--who5", "3,3,3,3,3", "--burnout", "02"]) == 0
    capsys.readouterr()
