"""Revision 0006: the single text of an existing declaration becomes its version in the
language its ``languages`` field named; signatories get no credentials yet."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from anmc_desktop.db import alembic_config, open_database, sqlite_url
from anmc_desktop.services import Services

PARENTS = (
    "INSERT INTO city (id, name_en, name_local, country, status, time_zone, search_text, "
    "version) VALUES (1, 'Tomsk', 'Томск', 'Russia', 'member', 'Asia/Tomsk', 'tomsk', 1)",
    "INSERT INTO meeting (id, title, number, host_city_id, venue, first_day, last_day, theme, "
    "version) VALUES (1, 'Plenary', 13, 1, '', '2014-09-04', '2014-09-06', '', 1)",
)


def _declaration_at_0004(path: Path, languages: str) -> None:
    engine = create_engine(sqlite_url(path))
    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), "0004")
        for statement in PARENTS:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(
            "INSERT INTO declaration (id, meeting_id, title, opening, transition, place, "
            "signing_date, languages, originals_count, testimonium_override, status, "
            "signing_order_rule, version) VALUES (1, 1, 'Томская декларация', 'Мы,', "
            "'Заявляем:', 'Томске', '2014-09-06', ?, 2, '', 'draft', 'manual', 3)",
            (languages,),
        )
        for position, (section, text) in enumerate(
            [("preamble", "сознавая,"), ("clause", "Первый."), ("clause", "Второй.")], 1
        ):
            connection.exec_driver_sql(
                "INSERT INTO declaration_paragraph (declaration_id, section, position, text) "
                "VALUES (1, ?, ?, ?)",
                (section, position, text),
            )
        connection.commit()
    engine.dispose()


@pytest.mark.parametrize(
    ("languages", "language"),
    [("Russian, English", "ru"), ("English", "en"), ("", "en"), ("Klingon", "en")],
)
def test_the_single_text_becomes_the_version_of_its_first_language(
    tmp_path: Path, languages: str, language: str
) -> None:
    path = tmp_path / "old.db"
    _declaration_at_0004(path, languages)
    database = open_database(sqlite_url(path))
    record = Services.on(database).declarations.get_for_meeting(1)
    database.dispose()
    assert record is not None
    assert record.languages == (language,)
    assert (record.title, record.opening, record.transition, record.place) == (
        "Томская декларация", "Мы,", "Заявляем:", "Томске",
    )  # fmt: skip
    assert record.preamble == ("сознавая,",)
    assert record.clauses == ("Первый.", "Второй.")
    assert (record.originals_count, record.version) == (2, 3)


def test_rebuilt_tables_keep_autoincrement(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _declaration_at_0004(path, "English")
    open_database(sqlite_url(path)).dispose()
    with closing(sqlite3.connect(path)) as connection:
        for table in ("declaration", "declaration_version", "declaration_paragraph", "signatory"):
            (sql,) = connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()
            assert "AUTOINCREMENT" in sql, table
