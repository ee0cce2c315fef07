"""The seating of a meeting's plenary hall and the check-in of its persons.

A meeting without a seating plan row is seated by its protocol rule; the row keeps the
layout and the host's place chosen for it, and ``seating_place`` rows keep an order of
delegations arranged by hand (one row per table place, the head of the table first).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anmc_desktop.models.base import Base, VersionedMixin, enum_column_type
from anmc_desktop.records.seating import HostPlace, SeatingLayout


class SeatingPlan(VersionedMixin, Base):
    __tablename__ = "seating_plan"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    layout: Mapped[SeatingLayout] = mapped_column(
        enum_column_type(SeatingLayout, "seating_layout"), default=SeatingLayout.ROUND
    )
    host_place: Mapped[HostPlace] = mapped_column(
        enum_column_type(HostPlace, "host_place"), default=HostPlace.HEAD
    )

    @property
    def id(self) -> int:
        """A plan is the meeting's: conflicts and the change log name it by the meeting."""
        return self.meeting_id


class SeatingPlace(VersionedMixin, Base):
    """One table place arranged by hand: the delegation sitting at ``position``."""

    __tablename__ = "seating_place"
    __table_args__ = (
        UniqueConstraint("meeting_id", "position"),
        UniqueConstraint("delegation_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.meeting_id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))


class CheckIn(VersionedMixin, Base):
    """A person who arrived at the meeting, and when (UTC). Kept apart from the person's
    row so that checking in never clashes with a form editing that person."""

    __tablename__ = "check_in"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    checked_in_at: Mapped[dt.datetime]
