"""Check-in at the door: a badge scanner types the QR code's payload and Enter into the
field (or someone types a name); the person is marked as attending and the counts by
delegation update. A wrong check-in is undone with the button or Edit > Undo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.seating import CheckInResult
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.locale_format import number
from anmc_desktop.ui.pages.actions import ButtonRow
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.translation import translate

REFRESH_MS = 5000  # other organizers' check-ins show within this


class CheckInPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Check-in")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.last_checked_in: int | None = None  # the person the undo button would undo
        self._last_edit = ""  # its text on the window's undo history
        self.scan = QLineEdit()
        self.scan.setObjectName("check_in_scan")
        self.scan.setPlaceholderText(
            translate("pages.check_in", "Scan a badge, or type a name, then Enter")
        )
        self.scan.returnPressed.connect(self.take_scan)
        self.result = QLabel()
        self.result.setObjectName("check_in_result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.candidates = QListWidget()
        self.candidates.setObjectName("check_in_candidates")
        self.candidates.itemActivated.connect(self._check_in_candidate)
        self.candidates.hide()
        self.buttons = ButtonRow(self)
        self.undo_button = self.buttons.add(
            "undo_check_in",
            translate("pages.check_in", "&Undo last check-in"),
            self.undo_last,
            translate("pages.check_in", "A wrong person was checked in"),
        )
        self.total = QLabel()
        self.total.setObjectName("check_in_total")
        self.counts = QTableWidget(0, 3)
        self.counts.setObjectName("check_in_counts")
        self.counts.setHorizontalHeaderLabels(
            [
                translate("pages.check_in", "Delegation"),
                translate("pages.check_in", "Checked in"),
                translate("pages.check_in", "Expected"),
            ]
        )
        self.counts.verticalHeader().hide()
        self.counts.horizontalHeader().setStretchLastSection(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bar = QWidget()
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(QLabel(translate("pages.check_in", "&Scan or name:"), buddy=self.scan))
        bar_layout.addWidget(self.scan, stretch=1)
        for widget in (bar, self.result, self.candidates, self.buttons, self.total, self.counts):
            self.layout_.addWidget(widget)
        self.setFocusProxy(self.scan)
        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self.show_counts)
        self.enable_edit(True, self.scan, self.undo_button)
        self.undo_button.setEnabled(False)

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        self.show_counts()

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.refresh.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.refresh.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def show_counts(self) -> None:
        if self.meeting is None:
            self.counts.setRowCount(0)
            self.total.setText("")
            return
        attendance = self.services.check_in.attendance(self.meeting.id)
        rows = attendance.by_delegation
        self.counts.setRowCount(len(rows))
        for row, line in enumerate(rows):
            for column, value in enumerate((line.city_name, line.checked_in, line.expected)):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.counts.setItem(row, column, item)
        self.counts.resizeColumnsToContents()
        self.total.setText(
            translate("pages.check_in", "{checked_in} of {expected} checked in").format(
                checked_in=number(attendance.checked_in), expected=number(attendance.expected)
            )
        )

    def take_scan(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if self.meeting is None or self.read_only or not text.strip():
            return
        try:
            result = self.services.check_in.check_in_scanned(self.meeting.id, text)
        except UserFacingError as error:
            messages.error(
                self,
                translate("pages.check_in", "Check-in"),
                translate("pages.check_in", "The check-in could not be saved."),
                str(error),
            )
            return
        self._show_result(result)

    def _check_in_candidate(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        self._show_result(self.services.check_in.check_in(person_id))

    def _show_result(self, result: CheckInResult) -> None:
        self.candidates.clear()
        self.candidates.setVisible(bool(result.candidates))
        if result.person is None:
            found = len(result.candidates)
            self.result.setText(
                translate("pages.check_in", "%n persons fit: choose one below.", None, found)
                if found
                else translate("pages.check_in", "No one found.")
            )
            for person_id, label in result.candidates:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, person_id)
                self.candidates.addItem(item)
            return
        who = f"{result.person.name} ({result.city_name})"
        when = (
            translate("pages.check_in", "{time} UTC").format(time=f"{result.checked_in_at:%H:%M}")
            if result.checked_in_at
            else ""
        )
        if result.already:
            self.result.setText(
                translate("pages.check_in", "{who} had checked in already, at {when}.").format(
                    who=who, when=when
                )
            )
        else:
            self.result.setText(
                translate("pages.check_in", "Checked in: {who} at {when}.").format(
                    who=who, when=when
                )
            )
            self.last_checked_in = result.person.id
            self.undo_button.setEnabled(True)
            service, person_id = self.services.check_in, result.person.id
            self._last_edit = translate("pages.check_in", "Check in {name}").format(
                name=result.person.name
            )
            self.record_edit(
                self._last_edit,
                lambda: service.undo_check_in(person_id),
                lambda: service.check_in(person_id),
            )
        self.show_counts()

    def undo_last(self) -> None:
        """Undo the last check-in: through the window's undo history while it is the last
        edit there (so Edit > Redo can redo it), else directly."""
        if self.last_checked_in is None:
            return
        person_id, self.last_checked_in = self.last_checked_in, None
        history = self.undo_history
        if history is not None and history.canUndo() and history.undoText() == self._last_edit:
            history.undo()
        else:
            self.services.check_in.undo_check_in(person_id)
        self.undo_button.setEnabled(False)
        self.result.setText(translate("pages.check_in", "The last check-in was undone."))
        self.show_counts()
