"""A city's delegation to one meeting, and the persons in it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from anmc_desktop.models.base import Base, VersionedMixin, enum_column_type, new_identity
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.limits import LONG_TEXT
from anmc_desktop.text import person_search_text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from anmc_desktop.models.city import City
    from anmc_desktop.models.meeting import Meeting


# Marks a column whose values the change log keeps out (storage/change_log.py).
PERSONAL = {"personal": True}


class Delegation(VersionedMixin, Base):
    __tablename__ = "delegation"
    __table_args__ = (
        UniqueConstraint("meeting_id", "city_id"),
        CheckConstraint(
            "(status = 'proxy' AND proxy_to_id IS NOT NULL)"
            " OR (status <> 'proxy' AND proxy_to_id IS NULL)",
            name="proxy_has_holder",
        ),
        CheckConstraint("proxy_to_id IS NULL OR proxy_to_id <> id", name="proxy_not_self"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"))
    status: Mapped[DelegationStatus] = mapped_column(
        enum_column_type(DelegationStatus, "delegation_status"),
        default=DelegationStatus.INVITED,
    )
    proxy_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(String(LONG_TEXT), default="")

    meeting: Mapped[Meeting] = relationship()
    city: Mapped[City] = relationship()
    persons: Mapped[list[Person]] = relationship(
        back_populates="delegation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Person.id",
    )


class Person(VersionedMixin, Base):
    __tablename__ = "person"
    __table_args__ = (
        # A referencing row (a signatory) can require that the person belongs to a
        # given delegation through a composite foreign key on this pair.
        UniqueConstraint("delegation_id", "id"),
        Index(
            "uq_person_one_head_per_delegation",
            "delegation_id",
            unique=True,
            sqlite_where=text("role = 'head'"),
            postgresql_where=text("role = 'head'"),
        ),
        # A search reads only this narrow index, never the wide rows: a keystroke over
        # 100,000 persons scans it in a fifth of the time. SQLite only: a PostgreSQL
        # B-tree refuses an entry over 2,700 bytes, and a search text may be longer.
        Index("ix_person_search", "delegation_id", "version", "search_text").ddl_if(
            dialect="sqlite"
        ),
        CheckConstraint(
            "departure IS NULL OR arrival IS NULL OR arrival <= departure",
            name="arrival_before_departure",
        ),
        CheckConstraint(
            "given_name <> '' OR family_name <> '' OR native_name <> ''", name="has_a_name"
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    # Who the person is on a badge's QR code, whatever the row's id becomes elsewhere.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_identity)
    given_name: Mapped[str] = mapped_column(default="")
    family_name: Mapped[str] = mapped_column(default="")
    family_name_first: Mapped[bool] = mapped_column(default=False)
    native_name: Mapped[str] = mapped_column(default="")
    honorific: Mapped[str] = mapped_column(default="")
    position: Mapped[str] = mapped_column(String(LONG_TEXT), default="")
    role: Mapped[PersonRole] = mapped_column(
        enum_column_type(PersonRole, "person_role"), default=PersonRole.MEMBER
    )
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    arrival: Mapped[dt.datetime | None]
    departure: Mapped[dt.datetime | None]
    arrival_flight: Mapped[str] = mapped_column(default="")
    arrival_point: Mapped[str] = mapped_column(default="")  # airport, station, terminal
    departure_flight: Mapped[str] = mapped_column(default="")
    met_by: Mapped[str] = mapped_column(default="")  # the host's contact who meets them
    hotel: Mapped[str] = mapped_column(default="")
    room: Mapped[str] = mapped_column(default="")
    transport: Mapped[str] = mapped_column(default="")  # the car or bus assigned
    dietary_needs: Mapped[str] = mapped_column(String(LONG_TEXT), default="")
    access_needs: Mapped[str] = mapped_column(String(LONG_TEXT), default="")
    # For visa support letters; personal data (PERSONAL_FIELDS): never in the change log,
    # in ordinary exports or lists.
    passport_number: Mapped[str] = mapped_column(default="", info=PERSONAL)
    passport_expiry: Mapped[dt.date | None] = mapped_column(info=PERSONAL)
    nationality: Mapped[str] = mapped_column(default="", info=PERSONAL)
    notes: Mapped[str] = mapped_column(String(LONG_TEXT), default="")
    # A stand-in for someone not yet known (the sample's unnamed heads of delegation).
    is_placeholder: Mapped[bool] = mapped_column(default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")

    delegation: Mapped[Delegation] = relationship(back_populates="persons")


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _refresh_person_search_text(_mapper: Mapper[Person], _conn: Connection, person: Person) -> None:
    person.search_text = person_search_text(person)
