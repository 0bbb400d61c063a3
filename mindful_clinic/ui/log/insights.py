"""Insights: what the log shows, honestly (content-spec §4.3-4.4).

Counts and medians with the middle half of the changes, never an average or a "% reduction"; a
practice gets its own row only from five rated sessions; sessions that started at 0 are counted
apart; the change is also broken down by starting level, because regression to the mean is strongest
for high starts, and a band gets figures only from five rated sessions. The only nod to frequency is
"days practised this month": no streaks. Two weekly charts (ui/log/week_chart.py, painted directly):
practices per week, and median stress before and after on one 0-10 axis, with weeks that have no
rated session left as gaps rather than joined across.
"About these numbers" says, in plain words, why these figures cannot show that a practice works;
sources are given as short citations, never as internal codes. A practice is named in the app's
language while the app offers it (``practice_name``, from the composition root), else by the title
it was logged with.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.log.stats import (
    MIN_RATED,
    ChangeStats,
    Insights,
    PracticeStats,
    fmt_number,
)
from mindful_clinic.core.ports import LogReader
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.log.week_chart import WeekChart
from mindful_clinic.ui.shell.local_format import decimal
from mindful_clinic.ui.shell.theme import scaled_font


class WrappingHeader(QHeaderView):
    """Column titles that wrap onto more lines, each about ``MEASURE`` characters wide at most.

    The tables size their columns to their contents, and a title counts as content: five long
    titles (German's "Median der Veränderung (mittlere Hälfte)") made a two-row table wider than
    the page, with a sideways scroll bar of its own. Wrapped, a column is as wide as its figures
    or its longest word, and the last one still takes the rest of the row."""

    MEASURE = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        # Qt::AlignCenter | Qt::TextWordWrap: Qt draws a title with this flag on several lines.
        wrap = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | wrap)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logicalIndex, self.orientation()) or "")
        metrics = self.fontMetrics()
        natural = metrics.horizontalAdvance(text)
        longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        room = max(longest_word, self.MEASURE * metrics.averageCharWidth())
        if natural <= room:
            return size
        lines = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(
            size.width() - natural + room, size.height() - metrics.height() + lines.height()
        )


class InsightsView(QWidget):
    def __init__(
        self,
        store: LogReader,
        clock: Clock,
        parent: QWidget | None = None,
        practice_name: Callable[[str], str | None] | None = None,
    ) -> None:
        """``practice_name``: a practice's name in the app's language by its id, None when the app
        no longer offers it."""
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.practice_name = practice_name or (lambda _id: None)
        self.data: Insights | None = None
        self.chart_view = WeekChart()  # practices per week
        self.chart_view.setAccessibleName(self.tr("Weekly chart: practices per week"))
        self.stress_view = WeekChart()  # median stress before and after, one axis
        self.stress_view.setAccessibleName(
            self.tr("Weekly chart: median stress before and after, in weeks with rated sessions")
        )
        self._fresh = True

        heading = QLabel(self.tr("Insights"))
        heading.setFont(scaled_font(self, 1.6, QFont.Weight.DemiBold))
        self.days = QLabel()
        self.days.setWordWrap(True)
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.overall.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.overall.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.overall.setAccessibleDescription(self.tr("Summary of all rated sessions"))

        practice_heading = QLabel(self.tr("By practice"))
        practice_heading.setFont(scaled_font(self, 1.2, QFont.Weight.DemiBold))
        self.practices = self._table(
            self.tr("Change by practice"),
            [
                self.tr("Practice"),
                self.tr("Rated sessions"),
                self.tr("Median change (middle half)"),
                self.tr("Lower / same / higher"),
                self.tr("Started at 0"),
            ],
        )
        self.too_few = QLabel()
        self.too_few.setWordWrap(True)
        self.too_few.setProperty("role", "muted")
        level_heading = QLabel(self.tr("By how stressed you were at the start"))
        level_heading.setFont(scaled_font(self, 1.2, QFont.Weight.DemiBold))
        self.levels = self._table(
            self.tr("Change by starting level"),
            [
                self.tr("Started at"),
                self.tr("Rated sessions"),
                self.tr("Median change (middle half)"),
                self.tr("Lower / same / higher"),
            ],
        )
        week_heading = QLabel(self.tr("Week by week"))
        week_heading.setFont(scaled_font(self, 1.2, QFont.Weight.DemiBold))

        self.about_button = QPushButton(self.tr("About these numbers"))
        self.about_button.setCheckable(True)
        self.about_button.setAccessibleName(self.tr("About these numbers: show or hide"))
        self.about = QLabel(self._about_text())
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAccessibleDescription(self.tr("About these numbers"))
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.about.setVisible(False)
        self.about_button.toggled.connect(self.about.setVisible)

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(24, 20, 24, 20)
        parts: list[QWidget] = [heading, self.days, self.overall, self.about_button, self.about]
        parts += [practice_heading, self.practices, self.too_few, level_heading, self.levels]
        for widget in parts:
            col.addWidget(widget)
        col.addWidget(week_heading)
        col.addWidget(self.chart_view)
        col.addWidget(self.stress_view)
        col.addStretch(1)
        self._column = col
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to what it holds
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Insights"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def add_section(self, section: QWidget) -> None:
        """Another part of the page (the quiet-rest comparison) at the end of the same scrolling
        column, so the page reads and scrolls as one instead of splitting the window in two."""
        inner = section.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)  # lined up with the column's own sections
        self._column.insertWidget(self._column.count() - 1, section)  # above the closing stretch

    # -- filling in -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute from the log (after a practice, an edit or an import)."""
        self.data = self.store.insights(self.clock.now().date())
        data = self.data
        self.days.setText(self._days_text(data.days_this_month))
        self.overall.setText(self._overall_text(data.overall, data.total_sessions))
        self.practices.setRowCount(len(data.practices))
        shown = sorted(data.practices, key=lambda p: (-p.change.rated, self._name(p).casefold()))
        for row, p in enumerate(shown):
            self._fill(
                self.practices,
                row,
                [self._name(p), *self._change_cells(p.change), self._zero_cell(p.change)],
            )
        if data.too_few:
            names = ", ".join(f"{self._name(p)} ({p.change.rated})" for p in data.too_few)
            self.too_few.setText(
                self.tr("Shown once they have %1 rated sessions: %2.")
                .replace("%1", str(MIN_RATED))
                .replace("%2", names)
            )
        self.too_few.setVisible(bool(data.too_few))
        self.levels.setRowCount(len(data.by_level))
        for row, level in enumerate(data.by_level):
            cells = self._change_cells(level.change)
            if level.change.rated < MIN_RATED:
                wait = self.tr("Shown from %1 rated sessions").replace("%1", str(MIN_RATED))
                cells = [str(level.change.rated), wait, "–"]
            self._fill(self.levels, row, [level.label, *cells])
        self._update_charts()

    def _name(self, p: PracticeStats) -> str:
        return self.practice_name(p.practice_id) or p.title

    def _days_text(self, days: int) -> str:
        if days == 0:
            return self.tr("No practice logged yet this month. Whenever it suits you.")
        if days == 1:
            return self.tr("You practised on 1 day this month.")
        return self.tr("You practised on %1 days this month.").replace("%1", str(days))

    def _overall_text(self, c: ChangeStats, total: int) -> str:
        if c.rated == 0:
            return self.tr(
                "%1 practices logged. Once you rate how stressed you feel before and after, the "
                "changes will be summarised here."
            ).replace("%1", str(total))
        parts = [
            self.tr("%1 practices logged, %2 rated before and after.")
            .replace("%1", str(total))
            .replace("%2", str(c.rated))
        ]
        if c.compared:
            parts.append(
                self.tr(
                    "Of the %1 that did not start at 0: %2 were rated at least 1 point lower "
                    "afterwards, %3 the same and %4 higher."
                )
                .replace("%1", str(c.compared))
                .replace("%2", str(c.improved))
                .replace("%3", str(c.same))
                .replace("%4", str(c.worse))
            )
        parts.append(
            self.tr("Median change: %1 (middle half of sessions: %2).")
            .replace("%1", self._points(c.median))
            .replace("%2", self._range(c))
        )
        if c.started_at_zero:
            parts.append(
                self.tr(
                    "%1 started at 0, so could not go lower; they are counted apart: "
                    "%2 stayed at 0 and %3 rose."
                )
                .replace("%1", str(c.started_at_zero))
                .replace("%2", str(c.started_at_zero - c.zero_rose))
                .replace("%3", str(c.zero_rose))
            )
        return " ".join(parts)

    def _zero_cell(self, c: ChangeStats) -> str:
        if not c.started_at_zero:
            return "0"
        return (
            self.tr("%1 (%2 rose)")
            .replace("%1", str(c.started_at_zero))
            .replace("%2", str(c.zero_rose))
        )

    def _change_cells(self, c: ChangeStats) -> list[str]:
        if c.rated == 0:
            return ["0", "–", "–"]
        counts = f"{c.improved} / {c.same} / {c.worse}" if c.compared else "–"
        return [str(c.rated), f"{self._points(c.median)} ({self._range(c)})", counts]

    def _points(self, value: float | None) -> str:
        return "–" if value is None else decimal(fmt_number(value))

    def _range(self, c: ChangeStats) -> str:
        return (
            self.tr("%1 to %2").replace("%1", self._points(c.q1)).replace("%2", self._points(c.q3))
        )

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeader(WrappingHeader(table))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        return table

    @staticmethod
    def _fill(table: QTableWidget, row: int, cells: list[str]) -> None:
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    def _about_text(self) -> str:
        items = [
            self.tr(
                "<b>There is no comparison.</b> These are your own ratings just before and just "
                "after each practice. Without a comparison, such as sitting quietly for the same "
                "time, they cannot show that a practice works."
            ),
            self.tr(
                "<b>Regression to the mean.</b> We tend to reach for a practice when stress is "
                "unusually high, and an unusually high rating is usually followed by a lower one "
                "anyway. The higher the start, the bigger this effect: that is why the change is "
                "also shown by starting level."
            ),
            self.tr(
                "<b>Expectation.</b> It is natural to rate the change we hope for, so part of any "
                "change may be hope rather than effect."
            ),
            self.tr(
                "<b>Time and distance.</b> A few minutes passing, or stepping away from a stressful "
                "moment, lowers stress on its own."
            ),
            self.tr(
                "<b>How we count.</b> Ratings are personal and not evenly spaced, so we show "
                "medians, the middle half of the changes, and how many sessions went down, stayed "
                "the same or went up (a change counts from 1 point). A session that started at 0 "
                "cannot go lower, so it is counted apart. No percentages."
            ),
        ]
        sources = self.tr(
            "Sources: Barnett, van der Pols and Dobson, Int J Epidemiol 2005, on regression to "
            "the mean; Wolpe 1969 and later work on the SUDS scale, on reporting hoped-for "
            "progress."
        )
        return "".join(f"<p>{item}</p>" for item in items) + f"<p><small>{sources}</small></p>"

    # -- the weekly charts ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Brings the figures up to date each time the page is shown again."""
        if not self._fresh:
            self.refresh()
        self._fresh = False
        super().showEvent(event)

    def _update_charts(self) -> None:
        assert self.data is not None
        weeks = self.data.weekly
        locale = QLocale()
        labels = [
            locale.toString(QDate(w.week_start.year, w.week_start.month, w.week_start.day), "d MMM")
            for w in weeks
        ]
        counts = [w.sessions for w in weeks]
        self.chart_view.set_bars(labels, counts, self.tr("Practices"), self.tr("Practices"))
        self.chart_view.setAccessibleDescription(
            self.tr("%1 practices in the last %2 weeks.")
            .replace("%1", str(sum(counts)))
            .replace("%2", str(len(weeks)))
        )
        rated = [w.median_before is not None and w.median_after is not None for w in weeks]
        befores = [w.median_before if ok else None for w, ok in zip(weeks, rated, strict=True)]
        afters = [w.median_after if ok else None for w, ok in zip(weeks, rated, strict=True)]
        self.stress_view.set_lines(
            labels,
            [(self.tr("Median stress before"), befores), (self.tr("Median stress after"), afters)],
            self.tr("Stress (0-10)"),
        )
        self.stress_view.setAccessibleDescription(
            self.tr("Median stress before and after in %1 of the last %2 weeks; "
                    "weeks with no rated session are left empty.")
            .replace("%1", str(sum(rated)))
            .replace("%2", str(len(weeks)))
        )  # fmt: skip
