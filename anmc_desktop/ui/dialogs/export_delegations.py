"""File > Export delegations: pick the format, columns, delegations, statuses, roles, order.

The dialog only gathers the organizer's choices into ``ListOptions``; the export service
builds the file. It shows how many persons the choice lists before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.delegation_list import (
    COLUMNS,
    DEFAULT_COLUMNS,
    ListOptions,
    Order,
    build_table,
)
from anmc_desktop.files import write_atomically
from anmc_desktop.progress import Progress
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportFormat, MeetingParticipants
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import run_in_background
from anmc_desktop.ui.colours import Tone, TonedLabel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.reading_order import KeyboardReadyDialog
from anmc_desktop.ui.saved_files import announce_saved, choose_destination, document_file_name
from anmc_desktop.ui.translation import translate

FORMAT_LABELS = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("dialogs.export_delegations", "CSV (Excel, UTF-8)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("dialogs.export_delegations", "Excel workbook (.xlsx)"),
    ExportFormat.PDF: QT_TRANSLATE_NOOP(
        "dialogs.export_delegations", "PDF (printed delegation list)"
    ),
}
FILE_FILTERS = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("dialogs.export_delegations", "CSV files (*.csv)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("dialogs.export_delegations", "Excel workbooks (*.xlsx)"),
    ExportFormat.PDF: QT_TRANSLATE_NOOP("dialogs.export_delegations", "PDF files (*.pdf)"),
}
ORDER_LABELS = {
    Order.CITY: QT_TRANSLATE_NOOP("dialogs.export_delegations", "By city, head first"),
    Order.NAME: QT_TRANSLATE_NOOP("dialogs.export_delegations", "By family name"),
    Order.ROLE: QT_TRANSLATE_NOOP("dialogs.export_delegations", "By role, then city"),
}
# The export's column titles as the dialog shows them (the file keeps its own headers).
COLUMN_TITLES = {
    "city": QT_TRANSLATE_NOOP("dialogs.export_delegations", "City"),
    "city_local": QT_TRANSLATE_NOOP("dialogs.export_delegations", "City (local name)"),
    "country": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Country"),
    "status": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Delegation status"),
    "role": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Role"),
    "honorific": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Honorific"),
    "name": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Name"),
    "given_name": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Family name"),
    "family_name_first": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Family name first"),
    "native_name": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Name in native script"),
    "position": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Position"),
    "email": QT_TRANSLATE_NOOP("dialogs.export_delegations", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Phone"),
    "arrival": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Departure"),
    "dietary_needs": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Dietary needs"),
    "access_needs": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Access needs"),
    "notes": QT_TRANSLATE_NOOP("dialogs.export_delegations", "Notes"),
}
ID_ROLE = Qt.ItemDataRole.UserRole


def _checkable(list_widget: QListWidget, text: str, data: object, checked: bool) -> None:
    item = QListWidgetItem(text, list_widget)
    item.setData(ID_ROLE, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _checked(list_widget: QListWidget) -> list[object]:
    return [
        list_widget.item(row).data(ID_ROLE)
        for row in range(list_widget.count())
        if list_widget.item(row).checkState() is Qt.CheckState.Checked
    ]


class ExportDelegationsDialog(KeyboardReadyDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id = meeting_id
        self._participants: MeetingParticipants = services.export_data.participants(meeting_id)
        self.saved_to: Path | None = None
        self.setWindowTitle(
            translate("dialogs.export_delegations", "Export delegations: {title}").format(
                title=self._participants.meeting.title
            )
        )

        self.format = QComboBox()
        for file_format, text in FORMAT_LABELS.items():
            self.format.addItem(translate("dialogs.export_delegations", text), file_format)
        self.order = QComboBox()
        for order, text in ORDER_LABELS.items():
            self.order.addItem(translate("dialogs.export_delegations", text), order)
        self.sheet_per_city = QCheckBox(
            translate("dialogs.export_delegations", "One sheet per city")
        )
        self.placeholders = QCheckBox(
            translate("dialogs.export_delegations", "Include unnamed (placeholder) heads")
        )

        self.columns = QListWidget()
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        chosen = list(DEFAULT_COLUMNS) + [k for k in COLUMNS if k not in DEFAULT_COLUMNS]
        for key in chosen:
            title = translate("dialogs.export_delegations", COLUMN_TITLES[key])
            _checkable(self.columns, title, key, key in DEFAULT_COLUMNS)
        self.move_up = QPushButton(translate("dialogs.export_delegations", "Move up"))
        self.move_down = QPushButton(translate("dialogs.export_delegations", "Move down"))

        self.delegations = QListWidget()
        cities = sorted(
            {(p.city_name, p.delegation_id) for p in self._participants.participants},
            key=lambda pair: pair[0].casefold(),
        )
        for city, delegation_id in cities:
            _checkable(self.delegations, city, delegation_id, True)
        self.statuses = QListWidget()
        for status in DelegationStatus:
            _checkable(self.statuses, label(status), status, True)
        self.roles = QListWidget()
        for role in PersonRole:
            _checkable(self.roles, label(role), role, True)

        self.summary = QLabel()
        self.problem = TonedLabel(Tone.ERROR)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            translate("dialogs.export_delegations", "Export…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self._lay_out()

        self.format.currentIndexChanged.connect(self._refresh)
        self.placeholders.toggled.connect(self._refresh)
        for list_widget in (self.columns, self.delegations, self.statuses, self.roles):
            list_widget.itemChanged.connect(self._refresh)
        self.move_up.clicked.connect(lambda: self._move(-1))
        self.move_down.clicked.connect(lambda: self._move(1))
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self._refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("dialogs.export_delegations", "Format:"), self.format)
        form.addRow(translate("dialogs.export_delegations", "Order:"), self.order)
        form.addRow("", self.sheet_per_city)
        form.addRow("", self.placeholders)

        column_box = QGroupBox(
            translate("dialogs.export_delegations", "Columns (tick, drag or move to order)")
        )
        column_layout = QVBoxLayout(column_box)
        column_layout.addWidget(self.columns)
        moves = QHBoxLayout()
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        column_layout.addLayout(moves)

        grid = QGridLayout()
        grid.addWidget(column_box, 0, 0, 2, 1)
        for column, (title, widget) in enumerate(
            (
                (translate("dialogs.export_delegations", "Delegations"), self.delegations),
                (translate("dialogs.export_delegations", "Statuses"), self.statuses),
                (translate("dialogs.export_delegations", "Roles"), self.roles),
            ),
            start=1,
        ):
            widget.setMinimumWidth(widget.sizeHintForColumn(0) + 32)  # whole labels
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, 0, column, 2, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def file_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def options(self) -> ListOptions:
        """The organizer's choices; UserFacingError if no column is ticked."""
        delegations = _checked(self.delegations)
        statuses = _checked(self.statuses)
        roles = _checked(self.roles)
        return ListOptions(
            columns=tuple(str(key) for key in _checked(self.columns)),
            delegation_ids=frozenset(int(str(d)) for d in delegations)
            if len(delegations) < self.delegations.count()
            else None,
            statuses=frozenset(DelegationStatus(str(s)) for s in statuses)
            if len(statuses) < self.statuses.count()
            else None,
            roles=frozenset(PersonRole(str(r)) for r in roles)
            if len(roles) < self.roles.count()
            else None,
            order=Order(self.order.currentData()),
            include_placeholders=self.placeholders.isChecked(),
        )

    def _move(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)

    def _refresh(self) -> None:
        self.sheet_per_city.setEnabled(self.file_format is ExportFormat.XLSX)
        self.order.setEnabled(self.file_format is not ExportFormat.PDF)
        try:
            options = self.options()
        except UserFacingError as error:
            self.summary.setText("")
            self.problem.setText(str(error))
            self.export_button.setEnabled(False)
            return
        table = build_table("", self._participants.participants, options)
        persons = len(table.cities)
        cities = len(set(table.cities))
        delegations = translate("dialogs.export_delegations", "in %n delegation(s)", None, cities)
        self.summary.setText(
            translate("dialogs.export_delegations", "%n person(s) will be listed", None, persons)
            + " "
            + delegations
            + "."
        )
        self.problem.setText(
            ""
            if persons
            else translate("dialogs.export_delegations", "Nobody matches these choices.")
        )
        self.export_button.setEnabled(persons > 0)

    def _export(self) -> None:
        file_format = self.file_format
        path = choose_destination(
            self,
            translate("dialogs.export_delegations", "Export delegations"),
            translate("dialogs.export_delegations", FILE_FILTERS[file_format]),
            document_file_name(
                self._participants.meeting,
                translate("saved_files", "delegation list"),
                file_format.value,
            ),
            file_format.value,
        )
        if path is None:
            return
        options, sheet_per_city = self.options(), self.sheet_per_city.isChecked()

        def export(own: Services, progress: Progress) -> Path:
            progress.step("Building the list")
            data = own.delegation_list.render(
                self._meeting_id, file_format, options, sheet_per_city=sheet_per_city
            )
            progress.step("Writing the file")
            write_atomically(path, data)
            return path

        try:
            if (
                run_in_background(
                    self,
                    translate("dialogs.export_delegations", "Export delegations"),
                    self._services,
                    export,
                )
                is None
            ):
                return  # cancelled: nothing was written
        except (UserFacingError, OSError) as error:
            self.problem.setText(
                translate("dialogs.export_delegations", "Not exported: {error}").format(error=error)
            )
            messages.error(
                self,
                translate("dialogs.export_delegations", "Export delegations"),
                translate("dialogs.export_delegations", "Could not write {path}.").format(
                    path=path
                ),
                str(error),
            )
            return
        self.saved_to = path
        announce_saved(self, path)
        self.accept()
