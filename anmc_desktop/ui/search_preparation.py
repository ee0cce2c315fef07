"""The person search's index, read on a worker before the Persons page needs it.

The first search of a session reads and sorts every person of the meeting (a third of a
second at 100,000 persons). The window has it read on a worker once it has painted, and
again whenever another meeting is chosen, whether or not the Persons page was built: the
window used to build that page at start-up only to have it do this, which cost the
start-up a tenth of its time. The page asks whether the index is on its way (it then says
"Searching…" rather than read it a second time), says in which order it lists, and hears
when the index has come.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from anmc_desktop.records.person_search import PersonSort
from anmc_desktop.services import Services
from anmc_desktop.services.person_search import SearchIndex
from anmc_desktop.ui.background import start_in_background


class SearchIndexPreparation(QObject):
    ready = Signal(int)
    """The meeting whose index came, or whose reading failed (the page then reads it on
    the window's thread, which reports what went wrong)."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.sort = PersonSort.CITY  # the order the Persons page lists in
        self._preparing: set[tuple[int, PersonSort]] = set()

    def prepare(self, meeting_id: int) -> None:
        """Read the meeting's index in the page's order on a worker, unless it is held or
        on its way already."""
        key = (meeting_id, sort := self.sort)
        search = self.services.person_search
        if key in self._preparing or search.is_prepared(meeting_id, sort):
            return
        self._preparing.add(key)

        def read(own: Services) -> SearchIndex | None:
            try:
                return own.person_search.prepared_index(meeting_id, sort)
            except Exception:  # read again on the window's thread, which reports it
                return None

        def came(index: SearchIndex | None) -> None:
            self._preparing.discard(key)
            if index is not None:
                search.adopt(meeting_id, sort, index)
            self.ready.emit(meeting_id)

        start_in_background(self.services, read, came, still_wanted=lambda: isValid(self))

    def forget_page(self) -> None:
        """The Persons page is gone (the window built its pages again in another language):
        the next one lists by city, as every new one does."""
        self.sort = PersonSort.CITY

    def is_preparing(self, meeting_id: int, sort: PersonSort) -> bool:
        """The index is being read on a worker and is not held yet."""
        search = self.services.person_search
        return (meeting_id, sort) in self._preparing and not search.is_prepared(meeting_id, sort)
