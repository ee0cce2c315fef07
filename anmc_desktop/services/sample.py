"""Adds the reference meeting (Tomsk, 2014) to a database in one transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.models import AgendaItem, City, Declaration, Delegation, Meeting, Person
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.records.enums import DelegationStatus, PersonRole, SignatoryStatus
from anmc_desktop.sample import tomsk_2014 as facts
from anmc_desktop.services.declaration_text import apply_declaration_draft
from anmc_desktop.services.signatory_placement import place_signatories


class SampleService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def load(
        self,
        placeholder_name: str = facts.PLACEHOLDER_FAMILY_NAME,
        placeholder_position: str = facts.PLACEHOLDER_POSITION,
    ) -> int:
        """Add the sample meeting; member cities already present are reused. Returns its id.

        The heads not named in the facts are placeholders written as ``placeholder_name``
        and ``placeholder_position``: the window gives them in its language."""
        with self._database.writing() as session:
            cities = _ensure_cities(session)
            meeting = Meeting(
                title=facts.MEETING_TITLE,
                number=facts.MEETING_NUMBER,
                host_city=cities[facts.HOST],
                venue=facts.VENUE,
                first_day=facts.FIRST_DAY,
                last_day=facts.LAST_DAY,
                theme=facts.THEME,
            )
            session.add(meeting)
            delegations = {
                name: Delegation(
                    meeting=meeting, city=cities[name], status=DelegationStatus.ATTENDING
                )
                for name in facts.DELEGATION_CITIES
            }
            session.add_all(delegations.values())
            _add_persons(session, delegations, (placeholder_name, placeholder_position))
            session.add_all(
                AgendaItem(
                    meeting=meeting,
                    kind=item.kind,
                    title=item.title,
                    description=item.description,
                    starts_at=item.starts_at,
                    ends_at=item.ends_at,
                    room=item.room,
                )
                for item in facts.AGENDA
            )
            declaration = Declaration(meeting=meeting)
            apply_declaration_draft(
                session,
                declaration,
                DeclarationDraft(
                    title=facts.DECLARATION_TITLE,
                    opening=facts.DECLARATION_OPENING,
                    preamble=facts.DECLARATION_PREAMBLE,
                    clauses=facts.DECLARATION_CLAUSES,
                    place=facts.DECLARATION_PLACE,
                    signing_date=facts.DECLARATION_DATE,
                    originals_count=facts.DECLARATION_ORIGINALS,
                ),
            )
            session.add(declaration)
            session.flush()
            place_signatories(
                session,
                declaration,
                [
                    SignatoryChoice(delegations[name].id, status=SignatoryStatus.SIGNED)
                    for name in facts.SIGNING_CITIES
                ],
            )
            session.flush()
            return meeting.id


def _ensure_cities(session: Session) -> dict[str, City]:
    existing = {c.name_en: c for c in session.scalars(select(City))}
    for fact in facts.CITIES:
        if fact.name_en not in existing:
            city = City(
                name_en=fact.name_en,
                name_local=fact.name_local,
                country=fact.country,
                time_zone=fact.time_zone,
                member_since=fact.member_since,
            )
            session.add(city)
            existing[fact.name_en] = city
    return existing


def _add_persons(
    session: Session, delegations: dict[str, Delegation], placeholder: tuple[str, str]
) -> None:
    named_heads = {p.city for p in facts.PERSONS if p.role is PersonRole.HEAD}
    for fact in facts.PERSONS:
        travel = facts.TRAVEL.get(fact.family_name)
        session.add(
            Person(
                **(vars(travel) if travel else {}),
                delegation=delegations[fact.city],
                given_name=fact.given_name,
                family_name=fact.family_name,
                family_name_first=fact.family_name_first,
                native_name=fact.native_name,
                honorific=fact.honorific,
                position=fact.position,
                role=fact.role,
            )
        )
    for city in facts.DELEGATION_CITIES:
        if city not in named_heads:
            session.add(
                Person(
                    delegation=delegations[city],
                    family_name=placeholder[0],
                    position=placeholder[1],
                    role=PersonRole.HEAD,
                    is_placeholder=True,
                )
            )
