"""seating plan of the plenary hall, check-in of persons, persons' identities

A meeting's seating plan keeps its layout and the host's place; places arranged by hand
in the window keep their order of delegations. A check-in row says a person arrived, and
when. Every person gains a UUID, the identity a badge's QR code carries (existing persons
get fresh ones).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


# Rebuilding the person table must keep SQLite's AUTOINCREMENT (0003) and the highest id
# it ever gave (a rebuilt table starts from its highest remaining id), or a removed
# person's id could be given again.
_KEEP_IDS = {"sqlite_autoincrement": True}


def _last_person_id(bind: sa.engine.Connection) -> int | None:
    if bind.dialect.name != "sqlite":
        return None
    return bind.execute(
        sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'person'")
    ).scalar_one_or_none()


def _keep_last_person_id(bind: sa.engine.Connection, last: int | None) -> None:
    if last is not None:
        bind.execute(
            sa.text("UPDATE sqlite_sequence SET seq = MAX(seq, :last) WHERE name = 'person'"),
            {"last": last},
        )


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    bind = op.get_bind()
    last_person_id = _last_person_id(bind)
    with op.batch_alter_table("person", table_kwargs=_KEEP_IDS) as batch:
        batch.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
    ids = bind.execute(sa.text("SELECT id FROM person")).scalars().all()
    if ids:
        bind.execute(
            sa.text("UPDATE person SET uuid = :uuid WHERE id = :id"),
            [{"id": person_id, "uuid": str(uuid.uuid4())} for person_id in ids],
        )
    with op.batch_alter_table("person", table_kwargs=_KEEP_IDS) as batch:
        batch.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch.create_unique_constraint("uq_person_uuid", ["uuid"])
    _keep_last_person_id(bind, last_person_id)

    op.create_table(
        "seating_plan",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "layout", _enum("seating_layout", "round", "u_shape", "theatre", "head_table"),
            nullable=False,
        ),
        sa.Column("host_place", _enum("host_place", "head", "last", "alphabetical"),
                  nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE",
                                name="fk_seating_plan_meeting_id_meeting"),
        sa.PrimaryKeyConstraint("meeting_id", name="pk_seating_plan"),
    )  # fmt: skip
    op.create_table(
        "seating_place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["seating_plan.meeting_id"], ondelete="CASCADE",
                                name="fk_seating_place_meeting_id_seating_plan"),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], ondelete="CASCADE",
                                name="fk_seating_place_delegation_id_delegation"),
        sa.PrimaryKeyConstraint("id", name="pk_seating_place"),
        sa.UniqueConstraint("meeting_id", "position",
                            name="uq_seating_place_meeting_id_position"),
        sa.UniqueConstraint("delegation_id", name="uq_seating_place_delegation_id"),
        sqlite_autoincrement=True,
    )  # fmt: skip
    op.create_index("ix_seating_place_meeting_id", "seating_place", ["meeting_id"])
    op.create_table(
        "check_in",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE",
                                name="fk_check_in_person_id_person"),
        sa.PrimaryKeyConstraint("person_id", name="pk_check_in"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("check_in")
    op.drop_index("ix_seating_place_meeting_id", table_name="seating_place")
    op.drop_table("seating_place")
    op.drop_table("seating_plan")
    last_person_id = _last_person_id(op.get_bind())
    with op.batch_alter_table("person", table_kwargs=_KEEP_IDS) as batch:
        batch.drop_constraint("uq_person_uuid", type_="unique")
        batch.drop_column("uuid")
    _keep_last_person_id(op.get_bind(), last_person_id)
