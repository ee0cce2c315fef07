"""The seating plan of a meeting's plenary hall: the protocol rule's order of cities, or
an order arranged by hand in the window, kept in the database."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from anmc_desktop.db import Database
from anmc_desktop.models import SeatingPlace, SeatingPlan
from anmc_desktop.printing.delegations import CityOrder, ordered
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import DelegationDetail
from anmc_desktop.records.seating import HostPlace, SeatingLayout, SeatingPlanRecord, TablePlace
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.delegations import DelegationService
from anmc_desktop.services.meetings import MeetingService

CITY_ORDER_OF_HOST_PLACE = {
    HostPlace.HEAD: CityOrder.HOST_FIRST,
    HostPlace.LAST: CityOrder.HOST_LAST,
    HostPlace.ALPHABETICAL: CityOrder.ALPHABETICAL,
}
NOT_SEATED = frozenset({DelegationStatus.ABSENT, DelegationStatus.PROXY})


def protocol_order(
    delegations: Sequence[DelegationDetail], host_city_id: int, host_place: HostPlace
) -> list[DelegationDetail]:
    """The cities alphabetically by English name, the host at its place: at the head of
    the table (position 0, the chair's), after the others, or among them."""
    return ordered(delegations, host_city_id, CITY_ORDER_OF_HOST_PLACE[host_place])


def table_place(position: int, delegation: DelegationDetail) -> TablePlace:
    """The head of delegation at the table (or, without one, the first named person),
    interpreters behind the head, the others behind; the press has no seat."""
    persons = [p for p in delegation.persons if p.role is not PersonRole.PRESS]
    seated = [p for p in persons if p.role is not PersonRole.INTERPRETER]
    head = next((p for p in seated if p.role is PersonRole.HEAD), seated[0] if seated else None)
    summary = delegation.summary
    return TablePlace(
        position=position,
        delegation_id=summary.id,
        city_name=summary.city_name,
        city_local_name=summary.city_local_name,
        city_country=summary.city_country,
        head=head,
        behind=tuple(p for p in seated if p is not head),
        interpreters=tuple(p for p in persons if p.role is PersonRole.INTERPRETER),
    )


class SeatingService:
    def __init__(
        self, database: Database, meetings: MeetingService, delegations: DelegationService
    ) -> None:
        self._database = database
        self._meetings = meetings
        self._delegations = delegations

    def plan(self, meeting_id: int) -> SeatingPlanRecord:
        """Every seated delegation in its place: the order arranged by hand where there is
        one (delegations added since then after it, by the rule), else the rule's."""
        with self._database.snapshot():
            meeting = self._meetings.get(meeting_id)
            details = self._delegations.details(meeting_id)
            with self._database.reading() as session:
                stored = session.get(SeatingPlan, meeting_id)
                arranged = session.scalars(
                    select(SeatingPlace.delegation_id)
                    .where(SeatingPlace.meeting_id == meeting_id)
                    .order_by(SeatingPlace.position)
                ).all()
        layout = stored.layout if stored else SeatingLayout.ROUND
        host_place = stored.host_place if stored else HostPlace.HEAD
        seated = [d for d in details if d.summary.status not in NOT_SEATED and d.persons]
        by_rule = protocol_order(seated, meeting.host_city_id, host_place)
        by_id = {d.summary.id: d for d in seated}
        ordered = [by_id[i] for i in arranged if i in by_id]
        ordered += [d for d in by_rule if d.summary.id not in set(arranged)]
        return SeatingPlanRecord(
            meeting_id=meeting_id,
            layout=layout,
            host_place=host_place,
            places=tuple(table_place(n, d) for n, d in enumerate(ordered)),
            arranged_by_hand=bool(arranged),
            version=stored.version if stored else 0,
        )

    def set_rule(
        self,
        meeting_id: int,
        layout: SeatingLayout,
        host_place: HostPlace,
        expected_version: int | None = None,
    ) -> SeatingPlanRecord:
        """Choose the layout and the host's place; a new host place is a new rule, so an
        order arranged by hand is dropped with it."""
        with self._database.writing() as session:
            stored = self._stored(session, meeting_id, expected_version)
            if stored.host_place is not host_place:
                session.execute(delete(SeatingPlace).where(SeatingPlace.meeting_id == meeting_id))
            stored.layout, stored.host_place = layout, host_place
        return self.plan(meeting_id)

    def arrange(
        self,
        meeting_id: int,
        delegation_ids: Sequence[int] | None,
        expected_version: int | None = None,
    ) -> SeatingPlanRecord:
        """Keep ``delegation_ids`` as the order of the table places (the head first);
        None goes back to the protocol rule's order."""
        with self._database.writing() as session:
            stored = self._stored(session, meeting_id, expected_version)
            session.execute(delete(SeatingPlace).where(SeatingPlace.meeting_id == meeting_id))
            session.flush()
            session.add_all(
                SeatingPlace(meeting_id=meeting_id, position=position, delegation_id=d)
                for position, d in enumerate(delegation_ids or ())
            )
            flag_modified(stored, "layout")  # the plan's version rises with its order
        return self.plan(meeting_id)

    def _stored(self, session: Session, meeting_id: int, expected: int | None) -> SeatingPlan:
        stored = session.get(SeatingPlan, meeting_id)
        if stored is None:
            self._meetings.get(meeting_id)  # says so if the meeting is gone
            stored = SeatingPlan(meeting_id=meeting_id)
            session.add(stored)
            session.flush()
        elif expected is not None:
            check_version(session, stored, expected, "The seating plan")
        return stored
