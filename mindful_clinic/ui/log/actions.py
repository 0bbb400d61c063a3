"""The log's window actions: Export, Import, Save summary as PDF, and Delete all my data.

``LogActions`` owns four QActions for a menu or toolbar; each opens a file dialog and then calls a
plain method (``export_to``, ``import_from``, ``write_summary_pdf``, ``delete_all``) that tests and
scripts call directly. Import checks every row before writing anything, as the command line does.
The PDF is drawn by Qt's own PDF writer (QPdfWriter + QTextDocument): nothing leaves the machine.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mindful_clinic.core.log.exchange import ParsedImport, csv_chunks, json_chunks, parse_import
from mindful_clinic.core.log.records import as_stored, csv_rows_of_documents
from mindful_clinic.core.log.stats import Summary, fmt_minutes, fmt_number
from mindful_clinic.core.ports import (
    FileWriter,
    ImportOutcome,
    LogBook,
    LogBusyError,
    LogStoreError,
)
from mindful_clinic.core.time.clock import Clock
from mindful_clinic.ui.log.private_summary import (
    PrivateNotes,
    SummaryChoice,
    SummaryChoices,
    private_html,
)
from mindful_clinic.ui.shell.flow import FlowLayout
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.local_format import decimal, short_date

MAX_LISTED_PROBLEMS = 12


class LogActions(QObject):
    log_changed = Signal()
    """After an import or a delete-all: history and insights should refresh."""
    all_deleted = Signal()
    """"Delete all my data" removed the log: the root removes everything else (settings, your own
    practices and sounds) when this is emitted."""
    message = Signal(str)
    """A short plain-words result for the window's message bar."""

    def __init__(
        self,
        store: LogBook,
        clock: Clock,
        window: QWidget,
        files: FileWriter,
        also_delete_text: str = "",
        notes: PrivateNotes | None = None,
    ) -> None:
        """``also_delete_text`` says in a sentence what else "Delete all my data" removes (what
        the root does on ``all_deleted``), so the confirmation is plain about it."""
        super().__init__(window)
        self.store = store
        self.clock = clock
        self.window = window
        self.files = files
        self.export_action = self._action(self.tr("Export log…"), self.export_interactive)
        self.import_action = self._action(self.tr("Import log…"), self.import_interactive)
        self.pdf_action = self._action(self.tr("Save summary as PDF…"), self.pdf_interactive)
        self.also_delete_text = also_delete_text
        self.notes = notes
        """Reflections and self-checks: the PDF may add them (if chosen), the private export."""
        self.private_export_action = self._action(
            self.tr("Export reflections and self-checks…"), self.export_private_interactive
        )
        for action, explained in (  # what each does beyond its name: the tip a tool button shows,
            # and a screen reader hears as its description (Qt's own tip is the name: heard twice)
            (self.export_action, self.tr("Save your whole practice log as a CSV or JSON file")),
            (self.import_action, self.tr("Add a file's practices, only if every row is valid")),
            (self.pdf_action, self.tr("How much you practised, for supervision or CPD")),
            (self.private_export_action, self.tr("Also your worry notes, in one JSON file")),
        ):
            action.setToolTip(explained)
        self.delete_all_action = self._action(
            self.tr("Delete all my data…"), self.delete_all_interactive
        )
        self.synced_folder: Callable[[], str | None] = lambda: None
        """The synced folder when this computer syncs (the app sets it): "Delete all my data"
        then asks whether to delete from this computer only or everywhere (ui/sync/erase_box)."""
        self.forget_here: Callable[[], None] = lambda: None
        """Stop syncing here without copying anything back; the log is then this computer's."""

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: self._guarded(slot))
        return action

    def _guarded(self, slot: Callable[[], object]) -> None:
        """A full disk, a read-only folder or a busy log: one plain message, never a traceback."""
        try:
            slot()
        except OSError as exc:  # WriteError's strerror is already a plain sentence
            self.message.emit(exc.strerror or str(exc))
        except (LogStoreError, LogBusyError) as exc:
            self.message.emit(self.tr("That could not be done: %1").replace("%1", str(exc)))

    # -- plain operations ---------------------------------------------------------------------------
    def export_to(self, path: Path, fmt: str) -> int:
        """Written month by month as the records are read: memory stays flat in the log's size."""
        count = 0

        def months() -> Iterator[list[dict[str, Any]]]:
            nonlocal count
            for group in self.store.iter_documents():
                count += len(group)
                yield group

        as_json = fmt == "json"
        chunks = (
            json_chunks(months(), as_stored)
            if as_json
            else csv_chunks(months(), csv_rows_of_documents)
        )
        self.files.write_chunks(Path(path), chunks)
        return count

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
        self,
        path: Path,
        start: date | None = None,
        end: date | None = None,
        choice: SummaryChoice | None = None,
    ) -> None:
        """The supervision/CPD summary as an A4 PDF, drawn in memory and then written safely;
        ``choice`` adds the reflections and self-check trend the user ticked (none by default)."""
        document = QTextDocument()
        document.setHtml(self.chosen_summary_html(start, end, choice))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.tr("Mindful Clinic: practice log summary"))
        writer.setCreator("Mindful Clinic")
        document.print_(writer)
        del writer  # finishes the document
        buffer.close()
        self.files.write_bytes(Path(path), bytes(buffer.data().data()))

    def chosen_summary_html(
        self, start: date | None, end: date | None, choice: SummaryChoice | None
    ) -> str:
        """The log's summary, then the private notes the user chose (nothing unless chosen)."""
        extra = ""
        if choice is not None and self.notes is not None:
            extra = private_html(choice, self.notes, start, end)
        return self.summary_html(self.store.summary(start, end)) + extra

    def export_private_to(self, path: Path) -> int:
        """Reflections, self-checks and worry notes as one JSON file; how many items."""
        rows = self.notes.export_rows() if self.notes is not None else {}
        self.files.write_text(Path(path), json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return sum(len(v) for v in rows.values())

    def delete_all(self) -> None:
        """The practice log, then (through ``all_deleted``) everything else the app keeps."""
        self.store.delete_all()
        self.all_deleted.emit()
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
            said = self.tr("Exported %n practices to %1.", "", count)
            self.message.emit(said.replace("%1", name))

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
        said = self.tr("Imported %n practices.", "", outcome.added)
        if outcome.skipped:  # one number a sentence, so each has its own plural
            said += " " + self.tr(
                "%n were already in your log and were skipped.", "", outcome.skipped
            )
        self.message.emit(said)

    def export_private_interactive(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export reflections and self-checks"),
            "reflections-and-self-checks.json",
            self.tr("JSON (*.json)"),
        )
        if name:
            count = self.export_private_to(Path(name))
            self.message.emit(self.tr("Exported %n notes to %1.", "", count).replace("%1", name))

    def pdf_interactive(self) -> None:
        choice = None
        if self.notes is not None:
            dialog = SummaryChoices(self.window)
            if dialog.exec() != SummaryChoices.DialogCode.Accepted:
                return
            choice = dialog.choice()
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save summary as PDF"),
            "practice-summary.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.write_summary_pdf(Path(name), choice=choice)
            self.message.emit(self.tr("Saved the summary to %1.").replace("%1", name))

    def delete_all_interactive(self) -> bool:
        folder = self.synced_folder()
        if folder:
            from mindful_clinic.ui.sync.erase_box import HERE, ask

            picked = ask(self.window, folder, self.also_delete_text)
            if picked is None:
                return False
            if picked == HERE:
                self.forget_here()
            self.delete_all()
            self.message.emit(
                self.tr(
                    "Your data has been deleted from this computer, which no longer syncs. Your "
                    "synced folder and your other computers keep theirs."
                )
                if picked == HERE
                else self.tr(
                    "Your data has been deleted everywhere. Your other computers delete their "
                    "copies the next time they catch up."
                )
            )
            return True
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
        start = short_date(s.start) if s.start else self.tr("the first practice")
        end = short_date(s.end or self.clock.now().date())
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
                    "(middle half %3 to %4)."
                )
                .replace("%1", str(c.rated))
                .replace("%2", decimal(fmt_number(c.median)))
                .replace("%3", decimal(fmt_number(c.q1)))
                .replace("%4", decimal(fmt_number(c.q3)))
            )
            if c.compared:
                text += " " + (
                    self.tr(
                        "Of the %1 that did not start at 0: %2 lower afterwards, %3 the same, "
                        "%4 higher."
                    )
                    .replace("%1", str(c.compared))
                    .replace("%2", str(c.improved))
                    .replace("%3", str(c.same))
                    .replace("%4", str(c.worse))
                )
            if c.started_at_zero:
                text += " " + (
                    self.tr(
                        "%1 started at 0, so could not go lower; counted apart: %2 stayed at 0 "
                        "and %3 rose."
                    )
                    .replace("%1", str(c.started_at_zero))
                    .replace("%2", str(c.started_at_zero - c.zero_rose))
                    .replace("%3", str(c.zero_rose))
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

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("LogActions", "Delete all my data"))
    box.setText(translate("LogActions", "Delete your whole practice log from this computer?"))
    what = translate(
        "LogActions",
        "Every practice you have logged, with its ratings and notes, will be deleted, together "
        "with the backups and any damaged copies kept aside.",
    )
    rest = translate(
        "LogActions", "This cannot be undone. If you may want it later, export your log first."
    )
    box.setInformativeText(" ".join(t for t in (what, also, rest) if t))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(translate("LogActions", "Delete everything"))
    yes.setAccessibleName(translate("LogActions", "Delete everything"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def privacy_section(actions: LogActions) -> QWidget:
    """A settings section: where the log lives, Export, and Delete all my data."""

    section = QWidget()
    about = QLabel(
        translate(
            "LogActions",
            "Your practice log is kept only on this computer, in files readable by your user "
            "account alone. Nothing is ever sent anywhere.",
        )
    )
    about.setWordWrap(True)
    about.setObjectName("privacyAbout")  # with a synced folder the app says where instead
    where = QLabel(str(actions.store.folder))
    where.setObjectName("privacyWhere")
    where.setProperty("role", "muted")
    where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    export = QPushButton(translate("LogActions", "Export log…"))
    export.setAccessibleName(translate("LogActions", "Export my practice log"))
    export.clicked.connect(actions.export_interactive)
    delete = QPushButton(translate("LogActions", "Delete all my data…"))
    delete.setAccessibleName(translate("LogActions", "Delete all my data"))
    delete.clicked.connect(actions.delete_all_interactive)
    buttons = FlowLayout()  # wraps onto a second line rather than widening the page
    buttons.addWidget(export)
    if actions.notes is not None:  # reflections, self-checks and worry notes, as JSON
        private = QPushButton(translate("LogActions", "Export reflections and self-checks…"))
        private.setAccessibleName(translate("LogActions", "Export reflections and self-checks"))
        private.clicked.connect(actions.private_export_action.trigger)
        buttons.addWidget(private)
    buttons.addWidget(delete)
    col = QVBoxLayout(section)
    col.addWidget(about)
    col.addWidget(where)
    col.addLayout(buttons)
    col.addStretch(1)
    return section
