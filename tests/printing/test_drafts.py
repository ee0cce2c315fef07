"""Drafts print marked as drafts; a final print is refused while the text is not ready."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.printing.declaration import DeclarationOptions, render_declaration
from anmc_desktop.records.declaration_check import FinalPrintRefusedError
from anmc_desktop.records.declarations import SignatoryChoice
from anmc_desktop.records.enums import DeclarationStatus
from anmc_desktop.records.persons import draft_of
from tests.printing.conftest import page_texts
from tests.printing.test_signing_pages import _signatories

PRINTED_AT = dt.datetime(2014, 9, 5, 18, 40)


def _document(services, meeting_id):
    return services.print_data.declaration(meeting_id)


def test_every_page_of_a_draft_says_draft_and_when_it_was_printed(
    services, sample_meeting_id, all_scripts_fonts
):
    # GIVEN the sample declaration, a draft, signed by thirteen cities (three pages)
    document = _document(services, sample_meeting_id)
    assert document.declaration.status is DeclarationStatus.DRAFT
    options = DeclarationOptions(printed_at=PRINTED_AT)
    pages = page_texts(render_declaration(document.declaration, _signatories(13), options))
    # THEN every page carries the DRAFT mark and the date and time of printing
    assert len(pages) >= 3
    for page in pages:
        assert "DRAFT" in page
        assert "DRAFT printed on 5 September 2014 at 18:40" in page


def test_the_final_text_prints_without_the_draft_mark(
    services, sample_meeting_id, all_scripts_fonts
):
    # GIVEN the sample declaration marked final
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    services.declarations.mark_final(declaration.id)
    document = _document(services, sample_meeting_id)
    pages = page_texts(render_declaration(document.declaration, document.signatories))
    # THEN no page says DRAFT
    assert pages and all("DRAFT" not in page for page in pages)


def test_a_final_print_lists_every_reason_it_is_refused(services, sample_meeting_id):
    # GIVEN a final declaration with an empty clause and a signatory to be confirmed
    document = _document(services, sample_meeting_id)
    declaration = dataclasses.replace(
        document.declaration,
        status=DeclarationStatus.FINAL,
        clauses=(*document.declaration.clauses[:2], "  ", *document.declaration.clauses[3:]),
    )
    signatories = [
        dataclasses.replace(s, is_placeholder=s.city_name == "Seoul") for s in document.signatories
    ]
    # WHEN it is printed THEN printing is refused, naming both reasons
    with pytest.raises(FinalPrintRefusedError) as refused:
        render_declaration(declaration, signatories)
    message = str(refused.value)
    assert "clause 3 is empty" in message
    assert "the signatory for Seoul is a placeholder (to be confirmed)" in message


def _sign_with_bangkok(services, meeting_id) -> int:
    """Bangkok's head is a placeholder in the sample: make it the sixth signatory."""
    declaration = services.declarations.get_for_meeting(meeting_id)
    current = services.declarations.list_signatories(declaration.id)
    bangkok = next(
        d for d in services.delegations.list_delegations(meeting_id) if d.city_name == "Bangkok"
    )
    choices = [SignatoryChoice(s.delegation_id, s.person_id, s.status) for s in current]
    services.declarations.set_signatories(declaration.id, [*choices, SignatoryChoice(bangkok.id)])
    return declaration.id


def test_a_declaration_with_a_placeholder_signatory_cannot_be_marked_final(
    services, sample_meeting_id
):
    declaration_id = _sign_with_bangkok(services, sample_meeting_id)
    with pytest.raises(FinalPrintRefusedError, match="Bangkok is a placeholder"):
        services.declarations.mark_final(declaration_id)
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration.status is DeclarationStatus.DRAFT


def test_the_command_line_refuses_the_final_print_and_writes_nothing(
    services, database_path, sample_meeting_id, tmp_path, capsys
):
    # GIVEN a final declaration whose Seoul signatory became a placeholder afterwards
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    services.declarations.mark_final(declaration.id)
    seoul = next(
        s for s in services.declarations.list_signatories(declaration.id) if s.city_name == "Seoul"
    )
    person = services.delegations.get_person(seoul.person_id)
    services.delegations.update_person(
        person.id, dataclasses.replace(draft_of(person), is_placeholder=True)
    )
    # WHEN it is printed from the command line
    output = tmp_path / "final.pdf"
    argv = ["--database", str(database_path), "print", "declaration"]
    code = main([*argv, "--meeting", str(sample_meeting_id), "-o", str(output)], out=io.StringIO())
    # THEN it is refused with the reason, and no file is written
    assert code == EXIT_USER_ERROR
    assert "the signatory for Seoul is a placeholder" in capsys.readouterr().err
    assert not output.exists()
