"""The persons found by a search: every id known at once, the rows fetched page by page.

``set_ids`` takes the sorted ids from ``PersonSearchService.search``; the model
reports one row per id (so the scroll bar is right at once) but only asks the service for
a page of rows when the view first shows a row of that page. A few recent pages are
kept; a meeting of 20,000 persons is never read whole.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from anmc_desktop.records.person_search import PersonRow
from anmc_desktop.services.person_search import PersonSearchService
from anmc_desktop.ui.item_models.record_table import (
    DISPLAY,
    FONT,
    FOREGROUND,
    RECORD_ROLE,
    TOOLTIP,
    Column,
    ColumnTableModel,
    cell_style,
)
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate

Index = QModelIndex | QPersistentModelIndex


def role_text(row: PersonRow) -> str:
    role = label(row.role)
    if row.is_placeholder:
        return translate("item_models.persons", "{role} (placeholder)").format(role=role)
    return role


class PersonSearchModel(ColumnTableModel):
    columns: ClassVar[tuple[Column[PersonRow], ...]] = (
        Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city_name),
        Column(QT_TRANSLATE_NOOP("columns", "Honorific"), lambda r: r.honorific),
        Column(QT_TRANSLATE_NOOP("columns", "Latin name"), lambda r: r.latin_name),
        Column(QT_TRANSLATE_NOOP("columns", "Native name"), lambda r: r.native_name),
        Column(QT_TRANSLATE_NOOP("columns", "Position"), lambda r: r.position),
        Column(QT_TRANSLATE_NOOP("columns", "Role"), role_text),
    )
    page_size: ClassVar[int] = 100
    pages_kept: ClassVar[int] = 40

    def __init__(self, search: PersonSearchService, parent: object = None) -> None:
        super().__init__(parent)
        self._search = search
        self._ids: Sequence[int] = []
        self._pages: OrderedDict[int, list[PersonRow | None]] = OrderedDict()
        self.pages_fetched = 0
        """How many pages were read from the service since the last ``set_ids``."""

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these ids (kept, not copied: a search's ``Found`` makes each id only when
        a row of it is read)."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.pages_fetched = 0
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def record(self, row: int) -> PersonRow | None:
        """The row's record (fetching its page if needed); None if the person is gone."""
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page[row - number * self.page_size]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if role not in _ROLES_SHOWN or not (index.isValid() and row < len(self._ids)):
            return None
        record = self.record(row)
        if record is None:
            return None
        if role == DISPLAY:
            return self.columns[index.column()].text(record)
        if role == RECORD_ROLE:
            return record
        return cell_style(role, placeholder=record.is_placeholder)

    def _fetch(self, number: int) -> list[PersonRow | None]:
        """The page's rows in its order (None for a person gone since the search)."""
        start = number * self.page_size
        ids = self._ids[start : start + self.page_size]
        found = {row.id: row for row in self._search.rows(ids)}
        page = [found.get(person_id) for person_id in ids]
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self.pages_kept:
            self._pages.popitem(last=False)
        return page


_ROLES_SHOWN = frozenset({DISPLAY, int(RECORD_ROLE), FONT, FOREGROUND, TOOLTIP})
