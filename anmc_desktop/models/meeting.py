"""Meetings of the network (plenaries)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anmc_desktop.models.base import Base, VersionedMixin, new_identity
from anmc_desktop.records.limits import LONG_TEXT

if TYPE_CHECKING:
    from anmc_desktop.models.city import City


class Meeting(VersionedMixin, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("first_day <= last_day", name="days_in_order"),
        CheckConstraint("number IS NULL OR number > 0", name="number_positive"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Who the meeting is wherever it travels (its file, another laptop): ids are per database.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_identity)
    title: Mapped[str]
    number: Mapped[int | None]
    host_city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"))
    venue: Mapped[str] = mapped_column(default="")
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    theme: Mapped[str] = mapped_column(String(LONG_TEXT), default="")

    host_city: Mapped[City] = relationship()
