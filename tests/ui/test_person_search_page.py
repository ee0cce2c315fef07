"""Search as you type over every person of the meeting, and the lazy model behind it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_search import PersonSort
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.item_models.person_search import PersonSearchModel
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.persons import PersonsPage
from tests.ui.keyboard import type_text, undo


def _found(page: PersonsPage) -> list[str]:
    model = page.model
    return [model.record(row).latin_name for row in range(model.rowCount())]


def test_the_governor_is_found_by_an_accent_free_and_a_cyrillic_query(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN the Persons page of the sample meeting
    page = window.show_page(PersonsPage)
    everyone = page.model.rowCount()
    assert everyone == 16
    # WHEN the user types "zhvachkin" THEN the Governor of Tomsk alone is listed
    qtbot.keyClicks(page.query, "zhvachkin")
    assert _found(page) == ["Sergey Zhvachkin"]
    assert page.count.text() == "1 found"
    # WHEN the user types his name in Cyrillic instead THEN he is found again
    page.query.clear()
    assert page.model.rowCount() == everyone
    type_text(page.query, "Жвачкин")
    assert _found(page) == ["Sergey Zhvachkin"]


def test_an_accent_free_query_finds_a_vietnamese_name_and_a_city_query_its_delegation(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page(PersonsPage)
    qtbot.keyClicks(page.query, "le hong son")
    assert [page.model.record(r).native_name for r in range(page.model.rowCount())] == [
        "Lê Hồng Sơn"
    ]
    page.query.clear()
    qtbot.keyClicks(page.query, "TOMSK")
    assert {page.model.record(r).city_name for r in range(page.model.rowCount())} == {"Tomsk"}
    assert page.model.rowCount() == 5


def test_sorting_by_role_puts_the_heads_first_and_by_family_name_alphabetically(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page(PersonsPage)
    qtbot.keyClicks(page.sort, "Role")
    assert page.current_sort() is PersonSort.ROLE
    roles = [page.model.record(r).role for r in range(page.model.rowCount())]
    assert roles[0] is PersonRole.HEAD
    assert roles == sorted(roles, key=list(PersonRole).index)
    qtbot.keyClick(page.sort, Qt.Key.Key_Up)
    assert page.current_sort() is PersonSort.FAMILY_NAME


def test_opening_a_result_opens_the_person_form_and_the_edit_is_undoable(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = window.show_page(PersonsPage)
    qtbot.keyClicks(page.query, "zhvachkin")
    page.table.selectRow(0)
    # WHEN the user presses Enter on the result THEN the form opens on him
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.dialog
    assert isinstance(form, PersonForm) and form.isVisible()
    assert form.texts["family_name"].text() == "Zhvachkin"
    # WHEN a phone number is typed and saved THEN it is stored and the result stays selected
    qtbot.keyClicks(form.texts["phone"], "+7 3822 000")
    qtbot.keyClick(form.texts["phone"], Qt.Key.Key_Return)
    governor_id = page.model.person_id(0)
    assert services.delegations.get_person(governor_id).phone.endswith("+7 3822 000")
    assert page.selected_person_id() == governor_id
    # WHEN the edit is undone THEN the phone number is as before
    undo(qtbot, window)
    assert not services.delegations.get_person(governor_id).phone.endswith("+7 3822 000")


def test_the_lazy_model_passes_the_model_tester_and_reads_only_the_pages_shown(
    qtmodeltester: ModelTester, services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a model over every person with pages of 4 rows
    model = PersonSearchModel(services.person_search)
    model.page_size = 4  # type: ignore[misc]
    ids = services.person_search.search_ids(sample_meeting_id)
    model.set_ids(ids)
    # WHEN only the first row is read THEN only the first page was fetched
    assert model.index(0, 2).data()
    assert model.pages_fetched == 1
    assert model.index(len(ids) - 1, 0).data()
    assert model.pages_fetched == 2
    # AND the model is a well-behaved Qt model
    qtmodeltester.check(model)


def test_a_removed_person_leaves_an_empty_row_not_an_error(
    services: Services, sample_meeting_id: int
) -> None:
    model = PersonSearchModel(services.person_search)
    ids = services.person_search.search_ids(sample_meeting_id, "zhvachkin")
    model.set_ids(ids)
    services.removals.remove_person(ids[0])
    assert model.index(0, 2).data() is None


def test_a_click_on_the_role_header_sorts_by_role(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page(PersonsPage)
    header = page.table.horizontalHeader()
    role_column = next(
        c for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Role"
    )  # fmt: skip
    position = header.sectionViewportPosition(role_column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    assert page.current_sort() is PersonSort.ROLE
    assert page.model.record(0).role is PersonRole.HEAD


def test_a_person_removed_from_the_results_comes_back_with_ctrl_z(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    # GIVEN Anatoly Ivanov found by his name (he signs nothing: no question is asked)
    page = window.show_page(PersonsPage)
    qtbot.keyClicks(page.query, "ivanov")
    page.table.selectRow(0)
    ivanov = page.selected_person_id()
    # WHEN the user clicks Remove THEN he is gone from the database and from the results
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert services.person_search.search_ids(window.meeting.id, "ivanov") == []
    # WHEN the user presses Ctrl+Z THEN he is back, found again
    undo(qtbot, window)
    assert page.model.ids() == [ivanov]


def test_the_search_index_is_prepared_on_a_worker_before_the_first_search(
    qtbot: QtBot, window: MainWindow, sample_meeting_id: int
) -> None:
    search = window.services.person_search
    key = (sample_meeting_id, PersonSort.CITY)
    qtbot.waitUntil(lambda: key in search._indexes)
    prepared = search._indexes[key]
    page = window.show_page(PersonsPage)
    assert page.model.rowCount() == len(prepared.ids)
    assert search._indexes[key] is prepared  # the first search read nothing again


def _choose_afresh(window: MainWindow, meeting_id: int) -> None:
    """The meeting chosen again, no index held: its index is then read on a worker."""
    window.services.person_search._indexes.clear()
    window.set_current_meeting(None)
    window.set_current_meeting(meeting_id)


def _listed_by_family_name_then_left(window: MainWindow) -> PersonsPage:
    page = window.show_page(PersonsPage)
    page.sort.setCurrentIndex(page.sort.findData(PersonSort.FAMILY_NAME.value))
    window.show_page(MeetingsPage)
    return page


def test_shown_while_its_index_is_read_on_a_worker_the_page_says_searching_then_fills_in(
    qtbot: QtBot, window: MainWindow, sample_meeting_id: int
) -> None:
    search = window.services.person_search
    # GIVEN the meeting was just chosen: its index is being read on a worker
    _choose_afresh(window, sample_meeting_id)
    # WHEN the user shows the Persons page at once (built now, for the first time)
    assert not any(isinstance(page, PersonsPage) for page in window.pages.built())
    page = window.show_page(PersonsPage)
    # THEN it says so and lists nobody yet (the window's thread does not read it again)
    assert page.count.text() == "Searching…"
    assert page.model.rowCount() == 0
    assert not search.is_prepared(sample_meeting_id)
    # AND when the index has come, everyone is listed
    qtbot.waitUntil(lambda: page.model.rowCount() == 16)
    assert page.count.text() == "16 found"


def test_a_meeting_chosen_has_its_index_read_in_the_order_the_page_lists(
    qtbot: QtBot, window: MainWindow, sample_meeting_id: int
) -> None:
    search = window.services.person_search
    # GIVEN the Persons page lists by family name, and the user went on to another page
    page = _listed_by_family_name_then_left(window)
    # WHEN the meeting is chosen again
    _choose_afresh(window, sample_meeting_id)
    # THEN its index is read on a worker in that order, and in no other
    qtbot.waitUntil(lambda: search.is_prepared(sample_meeting_id, PersonSort.FAMILY_NAME))
    assert not search.is_prepared(sample_meeting_id, PersonSort.CITY)
    # AND the page, shown again, lists from it without reading it again
    prepared = search._indexes[(sample_meeting_id, PersonSort.FAMILY_NAME)]
    window.show_page(PersonsPage)
    assert page.model.rowCount() == len(prepared.ids)
    assert search._indexes[(sample_meeting_id, PersonSort.FAMILY_NAME)] is prepared


def test_left_while_searching_the_page_lists_everyone_when_shown_again(
    qtbot: QtBot, window: MainWindow, sample_meeting_id: int
) -> None:
    search = window.services.person_search
    # GIVEN the Persons page shown while the meeting's index is read on a worker
    _choose_afresh(window, sample_meeting_id)
    page = window.show_page(PersonsPage)
    assert page.count.text() == "Searching…"
    # WHEN the user goes to another page before the index comes, and back after
    window.show_page(MeetingsPage)
    qtbot.waitUntil(lambda: search.is_prepared(sample_meeting_id))
    window.show_page(PersonsPage)
    # THEN everyone is listed (it said "Searching…" for good)
    assert page.model.rowCount() == 16
    assert page.count.text() == "16 found"


def test_pages_built_again_have_the_index_read_in_the_order_a_new_page_lists(
    qtbot: QtBot, window: MainWindow, sample_meeting_id: int
) -> None:
    search = window.services.person_search
    # GIVEN the Persons page listed by family name
    _listed_by_family_name_then_left(window)
    # WHEN the window builds its pages again (as in another language)
    assert window.switch_language("en")
    qtbot.waitUntil(lambda: window.search_preparation.sort is PersonSort.CITY)
    # THEN a meeting chosen next has its index read by city, as the new page lists
    _choose_afresh(window, sample_meeting_id)
    qtbot.waitUntil(lambda: search.is_prepared(sample_meeting_id, PersonSort.CITY))
    assert not search.is_prepared(sample_meeting_id, PersonSort.FAMILY_NAME)
