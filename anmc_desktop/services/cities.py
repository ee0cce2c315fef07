"""Member cities of the network."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.city_matching import name_key
from anmc_desktop.models import City, Delegation, Meeting
from anmc_desktop.records.cities import CityDraft, CityName, CityRecord, draft_of, is_time_zone
from anmc_desktop.records.enums import CityStatus
from anmc_desktop.services.calendar_sequence import raise_sequences_of_meetings_hosted_by
from anmc_desktop.services.city_aliases import (
    ALIASES_FIELD,
    aliases_of_other_cities,
    check_aliases,
    names_of_other_cities,
    replace_aliases,
)
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import city_record
from anmc_desktop.services.validation import Checker


class CityService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_cities(self) -> list[CityRecord]:
        with self._database.reading() as session:
            cities = session.scalars(select(City))
            return sorted((city_record(c) for c in cities), key=lambda c: c.name_en.casefold())

    def names(self, *, free_in_meeting: int | None = None) -> list[CityName]:
        """Every city by name, as a chooser offers it (plain columns: 1,000 cities fill a
        chooser at once); with ``free_in_meeting``, those without a delegation in it."""
        query = select(City.id, City.name_en, City.country)
        if free_in_meeting is not None:
            taken = select(Delegation.city_id).where(Delegation.meeting_id == free_in_meeting)
            query = query.where(City.id.not_in(taken))
        with self._database.reading() as session:
            rows = session.execute(query).all()
        return sorted((CityName(*row) for row in rows), key=lambda c: c.name_en.casefold())

    def get(self, city_id: int) -> CityRecord:
        with self._database.reading() as session:
            return city_record(_load(session, city_id))

    def create(self, draft: CityDraft, *, city_id: int | None = None) -> CityRecord:
        """Add a city; ``city_id`` puts back a city that ``delete_unused`` removed (redo)."""
        with self._database.writing() as session:
            city = City(id=city_id)
            apply_city_draft(session, city, draft)
            session.add(city)
            session.flush()
            return city_record(city)

    def update(
        self, city_id: int, draft: CityDraft, expected_version: int | None = None
    ) -> CityRecord:
        """Save an edit; ``expected_version`` (the version the form loaded) makes a save
        over another organizer's change raise ConflictError instead of overwriting it."""
        with self._database.writing() as session:
            city = _load(session, city_id)
            check_version(session, city, expected_version, "City")
            time_zone = city.time_zone
            apply_city_draft(session, city, draft)
            if city.time_zone != time_zone:
                raise_sequences_of_meetings_hosted_by(session, city.id)
            session.flush()
            return city_record(city)

    def change_aliases(
        self, city_id: int, *, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> CityRecord:
        """Add and remove aliases (``remove`` by any spelling of one), checked as the form
        checks them."""
        with self._database.writing() as session:
            city = _load(session, city_id)
            unknown = set(map(name_key, remove)) - {a.alias_key for a in city.aliases}
            if unknown:
                missing = [alias for alias in remove if name_key(alias) in unknown]
                raise ValidationError.single(
                    ALIASES_FIELD,
                    f"{', '.join(map(repr, missing))}: not an alias of {city.name_en}.",
                )
            removed = set(map(name_key, remove))
            kept = [a.alias for a in city.aliases if a.alias_key not in removed]
            apply_city_draft(
                session, city, replace(draft_of(city_record(city)), aliases=(*kept, *add))
            )
            session.flush()
            return city_record(city)

    def names_taken(self, city_id: int | None) -> dict[str, str]:
        """The matching key (exchange.city_matching.name_key) of every name and alias of
        the cities but ``city_id``, with that city's English name: what the city form
        refuses as an alias."""
        with self._database.reading() as session:
            return names_of_other_cities(session, city_id)

    def retire(self, city_id: int) -> CityRecord:
        """A former member keeps its delegations and its change log."""
        with self._database.writing() as session:
            city = _load(session, city_id)
            city.status = CityStatus.FORMER
            session.flush()
            return city_record(city)

    def delete_unused(self, city_id: int) -> CityRecord:
        """Remove a city that nothing refers to (undoing its creation); a city with
        delegations or meetings is retired instead, never deleted."""
        with self._database.writing() as session:
            city = _load(session, city_id)
            delegations = select(func.count(Delegation.id)).where(Delegation.city_id == city_id)
            meetings = select(func.count(Meeting.id)).where(Meeting.host_city_id == city_id)
            used = session.scalar(delegations) or session.scalar(meetings)
            if used:
                raise ValidationError.single(
                    "id", f"{city.name_en} has delegations or meetings: retire it instead."
                )
            record = city_record(city)
            session.delete(city)
            return record


def _load(session: Session, city_id: int) -> City:
    return get_or_raise(session, City, city_id, "City")


def apply_city_draft(session: Session, city: City, draft: CityDraft) -> None:
    check = Checker()
    name_en = check.text("name_en", draft.name_en, required=True)
    name_local = check.text("name_local", draft.name_local)
    country = check.text("country", draft.country)
    status = check.enum("status", draft.status, CityStatus)
    time_zone = check.text("time_zone", draft.time_zone, required=True)
    if time_zone:
        check.check("time_zone", is_time_zone(time_zone), f"{time_zone!r} is not a time zone.")
    if name_en:
        # Compared in Python: SQLite's lower() folds ASCII letters only ("Ōsaka").
        folded = name_en.casefold()
        clash = any(
            other_id != city.id and other.casefold() == folded
            for other_id, other in session.execute(select(City.id, City.name_en))
        )
        check.check("name_en", not clash, f"another city is already named {name_en!r}.")
    aliases = check_aliases(check, session, city.id, (name_en, name_local), draft.aliases)
    taken = aliases_of_other_cities(session, city.id)
    for field, name in (("name_en", name_en), ("name_local", name_local)):
        if name_key(name) in taken:
            check.fail(field, f"{name!r} is already an alias of {taken[name_key(name)]}.")
    check.raise_if_any()
    replace_aliases(city, aliases)
    city.name_en = name_en
    city.name_local = name_local
    city.country = country
    city.member_since = draft.member_since
    city.status = status  # type: ignore[assignment]
    city.time_zone = time_zone
