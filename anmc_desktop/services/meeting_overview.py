"""A meeting at a glance: delegations by status, persons by role, and what still needs
doing before the meeting can run, each item naming the record to open to put it right.

Read in one snapshot, so the counts and the list describe the same moment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from anmc_desktop.db import Database
from anmc_desktop.models import Meeting
from anmc_desktop.progress import GATHERING, Progress
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.declarations import SignatoryRecord
from anmc_desktop.records.enums import (
    AgendaKind,
    DelegationStatus,
    PersonRole,
    SignatoryStatus,
)
from anmc_desktop.records.overview import (
    FixPlace,
    MadeOnDemand,
    MeetingOverview,
    ToDo,
    ToDoKind,
    ToDoList,
)
from anmc_desktop.records.persons import DelegationSummary
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.agenda_clashes import ClashFinder
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.delegations import DelegationService
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.overview_persons import (
    NOT_COMING,
    persons_by_role,
    travel_gaps,
    unprintable_names,
)

STILL_TO_SIGN = frozenset({SignatoryStatus.PLANNED, SignatoryStatus.CONFIRMED})
NEEDS_SPEAKER = frozenset(
    {AgendaKind.PLENARY_SESSION, AgendaKind.PANEL_DISCUSSION, AgendaKind.PRESENTATION}
)


class MeetingOverviewService:
    def __init__(
        self,
        database: Database,
        delegations: DelegationService,
        agenda: AgendaService,
        declarations: DeclarationService,
    ) -> None:
        self._database = database
        self._delegations = delegations
        self._agenda = agenda
        self._declarations = declarations

    def overview(self, meeting_id: int, progress: Progress | None = None) -> MeetingOverview:
        """The overview; ``progress`` hears of a step between the parts read, and a cancel
        stops the reading there (the window stops gathering an overview no longer shown)."""
        progress = progress or Progress()
        with self._database.snapshot():
            with self._database.reading() as session:
                get_or_raise(session, Meeting, meeting_id, "Meeting")
                progress.step(GATHERING)
                delegations = self._delegations.list_delegations(meeting_id)
                # Core, not the ORM: plain rows, without the ORM's handling of each.
                connection = session.connection()
                progress.step(GATHERING)
                roles = persons_by_role(connection, meeting_id)
                progress.step(GATHERING)
                travel = travel_gaps(connection, meeting_id, delegations)
                progress.step(GATHERING)
                unprintable = unprintable_names(connection, meeting_id, delegations)
            progress.step(GATHERING)
            declaration = tuple(self._declaration_gaps(meeting_id))
            progress.step(GATHERING)
            agenda = _agenda_gaps(self._agenda.list_items(meeting_id))
            to_do = ToDoList(
                [*_delegation_gaps(delegations, travel), unprintable, declaration, agenda]
            )
        statuses = Counter(summary.status for summary in delegations)
        return MeetingOverview(
            meeting_id=meeting_id,
            delegations_by_status=tuple((s, statuses[s]) for s in DelegationStatus),
            persons_by_role=tuple((r, roles.get(r, 0)) for r in PersonRole),
            to_do=to_do,
        )

    def _declaration_gaps(self, meeting_id: int) -> Iterator[ToDo]:
        declaration = self._declarations.get_for_meeting(meeting_id)
        if declaration is None:
            yield ToDo(ToDoKind.NO_DECLARATION, FixPlace.DECLARATION)
            return
        if not declaration.is_final:
            yield ToDo(ToDoKind.DECLARATION_DRAFT, FixPlace.DECLARATION)
        for signatory in self._declarations.list_signatories(declaration.id):
            name = signatory.latin_name or signatory.native_name
            gaps = (
                (ToDoKind.SIGNATORY_NOT_CONFIRMED, signatory.status is SignatoryStatus.PLANNED),
                (ToDoKind.FULL_POWERS_MISSING, _needs_full_powers(signatory)),
            )
            for kind, missing in gaps:
                if missing:
                    yield ToDo(
                        kind,
                        FixPlace.SIGNATORIES,
                        city_name=signatory.city_name,
                        person_id=signatory.person_id,
                        name=name,
                    )


def _needs_full_powers(signatory: SignatoryRecord) -> bool:
    """Whoever is still to sign needs their full powers (or credentials letter) in hand;
    once signed, or not coming, they are no longer something to do."""
    return signatory.status in STILL_TO_SIGN and not signatory.credentials_received


def _delegation_gaps(
    delegations: list[DelegationSummary], travel: dict[int, Sequence[ToDo]]
) -> Iterator[Sequence[ToDo]]:
    """Each delegation's own gaps, then its persons' missing travel dates."""
    for summary in delegations:
        yield tuple(_own_gaps(summary))
        yield travel.get(summary.id, ())


def _own_gaps(summary: DelegationSummary) -> Iterator[ToDo]:
    city = summary.city_name
    if summary.status is DelegationStatus.INVITED:
        yield ToDo(ToDoKind.DELEGATION_NOT_CONFIRMED, FixPlace.DELEGATIONS, city_name=city)
    if summary.status in NOT_COMING:
        return
    if summary.head_name is None:
        yield ToDo(ToDoKind.NO_HEAD, FixPlace.DELEGATIONS, city_name=city)
    elif summary.head_is_placeholder:
        yield ToDo(ToDoKind.HEAD_NOT_NAMED, FixPlace.DELEGATIONS, city_name=city)


def _agenda_gaps(items: list[AgendaItemRecord]) -> MadeOnDemand:
    """An item's missing room or speaker, and its first clash (the agenda page lists them
    all): a crowded programme has hundreds of thousands of clashes, one line each was
    more than anyone reads. Which items clash is found at once; the clash itself is
    worded when its entry is read."""
    clashes = ClashFinder(items)
    gaps = [
        (kind, item)
        for item in items
        for kind, missing in (
            (ToDoKind.NO_ROOM, not item.room.strip()),
            (ToDoKind.NO_SPEAKER, item.kind in NEEDS_SPEAKER and not item.speaker_ids),
            (ToDoKind.CLASH, item.id in clashes.clashing),
        )
        if missing
    ]

    def entry(gap: tuple[ToDoKind, AgendaItemRecord]) -> ToDo:
        kind, item = gap
        clash = clashes.first_warning(item) if kind is ToDoKind.CLASH else None
        return ToDo(
            kind,
            FixPlace.AGENDA,
            item_id=item.id,
            name=item.title,
            starts_at=item.starts_at,
            clash=clash,
        )

    return MadeOnDemand(gaps, entry)
