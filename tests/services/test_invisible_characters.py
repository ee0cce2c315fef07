"""Invisible characters cannot make a stored name print or compute differently: direction
controls are refused with the reason, invisible fillers are taken out, the joiners that
scripts need stay, and the CSV formula guard looks through all of them."""

from __future__ import annotations

import csv
import io

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.formula_guard import guard, guard_all, unguard
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.validation import DIRECTION_CONTROLS_REFUSED


def tomsk_delegation_id(services: Services, meeting_id: int) -> int:
    tomsk = next(
        d for d in services.delegations.list_delegations(meeting_id) if d.city_name == "Tomsk"
    )
    return tomsk.id


@pytest.mark.parametrize(
    "override",
    ["\u202e", "\u202d", "\u202a", "\u202b", "\u2066", "\u2067", "\u2068", "\u200f", "\u061c"],
)
def test_a_name_with_a_direction_control_is_refused_next_to_its_field(
    services: Services, sample_meeting_id: int, override: str
):
    # GIVEN a name that would print reversed or reordered
    draft = PersonDraft(given_name="Anna", family_name=f"{override}avoroP", position="Adviser")
    # WHEN it is added THEN the family name field is named with the reason, nothing stored
    delegation_id = tomsk_delegation_id(services, sample_meeting_id)
    before = services.delegations.get_delegation(delegation_id).persons
    with pytest.raises(ValidationError) as refused:
        services.delegations.add_person(delegation_id, draft)
    assert [(e.field, e.reason) for e in refused.value.errors] == [
        ("family_name", DIRECTION_CONTROLS_REFUSED)
    ]
    assert services.delegations.get_delegation(delegation_id).persons == before


def test_a_position_with_an_override_is_refused_too(services: Services, sample_meeting_id: int):
    draft = PersonDraft(family_name="Popova", position="Mayor of \u202eksmoT")
    with pytest.raises(ValidationError) as refused:
        services.delegations.add_person(tomsk_delegation_id(services, sample_meeting_id), draft)
    assert [e.field for e in refused.value.errors] == ["position"]


def test_invisible_fillers_are_taken_out_and_joiners_kept(
    services: Services, sample_meeting_id: int
):
    # GIVEN names with a zero-width space, a byte order mark and a word joiner, and a
    # Devanagari name whose zero-width joiner chooses the half form of its consonant
    delegation_id = tomsk_delegation_id(services, sample_meeting_id)
    stored = services.delegations.add_person(
        delegation_id,
        PersonDraft(
            given_name="\ufeffAn\u200bna", family_name="Po\u2060pova", native_name="क्\u200dष"
        ),
    )
    # THEN the fillers are gone, the joiner stays, and the name is found as typed
    assert (stored.given_name, stored.family_name) == ("Anna", "Popova")
    assert stored.native_name == "क्\u200dष"
    assert services.person_search.search_ids(sample_meeting_id, "anna popova") == [stored.id]


@pytest.mark.parametrize(
    "hidden", ["\u200b=1+1", "\ufeff=HYPERLINK()", "\u202e@SUM(A1)", " \u2060+7", "\u200d-2"]
)
def test_the_formula_guard_looks_through_invisible_characters(hidden: str):
    # GIVEN a value whose trigger hides behind invisible characters
    guarded = guard(hidden)
    # THEN it is guarded, one by one and in a column, and the import takes the guard off
    assert guarded == "'" + hidden
    assert list(guard_all(["Tomsk", hidden])) == ["Tomsk", "'" + hidden]
    assert unguard(guarded) == hidden
    written = io.StringIO()
    csv.writer(written).writerow([guarded])
    assert next(csv.reader(io.StringIO(written.getvalue()))) == [guarded]


def test_plain_text_with_joiners_is_not_guarded():
    assert guard("क्\u200dष") == "क्\u200dष"
    assert guard("Tomsk\u200b") == "Tomsk\u200b"
