"""What Orca meets: the real app on every page, read over AT-SPI by the shared auditor.

``../shared/tools/a11y/`` (beside the repository) holds the auditor and a key-driven probe; they run
the app on a private headless X display with its own accessibility bus, using Debian's
``/usr/bin/python3`` (which has ``gi``/Atspi). This test fails on an unnamed control, a combo box named
only by its value, a Tab walk that never comes round (a trap), a support number a screen reader cannot
read as text, and a pacer that announces nothing in 20 seconds. All the runs start together, so the
test takes about as long as the longest (the 20 seconds of listening).

It skips, saying why, when ``../shared`` or the system tools are missing (see the README for the
packages); with ``MINDFUL_CLINIC_REQUIRE_ATSPI=1`` (CI) a missing tool fails instead.
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mindful_clinic.core.support.contacts import shipped_support
from mindful_clinic.core.support.links import find_links

ROOT = Path(__file__).resolve().parents[3]
TOOLS = Path(
    os.environ.get("MINDFUL_CLINIC_A11Y_TOOLS") or ROOT.parent / "shared" / "tools" / "a11y"
)
"""Beside the repository (a worktree elsewhere can point MINDFUL_CLINIC_A11Y_TOOLS at it)."""
SYSTEM_PYTHON = "/usr/bin/python3"
PAGES = ("home", "history", "insights", "group", "settings", "support")
LISTEN_S = 20
RUN_TIMEOUT_S = 180


def missing_tools() -> str | None:
    """Why the audit cannot run here, or None."""
    if not (TOOLS / "audit.py").is_file() or not (TOOLS / "probe.py").is_file():
        return f"the AT-SPI auditor is not at {TOOLS} (../shared is absent)"
    for tool in ("Xvfb", "xvfb-run", "dbus-daemon", "dbus-run-session", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    check = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    try:
        ok = subprocess.run([SYSTEM_PYTHON, "-c", check], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return f"{SYSTEM_PYTHON} cannot run"
    if ok.returncode != 0:
        return f"{SYSTEM_PYTHON} has no gi/Atspi (python3-gi, gir1.2-atspi-2.0)"
    return None


def data_folder(tmp: Path, name: str) -> Path:
    """A fresh data folder that has shown its first-run note (a dialog would cover the page)."""
    folder = tmp / name
    folder.mkdir()
    prefs = {"seen_notices": ["first_run_note", "holds_caution"], "checkins": False}
    (folder / "settings.json").write_text(json.dumps({"app": prefs}), encoding="utf-8")
    return folder


def app_env(folder: Path) -> dict[str, str]:
    return {"MINDFUL_CLINIC_DATA_DIR": str(folder), "SDL_AUDIODRIVER": "dummy",
            "QT_QPA_PLATFORM": "xcb"}  # fmt: skip


def start_audit(page: str, out: Path, folder: Path) -> subprocess.Popen[bytes]:
    env_args = [f"--env={k}={v}" for k, v in app_env(folder).items()]
    full = ["--full-tree"] if page == "support" else []
    command = [
        SYSTEM_PYTHON, str(TOOLS / "audit.py"), "--session", "own", "--timeout", "150",
        *env_args, *full, "--json-out", str(out), "--summary-out", str(out.with_suffix(".txt")),
        "--", sys.executable, "-m", "mindful_clinic", "--open", page,
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pacer_steps() -> tuple[list[dict[str, object]], list[str]]:
    """Keys that start a breath practice and then listen; ``--start`` when the app takes it."""
    from mindful_clinic.app.root import run

    listen: list[dict[str, object]] = [{"snap": "pacer"}, {"listen": LISTEN_S}]
    if "start" in inspect.signature(run).parameters:
        return [{"wait": 2.0}, {"focus": True}, *listen], ["--start", "resonance_5_5:60"]
    # From the home screen: Tab past the rail and the time choices to the first practice card,
    # Enter opens its set-up screen, Enter starts it (check-ins are off in this data folder).
    keys: list[dict[str, object]] = [
        {"wait": 1.5}, {"focus": True}, {"key": ["Tab", "Tab", "Tab"], "gap": 0.3},
        {"snap": "card"}, {"key": "Return"}, {"wait": 1.0}, {"key": "Return"}, {"wait": 0.5},
    ]  # fmt: skip
    return [*keys, *listen], ["--open", "home"]


SUPPORT_TABLE_STEPS: list[dict[str, object]] = [
    {"wait": 1.5}, {"focus": True}, {"key": ["Tab"] * 3, "gap": 0.3},  # Sound, In session, tabs
    {"key": ["Right"] * 4, "gap": 0.3}, {"snap": "support contacts tab"},
    {"key": ["Tab"] * 9, "gap": 0.3}, {"snap": "end"},
]  # fmt: skip
"""Settings -> Support contacts, then Tab through its table and on: the table must let Tab go."""


def start_probe(
    name: str, steps: list[dict[str, object]], args: list[str], tmp: Path, display: int
) -> subprocess.Popen[bytes]:
    """``display``: where xvfb-run starts looking for a free display (apart, as they start at once)."""
    out, folder = tmp / f"{name}.json", data_folder(tmp, name)
    script = tmp / f"{name}_steps.json"
    script.write_text(json.dumps(steps), encoding="utf-8")
    command = [
        "xvfb-run", "-a", "-n", str(display), "-s", "-screen 0 1280x800x24", "dbus-run-session", "--",
        SYSTEM_PYTHON, str(TOOLS / "probe.py"), str(script), str(out),
        "--", sys.executable, "-m", "mindful_clinic", *args,
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(app_env(folder))
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict]]:  # type: ignore[type-arg]
    why = missing_tools()
    if why is not None:
        if os.environ.get("MINDFUL_CLINIC_REQUIRE_ATSPI") == "1":
            pytest.fail(f"AT-SPI audit required but cannot run: {why}")
        pytest.skip(f"AT-SPI audit skipped: {why}")
    tmp = tmp_path_factory.mktemp("atspi")
    runs = {page: start_audit(page, tmp / f"{page}.json", data_folder(tmp, page)) for page in PAGES}
    runs["pacer"] = start_probe("pacer", *pacer_steps(), tmp, display=140)
    runs["support_table"] = start_probe(
        "support_table", SUPPORT_TABLE_STEPS, ["--open", "settings"], tmp, display=160
    )
    try:
        for proc in runs.values():
            proc.wait(timeout=RUN_TIMEOUT_S)
    finally:
        for proc in runs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    out = {}
    for name in runs:
        path = tmp / f"{name}.json"
        out[name] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    yield out


def summary_of(report: dict) -> str:  # type: ignore[type-arg]
    lines = [f"status {report.get('status')}: {report.get('errors')}"]
    lines += [f"{f['rule']}: {f['message']} ({f['accessible_id']})" for f in report.get("findings", [])
              if f["severity"] != "info"]  # fmt: skip
    steps = (report.get("tab_order") or {}).get("steps", [])
    lines += [f"tab {s['step']}: {s.get('role')} {s.get('label')!r}" for s in steps]
    return "\n".join([*lines, str(report.get("app_log_tail", ""))[-800:]])


@pytest.mark.parametrize("page", PAGES)
def test_every_control_is_named_and_tab_comes_round(reports: dict, page: str) -> None:  # type: ignore[type-arg]
    report = reports[page]
    assert report.get("status") == "ok", summary_of(report)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    # Errors are unnamed controls, combo boxes named by their value, unnamed Tab stops.
    assert errors == [], summary_of(report)
    assert report["summary"]["unnamed_total"] == 0, summary_of(report)
    assert report["summary"]["tab_cycle_complete"] is True, summary_of(report)  # no Tab trap
    assert report["summary"]["tab_stops"] >= 3, summary_of(report)


def test_every_support_number_is_read_as_text(reports: dict) -> None:  # type: ignore[type-arg]
    report = reports["support"]
    assert report.get("status") == "ok", summary_of(report)
    texts = [n["name"] for n in report["tree"] if n["role"] == "label" and n["effectively_showing"]]
    numbers = [
        link.text(c.how)
        for c in shipped_support().contacts
        for link in find_links(c.how)
        if link.url.startswith("tel:")
    ]
    assert numbers
    unheard = [n for n in numbers if not any(n in text for text in texts)]
    assert unheard == [], texts


def test_a_running_pacer_announces_its_phases(reports: dict) -> None:  # type: ignore[type-arg]
    report = reports["pacer"]
    assert report, "the probe wrote no report"
    steps = {next(iter(s["step"])): s for s in report["steps"]}
    if "key" in steps:  # reached by keys: the first practice card had the focus
        card = next(s for s in report["steps"] if s["step"].get("snap") == "card")
        assert (card.get("focus") or {}).get("name", "").startswith("Set up "), card
    listen = next(s for s in report["steps"] if "listen" in s["step"])
    said = [
        e.get("any_data")
        for e in report["events"]
        if e.get("type") == "object:announcement" and e.get("t", 0) >= listen["t"]
    ]
    assert said, f"no announcement in {LISTEN_S} s; focus: {report['focus'][-3:]}"
    assert set(said) <= {"Breathe in", "Breathe out", "Hold gently", "Rest", "A little more in"}


def test_tab_leaves_the_support_contacts_table(reports: dict) -> None:  # type: ignore[type-arg]
    report = reports["support_table"]
    assert report, "the probe wrote no report"
    focus = [(f["role"], f["name"]) for f in report["focus"]]
    assert ("page tab", "Support contacts") in focus, f"the settings tabs have moved: {focus}"
    after = focus[focus.index(("page tab", "Support contacts")) :]
    assert ("table", "Support contacts") in after, after
    buttons = ["Add contact", "Remove", "Move up", "Move down", "Restore the defaults"]
    reached = [name for role, name in after if role == "push button"]
    assert reached[: len(buttons)] == buttons, after  # Tab goes on to every button after it
    assert after[-1][0] != "table cell", after  # and out, round the window again
