"""Screenshots of the guided practices (run by ``python scripts/screenshots.py OUTDIR``).

body_scan.png (a 10-minute scan at the legs), self_compassion.png (the kindness step), and the set-up
panel, grounding screen, support page and practice editor. Built like the app, with a manual clock and
a silent speaker, so every frame is reproducible.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from screenshots import SIZE, save


def render(outdir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from mindful_clinic.app import build
    from mindful_clinic.core.support.contacts import shipped_support
    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.services.guided.custom_practices import CustomPracticeStore
    from mindful_clinic.services.sound.speech import NullSpeaker
    from mindful_clinic.services.storage.paths import data_dir
    from mindful_clinic.ui.guided.kind import GuidedKind
    from mindful_clinic.ui.guided.practice_editor import PracticeEditorDialog
    from mindful_clinic.ui.guided.setup import GuidedSetup
    from mindful_clinic.ui.guided.view import GuidedView
    from mindful_clinic.ui.support.page import SupportPage

    clock = ManualClock(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    app = build(clock)
    if "guided" not in app.flow.kinds:  # until the app wires guided practices itself
        app.flow.kinds["guided"] = GuidedKind(clock, NullSpeaker(reason=None))
    app.flow.checkin_factory = None
    window = app.window
    window.resize(*SIZE)
    window.show()

    def run(practice_id: str, at_s: float, setup_shot: str | None = None) -> GuidedView:
        app.start_practice(practice_id)
        setup = app.flow.current_widget
        assert isinstance(setup, GuidedSetup)
        if setup_shot:
            save(window, outdir / setup_shot)
        setup.start_button.click()
        view = app.flow.current_widget
        assert isinstance(view, GuidedView)
        clock.advance(at_s)
        view.refresh()
        return view

    run("body_scan_10", 150.0, "guided_setup.png")
    save(window, outdir / "body_scan.png")
    view = app.flow.current_widget
    assert isinstance(view, GuidedView)
    view.stop()
    save(window, outdir / "grounding.png")
    view.grounding.continue_button.click()

    view = run("self_compassion_break", 120.0)
    save(window, outdir / "self_compassion.png")
    view.stop()
    view.grounding.continue_button.click()

    page = SupportPage(shipped_support())
    page.resize(*SIZE)
    page.show()
    save(page, outdir / "support.png")
    page.close()

    store = CustomPracticeStore(data_dir())
    entry = app.catalog.catalog.get("body_scan_3")
    assert entry is not None
    dialog = PracticeEditorDialog(store.copy_of(entry.item, set(app.catalog.catalog.ids())), store)  # type: ignore[arg-type]
    dialog.resize(1100, 640)
    dialog.show()
    save(dialog, outdir / "practice_editor.png")
    dialog.close()
    QApplication.processEvents()
