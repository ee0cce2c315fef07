"""Reads on a team's server hold no transaction open (storage/server_reads.py)."""

from __future__ import annotations

from sqlalchemy import create_engine, select, text

from anmc_desktop.db import open_database
from anmc_desktop.models import City


def test_a_read_on_the_server_leaves_no_transaction_open(postgres_url: str) -> None:
    database = open_database(postgres_url)
    observer = create_engine(postgres_url)
    try:
        with database.reading() as session:
            session.execute(select(City.id)).all()
            backend = session.scalar(text("SELECT pg_backend_pid()"))
            with observer.connect() as connection:
                state = connection.scalar(
                    text("SELECT state FROM pg_stat_activity WHERE pid = :pid"), {"pid": backend}
                )
        # idle, not "idle in transaction": no BEGIN and ROLLBACK around each read
        assert state == "idle"
    finally:
        observer.dispose()
        database.dispose()
