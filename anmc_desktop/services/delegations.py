"""Delegations of a meeting and the persons in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from anmc_desktop.db import Database
from anmc_desktop.errors import ChangedField, ConflictError, UserFacingError
from anmc_desktop.models import City, Delegation, Meeting, Person, Signatory
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import (
    DelegationDetail,
    DelegationSummary,
    HeadChange,
    PersonDraft,
    PersonRecord,
)
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.delegation_listing import (
    read_meeting_members,
    read_members,
    read_summaries,
)
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import person_record
from anmc_desktop.services.person_rules import apply_person
from anmc_desktop.services.person_saves import load_person, plan_save, write_save
from anmc_desktop.services.validation import Checker
from anmc_desktop.storage.change_log import entries_for


class Unchecked(Enum):
    """An expectation not checked, unlike None, which expects "none" (see set_head)."""

    UNCHECKED = "unchecked"


UNCHECKED = Unchecked.UNCHECKED


class DelegationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_delegations(self, meeting_id: int) -> list[DelegationSummary]:
        """The meeting's delegations by city name, with their heads and member counts,
        in one query of plain columns (``delegation_listing``)."""
        with self._database.reading() as session:
            return read_summaries(session.connection(), meeting_id)

    def details(self, meeting_id: int) -> list[DelegationDetail]:
        """Every delegation of the meeting with its persons, by city name, read in one
        transaction with two queries (as ``get_delegation`` reads each)."""
        with self._database.reading() as session:
            connection = session.connection()
            summaries = read_summaries(connection, meeting_id)
            members = read_meeting_members(connection, meeting_id)
        return [DelegationDetail(s, members.get(s.id, [])) for s in summaries]

    def get_delegation(self, delegation_id: int) -> DelegationDetail:
        with self._database.reading() as session:
            delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
            persons = read_members(session.connection(), delegation_id)
            return DelegationDetail(_summary(session, delegation, persons), persons)

    def members(self, delegation_id: int) -> list[PersonRecord]:
        """The delegation's persons, head first, as its members panel lists them (none if
        the delegation is gone): one query of plain columns, no summary."""
        with self._database.reading() as session:
            return read_members(session.connection(), delegation_id)

    def create_delegation(
        self, meeting_id: int, city_id: int, status: DelegationStatus = DelegationStatus.INVITED
    ) -> DelegationSummary:
        with self._database.writing() as session:
            get_or_raise(session, Meeting, meeting_id, "Meeting")
            city = get_or_raise(session, City, city_id, "City")
            existing = session.scalar(
                select(Delegation.id).where(
                    Delegation.meeting_id == meeting_id, Delegation.city_id == city_id
                )
            )
            check = Checker()
            check.check("city_id", existing is None, f"{city.name_en} has a delegation already.")
            check.check(
                "status", status is not DelegationStatus.PROXY, "set a proxy with set_status."
            )
            check.raise_if_any()
            delegation = Delegation(meeting_id=meeting_id, city=city, status=status)
            session.add(delegation)
            session.flush()
            return _summary(session, delegation)

    def set_status(
        self,
        delegation_id: int,
        status: DelegationStatus,
        proxy_to_id: int | None = None,
        expected_version: int | None = None,
    ) -> DelegationSummary:
        """Change the status; ``proxy_to_id`` names the holder of a proxy.

        ``expected_version``: the delegation's version the Status... form loaded (see
        services/concurrency.py); None (undo, the command line) changes it whatever it is.
        """
        with self._database.writing() as session:
            delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
            check_version(session, delegation, expected_version, "Delegation")
            check = Checker()
            if status is DelegationStatus.PROXY:
                holder = session.get(Delegation, proxy_to_id) if proxy_to_id else None
                check.check(
                    "proxy_to_id",
                    holder is not None
                    and holder.meeting_id == delegation.meeting_id
                    and holder.id != delegation.id,
                    "choose another delegation of this meeting to hold the proxy.",
                )
                if holder is not None:
                    check.check(
                        "proxy_to_id",
                        holder.status not in (DelegationStatus.PROXY, DelegationStatus.ABSENT),
                        f"{holder.city.name_en} cannot hold a proxy: it is "
                        f"{holder.status.label.lower()} itself.",
                    )
            else:
                proxy_to_id = None
            held = session.scalar(
                select(func.count(Delegation.id)).where(Delegation.proxy_to_id == delegation.id)
            )
            check.check(
                "status",
                not held or status not in (DelegationStatus.PROXY, DelegationStatus.ABSENT),
                f"{delegation.city.name_en} holds {held} proxy(ies): give them back first.",
            )
            check.raise_if_any()
            delegation.status = status
            delegation.proxy_to_id = proxy_to_id
            session.flush()
            return _summary(session, delegation)

    def add_person(self, delegation_id: int, draft: PersonDraft) -> PersonRecord:
        with self._database.writing() as session:
            delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
            person = Person(delegation_id=delegation.id)
            apply_person(session, person, draft, delegation_id)
            session.add(person)
            session.flush()
            return person_record(person)

    def update_person(
        self, person_id: int, draft: PersonDraft, expected_version: int | None = None
    ) -> PersonRecord:
        """``expected_version``: the version the form loaded (see services/concurrency.py).
        The save writes with one statement unless it renames (services/person_saves.py)."""
        with self._database.writing(one_statement=True) as session:
            save = plan_save(session, person_id, draft, expected_version)
            if not save.renames:
                return write_save(session, save)
        with self._database.writing() as session:
            return write_save(session, save)

    def set_head(
        self,
        person_id: int,
        expected_version: int | None = None,
        expected_head_id: int | Unchecked | None = UNCHECKED,
    ) -> HeadChange:
        """Make the person head of their delegation; the former head becomes a member.

        ``expected_version``: the person's version as the page showed it (see
        services/concurrency.py); None (undo and redo) makes them head whatever it is.
        ``expected_head_id``: who the page showed as the delegation's head, None if it
        showed none. If someone else heads it now (another organizer chose them), making
        this person head would overwrite that choice unseen: ConflictError says who. A
        head gone since is no conflict (nobody's choice is lost). UNCHECKED (undo and
        redo) replaces whoever heads it.
        """
        with self._database.writing() as session:
            person = get_or_raise(session, Person, person_id, "Person")
            check_version(session, person, expected_version, "Person")
            former = session.scalar(
                select(Person).where(
                    Person.delegation_id == person.delegation_id,
                    Person.role == PersonRole.HEAD,
                    Person.id != person.id,
                )
            )
            if (
                not isinstance(expected_head_id, Unchecked)
                and former is not None
                and former.id != expected_head_id
            ):
                raise _head_conflict(session, former, expected_head_id)
            change = HeadChange(
                person_id=person.id,
                previous_role=person.role,
                former_head_id=former.id if former else None,
            )
            if former is not None:
                former.role = PersonRole.MEMBER
                session.flush()
            person.role = PersonRole.HEAD
            session.flush()
            return change

    def undo_head_change(self, change: HeadChange) -> None:
        """Put back the roles set_head changed; refused (UserFacingError) when another
        organizer changed them since, whose choice the undo would overwrite."""
        with self._database.writing() as session:
            person = get_or_raise(session, Person, change.person_id, "Person")
            former = (
                get_or_raise(session, Person, change.former_head_id, "Person")
                if change.former_head_id is not None
                else None
            )
            former_changed = former is not None and (
                former.role is not PersonRole.MEMBER or former.delegation_id != person.delegation_id
            )
            if person.role is not PersonRole.HEAD or former_changed:
                raise UserFacingError(
                    f"The head of {person.delegation.city.name_en} was changed since by "
                    "another organizer; undoing would overwrite that."
                )
            person.role = change.previous_role
            session.flush()
            if former is not None:
                former.role = PersonRole.HEAD

    def move_person(
        self,
        person_id: int,
        delegation_id: int,
        role: PersonRole | None = None,
        expected_version: int | None = None,
    ) -> PersonRecord:
        """Move a person to another delegation of the same meeting.

        A head arrives as a member when the target already has a head; a signatory must
        first be taken off the signatories (they signed for their old city). ``role``
        sets the role they arrive with (the undo of a move puts a head back as head).
        ``expected_version``: the person's version the Move to... form loaded (see
        services/concurrency.py); None (undo and redo) moves them whatever it is.
        """
        with self._database.writing() as session:
            person = get_or_raise(session, Person, person_id, "Person")
            check_version(session, person, expected_version, "Person")
            target = get_or_raise(session, Delegation, delegation_id, "Delegation")
            source = get_or_raise(session, Delegation, person.delegation_id, "Delegation")
            check = Checker()
            check.check(
                "delegation_id",
                target.meeting_id == source.meeting_id,
                "choose a delegation of the same meeting.",
            )
            signs = session.scalar(
                select(func.count(Signatory.id)).where(Signatory.person_id == person.id)
            )
            check.check(
                "delegation_id",
                not signs,
                f"{person_record(person).name} signs the declaration for "
                f"{source.city.name_en}: choose another signatory first.",
            )
            target_has_head = any(
                p.role is PersonRole.HEAD and p.id != person.id for p in target.persons
            )
            check.check(
                "role",
                not (role is PersonRole.HEAD and target_has_head),
                f"{target.city.name_en} has a head already.",
            )
            check.raise_if_any()
            if role is not None:
                person.role = role
            elif person.role is PersonRole.HEAD and target_has_head:
                person.role = PersonRole.MEMBER
            person.delegation_id = target.id
            session.flush()
            return person_record(person)

    def get_person(self, person_id: int) -> PersonRecord:
        with self._database.reading() as session:
            return load_person(session, person_id)


def _head_conflict(session: Session, head: Person, shown_id: int | None) -> ConflictError:
    """set_head's refusal: ``head`` heads the delegation, which the page showed headed by
    ``shown_id`` (None: by nobody). Who made them head is the latest change of their role
    or delegation in the change log (a move brings a head along)."""
    delegation = head.delegation
    before = None
    if shown_id is not None:
        shown = session.get(Person, shown_id)
        before = person_record(shown).name if shown else f"person {shown_id}"
    made = [
        entry
        for entry in entries_for(session, "person", head.id)
        if entry.changes.keys() & {"role", "delegation_id"}
    ]
    return ConflictError(
        "Delegation",
        delegation.id,
        [
            ChangedField(
                field=f"head of {delegation.city.name_en}",
                before=before,
                after=person_record(head).name,
                by=made[-1].changed_by if made else "Another organizer",
                at=made[-1].changed_at.replace(tzinfo=dt.UTC) if made else None,
            )
        ],
        label=f"the delegation of {delegation.city.name_en}",
    )


def _summary(
    session: Session, delegation: Delegation, persons: Sequence[PersonRecord] | None = None
) -> DelegationSummary:
    """The delegation's summary; ``persons``: its persons when already read."""
    if persons is None:
        persons = [person_record(p) for p in delegation.persons]
    head = next((p for p in persons if p.role is PersonRole.HEAD), None)
    proxy_city = None
    if delegation.proxy_to_id is not None:
        holder = aliased(Delegation)
        proxy_city = session.scalar(
            select(City.name_en)
            .join(holder, holder.city_id == City.id)
            .where(holder.id == delegation.proxy_to_id)
        )
    city = delegation.city
    return DelegationSummary(
        id=delegation.id,
        meeting_id=delegation.meeting_id,
        city_id=delegation.city_id,
        city_name=city.name_en,
        city_local_name=city.name_local,
        city_country=city.country,
        status=delegation.status,
        proxy_to_id=delegation.proxy_to_id,
        proxy_to_city=proxy_city,
        head_name=head.name if head else None,
        head_is_placeholder=bool(head and head.is_placeholder),
        person_count=len(persons),
        notes=delegation.notes,
        version=delegation.version,
    )
