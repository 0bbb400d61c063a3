"""The log's window actions: Export, Import, Save summary as PDF, and Delete all my data.

``LogActions`` owns four QActions for a menu or toolbar; each opens a file dialog and then calls a
plain method (``export_to``, ``import_from``, ``write_summary_pdf``, ``delete_all``) that tests and
scripts call directly. Import checks every row before writing anything, as the command line does.
The PDF is drawn by Qt's own PDF writer (QPdfWriter + QTextDocument): nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.log.exchange import ParsedImport, export_csv, export_json, parse_import
from mindful_clinic.core.log.stats import Summary, fmt_minutes, fmt_number
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.services.log.store import ImportOutcome, LogStore
from mindful_clinic.services.storage.atomic import atomic_write_text, fsync_dir
from mindful_clinic.ui.shell.local_format import decimal

MAX_LISTED_PROBLEMS = 12


class LogActions(QObject):
    log_changed = Signal()
    """After an import or a delete-all: history and insights should refresh."""
    message = Signal(str)
    """A short plain-words result for the window's message bar."""

    def __init__(self, store: LogStore, clock: Clock, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.clock = clock
        self.window = window
        self.export_action = self._action(self.tr("Export log…"), self.export_interactive)
        self.import_action = self._action(self.tr("Import log…"), self.import_interactive)
        self.pdf_action = self._action(self.tr("Save summary as PDF…"), self.pdf_interactive)
        self.also_delete: list[Callable[[], None]] = []
        """Other data to remove with "Delete all my data" (settings, reminders), added by app.py;
        describe it in ``also_delete_text`` so the confirmation says what goes."""
        self.also_delete_text = ""
        self.delete_all_action = self._action(
            self.tr("Delete all my data…"), self.delete_all_interactive
        )

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- plain operations ---------------------------------------------------------------------------
    def export_to(self, path: Path, fmt: str) -> int:
        records = self.store.all()
        text = export_json(records) if fmt == "json" else export_csv(records)
        atomic_write_text(Path(path), text, backup=False)
        return len(records)

    def import_from(self, path: Path) -> tuple[ImportOutcome | None, ParsedImport]:
        """Validate every row; import only if all are valid. (None, parsed) when refused."""
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = (
                self.tr("the file is not UTF-8 text")
                if isinstance(exc, UnicodeDecodeError)
                else str(exc)
            )
            return None, ParsedImport(file_problem=reason)
        parsed = parse_import(text)
        if not parsed.ok:
            return None, parsed
        outcome = self.store.import_records(parsed.records)
        self.log_changed.emit()
        return outcome, parsed

    def write_summary_pdf(
        self, path: Path, start: date | None = None, end: date | None = None
    ) -> None:
        """The supervision/CPD summary as an A4 PDF, written to a temporary file then renamed."""
        document = QTextDocument()
        document.setHtml(self.summary_html(self.store.summary(start, end)))
        target = Path(path)
        tmp = target.with_name(f".{target.name}.tmp")
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.tr("Practice log summary"))
        writer.setCreator("mindful_clinic")
        document.print_(writer)
        del writer  # finishes the file
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        fsync_dir(target.parent)

    def delete_all(self) -> None:
        """The practice log, then whatever else the app registered in ``also_delete``."""
        self.store.delete_all()
        for delete in self.also_delete:
            delete()
        self.log_changed.emit()

    # -- with dialogs ------------------------------------------------------------------------------
    def export_interactive(self) -> None:
        csv_filter, json_filter = self.tr("CSV spreadsheet (*.csv)"), self.tr("JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export practice log"),
            "practice-log.csv",
            f"{csv_filter};;{json_filter}",
        )
        if name:
            fmt = "json" if chosen == json_filter or name.endswith(".json") else "csv"
            count = self.export_to(Path(name), fmt)
            self.message.emit(
                self.tr("Exported %1 practices to %2.")
                .replace("%1", str(count))
                .replace("%2", name)
            )

    def import_interactive(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import practice log"), "", self.tr("Practice log (*.csv *.json)")
        )
        if not name:
            return
        outcome, parsed = self.import_from(Path(name))
        if outcome is None:
            QMessageBox.warning(
                self.window, self.tr("Nothing was imported"), self.problems_text(parsed)
            )
            return
        self.message.emit(
            self.tr("Imported %1 practices; %2 were already in your log and were skipped.")
            .replace("%1", str(outcome.added))
            .replace("%2", str(outcome.skipped))
        )

    def pdf_interactive(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save summary as PDF"),
            "practice-summary.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.write_summary_pdf(Path(name))
            self.message.emit(self.tr("Saved the summary to %1.").replace("%1", name))

    def delete_all_interactive(self) -> bool:
        box = delete_all_box(self.window, self.also_delete_text)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.delete_all()
        self.message.emit(self.tr("Your practice log has been deleted from this computer."))
        return True

    # -- text -----------------------------------------------------------------------------------------
    def problems_text(self, parsed: ParsedImport) -> str:
        if parsed.file_problem:
            return self.tr("The file could not be read: %1.").replace("%1", parsed.file_problem)
        lines = [str(p) for p in parsed.problems[:MAX_LISTED_PROBLEMS]]
        more = len(parsed.problems) - len(lines)
        if more > 0:
            lines.append(self.tr("…and %1 more.").replace("%1", str(more)))
        intro = self.tr(
            "Some rows are not valid, so nothing was imported. Fix these and try again:"
        )
        return intro + "\n\n" + "\n".join(lines)

    def summary_html(self, s: Summary) -> str:
        esc = html.escape
        start = s.start.isoformat() if s.start else self.tr("the first practice")
        end = s.end.isoformat() if s.end else self.clock.now().date().isoformat()
        out = [f"<h2>{esc(self.tr('Practice log summary'))}</h2>"]
        out.append(
            f"<p>{esc(self.tr('From %1 to %2').replace('%1', start).replace('%2', end))}</p>"
        )
        out.append(
            "<p>"
            + esc(
                self.tr("%1 practices (%2 completed), %3 minutes in total.")
                .replace("%1", str(s.sessions))
                .replace("%2", str(s.completed))
                .replace("%3", decimal(fmt_minutes(s.seconds)))
            )
            + "</p>"
        )
        if s.by_practice:
            rows = "".join(
                f"<tr><td>{esc(t.title)}</td><td align='right'>{t.sessions}</td>"
                f"<td align='right'>{decimal(fmt_minutes(t.seconds))}</td></tr>"
                for t in s.by_practice
            )
            head = (
                f"<tr><th align='left'>{esc(self.tr('Practice'))}</th>"
                f"<th>{esc(self.tr('Sessions'))}</th><th>{esc(self.tr('Minutes'))}</th></tr>"
            )
            out.append(f"<table cellpadding='4'>{head}{rows}</table>")
        c = s.change
        if c.rated and c.median is not None and c.q1 is not None and c.q3 is not None:
            text = (
                self.tr(
                    "Stress (0-10), %1 practices rated before and after: median change %2 "
                    "(middle half %3 to %4); %5 lower afterwards, %6 the same, %7 higher."
                )
                .replace("%1", str(c.rated))
                .replace("%2", decimal(fmt_number(c.median)))
                .replace("%3", decimal(fmt_number(c.q1)))
                .replace("%4", decimal(fmt_number(c.q3)))
                .replace("%5", str(c.improved))
                .replace("%6", str(c.same))
                .replace("%7", str(c.worse))
            )
            if c.started_at_zero:
                text += " " + self.tr("%1 started at 0 and are counted apart.").replace(
                    "%1", str(c.started_at_zero)
                )
            out.append(f"<p>{esc(text)}</p>")
        caveat = self.tr(
            "These are self-ratings just before and after each practice, with no comparison "
            "condition: they describe how I felt, not whether a practice works. Time passing, "
            "expectation and regression to the mean also lower ratings."
        )
        out.append(f"<p><i>{esc(caveat)}</i></p>")
        return "".join(out)


def delete_all_box(parent: QWidget, also: str = "") -> QMessageBox:
    """The confirmation for "Delete all my data": plain about what goes, Cancel by default.
    ``also`` names, in a sentence, any other data deleted with the log."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("LogActions", text)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("LogActions", "Delete all my data"))
    box.setText(
        QCoreApplication.translate(
            "LogActions", "Delete your whole practice log from this computer?"
        )
    )
    what = QCoreApplication.translate(
        "LogActions",
        "Every practice you have logged, with its ratings and notes, will be deleted, together "
        "with the backups and any damaged copies kept aside.",
    )
    rest = QCoreApplication.translate(
        "LogActions", "This cannot be undone. If you may want it later, export your log first."
    )
    box.setInformativeText(" ".join(t for t in (what, also, rest) if t))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(QCoreApplication.translate("LogActions", "Delete everything"))
    yes.setAccessibleName(QCoreApplication.translate("LogActions", "Delete everything"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def privacy_section(actions: LogActions) -> QWidget:
    """A settings section: where the log lives, Export, and Delete all my data."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("LogActions", text)

    section = QWidget()
    about = QLabel(
        QCoreApplication.translate(
            "LogActions",
            "Your practice log is kept only on this computer, in files readable by your user "
            "account alone. Nothing is ever sent anywhere.",
        )
    )
    about.setWordWrap(True)
    where = QLabel(str(actions.store.folder))
    where.setProperty("role", "muted")
    where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    export = QPushButton(QCoreApplication.translate("LogActions", "Export log…"))
    export.setAccessibleName(QCoreApplication.translate("LogActions", "Export my practice log"))
    export.clicked.connect(actions.export_interactive)
    delete = QPushButton(QCoreApplication.translate("LogActions", "Delete all my data…"))
    delete.setAccessibleName(QCoreApplication.translate("LogActions", "Delete all my data"))
    delete.clicked.connect(actions.delete_all_interactive)
    buttons = QHBoxLayout()
    buttons.addWidget(export)
    buttons.addWidget(delete)
    buttons.addStretch(1)
    col = QVBoxLayout(section)
    col.addWidget(about)
    col.addWidget(where)
    col.addLayout(buttons)
    col.addStretch(1)
    return section
