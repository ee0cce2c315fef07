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
    """``count`` identities as ``new_identity`` makes them (random version-4 UUIDs), made
    from one read of the system's randomness and one hex text: 100,000 calls of
    uuid.uuid4 took a tenth of a person import's writing."""
    random = bytearray(os.urandom(16 * count))
    random[6::16] = bytes(byte & 0x0F | 0x40 for byte in random[6::16])  # version 4
    random[8::16] = bytes(byte & 0x3F | 0x80 for byte in random[8::16])  # RFC 4122 variant
    text = random.hex()
    return [
        f"{text[at : at + 8]}-{text[at + 8 : at + 12]}-{text[at + 12 : at + 16]}"
        f"-{text[at + 16 : at + 20]}-{text[at + 20 : at + 32]}"
        for at in range(0, 32 * count, 32)
    ]
