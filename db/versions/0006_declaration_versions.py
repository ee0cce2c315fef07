"""declaration: one text per language; credentials of the signatories

A declaration holds one version per language (title, opening, transition, place,
testimonium override, and its preamble and clauses): the new declaration_version table,
and a language on every paragraph tying it to its version. The single text of an existing
declaration becomes its version in the first language its ``languages`` field names
(English when it names none this app knows), and ``languages`` goes: the languages are
those of the versions that exist.

Per signatory, whether the full powers or credentials letter has arrived and whether the
signature is given ad referendum. Existing signatories have neither.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

SIGNATORY_FLAGS = ("credentials_received", "ad_referendum")
# The text columns that move from declaration to declaration_version.
TEXT_COLUMNS = ("title", "opening", "transition", "place", "testimonium_override")
# English names of the languages (as the old ``languages`` field held them) by code.
LANGUAGE_NAMES = {
    "en": "English", "ru": "Russian", "ja": "Japanese", "ko": "Korean", "zh": "Chinese",
    "vi": "Vietnamese", "th": "Thai", "my": "Burmese", "id": "Indonesian", "ms": "Malay",
    "mn": "Mongolian", "hi": "Hindi", "fr": "French", "de": "German", "es": "Spanish",
}  # fmt: skip
LANGUAGE_CODE = 16
# SQLite rebuilds a table to alter it: the rebuilt one must keep AUTOINCREMENT (0003).
KEEP_AUTOINCREMENT = {"table_kwargs": {"sqlite_autoincrement": True}}


def _first_language(languages: str) -> str:
    """The code of the first language the old field names ("English, Russian" -> en)."""
    codes = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
    for part in languages.replace(";", ",").split(","):
        key = part.strip().casefold()
        if key in codes or key in LANGUAGE_NAMES:
            return codes.get(key, key)
    return "en"


def upgrade() -> None:
    with op.batch_alter_table("signatory", **KEEP_AUTOINCREMENT) as batch:
        for name in SIGNATORY_FLAGS:
            batch.add_column(
                sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)
            )
    op.create_table(
        "declaration_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=LANGUAGE_CODE), nullable=False),
        sa.Column("title", sa.String(length=4000), nullable=False),
        sa.Column("opening", sa.String(length=4000), nullable=False),
        sa.Column("transition", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("testimonium_override", sa.String(length=4000), nullable=False),
        sa.CheckConstraint("position >= 1", name=op.f("ck_declaration_version_position_positive")),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["declaration.id"],
            name=op.f("fk_declaration_version_declaration_id_declaration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_version")),
        sa.UniqueConstraint(
            "declaration_id",
            "language",
            name=op.f("uq_declaration_version_declaration_id_language"),
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_declaration_version_declaration_id"),
        "declaration_version",
        ["declaration_id"],
        unique=False,
    )
    bind = op.get_bind()
    declarations = bind.execute(
        sa.text(f"SELECT id, languages, {', '.join(TEXT_COLUMNS)} FROM declaration")
    ).mappings()
    for row in list(declarations):
        values = {name: row[name] for name in TEXT_COLUMNS}
        bind.execute(
            sa.text(
                "INSERT INTO declaration_version (declaration_id, position, language, "
                f"{', '.join(TEXT_COLUMNS)}) VALUES (:id, 1, :language, "
                f"{', '.join(':' + name for name in TEXT_COLUMNS)})"
            ),
            {"id": row["id"], "language": _first_language(row["languages"]), **values},
        )
    op.add_column(
        "declaration_paragraph",
        sa.Column("language", sa.String(length=LANGUAGE_CODE), nullable=True),
    )
    bind.execute(
        sa.text(
            "UPDATE declaration_paragraph SET language = (SELECT v.language FROM "
            "declaration_version v WHERE v.declaration_id = declaration_paragraph.declaration_id)"
        )
    )
    with op.batch_alter_table("declaration_paragraph", **KEEP_AUTOINCREMENT) as batch:
        batch.alter_column(
            "language", existing_type=sa.String(length=LANGUAGE_CODE), nullable=False
        )
        batch.create_foreign_key(
            "fk_declaration_paragraph_version",
            "declaration_version",
            ["declaration_id", "language"],
            ["declaration_id", "language"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("declaration", **KEEP_AUTOINCREMENT) as batch:
        for name in (*TEXT_COLUMNS, "languages"):
            batch.drop_column(name)


def downgrade() -> None:
    """The first version becomes the declaration's text again; the others are dropped."""
    with op.batch_alter_table("declaration", **KEEP_AUTOINCREMENT) as batch:
        for name, length in (
            ("title", 4000), ("opening", 4000), ("transition", 200), ("place", 200),
            ("languages", 200), ("testimonium_override", 4000),
        ):  # fmt: skip
            batch.add_column(
                sa.Column(name, sa.String(length=length), server_default="", nullable=False)
            )
    bind = op.get_bind()
    versions = bind.execute(
        sa.text(
            f"SELECT declaration_id, position, language, {', '.join(TEXT_COLUMNS)} "
            "FROM declaration_version ORDER BY declaration_id, position"
        )
    ).mappings()
    languages: dict[int, list[str]] = {}
    for row in list(versions):
        names = languages.setdefault(row["declaration_id"], [])
        names.append(LANGUAGE_NAMES.get(row["language"], row["language"]))
        if len(names) == 1:
            bind.execute(
                sa.text(
                    "UPDATE declaration SET "
                    f"{', '.join(f'{name} = :{name}' for name in TEXT_COLUMNS)} WHERE id = :id"
                ),
                {"id": row["declaration_id"], **{name: row[name] for name in TEXT_COLUMNS}},
            )
            bind.execute(
                sa.text(
                    "DELETE FROM declaration_paragraph WHERE declaration_id = :id "
                    "AND language <> :language"
                ),
                {"id": row["declaration_id"], "language": row["language"]},
            )
    for declaration_id, names in languages.items():
        bind.execute(
            sa.text("UPDATE declaration SET languages = :languages WHERE id = :id"),
            {"id": declaration_id, "languages": ", ".join(names)},
        )
    with op.batch_alter_table("declaration_paragraph", **KEEP_AUTOINCREMENT) as batch:
        batch.drop_constraint("fk_declaration_paragraph_version", type_="foreignkey")
        batch.drop_column("language")
    op.drop_index(op.f("ix_declaration_version_declaration_id"), table_name="declaration_version")
    op.drop_table("declaration_version")
    with op.batch_alter_table("signatory", **KEEP_AUTOINCREMENT) as batch:
        for name in SIGNATORY_FLAGS:
            batch.drop_column(name)
