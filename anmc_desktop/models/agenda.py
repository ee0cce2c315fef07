"""Agenda items of a meeting, with their moderator and speakers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anmc_desktop.models.base import Base, VersionedMixin, enum_column_type, new_identity
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.records.limits import LONG_TEXT

if TYPE_CHECKING:
    from anmc_desktop.models.delegation import Person
    from anmc_desktop.models.meeting import Meeting

agenda_speaker = Table(
    "agenda_speaker",
    Base.metadata,
    Column(
        "agenda_item_id",
        ForeignKey("agenda_item.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class AgendaItem(VersionedMixin, Base):
    """One item of the programme. Times are wall-clock times in the host city's zone."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("starts_at <= ends_at", name="starts_before_end"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    # The item's calendar identity (the UID of its event), kept on every laptop it goes to.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_identity)
    # The event's SEQUENCE: raised by every change a calendar shows. Not the version, which
    # starts again at 1 in another database, so a calendar would take a change as older.
    sequence: Mapped[int] = mapped_column(default=0)
    kind: Mapped[AgendaKind] = mapped_column(
        enum_column_type(AgendaKind, "agenda_kind"), default=AgendaKind.OTHER
    )
    title: Mapped[str] = mapped_column(String(LONG_TEXT))
    description: Mapped[str] = mapped_column(String(LONG_TEXT), default="")
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    room: Mapped[str] = mapped_column(default="")
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship()
    moderator: Mapped[Person | None] = relationship()
    # Written through agenda_speaker rows (which keep the speakers' order), read here.
    speakers: Mapped[list[Person]] = relationship(
        secondary=agenda_speaker, order_by=agenda_speaker.c.position, viewonly=True
    )
