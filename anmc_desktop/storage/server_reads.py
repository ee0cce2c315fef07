"""Reads on a team's server run without a transaction of their own.

On PostgreSQL a read session's transaction bought nothing: at READ COMMITTED each
statement sees the data committed when it starts, in a transaction or not. It cost two
round trips (BEGIN, ROLLBACK) on every read, and its ROLLBACK made psycopg forget the
statements it had prepared on the connection, so the server parsed and planned every
statement of every save anew. In autocommit a read is its statements alone, and the
prepared statements stay. ``Database.snapshot()`` still asks for a REPEATABLE READ
transaction where several reads must see one moment; SQLite keeps its read transactions
(they are its snapshots, and cost no round trip).
"""

from __future__ import annotations

from sqlalchemy import Engine


def engine_for_reads(engine: Engine) -> Engine:
    """The engine read sessions use: on a server, the same pool in autocommit."""
    if engine.dialect.name == "sqlite":
        return engine
    return engine.execution_options(isolation_level="AUTOCOMMIT")
