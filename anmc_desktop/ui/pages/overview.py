"""The meeting at a glance, the page a meeting opens on: delegations by status, persons
by role, and what still needs doing. Activating an entry (double-click or Enter) opens
the page and the record where it is put right."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from anmc_desktop.records.overview import MeetingOverview, ToDo
from anmc_desktop.services import Services
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.pages.base import NO_MEETING_TEXT, Page
from anmc_desktop.ui.to_do_texts import to_do_text
from anmc_desktop.ui.translation import translate

TO_DO_ROLE = Qt.ItemDataRole.UserRole
TO_DO_HEADING = QT_TRANSLATE_NOOP(
    "pages.overview", "What still needs doing, %n thing(s) (double-click or Enter to fix):"
)
NOTHING_TO_DO = QT_TRANSLATE_NOOP("pages.overview", "Nothing left to do: every check passes.")


def _counts(pairs: tuple[tuple[object, int], ...]) -> str:
    shown = [
        f"{label(what) if isinstance(what, Enum) else what}: {count}"
        for what, count in pairs
        if count
    ]
    return ", ".join(shown) or translate("pages.overview", "none")


class OverviewPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Overview")
    fix_requested = Signal(object)  # the ToDo whose record the user wants to open

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.overview: MeetingOverview | None = None
        self.delegation_counts = QLabel()
        self.person_counts = QLabel()
        for count_label in (self.delegation_counts, self.person_counts):
            count_label.setTextFormat(Qt.TextFormat.PlainText)
            count_label.setWordWrap(True)
        self.delegation_counts.setAccessibleName(
            translate("pages.overview", "Delegations by status")
        )
        self.person_counts.setAccessibleName(translate("pages.overview", "Persons by role"))
        counts = QFormLayout()
        counts.addRow(translate("pages.overview", "Delegations:"), self.delegation_counts)
        counts.addRow(translate("pages.overview", "Persons:"), self.person_counts)
        self.to_do_heading = QLabel()
        self.to_do = QListWidget()
        self.to_do.setAccessibleName(translate("pages.overview", "What still needs doing"))
        self.to_do_heading.setBuddy(self.to_do)
        self.to_do.itemActivated.connect(self._activated)
        self.layout_.addLayout(counts)
        self.layout_.addWidget(self.to_do_heading)
        self.layout_.addWidget(self.to_do, 1)

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        self.to_do.clear()
        self.overview = None
        if self.meeting is not None:
            self.overview = self.services.overview.overview(self.meeting.id)
        to_do = self.overview.to_do if self.overview else ()
        self.to_do_heading.setText(translate("pages.overview", TO_DO_HEADING, None, len(to_do)))
        if self.overview is None:
            self.delegation_counts.setText(translate("pages.base", NO_MEETING_TEXT))
            self.person_counts.setText("")
            return
        self.delegation_counts.setText(_counts(self.overview.delegations_by_status))
        self.person_counts.setText(_counts(self.overview.persons_by_role))
        for entry in to_do:
            item = QListWidgetItem(to_do_text(entry), self.to_do)
            item.setData(TO_DO_ROLE, entry)
        if not to_do:
            done = QListWidgetItem(translate("pages.overview", NOTHING_TO_DO), self.to_do)
            done.setFlags(Qt.ItemFlag.NoItemFlags)
        self.to_do.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(TO_DO_ROLE)
        if isinstance(entry, ToDo):
            self.fix_requested.emit(entry)
