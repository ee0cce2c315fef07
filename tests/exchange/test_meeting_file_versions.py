"""A declaration's texts, one per language, and its signatories' credentials travel in the
meeting file (schema 3); files of schema 2 and 1, one text in the declaration, still read."""

from __future__ import annotations

from dataclasses import replace

from meeting_files import as_schema_2, exported, imported

from anmc_desktop.records.declarations import declaration_draft_of
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService
from tests.services.test_declaration_versions import RUSSIAN, _with_russian


def _declaration(services: Services, meeting_id: int):
    record = services.declarations.get_for_meeting(meeting_id)
    assert record is not None
    return record


def test_two_texts_and_the_credentials_travel_in_the_file(
    services: Services, sample_meeting_id: int
):
    # GIVEN the sample declaration in English and Russian, Hanoi's full powers arrived and
    # Hanoi signing ad referendum
    _with_russian(services, sample_meeting_id)
    declaration = _declaration(services, sample_meeting_id)
    hanoi = services.declarations.list_signatories(declaration.id)[0]
    services.declarations.set_signatory_credentials(hanoi.id, True, True)
    transfer = MeetingTransferService(services.database)

    # WHEN the meeting is exported and imported as a copy
    document = exported(transfer, sample_meeting_id)
    result = imported(transfer, document, if_already_there=IfAlreadyThere.COPY)

    # THEN the file held both texts, and the copy has them, with the same credentials
    assert [v["language"] for v in document["declarations"][0]["versions"]] == ["en", "ru"]
    copy = _declaration(services, result.meeting_id)
    assert copy.versions == declaration.versions
    assert copy.testimonium_of(RUSSIAN) == declaration.testimonium_of(RUSSIAN)
    signed = services.declarations.list_signatories(copy.id)
    first = signed[0]
    assert (first.city_name, first.credentials_received, first.ad_referendum) == (
        hanoi.city_name,
        True,
        True,
    )
    assert not any(s.credentials_received for s in signed[1:])


def test_a_file_of_schema_2_holds_one_text_in_the_language_it_named_first(
    services: Services, sample_meeting_id: int
):
    # GIVEN a file as schema 2 wrote it, its one text in Russian (languages "Russian")
    _with_russian(services, sample_meeting_id)
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    declaration = document["declarations"][0]
    declaration["versions"] = declaration["versions"][1:]
    as_schema_2(document)

    # WHEN it is imported
    result = imported(transfer, document, if_already_there=IfAlreadyThere.COPY)

    # THEN its declaration holds that one text, in Russian, and no key was unknown
    assert result.unknown_keys == ()
    imported_declaration = _declaration(services, result.meeting_id)
    assert imported_declaration.versions == (RUSSIAN,)
    assert imported_declaration.testimonium.startswith("Совершено в Томске")


def test_an_update_names_the_declaration_whose_text_changed(
    services: Services, sample_meeting_id: int
):
    # GIVEN the file of the meeting in English and Russian, then the Russian text is changed
    # here
    _with_russian(services, sample_meeting_id)
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    declaration = _declaration(services, sample_meeting_id)
    changed = replace(RUSSIAN, clauses=(*RUSSIAN.clauses[:-1], "Пункт шестой."))
    services.declarations.update(
        declaration.id, replace(declaration_draft_of(declaration), other_versions=(changed,))
    )

    # WHEN the file is imported as an update
    result = imported(transfer, document, if_already_there=IfAlreadyThere.UPDATE)

    # THEN the change names the declaration's texts, and the Russian text is the file's
    title = declaration.title
    assert f"declarations[{title}].texts: changed" in result.changes
    assert _declaration(services, sample_meeting_id).other_versions == (RUSSIAN,)
