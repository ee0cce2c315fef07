"""A city whose local name only repeats its name prints once ("Jakarta", not
"Jakarta / Jakarta"); a local name that says more prints beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.printing.badges import render_badges
from anmc_desktop.printing.declaration import render_declaration
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.signatories import render_signatory_sheet
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.persons import PersonDraft
from tests.printing.conftest import pdf_text


@pytest.fixture
def documents(services, all_scripts_fonts) -> dict[str, bytes]:
    day = dt.date(2014, 9, 4)
    cities = [
        services.cities.create(CityDraft("Jakarta", "JAKARTA", "Indonesia")),
        services.cities.create(CityDraft("Hanoi", "Hà Nội", "Viet Nam")),
    ]
    meeting = services.meetings.create(MeetingDraft("Plenary", cities[1].id, day, day))
    choices = []
    for city, name in zip(cities, ("Fauzi Bowo", "Nguyen Van A"), strict=True):
        delegation = services.delegations.create_delegation(meeting.id, city.id)
        given, family = name.rsplit(" ", 1)
        draft = PersonDraft(given, family, position="Governor", role=PersonRole.HEAD)
        services.delegations.add_person(delegation.id, draft)
        choices.append(SignatoryChoice(delegation.id))
    declaration = services.declarations.create(
        meeting.id, DeclarationDraft(title="Declaration", place="Hanoi", signing_date=day)
    )
    services.declarations.set_signatories(declaration.id, choices)
    data = services.print_data
    lists, signing = data.delegations(meeting.id), data.declaration(meeting.id)
    return {
        "badges": render_badges(lists.meeting, lists.delegations),
        "delegation list": render_delegation_list(lists.meeting, lists.delegations),
        "signatory sheet": render_signatory_sheet(
            signing.meeting, signing.declaration, signing.signatories
        ),
        "declaration": render_declaration(signing.declaration, signing.signatories),
    }


@pytest.mark.parametrize("document", ["badges", "delegation list", "signatory sheet",
                                      "declaration"])  # fmt: skip
def test_a_city_written_the_same_in_both_names_prints_once(documents, document):
    text = pdf_text(documents[document])
    assert text.casefold().count("jakarta") == 1
    assert "Hà Nội" in text
