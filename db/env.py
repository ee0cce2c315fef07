"""Alembic environment: runs the migrations on the connection the app hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from anmc_desktop.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Give the database: alembic -x or sqlalchemy.url in the config.")
    with create_engine(url).connect() as own_connection:
        _run(own_connection)
        own_connection.commit()
