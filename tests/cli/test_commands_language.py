"""Every command speaks the window's language (issue #17): with the system in German the sentences,
weekdays, dates and times are German, errors too; ``--json`` is byte for byte the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
BRITISH = {"LANGUAGE": "en", "LANG": "en_GB.UTF-8"}
AMERICAN = {"LANGUAGE": "en", "LANG": "en_US.UTF-8"}


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """``run(language, *args)``: the command in a fresh process, sharing one data folder."""

    def run(language: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(language, LC_ALL="", LC_MESSAGES="", LC_TIME="", TZ="UTC")
        env["MINDFUL_CLINIC_DATA_DIR"] = str(tmp_path / "data")
        env["MINDFUL_CLINIC_LOCAL_DIR"] = str(tmp_path / "local")
        env["XDG_DATA_HOME"] = str(tmp_path / "share")
        return subprocess.run(
            [sys.executable, "-m", "mindful_clinic", *args],
            capture_output=True,
            text=True,
            env=env,
        )

    return run


def same_json(run, *args: str) -> str:  # type: ignore[no-untyped-def]
    english = run(BRITISH, *args, "--json")
    german = run(GERMAN, *args, "--json")
    assert english.returncode == german.returncode == 0, english.stderr + german.stderr
    assert german.stdout == english.stdout
    return german.stdout


def test_reminders_in_german_with_german_weekdays_and_24_hour_times(run) -> None:  # type: ignore[no-untyped-def]
    added = run(
        GERMAN,
        "reminders",
        "add",
        "--at",
        "14:40",
        "--days",
        "mon,fri",
        "--practice",
        "box_4444",
        "--minutes",
        "3",
    )
    assert added.returncode == 0, added.stderr
    assert (
        added.stdout == "at-1440 hinzugefügt: um 14:40 an mon,fri, schlägt box_4444 vor (3 Min.)\n"
    )
    nxt = run(GERMAN, "reminders", "next", "--count", "2").stdout.splitlines()
    assert len(nxt) == 2
    assert all(line.split()[0] in ("Mo.", "Fr.") for line in nxt), nxt
    assert all(" 14:40  feste Zeit (at-1440); schlägt box_4444 vor, 3 Min." in x for x in nxt)
    assert all(line.split()[1].count(".") == 2 for line in nxt)  # 07.12.2026
    american = run(AMERICAN, "reminders", "list").stdout.replace("\u202f", " ")  # CLDR's space
    assert "at 2:40 PM on mon,fri, suggests box_4444 (3 min)" in american
    assert "1440" in same_json(run, "reminders", "list")
    same_json(run, "reminders", "next")
    bad = run(GERMAN, "reminders", "next", "--count", "0")
    assert (bad.returncode, bad.stderr) == (
        2,
        "mindful-clinic: --count muss zwischen 1 und 500 liegen\n",
    )
    gone = run(GERMAN, "reminders", "remove", "nope")
    assert gone.returncode == 2 and "keine Erinnerungsregel mit der ID 'nope'" in gone.stderr


def test_calendar_gaps_in_the_locale_times(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ics = tmp_path / "day.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        "DTSTART:20261204T090000Z\r\nDTEND:20261204T143000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    args = ("calendar", "gaps", str(ics), "--date", "2026-12-04", "--tz", "UTC")
    german = run(GERMAN, *args)
    assert german.returncode == 0, german.stderr
    assert german.stdout.splitlines() == ["08:00  09:00   60 Min.", "14:30  18:00  210 Min."]
    american = run(AMERICAN, *args).stdout.replace("\u202f", " ").splitlines()
    assert american[1] == "2:30 PM  6:00 PM  210 min"
    same_json(run, *args)
    none = run(GERMAN, *args, "--min-minutes", "300")
    assert "Keine Lücken von 300 Minuten oder mehr zwischen 08:00 und 18:00 am Fr. 04.12.2026." in (
        none.stderr
    )
    bad = run(GERMAN, *args[:3], "--date", "morgen")
    assert (bad.returncode, bad.stderr.strip()) == (
        2,
        "mindful-clinic: --date 'morgen' ist kein Datum wie 2026-03-30",
    )


def test_selfcheck_and_reflect_in_german_with_german_dates(run) -> None:  # type: ignore[no-untyped-def]
    check = run(
        GERMAN, "selfcheck", "add", "--who5", "1,1,2,1,2", "--burnout", "3", "--date", "2026-03-30"
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("Selbstcheck vom Mo. 30.03.2026\n")
    assert "Sehr geringes Wohlbefinden" in check.stdout and "Burnout (Einzelfrage): 3 von 5" in (
        check.stdout
    )
    listed = run(GERMAN, "selfcheck", "list").stdout
    assert listed.startswith("30.03.2026  WHO-5 7/25 (28 %, Sehr geringes Wohlbefinden)")
    assert "Hinweis auf Unterstützung gezeigt" in listed
    assert '"2026-03-30"' in same_json(run, "selfcheck", "list")
    noted = run(
        GERMAN, "reflect", "add", "Ruhig geblieben", "--kind", "win", "--date", "2026-03-30"
    )
    assert noted.stdout == "Notiert (Ein kleiner Erfolg, Mo. 30.03.2026).\n"
    assert (
        run(GERMAN, "reflect", "list").stdout == "30.03.2026  Ein kleiner Erfolg Ruhig geblieben\n"
    )
    assert '"win"' in same_json(run, "reflect", "list")
    summary = run(GERMAN, "log", "summary", "--reflections", "--selfchecks").stdout
    assert "Reflexionen (1):\n  30.03.2026  Ein kleiner Erfolg: Ruhig geblieben" in summary
    assert "Verlauf der Selbstchecks (nur Werte und Daten):\n  30.03.2026  WHO-5 7/25 (28 %); " in (
        summary
    )
    bad = run(GERMAN, "selfcheck", "add", "--who5", "9", "--burnout", "3")
    assert bad.returncode == 2 and "müssen fünf ganze Zahlen von 0 bis 5 sein" in bad.stderr


def test_log_sync_group_desktop_and_errors_in_german(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    order = run(GERMAN, "log", "summary", "--from", "2026-03-31", "--to", "2026-03-01")
    assert (order.returncode, order.stderr) == (2, "mindful-clinic: --from liegt nach --to\n")
    edit = run(GERMAN, "log", "edit", "x", "--stress-before", "11")
    assert edit.returncode == 2 and "--stress-before muss zwischen 0 und 10 liegen, nicht 11" in (
        edit.stderr
    )
    missing = run(GERMAN, "log", "import", str(tmp_path / "nowhere.csv"))
    assert missing.returncode == 2 and "kann nicht gelesen werden" in missing.stderr
    sync = run(GERMAN, "sync", "status")
    assert sync.stdout.startswith("Keine Synchronisierung. Dieser Computer: ")
    same_json(run, "sync", "status")
    folder = run(GERMAN, "group", "export", "--format", "csv", "-o", str(tmp_path))
    assert folder.returncode == 2 and "ist ein Ordner; gib einen Dateinamen an" in folder.stderr
    assert (
        run(GERMAN, "group", "export", "--format", "json").stdout
        == run(BRITISH, "group", "export", "--format", "json").stdout
    )
    if sys.platform.startswith("linux"):
        menu = run(GERMAN, "desktop", "uninstall")
        assert (
            menu.stdout == "Mindful Clinic war nicht in deinem Menü; es gibt nichts zu entfernen.\n"
        )
    unknown = run(GERMAN, "log", "summary", "--nope")
    assert (unknown.returncode, unknown.stderr) == (
        2,
        "mindful-clinic: unbekannte Angaben: --nope\n",
    )


def test_doctor_in_german(run) -> None:  # type: ignore[no-untyped-def]
    text = run(GERMAN, "doctor").stdout
    assert "Gefundene Übungen:" in text and "Datenordner:" in text and "Sync-Ordner:" in text
    assert ("Die App kann hier laufen." in text) or ("Kann nicht laufen:" in text)
    assert "Practices found" not in text


def test_log_summary_in_german_with_german_dates(run) -> None:  # type: ignore[no-untyped-def]
    english = run(BRITISH, "log", "summary", "--from", "2026-03-01", "--to", "2026-03-31")
    assert english.stdout.startswith("Practice log summary, 01/03/2026 to 31/03/2026\n")
    german = run(GERMAN, "log", "summary", "--from", "2026-03-01", "--to", "2026-03-31")
    assert german.returncode == 0, german.stderr
    assert german.stdout.startswith(
        "Zusammenfassung des Übungsprotokolls, 01.03.2026 bis 31.03.2026\n"
    )
    assert "Übungen: 0 (0 zu Ende geführt, 0 früher beendet)" in german.stdout
    assert "Hinweis: Das sind deine eigenen Einschätzungen" in german.stdout
    assert "Practice" not in german.stdout
    same_json(run, "log", "summary", "--from", "2026-03-01", "--to", "2026-03-31")
