"""A meeting at a glance: delegations by status, persons by role, and what still needs
doing before the meeting can run, each item naming the record to open to put it right.

Read in one snapshot, so the counts and the list describe the same moment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from anmc_desktop.db import Database
from anmc_desktop.printing.fontset import Face, FontSet, MissingFontError
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.enums import (
    AgendaKind,
    DelegationStatus,
    PersonRole,
    SignatoryStatus,
)
from anmc_desktop.records.overview import FixPlace, MeetingOverview, ToDo
from anmc_desktop.records.persons import DelegationDetail, PersonRecord
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.agenda_clashes import ClashFinder
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.print_data import PrintDataService

# Delegations that are not coming need no head, travel dates or signatory.
NOT_COMING = frozenset({DelegationStatus.ABSENT, DelegationStatus.PROXY})
NEEDS_SPEAKER = frozenset(
    {AgendaKind.PLENARY_SESSION, AgendaKind.PANEL_DISCUSSION, AgendaKind.PRESENTATION}
)


class MeetingOverviewService:
    def __init__(
        self,
        database: Database,
        print_data: PrintDataService,
        agenda: AgendaService,
        declarations: DeclarationService,
    ) -> None:
        self._database = database
        self._print_data = print_data
        self._agenda = agenda
        self._declarations = declarations

    def overview(self, meeting_id: int) -> MeetingOverview:
        with self._database.snapshot():
            delegations = self._print_data.delegations(meeting_id).delegations
            items = self._agenda.list_items(meeting_id)
            to_do = [
                *_delegation_gaps(delegations),
                *_unprintable_names(delegations),
                *self._declaration_gaps(meeting_id),
                *_agenda_gaps(items),
            ]
        statuses = Counter(d.summary.status for d in delegations)
        roles = Counter(p.role for d in delegations for p in d.persons)
        return MeetingOverview(
            meeting_id=meeting_id,
            delegations_by_status=tuple((s, statuses[s]) for s in DelegationStatus),
            persons_by_role=tuple((r, roles[r]) for r in PersonRole),
            to_do=tuple(to_do),
        )

    def _declaration_gaps(self, meeting_id: int) -> Iterator[ToDo]:
        declaration = self._declarations.get_for_meeting(meeting_id)
        if declaration is None:
            yield ToDo("No declaration yet", FixPlace.DECLARATION)
            return
        if not declaration.is_final:
            yield ToDo("The declaration is still a draft", FixPlace.DECLARATION)
        for signatory in self._declarations.list_signatories(declaration.id):
            if signatory.status is SignatoryStatus.PLANNED:
                name = signatory.latin_name or signatory.native_name
                yield ToDo(
                    f"{signatory.city_name}: signatory {name} not confirmed",
                    FixPlace.SIGNATORIES,
                    city_name=signatory.city_name,
                )


def _delegation_gaps(delegations: list[DelegationDetail]) -> Iterator[ToDo]:
    for detail in delegations:
        summary = detail.summary
        city = summary.city_name
        if summary.status is DelegationStatus.INVITED:
            yield ToDo(f"{city}: not confirmed", FixPlace.DELEGATIONS, city_name=city)
        if summary.status in NOT_COMING:
            continue
        if summary.head_name is None:
            yield ToDo(f"{city}: no head of delegation", FixPlace.DELEGATIONS, city_name=city)
        elif summary.head_is_placeholder:
            yield ToDo(
                f"{city}: head of delegation not named yet", FixPlace.DELEGATIONS, city_name=city
            )
        for person in detail.persons:
            missing = "" if person.is_placeholder else _travel_missing(person)
            if missing:
                yield ToDo(
                    f"{city}: {person.name or 'unnamed person'} has no {missing}",
                    FixPlace.DELEGATIONS,
                    city_name=city,
                    person_id=person.id,
                )


def _travel_missing(person: PersonRecord) -> str:
    missing = [
        word
        for word, value in (("arrival", person.arrival), ("departure", person.departure))
        if value is None
    ]
    return " or ".join(missing)


def _unprintable_names(delegations: list[DelegationDetail]) -> Iterator[ToDo]:
    """Names with letters no installed font has: they would print with gaps."""
    fonts = FontSet(Face.SANS)
    for detail in delegations:
        city = detail.summary.city_name
        for person in detail.persons:
            try:
                fonts.check([("name", person.latin_name), ("native name", person.native_name)])
            except MissingFontError as error:
                fields = " and ".join(missing.label for missing in error.missing)
                yield ToDo(
                    f"{city}: {person.name}: no installed font prints the {fields}",
                    FixPlace.DELEGATIONS,
                    city_name=city,
                    person_id=person.id,
                )


def _agenda_gaps(items: list[AgendaItemRecord]) -> Iterator[ToDo]:
    """An item's missing room or speaker, and its first clash (the agenda page lists them
    all): a crowded programme has hundreds of thousands of clashes, one line each was
    more than anyone reads."""
    clashes = ClashFinder(items)
    for item in items:
        when = f"{item.title} ({item.starts_at:%d %b %H:%M})"
        if not item.room.strip():
            yield ToDo(f"{when}: no room", FixPlace.AGENDA, item_id=item.id)
        if item.kind in NEEDS_SPEAKER and not item.speaker_ids:
            yield ToDo(f"{when}: no speaker", FixPlace.AGENDA, item_id=item.id)
        if item.id in clashes.clashing:
            yield ToDo(f"{when}: {clashes.first_warning(item)}", FixPlace.AGENDA, item_id=item.id)
