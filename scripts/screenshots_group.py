"""Group mode screenshots: ``render(outdir)`` writes group_facilitator.png and presenter.png.

Both at 1920x1080 offscreen, with a manual clock so the pacer frame is the same every run. Called by
scripts/screenshots.py; also runs alone: ``python scripts/screenshots_group.py OUTDIR``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZE = (1920, 1080)


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def render(outdir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from mindful_clinic.core.practice.catalog import Catalog
    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.services.group.store import GroupStore
    from mindful_clinic.services.practice.library import shipped_entries
    from mindful_clinic.services.storage.paths import data_dir
    from mindful_clinic.ui.group.facilitator import GroupFacilitatorPanel
    from mindful_clinic.ui.group.presenter_window import PresenterWindow
    from mindful_clinic.ui.shell import theme

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from screenshots import SIZE as WINDOW
    from screenshots import THEME

    theme.apply(app, theme.PALETTES.get(THEME, theme.LIGHT))
    clock = ManualClock(datetime(2026, 11, 24, 12, 30, tzinfo=UTC))
    panel = GroupFacilitatorPanel(Catalog(shipped_entries()), clock, store=GroupStore(data_dir()))
    panel.setWindowTitle("Mindful Clinic: group session")
    panel.resize(*WINDOW)  # the facilitator's own screen; the room's is the TV below
    panel.setup.select_practice("extended_4_6", 180)
    panel.show()

    # Arrival, then the check-in before, with the room's answers typed in.
    panel.start_session()
    clock.advance(70)
    panel.act("next")
    clock.advance(40)
    panel.checkin.field.setText("4 6 7 3 5 6 8 p 5")
    panel.checkin.enter_button.click()
    _save(panel, outdir / "group_facilitator.png")

    # On to the practice: the room sees only the pacer.
    panel.act("next")
    panel.act("next")
    panel.act("next")  # starts the practice
    clock.advance(2.4)
    presenter = PresenterWindow(panel.flow.screen_state, clock)
    presenter.resize(*SIZE)
    presenter.show()
    presenter.refresh()
    _save(presenter, outdir / "presenter.png")
    presenter.close()
    panel.close()
    QApplication.processEvents()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python scripts/screenshots_group.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    os.environ.setdefault("MINDFUL_CLINIC_DATA_DIR", tempfile.mkdtemp(prefix="mc-shots-group-"))
    render(Path(sys.argv[1]))
