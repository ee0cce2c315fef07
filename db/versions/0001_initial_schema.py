"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "city",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_local", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("member_since", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "member",
                "observer",
                "former",
                name="city_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("time_zone", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city")),
        sa.UniqueConstraint("name_en", name=op.f("uq_city_name_en")),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_search_text"), ["search_text"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("host_city_id", sa.Integer(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("theme", sa.String(length=4000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("first_day <= last_day", name=op.f("ck_meeting_days_in_order")),
        sa.CheckConstraint("number IS NULL OR number > 0", name=op.f("ck_meeting_number_positive")),
        sa.ForeignKeyConstraint(
            ["host_city_id"],
            ["city.id"],
            name=op.f("fk_meeting_host_city_id_city"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_table(
        "declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=4000), nullable=False),
        sa.Column("opening", sa.String(length=4000), nullable=False),
        sa.Column("transition", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("signing_date", sa.Date(), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("originals_count", sa.Integer(), nullable=False),
        sa.Column("testimonium_override", sa.String(length=4000), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "final",
                name="declaration_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "signing_order_rule",
            sa.Enum(
                "visitors_alphabetical_host_last",
                "host_first",
                "manual",
                name="signing_order_rule",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "originals_count >= 1", name=op.f("ck_declaration_at_least_one_original")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_declaration_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration")),
    )
    with op.batch_alter_table("declaration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_declaration_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "confirmed",
                "attending",
                "absent",
                "proxy",
                name="delegation_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("proxy_to_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=4000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(status = 'proxy' AND proxy_to_id IS NOT NULL)"
            " OR (status <> 'proxy' AND proxy_to_id IS NULL)",
            name=op.f("ck_delegation_proxy_has_holder"),
        ),
        sa.CheckConstraint(
            "proxy_to_id IS NULL OR proxy_to_id <> id", name=op.f("ck_delegation_proxy_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"], name=op.f("fk_delegation_city_id_city"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_delegation_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proxy_to_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_proxy_to_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
        sa.UniqueConstraint("meeting_id", "city_id", name=op.f("uq_delegation_meeting_id_city_id")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "declaration_paragraph",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column(
            "section",
            sa.Enum(
                "preamble",
                "clause",
                name="paragraph_section",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=4000), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["declaration.id"],
            name=op.f("fk_declaration_paragraph_declaration_id_declaration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_paragraph")),
    )
    with op.batch_alter_table("declaration_paragraph", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_declaration_paragraph_declaration_id"), ["declaration_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("family_name_first", sa.Boolean(), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("honorific", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=4000), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "head",
                "member",
                "adviser",
                "interpreter",
                "staff",
                "press",
                name="person_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=200), nullable=False),
        sa.Column("arrival", sa.DateTime(), nullable=True),
        sa.Column("departure", sa.DateTime(), nullable=True),
        sa.Column("dietary_needs", sa.String(length=4000), nullable=False),
        sa.Column("access_needs", sa.String(length=4000), nullable=False),
        sa.Column("notes", sa.String(length=4000), nullable=False),
        sa.Column("is_placeholder", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.String(length=4000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "given_name <> '' OR family_name <> '' OR native_name <> ''",
            name=op.f("ck_person_has_a_name"),
        ),
        sa.CheckConstraint(
            "departure IS NULL OR arrival IS NULL OR arrival <= departure",
            name=op.f("ck_person_arrival_before_departure"),
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_person_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("delegation_id", "id", name=op.f("uq_person_delegation_id_id")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(
            "uq_person_one_head_per_delegation",
            ["delegation_id"],
            unique=True,
            sqlite_where=sa.text("role = 'head'"),
            postgresql_where=sa.text("role = 'head'"),
        )

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "plenary_session",
                "panel_discussion",
                "presentation",
                "exhibition",
                "performance",
                "ceremony",
                "reception",
                "excursion",
                "other",
                name="agenda_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=4000), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("room", sa.String(length=200), nullable=False),
        sa.Column("moderator_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("starts_at <= ends_at", name=op.f("ck_agenda_item_starts_before_end")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moderator_id"],
            ["person.id"],
            name=op.f("fk_agenda_item_moderator_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "confirmed",
                "signed",
                "signed_ad_referendum",
                "absent",
                name="signatory_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("position >= 1", name=op.f("ck_signatory_position_positive")),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["declaration.id"],
            name=op.f("fk_signatory_declaration_id_declaration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id", "person_id"],
            ["person.delegation_id", "person.id"],
            name="fk_signatory_person_in_delegation",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_signatory_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
        sa.UniqueConstraint(
            "declaration_id",
            "delegation_id",
            name=op.f("uq_signatory_declaration_id_delegation_id"),
        ),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatory_declaration_id"), ["declaration_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_signatory_person_id"), ["person_id"], unique=False)

    op.create_table(
        "agenda_speaker",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_speaker_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_agenda_speaker_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", "person_id", name=op.f("pk_agenda_speaker")),
    )


def downgrade() -> None:
    op.drop_table("agenda_speaker")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_person_id"))
        batch_op.drop_index(batch_op.f("ix_signatory_declaration_id"))

    op.drop_table("signatory")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_person_one_head_per_delegation",
            sqlite_where=sa.text("role = 'head'"),
            postgresql_where=sa.text("role = 'head'"),
        )
        batch_op.drop_index(batch_op.f("ix_person_delegation_id"))

    op.drop_table("person")
    with op.batch_alter_table("declaration_paragraph", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_declaration_paragraph_declaration_id"))

    op.drop_table("declaration_paragraph")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_meeting_id"))

    op.drop_table("delegation")
    with op.batch_alter_table("declaration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_declaration_meeting_id"))

    op.drop_table("declaration")
    op.drop_table("meeting")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_search_text"))

    op.drop_table("city")
