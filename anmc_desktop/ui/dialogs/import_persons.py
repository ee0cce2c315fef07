"""File > Import persons: choose a file, check the columns, see every row, then confirm.

Nothing is written until the organizer presses Import, and only if no row has an error;
then every row is written at once, and the import can be undone from the same dialog.
The organizer's column choices are remembered for the next file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.header_recognition import recognise, suggest
from anmc_desktop.exchange.limits import HEADER_SEARCH_ROWS
from anmc_desktop.exchange.person_fields import ColumnMapping, DateOrder, Field
from anmc_desktop.exchange.sheet_rows import SheetRows
from anmc_desktop.progress import JobCancelledError
from anmc_desktop.records.person_import import ImportPreview, ImportResult, RowOutcome, RowStatus
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.colours import Tone, TonedLabel, tone_colour
from anmc_desktop.ui.dialog_size import fit_to_screen
from anmc_desktop.ui.dialogs import person_import_jobs
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.reading_order import KeyboardReadyDialog
from anmc_desktop.ui.translation import translate

FILE_FILTER = QT_TRANSLATE_NOOP(
    "dialogs.import_persons", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"
)
STATUS_TONES = {
    RowStatus.NEW: Tone.SUCCESS,
    RowStatus.UPDATE: Tone.INFO,
    RowStatus.UNCHANGED: Tone.MUTED,
    RowStatus.ERROR: Tone.ERROR,
}
PREVIEW_ROWS_MEASURED = 100
NOT_CHOSEN = QT_TRANSLATE_NOOP("dialogs.import_persons", "(choose…)")


class PreviewModel(RecordTableModel[RowOutcome]):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Row"), lambda r: r.where, align_right=True),
        Column(
            QT_TRANSLATE_NOOP("columns", "Status"),
            lambda r: label(r.status),
            decoration=lambda r: tone_colour(STATUS_TONES[r.status]),
        ),
        Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city),
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("columns", "Details"), lambda r: r.summary),
    )


class ImportPersonsDialog(KeyboardReadyDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._importer = services.person_import
        self._meeting_id = meeting_id
        self._sheet: SheetRows | None = None
        self._mapping: ColumnMapping | None = None
        self._source: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(translate("dialogs.import_persons", "Import persons"))

        self.choose_button = QPushButton(translate("dialogs.import_persons", "Choose file…"))
        self.file_label = QLabel(translate("dialogs.import_persons", "No file chosen."))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.header_row = QSpinBox()
        self.header_row.setRange(1, HEADER_SEARCH_ROWS)
        self.header_row.setPrefix(translate("dialogs.import_persons", "Header in row "))
        self.header_row.setEnabled(False)
        self.date_order = QComboBox()
        self.date_order.addItem(
            translate("dialogs.import_persons", "Dates like 03/04/2014: not said"),
            DateOrder.UNKNOWN.value,
        )
        self.date_order.addItem(
            translate("dialogs.import_persons", "Dates like 03/04/2014: day first (3 April)"),
            "day-first",
        )
        self.date_order.addItem(
            translate("dialogs.import_persons", "Dates like 03/04/2014: month first (March 4)"),
            "month-first",
        )
        self.date_order.setAccessibleName(
            translate("dialogs.import_persons", "Date order of the file")
        )
        self.date_order.currentIndexChanged.connect(self._date_order_chosen)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [
                translate("dialogs.import_persons", "Column in the file"),
                translate("dialogs.import_persons", "Holds"),
            ]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().hide()
        # Column widths from the first rows only: Qt's default of 1,000 rows kept the
        # window still for over a second after every preview of a long list.
        self.preview_view.horizontalHeader().setResizeContentsPrecision(PREVIEW_ROWS_MEASURED)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.problem = TonedLabel(Tone.ERROR)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.problem.setWordWrap(True)
        self.skip_errors = QCheckBox(
            translate(
                "dialogs.import_persons",
                "Import the rows without errors; list the others in a report next to the file",
            )
        )
        self.skip_errors.toggled.connect(lambda _checked: self._refresh_preview())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            translate("dialogs.import_persons", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_button = self.buttons.addButton(
            translate("dialogs.import_persons", "Undo import"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.import_button.setEnabled(False)
        self.undo_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.header_row)
        top.addWidget(self.date_order)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(translate("dialogs.import_persons", "Columns:")))
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(
            QLabel(translate("dialogs.import_persons", "What the import will do, row by row:"))
        )
        layout.addWidget(self.preview_view, 3)
        layout.addWidget(self.counts)
        layout.addWidget(self.problem)
        layout.addWidget(self.skip_errors)
        layout.addWidget(self.buttons)
        fit_to_screen(self, "import_persons", QSize(900, 640))

        self.choose_button.clicked.connect(self._choose)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.import_button.clicked.connect(self._import)
        self.undo_button.clicked.connect(self._undo)
        self.buttons.rejected.connect(self.reject)

    def _choose(self) -> None:
        path = messages.open_file(
            self, translate("dialogs.import_persons", "Import persons"), FILE_FILTER
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the file and preview it (what choosing it in the file dialog does)."""
        self.result = None
        self.undo_button.setEnabled(False)
        try:
            read = person_import_jobs.read_file(self, self._services, path)
        except (UserFacingError, OSError) as error:
            self._show_problem(str(error))
            return
        if read is None:
            return  # cancelled: the file chosen before (if any) stays
        sheet, mapping = read
        self._sheet = sheet
        self._source = path
        self.file_label.setText(path.name)
        if mapping is None:
            mapping = self._mapping_at(0)
        self._set_mapping(mapping)

    def _mapping_at(self, header_row: int) -> ColumnMapping:
        assert self._sheet is not None
        rows = self._sheet.rows
        headers = tuple(rows[header_row]) if header_row < len(rows) else ()
        remembered = self._mapping.remembered if self._mapping else {}
        return ColumnMapping(
            header_row, headers, tuple(recognise(h, remembered) for h in headers), remembered
        )

    def _set_mapping(self, mapping: ColumnMapping) -> None:
        self._mapping = mapping = replace(mapping, date_order=self._chosen_date_order())
        self.header_row.blockSignals(True)
        self.header_row.setValue(mapping.header_row + 1)
        self.header_row.blockSignals(False)
        self.header_row.setEnabled(True)
        self.mapping_table.setRowCount(len(mapping.headers))
        for row, (header, chosen) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
            self.mapping_table.setItem(
                row,
                0,
                QTableWidgetItem(
                    header
                    or translate("dialogs.import_persons", "(column {value})").format(value=row + 1)
                ),
            )
            combo = QComboBox()
            near = suggest(header) if chosen is None else None
            not_chosen = translate("dialogs.import_persons", NOT_CHOSEN)
            combo.addItem(
                translate("dialogs.import_persons", "{choose} (looks like: {field})").format(
                    choose=not_chosen, field=label(near)
                )
                if near
                else not_chosen,
                None,
            )
            for field in Field:
                combo.addItem(label(field), field)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _index, column=row: self._field_chosen(column))
            self.mapping_table.setCellWidget(row, 1, combo)
        self._refresh_preview()

    def field_combo(self, column: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(column, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _field_chosen(self, column: int) -> None:
        assert self._mapping is not None
        data = self.field_combo(column).currentData()  # Qt hands the enum back as its value
        self._mapping = self._mapping.with_choice(column, Field(data) if data else None)
        self._refresh_preview()

    def _date_order_chosen(self, _index: int) -> None:
        if self._mapping is not None:
            self._mapping = replace(self._mapping, date_order=self._chosen_date_order())
            self._refresh_preview()

    def _chosen_date_order(self) -> DateOrder:
        return DateOrder(self.date_order.currentData())

    def _header_row_changed(self, value: int) -> None:
        if self._sheet is not None:
            self._set_mapping(self._mapping_at(value - 1))

    def _refresh_preview(self) -> None:
        if self._sheet is None or self._mapping is None:
            return
        try:
            preview = person_import_jobs.check_rows(
                self, self._services, self._meeting_id, self._sheet, self._mapping
            )
        except UserFacingError as error:
            preview = None
            self._show_problem(str(error))
        else:
            if preview is None:
                self._show_problem(
                    translate("dialogs.import_persons", "The rows were not checked: cancelled.")
                )
        self.preview = preview
        if preview is None:
            self.preview_model.set_rows([])
            return
        self.preview_model.set_rows(preview.rows)
        self.preview_view.resizeColumnsToContents()
        self.counts.setText(", ".join(f"{label(s)}: {preview.count(s)}" for s in RowStatus))
        writes = preview.count(RowStatus.NEW) + preview.count(RowStatus.UPDATE)
        errors = preview.count(RowStatus.ERROR)
        if preview.has_errors and self.skip_errors.isChecked() and writes:
            self.problem.setText(
                translate(
                    "dialogs.import_persons",
                    "%n row(s) have errors; they will be left out "
                    "and listed in a report next to the file.",
                    None,
                    errors,
                )
            )
            self.import_button.setEnabled(True)
        elif preview.has_errors:
            self._show_problem(
                translate(
                    "dialogs.import_persons",
                    "%n row(s) have errors: correct the file (or the columns) first; "
                    "nothing is imported while any row has an error.",
                    None,
                    errors,
                )
            )
        elif not writes:
            self._show_problem(
                translate(
                    "dialogs.import_persons",
                    "Every row is already in the meeting; there is nothing to import.",
                )
            )
        else:
            self.problem.setText("")
            self.import_button.setEnabled(True)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.import_button.setEnabled(False)

    def _import(self) -> None:
        assert self._sheet is not None and self._mapping is not None and self._source
        try:
            imported = person_import_jobs.write_rows(
                self,
                self._services,
                self._meeting_id,
                self._sheet,
                self._mapping,
                skip_errors=self.skip_errors.isChecked(),
                source=self._source,
            )
        except UserFacingError as error:
            self._show_problem(
                translate("dialogs.import_persons", "Nothing was imported: {error}").format(
                    error=error
                )
            )
            return
        if imported is None:
            self.problem.setText(
                translate("dialogs.import_persons", "Nothing was imported: cancelled.")
            )
            return
        self.result = imported.result
        self._importer.remember(self._mapping)
        self.import_button.setEnabled(False)
        self.undo_button.setEnabled(True)
        self.problem.setText("")
        self.counts.setText(
            translate(
                "dialogs.import_persons", "Imported: {value} added, {value2} updated."
            ).format(value=len(self.result.created), value2=len(self.result.updated))
        )
        if imported.report is not None:
            self.problem.setText(imported.rows_left_out_note())

    def apply_again(self, parent: QWidget) -> ImportResult:
        """Import the same rows once more (the redo of an undone import), off the
        window's thread; a cancel raises JobCancelledError."""
        assert self._sheet is not None and self._mapping is not None
        return person_import_jobs.import_again(
            parent, self._services, self._meeting_id, self._sheet, self._mapping
        )

    def _undo(self) -> None:
        if self.result is None:
            return
        try:
            person_import_jobs.undo_import(self, self._services, self.result)
        except JobCancelledError:
            self._show_problem(
                translate("dialogs.import_persons", "The import was not undone: cancelled.")
            )
            return
        except UserFacingError as error:
            self._show_problem(str(error))
            return
        self.result = None
        self.undo_button.setEnabled(False)
        self._refresh_preview()
        self.counts.setText(
            translate("dialogs.import_persons", "The import was undone. ") + self.counts.text()
        )
