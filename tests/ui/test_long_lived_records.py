"""The records pages take from workers are kept out of the cycle collector's full walks."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.window_session import WindowSession


def _walked_by_the_collector(value: object) -> bool:
    """Whether a full collection would walk ``value`` (frozen objects are left out)."""
    return any(tracked is value for tracked in gc.get_objects())


def test_the_overview_and_search_index_read_on_workers_are_frozen(
    window: MainWindow, qtbot: QtBot
) -> None:
    # GIVEN the window has read its overview and the person search's index on workers
    page = window.page(OverviewPage)
    qtbot.waitUntil(lambda: page.overview is not None)
    indexes = list(window.services.person_search._indexes.values())
    assert indexes
    # THEN the collector's full collections no longer walk them
    assert not _walked_by_the_collector(page.overview)
    assert not any(_walked_by_the_collector(index.ids) for index in indexes)


def test_closing_the_window_session_hands_everything_back_to_the_collector(tmp_path) -> None:
    # GIVEN something frozen, as the window freezes its records
    kept = [object()]
    gc.freeze()
    assert not _walked_by_the_collector(kept)
    # WHEN a window session closes
    WindowSession(f"sqlite:///{tmp_path / 'unused.db'}").close()
    # THEN the collector may walk (and free) it again
    assert _walked_by_the_collector(kept)
