"""The overview, gathered in a few queries, lists exactly what a straightforward reading of
every delegation with its persons finds (how it was gathered before it was made fast),
entry for entry and in the same order, on the sample meeting and on a generated meeting
with every kind of thing to do in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from anmc_desktop.printing.fontset import Face, FontSet, MissingFontError
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.records.enums import (
    AgendaKind,
    DelegationStatus,
    PersonRole,
    SignatoryStatus,
)
from anmc_desktop.records.overview import FixPlace, MeetingOverview, ToDo, ToDoKind
from anmc_desktop.records.persons import PersonDraft, draft_of
from anmc_desktop.services import Services, overview_persons
from anmc_desktop.services.agenda_clashes import ClashFinder

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate_meeting import FIRST_DAY, generate_meeting

NOT_COMING = {DelegationStatus.ABSENT, DelegationStatus.PROXY}
TRAVEL = {(True, True): ToDoKind.NO_ARRIVAL_OR_DEPARTURE, (True, False): ToDoKind.NO_ARRIVAL,
          (False, True): ToDoKind.NO_DEPARTURE}  # fmt: skip
UNPRINTABLE = {("name",): ToDoKind.NAME_UNPRINTABLE,
               ("native name",): ToDoKind.NATIVE_NAME_UNPRINTABLE,
               ("name", "native name"): ToDoKind.NAMES_UNPRINTABLE}  # fmt: skip
NEEDS_SPEAKER = {AgendaKind.PLENARY_SESSION, AgendaKind.PANEL_DISCUSSION, AgendaKind.PRESENTATION}
PRIVATE = "\U000f0001"  # a private character: no font has it
ARRIVAL = dt.datetime.combine(FIRST_DAY, dt.time(9))
DEPARTURE = ARRIVAL + dt.timedelta(days=3)


def straightforward(services: Services, meeting_id: int) -> tuple[Counter, Counter, list[ToDo]]:
    """Every delegation with every person as records, each checked in turn."""
    details = services.print_data.delegations(meeting_id).delegations
    to_do: list[ToDo] = []
    for detail in details:
        city, status = detail.summary.city_name, detail.summary.status
        if status is DelegationStatus.INVITED:
            to_do.append(ToDo(ToDoKind.DELEGATION_NOT_CONFIRMED, FixPlace.DELEGATIONS, city))
        if status in NOT_COMING:
            continue
        if detail.summary.head_name is None:
            to_do.append(ToDo(ToDoKind.NO_HEAD, FixPlace.DELEGATIONS, city))
        elif detail.summary.head_is_placeholder:
            to_do.append(ToDo(ToDoKind.HEAD_NOT_NAMED, FixPlace.DELEGATIONS, city))
        for person in detail.persons:
            kind = TRAVEL.get((person.arrival is None, person.departure is None))
            if kind is not None and not person.is_placeholder:
                to_do.append(ToDo(kind, FixPlace.DELEGATIONS, city, person.id, name=person.name))
    fonts = FontSet(Face.SANS)
    for detail in details:
        for person in detail.persons:
            try:
                fonts.check([("name", person.latin_name), ("native name", person.native_name)])
            except MissingFontError as error:
                kind = UNPRINTABLE[tuple(sorted(missing.label for missing in error.missing))]
                city = detail.summary.city_name
                to_do.append(ToDo(kind, FixPlace.DELEGATIONS, city, person.id, name=person.name))
    to_do += declaration_gaps(services, meeting_id)
    to_do += agenda_gaps(services, meeting_id)
    statuses = Counter(detail.summary.status for detail in details)
    roles = Counter(person.role for detail in details for person in detail.persons)
    return statuses, roles, to_do


# What a signatory at each stage still lacks (full powers only until they arrive).
SIGNATORY_GAPS = {
    SignatoryStatus.PLANNED: (ToDoKind.SIGNATORY_NOT_CONFIRMED, ToDoKind.FULL_POWERS_MISSING),
    SignatoryStatus.CONFIRMED: (ToDoKind.FULL_POWERS_MISSING,),
}


def declaration_gaps(services: Services, meeting_id: int) -> list[ToDo]:
    declaration = services.declarations.get_for_meeting(meeting_id)
    if declaration is None:
        return [ToDo(ToDoKind.NO_DECLARATION, FixPlace.DECLARATION)]
    gaps = [] if declaration.is_final else [ToDo(ToDoKind.DECLARATION_DRAFT, FixPlace.DECLARATION)]
    for signatory in services.declarations.list_signatories(declaration.id):
        name = signatory.latin_name or signatory.native_name
        gaps += [
            ToDo(kind, FixPlace.SIGNATORIES, signatory.city_name, signatory.person_id, name=name)
            for kind in SIGNATORY_GAPS.get(signatory.status, ())
            if kind is ToDoKind.SIGNATORY_NOT_CONFIRMED or not signatory.credentials_received
        ]
    return gaps


def agenda_gaps(services: Services, meeting_id: int) -> Iterator[ToDo]:
    items = services.agenda.list_items(meeting_id)
    clashes = ClashFinder(items)
    for item in items:
        about = {"item_id": item.id, "name": item.title, "starts_at": item.starts_at}
        if not item.room.strip():
            yield ToDo(ToDoKind.NO_ROOM, FixPlace.AGENDA, **about)
        if item.kind in NEEDS_SPEAKER and not item.speaker_ids:
            yield ToDo(ToDoKind.NO_SPEAKER, FixPlace.AGENDA, **about)
        warnings = clashes.warnings(item)
        if warnings:
            yield ToDo(ToDoKind.CLASH, FixPlace.AGENDA, clash=warnings[0], **about)


def assert_same(overview: MeetingOverview, services: Services, meeting_id: int) -> None:
    statuses, roles, to_do = straightforward(services, meeting_id)
    assert dict(overview.delegations_by_status) == {s: statuses[s] for s in DelegationStatus}
    assert dict(overview.persons_by_role) == {r: roles[r] for r in PersonRole}
    assert list(overview.to_do) == to_do
    # read as a view reads it: by position, from the end, in slices
    assert len(overview.to_do) == len(to_do)
    assert [overview.to_do[i] for i in range(len(to_do))] == to_do
    assert list(overview.to_do[1::3]) == to_do[1::3]
    if to_do:
        assert overview.to_do[-1] == to_do[-1]
    with pytest.raises(IndexError):
        overview.to_do[len(to_do)]


def test_the_sample_meeting_gives_the_same_entries(services: Services, sample_meeting_id: int):
    assert_same(services.overview.overview(sample_meeting_id), services, sample_meeting_id)


def _gaps_everywhere(services: Services, meeting_id: int) -> None:
    """Every kind of thing to do (but a missing declaration), some several times."""
    delegations = services.delegations.list_delegations(meeting_id)
    statuses = [DelegationStatus.INVITED, DelegationStatus.ABSENT, DelegationStatus.CONFIRMED]
    for delegation, status in zip(delegations, statuses, strict=False):
        services.delegations.set_status(delegation.id, status)
    absent, headless, unnamed, travelling, unprintable = delegations[1:6]
    for delegation in (headless, unnamed):
        head = services.delegations.get_delegation(delegation.id).persons[0]
        services.delegations.update_person(
            head.id, dataclasses.replace(draft_of(head), role=PersonRole.MEMBER)
        )
    services.delegations.add_person(
        unnamed.id, PersonDraft(given_name="(to be confirmed)", role=PersonRole.HEAD,
                                is_placeholder=True),
    )  # fmt: skip
    for delegation in (absent, travelling):  # the absent delegation's are not listed
        for family, role, arrival, departure in (
            ("de Souza", PersonRole.STAFF, None, DEPARTURE),
            ("Dias", PersonRole.STAFF, ARRIVAL, None),
            ("Ávila", PersonRole.ADVISER, None, None),
            ("", PersonRole.PRESS, None, None),
        ):
            services.delegations.add_person(
                delegation.id,
                PersonDraft(given_name="Ana", family_name=family, native_name="" if family
                            else "アナ", role=role, arrival=arrival, departure=departure),
            )  # fmt: skip
    for given, native in (("Min" + PRIVATE, ""), ("Min", "민 " + PRIVATE), (PRIVATE, PRIVATE)):
        services.delegations.add_person(
            unprintable.id,
            PersonDraft(given_name=given, family_name="Kim", native_name=native,
                        arrival=ARRIVAL, departure=DEPARTURE),
        )  # fmt: skip
    speaker = services.delegations.get_delegation(travelling.id).persons[0]
    starts = dt.datetime.combine(FIRST_DAY, dt.time(8))
    for title, room, kind in (
        ("Without a room", "", AgendaKind.OTHER),
        ("Moderated twice, first", "Annex 1", AgendaKind.OTHER),
        ("Moderated twice, second", "Annex 2", AgendaKind.PLENARY_SESSION),
    ):
        services.agenda.create(
            meeting_id,
            AgendaItemDraft(kind, title, starts, starts + dt.timedelta(hours=1), room=room,
                            moderator_id=speaker.id if "Moderated" in title else None),
        )  # fmt: skip


@pytest.mark.parametrize("few", [overview_persons.FEW_TEXTS, 0], ids=["few", "many"])
def test_a_generated_meeting_with_every_kind_gives_the_same_entries(
    services: Services, few: int, monkeypatch: pytest.MonkeyPatch
):
    # GIVEN a generated meeting with gaps of every kind (unprintable names read alone,
    # or among every person's name as when they are many)
    monkeypatch.setattr(overview_persons, "FEW_TEXTS", few)
    meeting_id = generate_meeting(services.database, cities=12, persons=60, agenda_items=40)
    _gaps_everywhere(services, meeting_id)
    # THEN without a declaration, and with a draft whose signatories are at every stage,
    # the overview lists what the straightforward reading finds
    assert_same(services.overview.overview(meeting_id), services, meeting_id)
    declaration = services.declarations.create(meeting_id, DeclarationDraft("Declaration"))
    delegations = services.delegations.list_delegations(meeting_id)
    services.declarations.set_signatories(
        declaration.id,
        [SignatoryChoice(delegations[index].id, status=status)
         for index, status in ((4, SignatoryStatus.PLANNED), (5, SignatoryStatus.CONFIRMED),
                               (6, SignatoryStatus.SIGNED), (7, SignatoryStatus.PLANNED))],
    )  # fmt: skip
    overview = services.overview.overview(meeting_id)
    assert_same(overview, services, meeting_id)
    assert {entry.kind for entry in overview.to_do} == set(ToDoKind) - {ToDoKind.NO_DECLARATION}
