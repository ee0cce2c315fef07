"""Search as you type over every person of the current meeting.

Each keystroke runs the search in the service (in memory, on the meeting's index of
folded texts) and hands the sorted ids to a lazy model that reads the rows it shows, a
page at a time. The index is read on a worker when the meeting is chosen
(ui/search_preparation.py); shown before it is ready, the page says "Searching…" and
fills in when it comes. Opening a result opens the person form.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from anmc_desktop import languages
from anmc_desktop.printing.documents import DocumentKind, PrintRequest
from anmc_desktop.records.person_search import PersonSort
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.item_models.person_search import PersonSearchModel
from anmc_desktop.ui.pages.actions import ButtonRow, FormHost
from anmc_desktop.ui.pages.base import Page, make_table
from anmc_desktop.ui.pages.person_edits import open_person_form, remove_person
from anmc_desktop.ui.print_preview import show_preview
from anmc_desktop.ui.search_preparation import SearchIndexPreparation
from anmc_desktop.ui.translation import translate

SORT_LABELS = {
    PersonSort.CITY: QT_TRANSLATE_NOOP("pages.persons", "City"),
    PersonSort.FAMILY_NAME: QT_TRANSLATE_NOOP("pages.persons", "Family name"),
    PersonSort.ROLE: QT_TRANSLATE_NOOP("pages.persons", "Role"),
}
COLUMN_WIDTHS = (130, 80, 200, 160, 260)
# A click on a column's header sorts by it where that makes sense (the rest keep the sort).
SORT_OF_COLUMN = {
    0: PersonSort.CITY,
    2: PersonSort.FAMILY_NAME,
    3: PersonSort.FAMILY_NAME,
    5: PersonSort.ROLE,
}


class PersonsPage(FormHost, Page):
    title = QT_TRANSLATE_NOOP("pages", "Persons")
    commands = (("open", "open_button"), ("delete", "remove_button"))
    print_document = "badges"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: PersonForm | None = None
        self._preparation: SearchIndexPreparation | None = None
        self.query = QLineEdit()
        self.query.setObjectName("person_query")
        self.query.setPlaceholderText(
            translate("pages.persons", "Name in any script, position or city")
        )
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.search)
        self.sort = QComboBox()
        self.sort.setObjectName("person_sort")
        for sort, label in SORT_LABELS.items():
            self.sort.addItem(translate("pages.persons", label), sort.value)
        self.sort.currentIndexChanged.connect(self._sort_chosen)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.count.setObjectName("person_count")
        bar = QWidget()
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(QLabel(translate("pages.persons", "F&ind:"), buddy=self.query))
        bar_layout.addWidget(self.query, stretch=1)
        bar_layout.addWidget(QLabel(translate("pages.persons", "Sor&t by:"), buddy=self.sort))
        bar_layout.addWidget(self.sort)
        bar_layout.addWidget(self.count)
        self.buttons = ButtonRow(self)
        self.open_button = self.buttons.add(
            "open_person", translate("pages.persons", "&Open…"), self.open_selected
        )
        self.remove_button = self.buttons.add(
            "remove_person", translate("pages.persons", "&Remove"), self.remove_selected
        )
        self.badges_button = self.buttons.add(
            "print_badges",
            translate("pages.persons", "Print &badges…"),
            self.print_badges,
            translate("pages.persons", "Reprint the badges of the selected persons"),
        )
        self.model = PersonSearchModel(services.person_search, self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.open_selected)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by_column)
        self.layout_.addWidget(bar)
        self.layout_.addWidget(self.buttons)
        self.layout_.addWidget(self.table)
        self.setFocusProxy(self.query)
        self.enable_edit(True, self.remove_button)

    def follow(self, preparation: SearchIndexPreparation) -> None:
        """Search in the index that ``preparation`` reads on a worker (in this page's
        order): wait for it rather than read it a second time, and search when it comes."""
        self._preparation = preparation
        preparation.sort = self.current_sort()
        preparation.ready.connect(self._index_came)
        self.destroyed.connect(preparation.forget_page)

    def _index_came(self, meeting_id: int) -> None:
        if self.meeting is None or self.meeting.id != meeting_id:
            return
        if self.isVisible():
            self.search()
        else:  # perhaps left while it said "Searching…": it searches when shown again
            self.mark_stale()

    def _sort_chosen(self) -> None:
        if self._preparation is not None:
            self._preparation.sort = self.current_sort()
        self.search()

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        self.search()

    def current_sort(self) -> PersonSort:
        return PersonSort(self.sort.currentData())

    def search(self) -> None:
        """Show the persons matching the query, the selected one kept if still found."""
        if self._stale and not self.isVisible():
            return
        selected = self.selected_person_id()
        ids: Sequence[int] = []
        if self._waits_for_index():
            self.model.set_ids(ids)
            self.count.setText(translate("pages.persons", "Searching…"))
            return
        if self.meeting is not None:
            ids = self.services.person_search.search(
                self.meeting.id, self.query.text(), self.current_sort()
            )
        self.model.set_ids(ids)
        found = len(ids)
        self.count.setText(translate("pages.persons", "%n found", None, found))
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _waits_for_index(self) -> bool:
        """The meeting's index is being read on a worker (the first search of a session
        would read it a second time, and wait as long): the page searches when it comes."""
        meeting, preparation = self.meeting, self._preparation
        return (
            meeting is not None
            and preparation is not None
            and preparation.is_preparing(meeting.id, self.current_sort())
        )

    def selected_person_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.person_id(index.row()) if index.isValid() else None

    def selected_person_ids(self) -> list[int]:
        """Every selected person, in the order of the list."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.person_id(row) for row in rows]

    def print_badges(self) -> None:
        """Preview the badges of the selected persons, to reprint them."""
        request = self.badges_request()
        if request is not None:
            show_preview(self, self.services, request)

    def badges_request(self) -> PrintRequest | None:
        """The badges of the selected persons, in the window's language."""
        ids = self.selected_person_ids()
        if self.meeting is None or not ids:
            return None
        language = languages.supported(QLocale().name())
        return PrintRequest(
            DocumentKind.BADGES, self.meeting.id, person_ids=tuple(ids), language=language
        )

    def open_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            return
        person = self.services.delegations.get_person(person_id)
        self.dialog = open_person_form(self, person.delegation_id, person)

    def remove_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            remove_person(self, self.services.delegations.get_person(person_id))

    def _sort_by_column(self, column: int) -> None:
        sort = SORT_OF_COLUMN.get(column)
        if sort is not None:
            self.sort.setCurrentIndex(self.sort.findData(sort.value))
