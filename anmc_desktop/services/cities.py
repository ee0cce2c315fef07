"""Member cities of the network."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.models import City, Delegation, Meeting
from anmc_desktop.records.cities import CityDraft, CityRecord, is_time_zone
from anmc_desktop.records.enums import CityStatus
from anmc_desktop.services.calendar_sequence import raise_sequences_of_meetings_hosted_by
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
    check.raise_if_any()
    city.name_en = name_en
    city.name_local = name_local
    city.country = country
    city.member_since = draft.member_since
    city.status = status  # type: ignore[assignment]
    city.time_zone = time_zone
