"""The window's pages, each built the first time it is needed.

Building all ten pages when the window opens took a third of its start-up with a meeting
of 100,000 persons, for pages the organizer may not visit. The navigation lists every
page from its type's title; the stack holds a stand-in for each until the page is shown,
looked up (``MainWindow.page``) or iterated over. A page is prepared for the keyboard
and screen readers when it is first shown (``Page.showEvent``), so building it later
changes nothing there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget

from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.translation import translate


class LazyPages(Sequence[Page]):
    def __init__(
        self,
        types: tuple[type[Page], ...],
        stack: QStackedWidget,
        build: Callable[[type[Page]], Page],
    ) -> None:
        self.types = types
        self._stack = stack
        self._build = build
        self._built: dict[int, Page] = {}
        for _ in types:
            stack.addWidget(QWidget())  # a stand-in until the page is built

    def __len__(self) -> int:
        return len(self.types)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | Sequence[Page]:
        if isinstance(index, slice):
            return [self[number] for number in range(len(self))[index]]
        index = range(len(self))[index]
        page = self._built.get(index)
        if page is None:
            page = self._build(self.types[index])
            self._built[index] = page
            self._put_in_place(index, page)
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[number] for number in range(len(self)))

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        """Where a page stands, found by its type without building the others."""
        return self.types.index(type(value), start, len(self) if stop is None else stop)

    def of_type(self, page_type: type[Page]) -> Page:
        return self[next(n for n, kind in enumerate(self.types) if issubclass(kind, page_type))]

    def built(self) -> list[Page]:
        """The pages built so far: those that hold data to follow a change."""
        return list(self._built.values())

    def get(self, index: int) -> Page | None:
        """The page at ``index`` if it was built."""
        return self._built.get(index)

    def remove_all(self) -> None:
        """Take every page and stand-in out of the stack (the window builds new ones)."""
        while self._stack.count():
            widget = self._stack.widget(0)
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()

    def _put_in_place(self, index: int, page: Page) -> None:
        shown = self._stack.currentIndex()
        stand_in = self._stack.widget(index)
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._stack.setCurrentIndex(shown)


def page_title(page_type: type[Page]) -> str:
    """A page's title in the window's language, without building the page."""
    return translate("pages", page_type.title)


def list_pages(navigation: QListWidget, types: tuple[type[Page], ...]) -> None:
    """Every page in the navigation, with its Ctrl+number in the tooltip."""
    for number, page_type in enumerate(types, start=1):
        navigation.addItem(page_title(page_type))
        navigation.item(number - 1).setToolTip(
            translate("main_window", "{title} (Ctrl+{number})").format(
                title=page_title(page_type), number=number
            )
        )
    navigation.setFixedWidth(navigation.sizeHintForColumn(0) + 24)
