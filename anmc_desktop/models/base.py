"""The declarative base shared by every table, with portable naming and types."""

from __future__ import annotations

import enum
import os
import uuid
from typing import Any, ClassVar

from sqlalchemy import Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from anmc_desktop.records.limits import SHORT_TEXT

# Named constraints let Alembic alter SQLite tables (batch mode) and keep the schema
# identical on PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {str: String(SHORT_TEXT)}


class VersionedMixin:
    """Every record carries a version, bumped on each update (optimistic locking)."""

    version: Mapped[int] = mapped_column(nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (SQLAlchemy passes the class)
        return {"version_id_col": cls.version}


def enum_column_type(enum_class: type[enum.Enum], name: str) -> Enum:
    """A portable enum: a VARCHAR holding the member's value, with a CHECK constraint."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def new_identity() -> str:
    """A UUID in its canonical text form: a record's identity beyond this database."""
    return str(uuid.uuid4())


def new_identities(count: int) -> list[str]:
    """``count`` identities as new_identity makes them (random UUIDs of version 4), for
    records made in bulk: written from one read of random bytes, where uuid4 reads the
    system's random source and checks its fields again for every one."""
    random = os.urandom(16 * count).hex()
    identities = []
    for start in range(0, 32 * count, 32):
        digits = random[start : start + 32]
        variant = "89ab"[int(digits[16], 16) & 3]  # the two top bits 10: RFC 4122's variant
        identities.append(
            f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"
        )
    return identities
