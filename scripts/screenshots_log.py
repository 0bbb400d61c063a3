"""Screenshots of the practice log (run by ``python scripts/screenshots.py OUTDIR``).

history.png and insights.png over a realistic sample log (about six months of a clinician's
practice, from scripts/log_sample.py), and checkin.png (the question after a practice, with a
rating chosen and a note). Uses the window's own pages when the app has them, else the widgets.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from log_sample import sample_records, write_sample_log
from screenshots import SIZE, save

NOW = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def render(outdir: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from mindful_clinic.app import build
    from mindful_clinic.core.time.clock import ManualClock
    from mindful_clinic.services.log.store import LogStore, log_dir
    from mindful_clinic.ui.log.checkin import CheckInWidget
    from mindful_clinic.ui.log.history import HistoryView
    from mindful_clinic.ui.log.insights import InsightsView

    local = NOW.astimezone(timezone(timedelta(hours=1)))
    write_sample_log(
        log_dir(), sample_records(260, end=local - timedelta(hours=1), days=180, seed=11)
    )
    clock = ManualClock(NOW)
    app = build(clock)
    window = app.window
    window.resize(*SIZE)
    window.show()
    store = LogStore(log_dir(), clock)

    def page(key: str, make: type[QWidget]) -> QWidget:
        if window.page(key) is not None:
            window.show_page(key)
            return window
        widget = make(store, clock)  # type: ignore[call-arg]
        widget.resize(*SIZE)
        widget.show()
        return widget

    save(page("history", HistoryView), outdir / "history.png")
    insights = page("insights", InsightsView)
    about = insights.findChild(InsightsView) if insights is window else insights
    if isinstance(about, InsightsView):
        about.about_button.setChecked(False)
    save(insights, outdir / "insights.png")

    checkin = CheckInWidget(None, True, clock)
    checkin.resize(*SIZE)
    checkin.show()
    checkin.choose(3)
    checkin.note.setText("Slower out-breath, shoulders down")
    save(checkin, outdir / "checkin.png")
