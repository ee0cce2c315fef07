"""Removing persons and delegations so that an undo can put back everything they had."""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.models import AgendaItem, Delegation, Person, Signatory, agenda_speaker
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import PersonDraft, PersonRecord
from anmc_desktop.records.removals import RemovedDelegation, RemovedPerson, SignatorySnapshot
from anmc_desktop.services.calendar_sequence import raise_sequences_naming
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import person_record


class RemovalService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def preview_person_removal(self, person_id: int) -> RemovedPerson:
        """What removing the person would take along; nothing is changed."""
        with self._database.reading() as session:
            return _snapshot_person(session, get_or_raise(session, Person, person_id, "Person"))

    def remove_person(self, person_id: int) -> RemovedPerson:
        with self._database.writing() as session:
            person = get_or_raise(session, Person, person_id, "Person")
            snapshot = _snapshot_person(session, person)
            raise_sequences_naming(session, person.id)
            session.delete(person)
            return snapshot

    def restore_person(self, removed: RemovedPerson) -> PersonRecord:
        """Put the person back with the same id and every link they had."""
        with self._database.writing() as session:
            get_or_raise(session, Delegation, removed.person.delegation_id, "Delegation")
            return _restore_person(session, removed)

    def preview_delegation_removal(self, delegation_id: int) -> RemovedDelegation:
        with self._database.reading() as session:
            return _snapshot_delegation(session, delegation_id)

    def remove_delegation(self, delegation_id: int) -> RemovedDelegation:
        """Remove a delegation with its persons; delegations that gave it a proxy revert
        to invited."""
        with self._database.writing() as session:
            snapshot = _snapshot_delegation(session, delegation_id)
            for giver_id in snapshot.proxies_held_for:
                giver = get_or_raise(session, Delegation, giver_id, "Delegation")
                giver.status = DelegationStatus.INVITED
                giver.proxy_to_id = None
            session.flush()
            session.delete(get_or_raise(session, Delegation, delegation_id, "Delegation"))
            return snapshot

    def restore_delegation(self, removed: RemovedDelegation) -> None:
        """Put the delegation back with its persons, unless the city has a new delegation
        in the meeting meanwhile (e.g. another organizer added one)."""
        with self._database.writing() as session:
            taken = session.scalar(
                select(Delegation.id).where(
                    Delegation.meeting_id == removed.meeting_id,
                    Delegation.city_id == removed.city_id,
                )
            )
            if taken is not None or session.get(Delegation, removed.id) is not None:
                raise ValidationError.single(
                    "city_id", "the city has a delegation in this meeting again; it is kept."
                )
            holder = removed.proxy_to_id
            if holder is not None and session.get(Delegation, holder) is None:
                raise ValidationError.single(
                    "proxy_to_id", "the delegation that held its proxy is gone."
                )
            session.add(
                Delegation(
                    id=removed.id, meeting_id=removed.meeting_id, city_id=removed.city_id,
                    status=removed.status, proxy_to_id=removed.proxy_to_id, notes=removed.notes,
                )
            )  # fmt: skip
            session.flush()
            for person in removed.persons:
                _restore_person(session, person)
            for giver_id in removed.proxies_held_for:
                giver = session.get(Delegation, giver_id)
                if giver is not None:
                    giver.status = DelegationStatus.PROXY
                    giver.proxy_to_id = removed.id


def _snapshot_person(session: Session, person: Person) -> RemovedPerson:
    speaker_at = session.execute(
        select(agenda_speaker.c.agenda_item_id, agenda_speaker.c.position).where(
            agenda_speaker.c.person_id == person.id
        )
    ).all()
    moderated = session.scalars(select(AgendaItem.id).where(AgendaItem.moderator_id == person.id))
    signatories = session.scalars(select(Signatory).where(Signatory.person_id == person.id))
    return RemovedPerson(
        person=person_record(person),
        speaker_at=tuple((item_id, position) for item_id, position in speaker_at),
        moderator_of=tuple(moderated),
        signatory=tuple(
            SignatorySnapshot(s.declaration_id, s.position, s.status) for s in signatories
        ),
    )


def _snapshot_delegation(session: Session, delegation_id: int) -> RemovedDelegation:
    delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
    givers = session.scalars(select(Delegation.id).where(Delegation.proxy_to_id == delegation_id))
    return RemovedDelegation(
        id=delegation.id,
        meeting_id=delegation.meeting_id,
        city_id=delegation.city_id,
        status=delegation.status,
        proxy_to_id=delegation.proxy_to_id,
        notes=delegation.notes,
        persons=tuple(_snapshot_person(session, p) for p in delegation.persons),
        proxies_held_for=tuple(givers),
    )


def _restore_person(session: Session, removed: RemovedPerson) -> PersonRecord:
    record = removed.person
    if session.get(Person, record.id) is not None:
        raise ValidationError.single("id", f"{record.name} is already there.")
    if record.role is PersonRole.HEAD:
        heads = session.scalar(
            select(func.count(Person.id)).where(
                Person.delegation_id == record.delegation_id, Person.role == PersonRole.HEAD
            )
        )
        if heads:
            raise ValidationError.single(
                "role", f"cannot put {record.name} back as head: the delegation has a new head."
            )
    person = Person(
        id=record.id,
        delegation_id=record.delegation_id,
        # A person put back keeps their identity: a badge already printed still scans.
        **({"uuid": record.uuid} if record.uuid else {}),
        **{name: getattr(record, name) for name in PersonDraft.__dataclass_fields__},
    )
    session.add(person)
    session.flush()
    speaker_rows = [
        {"agenda_item_id": item_id, "person_id": person.id, "position": position}
        for item_id, position in removed.speaker_at
        if session.get(AgendaItem, item_id) is not None
    ]
    if speaker_rows:
        session.execute(insert(agenda_speaker), speaker_rows)
    for item_id in removed.moderator_of:
        item = session.get(AgendaItem, item_id)
        if item is not None and item.moderator_id is None:
            item.moderator_id = person.id
    session.flush()
    raise_sequences_naming(session, person.id)
    for signatory in removed.signatory:
        taken = session.scalar(
            select(Signatory.id).where(
                Signatory.declaration_id == signatory.declaration_id,
                Signatory.delegation_id == person.delegation_id,
            )
        )
        if taken is None:
            _make_room(session, signatory.declaration_id, signatory.position)
            session.add(
                Signatory(
                    declaration_id=signatory.declaration_id, delegation_id=person.delegation_id,
                    person_id=person.id, position=signatory.position, status=signatory.status,
                )
            )  # fmt: skip
    session.flush()
    return person_record(person)


def _make_room(session: Session, declaration_id: int, position: int) -> None:
    later = session.scalars(
        select(Signatory).where(
            Signatory.declaration_id == declaration_id, Signatory.position >= position
        )
    )
    for signatory in later:
        signatory.position += 1
