"""Render the real screens offscreen to PNG for review: ``python scripts/screenshots.py OUTDIR``.

``MC_SHOT_SIZE=1920x1080`` and ``MC_SHOT_THEME=dark`` choose the screen (the window fills it, as
maximised) and the theme; the defaults are 1280x720 and light. docs/screenshots/ holds 1280x720
light at its top and the other three sets in ``dark/``, ``1920x1080/`` and ``1920x1080-dark/``.

The app is built exactly as at start-up, with a manual clock (so a pacer frame is reproducible) and a
throw-away data folder. Other areas add their screens in ``scripts/screenshots_<area>.py`` with a
``render(outdir)`` function; this script runs them too.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from datetime import UTC
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
HERE = Path(__file__).resolve().parent
EXTRA_AREAS = ("log", "guided", "group")
_w, _h = os.environ.get("MC_SHOT_SIZE", "1280x720").split("x")
SIZE = (int(_w), int(_h))
THEME = os.environ.get("MC_SHOT_THEME", "light")
if "QT_QPA_PLATFORM" not in os.environ:  # an offscreen screen of that size, so windows fit it
    _config = Path(tempfile.mkdtemp(prefix="mc-shots-screen-")) / "screen.json"
    _screen = {"name": "shots", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]}
    _config.write_text(json.dumps({"windowFrameMargins": False, "screens": [_screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"


def fresh_data_dir(prefix: str) -> str:
    """An empty data folder whose settings choose the theme (as a user who picked it would)."""
    folder = tempfile.mkdtemp(prefix=prefix)
    settings = {"schema_version": 1, "app": {"theme": THEME}}
    (Path(folder) / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    os.environ["MINDFUL_CLINIC_DATA_DIR"] = folder
    return folder


def save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def render_spine(outdir: Path) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from mindful_clinic.app import build
    from mindful_clinic.core.preferences import PracticeChoice
    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.ui.breath.pacer_view import PacerView
    from mindful_clinic.ui.breath.pattern_editor import PatternEditorDialog

    clock = ManualClock(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    app = build(clock)
    app.flow.checkin_factory = None  # the check-in has its own screenshot (checkin.png)
    app.prefs.favourites = ["cyclic_sigh"]
    app.prefs.recent = ["extended_4_6", "box_4444"]
    app.prefs.seen_notices = ["holds_caution"]
    app.home.rebuild()
    window = app.window
    window.resize(*SIZE)
    window.show()
    save(window, outdir / "home.png")

    app.start_practice("box_4444")
    save(window, outdir / "setup.png")
    app.flow._start_requested(PracticeChoice(duration_s=300))
    view = app.flow.current_widget
    assert isinstance(view, PacerView)
    app.flow._stress_before = 6  # as if rated before: the closing screen shows both ratings
    clock.advance(2.6)
    view.refresh()
    save(window, outdir / "pacer_inhale.png")
    view.enter_focus()  # F11: the shape and the words alone, full screen
    assert view.focus_screen is not None
    view.focus_screen.resize(*SIZE)
    save(view.focus_screen, outdir / "focus_mode.png")
    view.leave_focus()
    clock.advance(4.0)
    view.toggle_pause()
    save(window, outdir / "pacer_paused.png")
    view.toggle_pause()
    clock.advance(300.0)
    view.refresh()  # the practice ends: the quiet closing moment
    assert app.flow.outcome is not None
    app.flow.outcome.stress_after = 4
    app.flow._close_moment(offer_note=False)
    save(window, outdir / "closing.png")
    app.flow.closing.done_button.click()  # type: ignore[union-attr]

    store = app.custom_patterns
    assert store is not None
    from mindful_clinic.core.breath.pattern import BreathPattern, Phase, PhaseKind

    store.save(
        BreathPattern(
            id="custom_evening_wind_down",
            title="Evening wind-down",
            phases=(Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 7)),
            summary="In 4, out 7",
        )
    )
    dialog = PatternEditorDialog(store, set(), lambda: None, window)
    dialog.resize(860, 480)
    dialog.show()
    assert dialog.form is not None
    dialog.form.seconds[1].setValue(25)
    save(dialog, outdir / "pattern_editor.png")
    dialog.close()
    QApplication.processEvents()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python scripts/screenshots.py OUTDIR", file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    fresh_data_dir("mc-shots-")
    sys.path.insert(0, str(HERE))
    from mindful_clinic.app.root import ensure_qapp

    ensure_qapp()
    render_spine(outdir)
    for area in EXTRA_AREAS:
        if (HERE / f"screenshots_{area}.py").exists():
            fresh_data_dir(f"mc-shots-{area}-")
            importlib.import_module(f"screenshots_{area}").render(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
