"""Member cities of the network."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from anmc_desktop.models.base import Base, VersionedMixin, enum_column_type
from anmc_desktop.records.enums import CityStatus
from anmc_desktop.text import city_search_text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class City(VersionedMixin, Base):
    __tablename__ = "city"
    __table_args__ = (UniqueConstraint("name_en"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str]
    name_local: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    member_since: Mapped[dt.date | None]
    status: Mapped[CityStatus] = mapped_column(
        enum_column_type(CityStatus, "city_status"), default=CityStatus.MEMBER
    )
    # IANA zone name; the agenda of a meeting hosted here is in this zone.
    time_zone: Mapped[str] = mapped_column(default="UTC")
    search_text: Mapped[str] = mapped_column(Text, default="", index=True)
    aliases: Mapped[list[CityAlias]] = relationship(
        back_populates="city",
        cascade="all, delete-orphan",
        order_by="CityAlias.id",
        lazy="selectin",
        passive_deletes=True,
    )


class CityAlias(VersionedMixin, Base):
    """Another name an import may meet for the city: an official name ("Tomsk Region"), a
    historic one ("Rangoon"), or the name in another script ("東京"). The folded key is
    unique across the network, so that an alias names exactly one city."""

    __tablename__ = "city_alias"
    __table_args__ = (UniqueConstraint("alias_key"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str]
    # The alias as matching folds it (text.search_key): "TOMSK region" and "Tomsk Region"
    # are one alias.
    alias_key: Mapped[str]
    city: Mapped[City] = relationship(back_populates="aliases")


@event.listens_for(City, "before_insert")
@event.listens_for(City, "before_update")
def _refresh_city_search_text(_mapper: Mapper[City], _conn: Connection, city: City) -> None:
    city.search_text = city_search_text(city)
