"""The sample meeting holds the facts of the 13th Plenary Meeting, Tomsk 2014."""

from __future__ import annotations

import datetime as dt

from anmc_desktop.records.enums import SignatoryStatus
from anmc_desktop.services import Services


def test_the_sample_has_13_cities_and_12_delegations(
    services: Services, sample_meeting_id: int
) -> None:
    cities = services.cities.list_cities()
    delegations = services.delegations.list_delegations(sample_meeting_id)
    assert len(cities) == 13
    assert len(delegations) == 12
    assert "Taipei" not in {d.city_name for d in delegations}


def test_the_meeting_runs_4_to_6_september_2014_in_tomsk(
    services: Services, sample_meeting_id: int
) -> None:
    meeting = services.meetings.get(sample_meeting_id)
    assert meeting.title == "13th Plenary Meeting of the ANMC21"
    assert meeting.number == 13
    assert meeting.host_city_name == "Tomsk"
    assert (meeting.first_day, meeting.last_day) == (dt.date(2014, 9, 4), dt.date(2014, 9, 6))


def test_unnamed_heads_are_placeholders(services: Services, sample_meeting_id: int) -> None:
    delegations = services.delegations.list_delegations(sample_meeting_id)
    placeholders = sorted(d.city_name for d in delegations if d.head_is_placeholder)
    assert placeholders == [
        "Bangkok", "Delhi", "Jakarta", "Kuala Lumpur", "Manila", "Singapore", "Yangon",
    ]  # fmt: skip
    assert all(d.head_name for d in delegations)


def test_five_signatories_sign_in_the_order_of_the_original(
    services: Services, sample_meeting_id: int
) -> None:
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    signatories = services.declarations.list_signatories(declaration.id)
    assert [s.city_name for s in signatories] == ["Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk"]
    assert [s.native_name for s in signatories] == [
        "Lê Hồng Sơn", "임종석", "舛添要一", "", "Сергей Жвачкин",
    ]  # fmt: skip
    assert signatories[1].title == "Mayor Vice of Political Affairs"
    assert [s.is_host for s in signatories] == [False, False, False, False, True]
    assert {s.status for s in signatories} == {SignatoryStatus.SIGNED}


def test_the_declaration_has_four_preamble_paragraphs_and_six_clauses(
    services: Services, sample_meeting_id: int
) -> None:
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    assert declaration.title == "Tomsk Declaration"
    assert len(declaration.preamble) == 4
    assert [p.split()[0] for p in declaration.preamble] == [
        "being", "agreeing", "acknowledging", "having",
    ]  # fmt: skip
    assert len(declaration.clauses) == 6
    assert declaration.transition == "Hereby we declare:"
    assert declaration.testimonium == (
        "Done at Tomsk on 6 September 2014 in five originals in the English language."
    )


def test_the_agenda_covers_the_items_of_the_facts_within_the_days(
    services: Services, sample_meeting_id: int
) -> None:
    items = services.agenda.list_items(sample_meeting_id)
    assert len(items) == 7
    assert items == sorted(items, key=lambda item: item.starts_at)
    assert {item.day for item in items} <= {
        dt.date(2014, 9, 4), dt.date(2014, 9, 5), dt.date(2014, 9, 6),
    }  # fmt: skip
    assert items[-1].title == "Signing of the Tomsk Declaration"


def test_loading_the_sample_twice_reuses_the_cities(services: Services) -> None:
    first = services.sample.load()
    second = services.sample.load()
    assert first != second
    assert len(services.cities.list_cities()) == 13
    assert len(services.meetings.list_meetings()) == 2
