"""Delegations through the window: delegations, members, head, moves, status, removals.

Each step is driven with clicks and keys, and the database is checked after it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import DelegationSummary
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.delegations import DelegationsPage
from tests.ui.keyboard import redo, type_text, undo

CLICK = Qt.MouseButton.LeftButton


def _delegation(services: Services, meeting_id: int, city: str) -> DelegationSummary | None:
    listed = services.delegations.list_delegations(meeting_id)
    return next((d for d in listed if d.city_name == city), None)


def _person_id(services: Services, meeting_id: int, city: str, family_name: str) -> int:
    delegation = _delegation(services, meeting_id, city)
    assert delegation is not None
    persons = services.delegations.get_delegation(delegation.id).persons
    return next(p.id for p in persons if p.family_name == family_name)


def _add_person(qtbot: QtBot, page: DelegationsPage, given: str, family: str) -> None:
    qtbot.mouseClick(page.add_person_button, CLICK)
    form = page.dialog
    assert isinstance(form, PersonForm) and form.isVisible()
    qtbot.keyClicks(form.texts["given_name"], given)
    qtbot.keyClicks(form.texts["family_name"], family)
    qtbot.keyClick(form.texts["family_name"], Qt.Key.Key_Return)
    assert not form.isVisible()


def test_a_new_delegation_with_three_persons_and_a_head(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a member city without a delegation in the meeting
    services.cities.create(CityDraft("Almaty", "Алматы", "Kazakhstan", time_zone="Asia/Almaty"))
    page = window.show_page(DelegationsPage)
    # WHEN the user adds a delegation for it, choosing the city by typing its name
    qtbot.mouseClick(page.add_delegation_button, CLICK)
    form = page.dialog
    assert not form.save_button.isEnabled()
    assert form.form.message("city_id") == "choose a city."
    qtbot.keyClicks(form.city, "Almaty")
    qtbot.keyClick(form.city, Qt.Key.Key_Return)
    # THEN it exists, invited, and is selected
    almaty = _delegation(services, sample_meeting_id, "Almaty")
    assert almaty is not None and almaty.status is DelegationStatus.INVITED
    assert page.selected_delegation().id == almaty.id
    # WHEN three persons are added in the person form
    for count, (given, family) in enumerate(
        [("Askar", "Zhumabayev"), ("Dana", "Nurlanova"), ("Erlan", "Seitkali")], start=1
    ):
        _add_person(qtbot, page, given, family)
        assert services.delegations.get_delegation(almaty.id).summary.person_count == count
    # WHEN the second is made head
    page.select_person(_person_id(services, sample_meeting_id, "Almaty", "Nurlanova"))
    qtbot.mouseClick(page.set_head_button, CLICK)
    # THEN the delegation has three members and Dana Nurlanova at its head
    almaty = _delegation(services, sample_meeting_id, "Almaty")
    assert almaty.person_count == 3
    assert almaty.head_name == "Dana Nurlanova"
    assert page.members.record(0).family_name == "Nurlanova"
    # WHEN the head change is undone THEN the delegation has no head again
    undo(qtbot, window)
    assert _delegation(services, sample_meeting_id, "Almaty").head_name is None


def test_undo_of_a_person_delete_restores_everything_they_had(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int, dialogs: object
) -> None:
    # GIVEN the Governor of Tomsk, who signs the declaration, speaks in the first agenda
    # item and moderates the second
    governor_id = _person_id(services, sample_meeting_id, "Tomsk", "Zhvachkin")
    first, second = services.agenda.list_items(sample_meeting_id)[:2]
    agenda = services.agenda
    agenda.update(first.id, replace(draft_of(first), speaker_ids=(governor_id,)))
    agenda.update(second.id, replace(draft_of(second), moderator_id=governor_id))
    before = services.removals.preview_person_removal(governor_id)
    assert before.signatory and before.speaker_at and before.moderator_of
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    page.select_person(governor_id)
    # WHEN the user removes him and confirms
    dialogs.answer_yes()  # type: ignore[attr-defined]
    qtbot.mouseClick(page.remove_person_button, CLICK)
    # THEN the question said what goes with him, and he is gone with it
    question = dialogs.texts[0]  # type: ignore[attr-defined]
    assert "signatories" in question and "speaker" in question and "moderator" in question
    assert _delegation(services, sample_meeting_id, "Tomsk").person_count == 4
    # WHEN the user presses Ctrl+Z
    undo(qtbot, window)
    # THEN he is back with the same id, signatory place and speaker roles
    after = services.removals.preview_person_removal(governor_id)
    assert after == before
    assert _delegation(services, sample_meeting_id, "Tomsk").head_name == "Sergey Zhvachkin"
    # AND Ctrl+Shift+Z removes him again
    redo(qtbot, window)
    assert _delegation(services, sample_meeting_id, "Tomsk").person_count == 4


def test_person_form_shows_messages_beside_fields_and_save_waits_until_valid(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    qtbot.mouseClick(page.add_person_button, CLICK)
    form = page.dialog
    # GIVEN an empty form: no name yet, Save disabled
    assert form.form.message("family_name") == "give a name (Latin or native)."
    assert not form.save_button.isEnabled()
    # WHEN only a native name is typed THEN the name is fine
    type_text(form.texts["native_name"], "Жвачкина")
    assert form.form.message("family_name") == ""
    assert form.save_button.isEnabled()
    # WHEN the e-mail is not one THEN it says so beside the field and Save is disabled
    qtbot.keyClicks(form.texts["email"], "nobody")
    assert form.form.message("email") == "is not an e-mail address."
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form.texts["email"], Qt.Key.Key_Return)
    assert form.isVisible()
    # WHEN it is corrected and saved with Enter THEN the person is there with it
    qtbot.keyClicks(form.texts["email"], "@tomsk.example")
    qtbot.keyClick(form.texts["email"], Qt.Key.Key_Return)
    assert not form.isVisible()
    tomsk = _delegation(services, sample_meeting_id, "Tomsk")
    added = [p for p in services.delegations.get_delegation(tomsk.id).persons if p.email]
    assert [(p.native_name, p.email) for p in added] == [("Жвачкина", "nobody@tomsk.example")]


def test_a_second_head_is_refused_by_the_service_beside_the_role(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    page.add_person()
    form = page.dialog
    qtbot.keyClicks(form.texts["family_name"], "Petrov")
    qtbot.keyClicks(form.role, "Head")
    assert form.role.value() is PersonRole.HEAD
    qtbot.mouseClick(form.save_button, CLICK)
    assert form.isVisible()
    assert form.form.message("role") == "this delegation has a head already."
    assert not form.save_button.isEnabled()
    assert _delegation(services, sample_meeting_id, "Tomsk").person_count == 5
    page.discard_changes()
    assert not form.isVisible()


def test_esc_in_a_changed_person_form_asks_and_keeps_the_typing(
    qtbot: QtBot, window: MainWindow, services: Services, dialogs: object
) -> None:
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    page.select_person(page.members.record(0).id)
    qtbot.keyClick(page.member_table, Qt.Key.Key_Return)
    form = page.dialog
    assert isinstance(form, PersonForm) and form.person is not None
    qtbot.keyClicks(form.texts["phone"], "+7 3822")
    dialogs.answer_no()  # type: ignore[attr-defined]
    qtbot.keyClick(form.texts["phone"], Qt.Key.Key_Escape)
    assert form.isVisible()
    assert form.texts["phone"].text().endswith("+7 3822")
    assert "without saving" in dialogs.texts[-1]  # type: ignore[attr-defined]
    # WHEN the user presses Esc again and discards THEN the form closes, nothing saved
    dialogs.answer_yes()  # type: ignore[attr-defined]
    qtbot.keyClick(form.texts["phone"], Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert not services.delegations.get_person(form.person.id).phone.endswith("+7 3822")


def test_a_person_moves_and_a_proxy_is_given_and_both_are_undone(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    page = window.show_page(DelegationsPage)
    # WHEN Anatoly Ivanov of Tomsk is moved to Seoul
    ivanov = _person_id(services, sample_meeting_id, "Tomsk", "Ivanov")
    page.select_delegation("Tomsk")
    page.select_person(ivanov)
    qtbot.mouseClick(page.move_person_button, CLICK)
    form = page.dialog
    qtbot.keyClicks(form.target, "Seoul")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    seoul = _delegation(services, sample_meeting_id, "Seoul")
    assert services.delegations.get_person(ivanov).delegation_id == seoul.id
    # WHEN Yangon gives its proxy to Bangkok
    page.select_delegation("Yangon")
    qtbot.mouseClick(page.status_button, CLICK)
    form = page.dialog
    assert not form.proxy_to.isEnabled()
    qtbot.keyClicks(form.status, "Proxy")
    assert form.form.message("proxy_to_id") == "choose the delegation that holds the proxy."
    qtbot.keyClicks(form.proxy_to, "Bangkok")
    qtbot.keyClick(form.proxy_to, Qt.Key.Key_Return)
    yangon = _delegation(services, sample_meeting_id, "Yangon")
    assert yangon.status is DelegationStatus.PROXY and yangon.proxy_to_city == "Bangkok"
    # WHEN both are undone THEN Yangon's status and Ivanov's delegation are as before
    undo(qtbot, window)
    assert _delegation(services, sample_meeting_id, "Yangon").proxy_to_id is None
    undo(qtbot, window)
    tomsk = _delegation(services, sample_meeting_id, "Tomsk")
    assert services.delegations.get_person(ivanov).delegation_id == tomsk.id


def test_removing_a_delegation_asks_what_goes_and_undo_brings_it_all_back(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int, dialogs: object
) -> None:
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    dialogs.answer_no()  # type: ignore[attr-defined]
    qtbot.mouseClick(page.remove_delegation_button, CLICK)
    assert "its 5 members" in dialogs.texts[0]  # type: ignore[attr-defined]
    assert _delegation(services, sample_meeting_id, "Tomsk") is not None
    dialogs.answer_yes()  # type: ignore[attr-defined]
    qtbot.mouseClick(page.remove_delegation_button, CLICK)
    assert _delegation(services, sample_meeting_id, "Tomsk") is None
    undo(qtbot, window)
    tomsk = _delegation(services, sample_meeting_id, "Tomsk")
    assert tomsk is not None and tomsk.person_count == 5


def test_closing_the_window_with_a_changed_form_open_asks_first(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int, dialogs: object
) -> None:
    # GIVEN a person form with typing in it
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    page.add_person()
    qtbot.keyClicks(page.dialog.texts["family_name"], "Sidorov")
    # WHEN the window is closed and the user keeps the changes THEN both stay open
    dialogs.answer_no()  # type: ignore[attr-defined]
    window.close()
    assert window.isVisible() and page.dialog.isVisible()
    assert "not saved" in dialogs.texts[-1]  # type: ignore[attr-defined]
    # WHEN the user discards them THEN the window closes and nothing was added
    dialogs.answer_yes()  # type: ignore[attr-defined]
    window.close()
    assert not window.isVisible()
    assert _delegation(services, sample_meeting_id, "Tomsk").person_count == 5


def test_tab_follows_the_person_form_from_top_to_bottom(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    page.add_person()
    form = page.dialog
    qtbot.waitUntil(lambda: form.texts["given_name"].hasFocus())
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[0] is form.texts["family_name"]
    assert visited[1] is form.family_name_first
    assert visited[2] is form.texts["native_name"]
    assert visited[3] is form.texts["honorific"]
    form.done(0)


def test_moving_a_signatory_is_refused_beside_the_field(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    governor_id = _person_id(services, sample_meeting_id, "Tomsk", "Zhvachkin")
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    page.select_person(governor_id)
    assert not page.set_head_button.isEnabled()
    qtbot.mouseClick(page.move_person_button, CLICK)
    form = page.dialog
    qtbot.keyClicks(form.target, "Seoul")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    assert form.isVisible()
    assert "signs the declaration for Tomsk" in form.form.message("delegation_id")
    tomsk = _delegation(services, sample_meeting_id, "Tomsk")
    assert services.delegations.get_person(governor_id).delegation_id == tomsk.id
    page.discard_changes()


def test_naming_a_placeholder_head_makes_them_a_named_person(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    # GIVEN Bangkok's head, a placeholder "(to be confirmed)"
    page = window.show_page(DelegationsPage)
    page.select_delegation("Bangkok")
    placeholder = page.members.record(0)
    assert placeholder.is_placeholder
    page.select_person(placeholder.id)
    qtbot.mouseClick(page.edit_person_button, CLICK)
    form = page.dialog
    assert form.is_placeholder.isChecked()
    # WHEN the user types the real name and saves
    form.texts["family_name"].clear()
    qtbot.keyClicks(form.texts["given_name"], "Aswin")
    qtbot.keyClicks(form.texts["family_name"], "Kwanmuang")
    assert not form.is_placeholder.isChecked()
    qtbot.keyClick(form.texts["family_name"], Qt.Key.Key_Return)
    # THEN the head is named and no longer a placeholder
    head = services.delegations.get_person(placeholder.id)
    assert (head.latin_name, head.is_placeholder) == ("Aswin Kwanmuang", False)
    assert _delegation(services, sample_meeting_id, "Bangkok").head_name == "Aswin Kwanmuang"
